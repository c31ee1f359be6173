package io.github.bpsconnector.romantik.check;

import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.StatusNormalizer;
import io.github.bpsconnector.romantik.check.ProfileCheckReport.Finding;
import io.github.bpsconnector.romantik.check.ProfileCheckReport.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a profile against pages saved from the live portal, so that an official with a real account can test and
 * correct the profile without handing over credentials: save the pages (or export a HAR file from the browser's
 * developer tools after a manual session), run the check, read what does not match and what the page has instead,
 * then write an override file.
 *
 * <p>Each page is recognised by its address (a HAR entry's URL or the "saved from url" comment of a saved page)
 * against the profile's paths; a page without an address is checked against every entry. For every path, selector,
 * form field name, value, attribute and text of the profile the report says whether the pages of its kind have it;
 * every status label shown on the pages is checked against the profile's labels; a Surat Rekomendasi PDF is checked
 * against the letter patterns. Cookies, tokens and form values are never read into the report.
 */
public final class ProfileCheck {

    private static final String SSO_KIND = "sso";
    private static final String ANY_KIND = "*";
    /** Blok IX: the page of the supporting files. */
    private static final String BERKAS_KIND = "blok9";
    private static final String LAST_BLOCK = "9";
    private static final Map<String, List<String>> KINDS = kinds();
    private static final Set<String> OPTIONAL = Set.of("login.error", "sso.error", "list.next", "terbitList.next",
            "detail.suratLink", "detail.komitmenForm", "detail.komitmenFile", "detail.ratingForm", "detail.penilaian",
            "detail.hapusForm", "detail.batalkanForm", "detail.catatanRow", "detail.catatanTanggal",
            "detail.catatanPeran", "detail.catatanKeputusan", "detail.catatanIsi", "berkas.row", "berkas.jenis",
            "berkas.nama", "refusal.alert", "refusal.field", "walidataDetail.form", "ringkasan.form");
    private static final int ALL_BLOCKS = 9;
    private static final Pattern SIMPLE_NAMES = Pattern.compile("([#.])([\\w-]+)");

    private final RomantikProfile profile;

    /** @param profile the profile to check */
    public ProfileCheck(RomantikProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * Checks the profile against these files: HTML pages, HAR files and Surat Rekomendasi PDFs.
     *
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when a HAR file is not HAR
     */
    public ProfileCheckReport check(List<Path> files) {
        List<Path> pdfs = files.stream().filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".pdf")).toList();
        List<Path> others = files.stream().filter(file -> !pdfs.contains(file)).toList();
        List<String> letters = new ArrayList<>();
        for (Path pdf : pdfs) {
            letters.add(letterText(pdf));
        }
        return check(SavedPages.read(others), letters);
    }

    /**
     * Checks the profile against saved pages and letter texts.
     *
     * @param pages the pages
     * @param letters the text of Surat Rekomendasi PDFs
     */
    public ProfileCheckReport check(List<SavedPage> pages, List<String> letters) {
        List<Parsed> parsed = pages.stream().map(this::parse).toList();
        List<Finding> findings = new ArrayList<>();
        paths(parsed, findings);
        sso(parsed, findings);
        profile.section("selectors").forEach((key, css) -> findings.add(selector(parsed, key, css)));
        profile.section("fields").forEach((key, name) -> findings.add(field(parsed, key, name)));
        long blocksSeen = parsed.stream().flatMap(page -> page.page().url().flatMap(url -> profile.match("blok", url))
                .stream()).map(values -> values.get("n")).distinct().count();
        profile.section("formFields").forEach((key, name) -> findings.add(formField(parsed, key, name, blocksSeen)));
        profile.section("values").forEach((key, value) -> findings.add(presence(parsed, "values." + key, value,
                key.startsWith("walidata.") ? List.of("walidataDetail") : List.of(BERKAS_KIND),
                doc -> !doc.getElementsByAttributeValue("value", value).isEmpty(),
                doc -> names(doc, "option[value], input[type=radio]", "value"))));
        profile.section("attributes").forEach((key, attribute) -> findings.add(presence(parsed, "attributes." + key,
                attribute, kindsOf(key), doc -> !doc.getElementsByAttribute(attribute).isEmpty(),
                ProfileCheck::attributeNames)));
        profile.section("texts").forEach((key, text) -> findings.add(presence(parsed, "texts." + key, text,
                key.startsWith("terbitDetail.") ? List.of("terbitDetail") : List.of("home", "pengajuanDetail"),
                doc -> doc.text().contains(text), doc -> names(doc, "dt, th, label", null))));
        statusLabels(parsed, findings);
        letters(letters, findings);
        return new ProfileCheckReport(findings, pages.size());
    }

    // --- pages ---

    /** A saved page with its kind (the profile path key it fits, {@code sso}, or {@code *} when unknown). */
    private record Parsed(SavedPage page, Document document, String kind) {
    }

    private Parsed parse(SavedPage page) {
        Document document = Jsoup.parse(page.html(), page.url().map(URI::toString).orElse(""));
        return new Parsed(page, document, page.url().map(this::kindOf).orElse(ANY_KIND));
    }

    private String kindOf(URI url) {
        URI realm = URI.create(profile.ssoRealmPrefix());
        if (url.getRawPath() != null && url.getRawPath().startsWith(realm.getRawPath())) {
            return SSO_KIND;
        }
        for (String key : profile.section("paths").keySet()) {
            Optional<Map<String, String>> values = profile.match(key, url);
            if (values.isPresent()) {
                return key.equals("blok") && LAST_BLOCK.equals(values.get().get("n")) ? BERKAS_KIND : key;
            }
        }
        return "unknown:" + url.getRawPath();
    }

    private static List<Parsed> ofKinds(List<Parsed> pages, List<String> kinds) {
        return pages.stream().filter(page -> page.kind().equals(ANY_KIND) || kinds.contains(ANY_KIND)
                || kinds.contains(page.kind())).toList();
    }

    private static List<String> kindsOf(String key) {
        if (key.equals("list.table") || key.equals("list.row")) {
            return List.of("pengajuanList");
        }
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return KINDS.getOrDefault(prefix, List.of(ANY_KIND));
    }

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("home", List.of("home"));
        kinds.put("profil", List.of("profil"));
        kinds.put("list", List.of("pengajuanList", "walidataList"));
        kinds.put("walidataList", List.of("walidataList"));
        kinds.put("detail", List.of("pengajuanDetail", "walidataDetail"));
        kinds.put("blok", List.of("blok", BERKAS_KIND));
        kinds.put("berkas", List.of(BERKAS_KIND));
        kinds.put("komitmen", List.of("pengajuanDetail"));
        kinds.put("rating", List.of("pengajuanDetail"));
        kinds.put("ringkasan", List.of("ringkasan"));
        kinds.put("walidataDetail", List.of("walidataDetail"));
        kinds.put("walidata", List.of("walidataDetail"));
        kinds.put("terbitList", List.of("terbitList"));
        kinds.put("terbit", List.of("terbitList"));
        kinds.put("terbitDetail", List.of("terbitDetail"));
        kinds.put("login", List.of("login"));
        kinds.put(SSO_KIND, List.of(SSO_KIND));
        return kinds;
    }

    // --- the entries ---

    private void paths(List<Parsed> pages, List<Finding> findings) {
        profile.section("paths").forEach((key, path) -> {
            List<String> seen = pages.stream().filter(page -> page.kind().equals(key))
                    .map(page -> page.page().shownPath()).distinct().toList();
            boolean samePathAsAnother = profile.section("paths").entrySet().stream()
                    .anyMatch(other -> !other.getKey().equals(key) && other.getValue().equals(path));
            findings.add(seen.isEmpty()
                    ? new Finding("paths." + key, path, Result.NOT_CHECKED, samePathAsAnother
                            ? "alamatnya sama dengan entri lain; diperiksa bersama entri itu"
                            : "tidak ada halaman dengan alamat ini di antara berkas")
                    : new Finding("paths." + key, path, Result.MATCHES, "dibuka: " + String.join(", ", seen)));
        });
        pages.stream().filter(page -> page.kind().startsWith("unknown:")).map(page -> page.page().shownPath())
                .distinct().forEach(path -> findings.add(new Finding("paths", path, Result.NOT_CHECKED,
                        "halaman ini tidak dikenali oleh paths profil; jika ini halaman Romantik yang berpindah "
                                + "alamat, ubah entri paths yang sesuai")));
    }

    private void sso(List<Parsed> pages, List<Finding> findings) {
        String prefix = profile.ssoRealmPrefix();
        List<String> actions = new ArrayList<>();
        for (Parsed page : pages) {
            for (Element form : page.document().select(profile.selector("sso.form"))) {
                URI action = URI.create(form.absUrl("action").isEmpty() ? form.attr("action") : form.absUrl("action"));
                actions.add(action.getScheme() + "://" + action.getRawAuthority() + action.getRawPath());
            }
        }
        if (actions.isEmpty()) {
            findings.add(new Finding("sso", prefix, Result.NOT_CHECKED, "tidak ada halaman login SSO di antara berkas"));
        } else if (actions.stream().allMatch(action -> action.startsWith(prefix))) {
            findings.add(new Finding("sso", prefix, Result.MATCHES, "formulir login SSO mengirim ke realm ini"));
        } else {
            findings.add(new Finding("sso", prefix, Result.MISSING, "formulir login SSO mengirim ke "
                    + String.join(", ", new LinkedHashSet<>(actions)) + "; sesuaikan sso.baseUrl, sso.realmPath dan "
                    + "sso.realm"));
        }
    }

    /**
     * A required element must be on every page of its kind whose address is known (an optional one on any); pages
     * without an address count when any of them has it.
     */
    private Finding selector(List<Parsed> pages, String key, String css) {
        String entry = "selectors." + key;
        List<Parsed> relevant = ofKinds(pages, kindsOf(key));
        if (relevant.isEmpty()) {
            return notChecked(entry, css, kindsOf(key));
        }
        List<Parsed> known = relevant.stream().filter(page -> !page.kind().equals(ANY_KIND)).toList();
        List<Parsed> lacking = relevant.stream().filter(page -> page.document().select(css).isEmpty()).toList();
        boolean optional = OPTIONAL.contains(key);
        boolean matches = optional || known.isEmpty() ? lacking.size() < relevant.size()
                : known.stream().noneMatch(lacking::contains);
        if (matches) {
            return new Finding(entry, css, Result.MATCHES, "ditemukan di " + (relevant.size() - lacking.size())
                    + " dari " + relevant.size() + " halaman");
        }
        Set<String> candidates = new LinkedHashSet<>();
        lacking.forEach(page -> candidates.addAll(idsAndClasses(page.document())));
        return new Finding(entry, css, Result.MISSING, "tidak ditemukan di " + lacking.size() + " dari "
                + relevant.size() + " halaman (" + String.join(", ", lacking.stream().map(page -> page.page()
                .shownPath()).distinct().toList()) + ")"
                + (optional ? "; elemen ini hanya muncul pada keadaan tertentu" : "") + instead(css, candidates));
    }

    /** A form field is missing only when every block's page was saved; otherwise it may be on a block not seen. */
    private Finding formField(List<Parsed> pages, String key, String name, long blocksSeen) {
        Finding finding = presence(pages, "formFields." + key, name, List.of("blok"), doc -> doc.select("[name]")
                .stream().anyMatch(control -> base(control.attr("name")).equals(name)),
                doc -> names(doc, "[name]", "name"));
        if (finding.result() == Result.MISSING && blocksSeen < ALL_BLOCKS) {
            return new Finding(finding.entry(), name, Result.NOT_CHECKED, "tidak ada di " + blocksSeen
                    + " halaman blok yang tersimpan; simpan halaman semua blok (0-8) untuk memeriksanya");
        }
        return finding;
    }

    private Finding field(List<Parsed> pages, String key, String name) {
        if (key.startsWith("list.") || key.startsWith("terbit.")) {
            List<Parsed> relevant = ofKinds(pages, kindsOf(key));
            if (relevant.isEmpty()) {
                return notChecked("fields." + key, name, kindsOf(key));
            }
            Set<String> seen = new LinkedHashSet<>();
            relevant.forEach(page -> {
                page.page().url().ifPresent(url -> seen.addAll(queryNames(url)));
                page.document().select("a[href]").forEach(link -> seen.addAll(queryNames(link.absUrl("href"))));
                page.document().select("form[method=get] [name], form:not([method]) [name]")
                        .forEach(control -> seen.add(control.attr("name")));
            });
            if (seen.contains(name)) {
                return new Finding("fields." + key, name, Result.MATCHES, "parameter alamat ini dipakai halaman");
            }
            return new Finding("fields." + key, name, key.endsWith(".page") ? Result.NOT_CHECKED : Result.MISSING,
                    "parameter ini tidak terlihat di alamat atau tautan halaman" + (key.endsWith(".page")
                            ? " (tautan halaman berikutnya hanya ada bila daftar lebih dari satu halaman)" : "")
                    + instead(name, seen));
        }
        List<String> kinds = key.equals("csrf") ? List.of(ANY_KIND) : kindsOf(key);
        return presence(pages, "fields." + key, name, kinds, doc -> !doc.getElementsByAttributeValue("name", name)
                .isEmpty(), doc -> names(doc, "input[name], select[name], textarea[name]", "name"));
    }

    private Finding presence(List<Parsed> pages, String entry, String value, List<String> kinds,
            Predicate<Document> present, java.util.function.Function<Document, Set<String>> candidates) {
        List<Parsed> relevant = ofKinds(pages, kinds);
        if (relevant.isEmpty()) {
            return notChecked(entry, value, kinds);
        }
        long found = relevant.stream().filter(page -> present.test(page.document())).count();
        if (found > 0) {
            return new Finding(entry, value, Result.MATCHES, "ditemukan di " + found + " dari " + relevant.size()
                    + " halaman");
        }
        Set<String> seen = new LinkedHashSet<>();
        relevant.forEach(page -> seen.addAll(candidates.apply(page.document())));
        boolean optional = OPTIONAL.contains(entry.substring(entry.indexOf('.') + 1));
        return new Finding(entry, value, Result.MISSING, "tidak ditemukan di " + relevant.size() + " halaman"
                + (optional ? "; hanya muncul pada keadaan tertentu" : "") + instead(value, seen));
    }

    private void statusLabels(List<Parsed> pages, List<Finding> findings) {
        Map<String, String> columns = Map.of(RomantikProfile.STATUS_PENGAJUAN, "Pengajuan",
                RomantikProfile.STATUS_WALIDATA, "Walidata", RomantikProfile.STATUS_PERBAIKAN, "Perbaikan");
        for (String column : List.of(RomantikProfile.STATUS_PENGAJUAN, RomantikProfile.STATUS_WALIDATA,
                RomantikProfile.STATUS_PERBAIKAN)) {
            Set<String> seen = new LinkedHashSet<>();
            for (Parsed page : pages) {
                for (String prefix : List.of("list.", "detail.")) {
                    page.document().select(profile.selector(prefix + "status" + columns.get(column)))
                            .forEach(cell -> seen.add(cell.text().strip()));
                }
            }
            seen.remove("");
            Map<String, String> known = profile.statusLabels(column);
            for (String label : seen) {
                String normalized = label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                String entry = "statusLabels." + column + "." + label;
                findings.add(known.containsKey(normalized)
                        ? new Finding(entry, known.get(normalized), Result.MATCHES, "label di halaman dikenal profil")
                        : new Finding(entry, "-", Result.MISSING, "label '" + label + "' di halaman tidak dikenal "
                                + "profil (statusnya menjadi UNKNOWN); tambahkan ke statusLabels." + column
                                + " dengan salah satu tahap " + stages(column)));
            }
        }
    }

    private static String stages(String column) {
        Class<? extends Enum<?>> type = switch (column) {
            case RomantikProfile.STATUS_PENGAJUAN -> StatusNormalizer.Stage.class;
            case RomantikProfile.STATUS_WALIDATA -> StatusNormalizer.WalidataStage.class;
            default -> StatusNormalizer.CorrectionStage.class;
        };
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return String.join(", ", names);
    }

    private void letters(List<String> letters, List<Finding> findings) {
        for (String key : List.of("nomorSurat", "tanggal", "kepada", "judul", "tahun", "identitasRekomendasi", "hasil",
                "catatanBlock", "catatanItem")) {
            String regex = profile.letterPattern(key).pattern();
            if (letters.isEmpty()) {
                findings.add(new Finding("letterPatterns." + key, regex, Result.NOT_CHECKED,
                        "tidak ada Surat Rekomendasi (PDF) di antara berkas"));
                continue;
            }
            long found = letters.stream().filter(text -> profile.letterPattern(key).matcher(text).find()).count();
            findings.add(found > 0
                    ? new Finding("letterPatterns." + key, regex, Result.MATCHES, "cocok dengan " + found + " dari "
                            + letters.size() + " surat")
                    : new Finding("letterPatterns." + key, regex, Result.MISSING, "tidak cocok dengan " + letters.size()
                            + " surat; baris surat yang ada: " + firstLines(letters.get(0))));
        }
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(12).toList();
        return String.join(" | ", lines);
    }

    // --- helpers ---

    private static Finding notChecked(String entry, String value, List<String> kinds) {
        return new Finding(entry, value, Result.NOT_CHECKED, "tidak ada halaman " + String.join(" / ", kinds)
                + " di antara berkas");
    }

    /** " ; di halaman ada: #a, .b" with the names most like {@code wanted}, or "" when none is close. */
    private static String instead(String wanted, Set<String> candidates) {
        Set<String> targets = new HashSet<>();
        Matcher matcher = SIMPLE_NAMES.matcher(wanted);
        while (matcher.find()) {
            targets.add(matcher.group(2).toLowerCase(Locale.ROOT));
        }
        if (targets.isEmpty()) {
            targets.add(wanted.toLowerCase(Locale.ROOT));
        }
        List<String> close = candidates.stream().filter(candidate -> !candidate.isBlank())
                .map(candidate -> Map.entry(candidate, targets.stream().mapToDouble(target -> dice(target,
                        candidate.replaceFirst("^[#.]", "").toLowerCase(Locale.ROOT))).max().orElse(0)))
                .filter(scored -> scored.getValue() >= 0.3)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(5).map(Map.Entry::getKey).toList();
        return close.isEmpty() ? "" : "; di halaman ada: " + String.join(", ", close);
    }

    /** The Dice coefficient of two strings' letter pairs. */
    private static double dice(String a, String b) {
        List<String> left = pairs(a);
        List<String> right = new ArrayList<>(pairs(b));
        if (left.isEmpty() || right.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        int shared = 0;
        for (String pair : left) {
            if (right.remove(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / (left.size() + pairs(b).size());
    }

    private static List<String> pairs(String text) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    private static Set<String> idsAndClasses(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        for (Element element : doc.select("[id], [class]")) {
            if (!element.id().isEmpty()) {
                names.add("#" + element.id());
            }
            element.classNames().forEach(name -> names.add("." + name));
        }
        return names;
    }

    private static Set<String> names(Document doc, String css, String attribute) {
        Set<String> names = new LinkedHashSet<>();
        for (Element element : doc.select(css)) {
            names.add(attribute == null ? element.text().strip() : base(element.attr(attribute)));
        }
        return names;
    }

    private static Set<String> attributeNames(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        doc.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            if (attribute.getKey().startsWith("data-")) {
                names.add(attribute.getKey());
            }
        }));
        return names;
    }

    private static String base(String name) {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    private static Set<String> queryNames(URI url) {
        return queryNames(url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    private static Set<String> queryNames(String url) {
        Set<String> names = new LinkedHashSet<>();
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                if (!pair.isEmpty()) {
                    names.add(pair.split("=", 2)[0]);
                }
            }
        }
        return names;
    }

    private static String letterText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf.getFileName() + " as a PDF", e);
        }
    }
}
