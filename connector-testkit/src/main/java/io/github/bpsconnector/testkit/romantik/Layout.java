package io.github.bpsconnector.testkit.romantik;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The frame every page shares: title, menu (for a logged-in user) and the {@code main#konten} element. */
final class Layout {

    private Layout() {
    }

    /** A page in the frame; fill {@link #main(Document)}. */
    static Document page(String title, Viewer viewer) {
        Document doc = Html.page(title + " | Romantik");
        Element header = doc.body().appendElement("header").addClass("navbar");
        Html.link(header, "/beranda", "Romantik").addClass("navbar-brand");
        if (viewer != null && viewer.loggedIn()) {
            Element menu = header.appendElement("ul").id("menu");
            Html.link(menu.appendElement("li"), "/beranda", "Beranda");
            Html.link(menu.appendElement("li"), "/pengajuan", "Daftar Pengajuan");
            if (viewer.isWalidata()) {
                Html.link(menu.appendElement("li"), "/walidata/pengajuan", "Walidata");
            }
            Html.link(menu.appendElement("li"), "/profil", "Profil");
            Html.link(menu.appendElement("li"), "/rekomendasi-terbit", "Rekomendasi Terbit");
            Element logout = Html.form(menu.appendElement("li"), "form-logout", "/logout", viewer.csrf());
            Html.submit(logout, "Keluar");
        }
        doc.body().appendElement("main").id("konten").appendElement("h1").text(title);
        return doc;
    }

    static Element main(Document doc) {
        return doc.getElementById("konten");
    }
}
