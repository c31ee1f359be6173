package io.github.bpsconnector.benchmarks.reliability;

import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.StatusNormalizer;
import io.github.bpsconnector.romantik.page.HomePageParser;
import io.github.bpsconnector.romantik.page.Page;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import io.github.bpsconnector.romantik.page.PengajuanDetailParser;
import io.github.bpsconnector.romantik.page.PengajuanListParser;
import io.github.bpsconnector.romantik.page.ProfilePageParser;
import io.github.bpsconnector.romantik.page.PublicPagesParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Romantik pages broken in the ways a changed portal, a proxy or a cut connection breaks them, fed to the parser of
 * each page: truncated, tables gone, columns shifted, attributes stripped, huge, not UTF-8, a script only, the login
 * form instead, an error page, JSON, deep nesting. A page with none of what its parser looks for must end in
 * {@link PortalChangedException} (never an empty result); the others in a result or a typed exception.
 */
final class RomantikPageCorpus {

    private static final RomantikProfile PROFILE = RomantikProfile.defaults();
    private static final StatusNormalizer STATUSES = new StatusNormalizer(PROFILE);

    private RomantikPageCorpus() {
    }

    /** Each page's parser, by the name of {@link SavedRomantikPages}. */
    private static Map<String, Function<Page, Object>> parsers() {
        Map<String, Function<Page, Object>> parsers = new LinkedHashMap<>();
        parsers.put("beranda", HomePageParser::parse);
        parsers.put("profil", ProfilePageParser::parse);
        parsers.put("daftar", page -> PengajuanListParser.parseProducerList(page, STATUSES));
        parsers.put("detail", page -> PengajuanDetailParser.parse(page, STATUSES));
        parsers.put("berkas", PengajuanDetailParser::attachedFiles);
        parsers.put("walidata", page -> PengajuanListParser.parseWalidataList(page, STATUSES));
        parsers.put("terbit", PublicPagesParser::parseList);
        return parsers;
    }

    /** The cases; the pages are fetched, and broken, when a case runs. */
    static List<BadInput> cases(Path dir) {
        Path folder = dir.resolve("romantik-pages");
        List<BadInput> cases = new ArrayList<>();
        parsers().forEach((name, parser) -> {
            // first the unbroken page: the corpus would prove nothing if the parser refused it too
            cases.add(new BadInput("Romantik page", name + ": as served",
                    () -> parser.apply(page(SavedRomantikPages.pages(folder).get(name), name))));
            for (Map.Entry<String, Function<Path, String>> broken : nothingExpected().entrySet()) {
                cases.add(new BadInput("Romantik page", name + ": " + broken.getKey(),
                        () -> expectChanged(parser, page(broken.getValue().apply(folder), name))));
            }
            for (Map.Entry<String, UnaryOperator<String>> damage : damages().entrySet()) {
                cases.add(new BadInput("Romantik page", name + ": " + damage.getKey(), () -> parser.apply(page(
                        damage.getValue().apply(SavedRomantikPages.pages(folder).get(name)), name))));
            }
        });
        return cases;
    }

    /** Pages with nothing a parser looks for. */
    private static Map<String, Function<Path, String>> nothingExpected() {
        Map<String, Function<Path, String>> pages = new LinkedHashMap<>();
        pages.put("empty", folder -> "");
        pages.put("the login form instead", folder -> SavedRomantikPages.pages(folder).get("login"));
        pages.put("a script only",
                folder -> "<html><head><script>window.location='/login'</script></head><body></body></html>");
        pages.put("an error page", folder -> "<!DOCTYPE html><html><body><h1>500 Server Error</h1><p>Whoops, looks "
                + "like something went wrong.</p></body></html>");
        pages.put("JSON", folder -> "{\"message\":\"Unauthenticated.\"}");
        pages.put("binary garbage", folder -> garbage(20_000, 7));
        pages.put("100,000 nested div", folder -> "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000));
        return pages;
    }

    /** Damage done to a real page. */
    private static Map<String, UnaryOperator<String>> damages() {
        Map<String, UnaryOperator<String>> damages = new LinkedHashMap<>();
        for (int quarter = 1; quarter <= 3; quarter++) {
            int q = quarter;
            damages.put("cut at " + q + "/4", html -> html.substring(0, html.length() * q / 4));
        }
        damages.put("every table removed", html -> edit(html, doc -> doc.select("table").remove()));
        damages.put("every form removed", html -> edit(html, doc -> doc.select("form").remove()));
        damages.put("second column of every row removed", html -> edit(html, doc -> doc.select("tr").forEach(
                row -> row.select("td").stream().skip(1).findFirst().ifPresent(Element::remove))));
        damages.put("a column inserted before the first", html -> edit(html,
                doc -> doc.select("tr").forEach(row -> row.prependElement("td").text("baru"))));
        damages.put("every attribute stripped", html -> edit(html, doc -> doc.getAllElements().forEach(
                element -> new ArrayList<>(element.attributes().asList()).forEach(
                        attribute -> element.removeAttr(attribute.getKey())))));
        damages.put("every digit turned into a letter", html -> edit(html, doc -> doc.getAllElements().forEach(
                element -> element.textNodes().forEach(text -> text.text(text.text().replaceAll("\\d", "x"))))));
        damages.put("every text emptied", html -> edit(html, doc -> doc.getAllElements().forEach(
                element -> element.textNodes().forEach(TextNode::remove))));
        damages.put("rows repeated to 20,000", html -> edit(html, doc -> doc.select("tbody").forEach(body -> {
            String rows = body.html();
            body.html(rows.repeat(Math.max(1, 20_000 / Math.max(1, body.children().size()))));
        })));
        damages.put("UTF-16 read as Latin-1", html -> new String(html.getBytes(StandardCharsets.UTF_16LE),
                StandardCharsets.ISO_8859_1));
        damages.put("Latin-1 read as UTF-8", html -> new String(html.replace("a", "\u00e1")
                .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        damages.put("NUL between every character", html -> String.join("\u0000", html.split("")));
        return damages;
    }

    private static Object expectChanged(Function<Page, Object> parser, Page page) {
        Object result;
        try {
            result = parser.apply(page);
        } catch (PortalChangedException expected) {
            return expected;
        }
        throw new AssertionError("a page with nothing the parser looks for gave a result: " + result);
    }

    private static Page page(String html, String name) {
        return Page.parse(html, SavedRomantikPages.ORIGIN.resolve("/" + name), PROFILE, PageSnapshots.none(), name);
    }

    private static String edit(String html, java.util.function.Consumer<Document> change) {
        Document doc = Jsoup.parse(html);
        change.accept(doc);
        return doc.outerHtml();
    }

    private static String garbage(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
