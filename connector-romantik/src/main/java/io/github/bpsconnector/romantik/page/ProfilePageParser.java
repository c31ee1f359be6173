package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.Choice;
import io.github.bpsconnector.romantik.ProfileInfo;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The profile page ({@code /profil}) → {@link ProfileInfo}. */
public final class ProfilePageParser {

    private ProfilePageParser() {
    }

    /** Reads the current values and the choices offered. */
    public static ProfileInfo parse(Page page) {
        Element form = page.expect("profil.form");
        HtmlForm data = HtmlForm.read(form, page);
        String tingkat = page.profile().field("profil.tingkat");
        String wilayah = page.profile().field("profil.wilayah");
        String instansi = page.profile().field("profil.instansi");
        String noHp = page.profile().field("profil.noHp");
        return new ProfileInfo(selectedValue(form, tingkat, page), selectedValue(form, wilayah, page),
                selectedValue(form, instansi, page), data.value(noHp).orElseThrow(() -> missingField(page, noHp)),
                choices(form, tingkat, page), choices(form, wilayah, page), choices(form, instansi, page));
    }

    private static Element select(Element form, String name, Page page) {
        for (Element select : form.getElementsByTag("select")) {
            if (select.attr("name").equals(name)) {
                return select;
            }
        }
        throw missingField(page, name);
    }

    private static String selectedValue(Element form, String name, Page page) {
        Element selected = select(form, name, page).selectFirst("option[selected]");
        return selected == null ? "" : selected.attr("value");
    }

    private static List<Choice> choices(Element form, String name, Page page) {
        List<Choice> choices = new ArrayList<>();
        for (Element option : select(form, name, page).getElementsByTag("option")) {
            if (!option.attr("value").isEmpty()) {
                choices.add(new Choice(option.attr("value"), option.text().strip()));
            }
        }
        return choices;
    }

    private static RuntimeException missingField(Page page, String name) {
        return page.changedExpectation("a field named '" + name + "' in " + page.profile().selector("profil.form"),
                "not found");
    }
}
