package io.github.bpsconnector.testkit.romantik;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Small builders for the simulator's pages. Pages are built as jsoup trees, so every text and attribute is escaped
 * by jsoup: user text never reaches the HTML raw.
 */
final class Html {

    /** The name of the hidden CSRF input of every form. */
    static final String CSRF_FIELD = "_token";

    private Html() {
    }

    /** An empty UTF-8 page with this title. */
    static Document page(String title) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        doc.title(title);
        return doc;
    }

    static String render(Document doc) {
        return doc.outerHtml();
    }

    /** A POST form with its hidden {@code _token}. */
    static Element form(Element parent, String id, String action, String csrf) {
        Element form = parent.appendElement("form").id(id).attr("method", "post").attr("action", action);
        hidden(form, CSRF_FIELD, csrf);
        return form;
    }

    /** A multipart POST form with its hidden {@code _token}. */
    static Element uploadForm(Element parent, String id, String action, String csrf) {
        return form(parent, id, action, csrf).attr("enctype", "multipart/form-data");
    }

    static Element hidden(Element form, String name, String value) {
        return form.appendElement("input").attr("type", "hidden").attr("name", name).attr("value", value);
    }

    /** A labelled group {@code div.form-group[data-field=name]} to hold one field. */
    static Element group(Element parent, String name, String label) {
        Element group = parent.appendElement("div").addClass("form-group").attr("data-field", name);
        group.appendElement("label").attr("for", inputId(name)).text(label);
        return group;
    }

    static Element input(Element parent, String type, String name, String value) {
        return parent.appendElement("input").attr("type", type).attr("name", name).id(inputId(name))
                .addClass("form-control").attr("value", value == null ? "" : value);
    }

    static Element submit(Element form, String label) {
        return form.appendElement("button").attr("type", "submit").addClass("btn btn-primary").text(label);
    }

    /** A problem of one field: {@code .invalid-feedback[data-field=KEY]}. */
    static void feedback(Element parent, String field, String message) {
        parent.appendElement("div").addClass("invalid-feedback").attr("data-field", field).text(message);
    }

    /**
     * Shows a refusal: {@code .alert.alert-danger} with the message right after the page's heading, and each field
     * problem exactly once as {@code .invalid-feedback[data-field=KEY]}: beside its field when {@code scope} holds an
     * element with that {@code data-field}, otherwise in the alert's list.
     */
    static void errors(Element main, String message, Map<String, String> fieldErrors, Element scope) {
        Element alert = new Element("div").addClass("alert alert-danger").attr("role", "alert");
        alert.appendElement("p").text(message);
        Element list = alert.appendElement("ul").addClass("daftar-kesalahan");
        fieldErrors.forEach((field, problem) -> {
            Element holder = scope == null ? null : scope.getElementsByAttributeValue("data-field", field).first();
            Html.feedback(holder != null ? holder : list.appendElement("li"), field, problem);
        });
        Element heading = main.selectFirst("h1");
        if (heading != null) {
            heading.after(alert);
        } else {
            main.prependChild(alert);
        }
    }

    /** A table with these header cells; returns its {@code tbody}. */
    static Element table(Element parent, String id, String... headers) {
        Element table = parent.appendElement("table").id(id).addClass("table");
        Element row = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            row.appendElement("th").text(header);
        }
        return table.appendElement("tbody");
    }

    static Element cell(Element row, String cssClass, String text) {
        return row.appendElement("td").addClass(cssClass).text(text == null ? "" : text);
    }

    static Element link(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).text(text);
    }

    /**
     * {@code ul.pagination}: a link per page, {@code a[rel=prev]} and {@code a[rel=next]} where they exist.
     *
     * @param href the link of a page number
     */
    static void pagination(Element parent, Page<?> page, IntFunction<String> href) {
        Element list = parent.appendElement("ul").addClass("pagination");
        if (page.page() > 1) {
            link(list.appendElement("li"), href.apply(page.page() - 1), "Sebelumnya").attr("rel", "prev");
        }
        for (int number = 1; number <= page.totalPages(); number++) {
            Element item = list.appendElement("li").addClass("page-item");
            if (number == page.page()) {
                item.addClass("active").appendElement("span").text(String.valueOf(number));
            } else {
                link(item, href.apply(number), String.valueOf(number));
            }
        }
        if (page.hasNext()) {
            link(list.appendElement("li"), href.apply(page.page() + 1), "Berikutnya").attr("rel", "next");
        }
    }

    /** {@code path?name=value&...} with the values URL-encoded; {@code null} values are left out. */
    static String url(String path, String... namesAndValues) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                url.append(separator).append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** A definition-list entry. */
    static void entry(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value == null ? "" : value);
    }

    /** An element id derived from a field name ({@code iii_variabel[0][nama]} → {@code iii_variabel-0-nama}). */
    static String inputId(String name) {
        return name.replace("][", "-").replace("[", "-").replace("]", "");
    }
}
