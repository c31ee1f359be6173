package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.PublishedRecommendation;
import io.github.bpsconnector.romantik.PublishedRecommendationDetail;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The public {@code rekomendasi-terbit} list and detail pages. */
public final class PublicPagesParser {

    private PublicPagesParser() {
    }

    /** One page of the list; a row's token is the last path segment of its detail link. */
    public static ListPage<PublishedRecommendation> parseList(Page page) {
        page.expect("terbitList.table");
        List<PublishedRecommendation> rows = new ArrayList<>();
        for (Element row : page.all("terbitList.row")) {
            Element link = page.expectIn(row, "terbitList.link");
            String path = URI.create(link.absUrl("href")).getRawPath();
            String token = path.substring(path.lastIndexOf('/') + 1);
            if (token.isEmpty()) {
                throw page.changed("terbitList.link", "has no token in its href");
            }
            rows.add(new PublishedRecommendation(page.textIn(row, "terbitList.nomor"),
                    page.textIn(row, "terbitList.judul"), page.textIn(row, "terbitList.instansi"),
                    page.textIn(row, "terbitList.tanggal"), token));
        }
        return new ListPage<>(rows, PengajuanListParser.next(page, "terbitList.next"));
    }

    /** The detail page: a definition list whose terms are the profile's {@code texts.terbitDetail.*}. */
    public static PublishedRecommendationDetail parseDetail(Page page) {
        Element list = page.expect("terbitDetail.list");
        Map<String, String> entries = new LinkedHashMap<>();
        for (Element term : list.getElementsByTag("dt")) {
            Element value = term.nextElementSibling();
            if (value != null && value.normalName().equals("dd")) {
                entries.put(term.text().strip(), value.text().strip());
            }
        }
        return new PublishedRecommendationDetail(entry(page, entries, "terbitDetail.identitas"),
                entry(page, entries, "terbitDetail.nomorSurat"), entry(page, entries, "terbitDetail.judul"),
                entry(page, entries, "terbitDetail.tahun"), entry(page, entries, "terbitDetail.instansi"),
                entry(page, entries, "terbitDetail.tanggal"), entry(page, entries, "terbitDetail.hasil"), entries);
    }

    private static String entry(Page page, Map<String, String> entries, String textKey) {
        String term = page.profile().text(textKey);
        String value = entries.get(term);
        if (value == null) {
            throw page.changedExpectation("texts." + textKey + " = '" + term + "' as a term of "
                    + page.profile().selector("terbitDetail.list"), "not found");
        }
        return value;
    }
}
