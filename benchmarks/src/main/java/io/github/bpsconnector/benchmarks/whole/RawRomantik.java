package io.github.bpsconnector.benchmarks.whole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The hand-written baseline for Romantik: HttpClient 5 classic (its own redirect handling, a cookie store per
 * login) and jsoup with the simulator's selectors written in, doing the requests {@code RomantikClient} does and
 * reading the same fields it returns; no profile, no resilience, no checks beyond the HTTP status.
 */
final class RawRomantik implements AutoCloseable {

    /** A row of the Daftar Pengajuan. */
    record Row(long id, String judul, int tahun, String statusPengajuan, String statusWalidata,
            String statusPerbaikan, String nomor, List<String> actions) {
    }

    /** A catatan of the detail page. */
    record Note(String tanggal, String peran, String keputusan, String catatan) {
    }

    /** The detail page. */
    record Detail(long id, String judul, int tahun, List<String> statuses, String nomor, List<Note> catatan,
            boolean suratLink, boolean komitmenForm, String komitmenFile, String rating, boolean hapusForm,
            boolean batalkanForm) {
    }

    /** The downloaded letter: where, its SHA-256 and its text. */
    record Letter(Path file, String sha256, String text) {
    }

    private final CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().build();
    private final String base;

    RawRomantik(String baseUrl) {
        this.base = baseUrl;
    }

    /** Logs in through the SSO: {@code /login}, the SSO's form, the credentials; the redirects followed. */
    HttpClientContext login(String email, String password) throws IOException {
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(new BasicCookieStore());
        Document ssoPage = page(new HttpGet(base + "/login"), context);
        Element form = ssoPage.selectFirst("form#kc-form-login");
        if (form == null) {
            throw new IllegalStateException("no SSO login form");
        }
        List<NameValuePair> fields = new ArrayList<>();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            String value = switch (name) {
                case "username" -> email;
                case "password" -> password;
                default -> input.val();
            };
            fields.add(new BasicNameValuePair(name, value));
        }
        HttpPost post = new HttpPost(form.absUrl("action"));
        post.setEntity(new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8));
        Document home = page(post, context);
        if (home.selectFirst("#user-name") == null) {
            throw new IllegalStateException("the login did not reach the home page");
        }
        return context;
    }

    /** The first page of the Daftar Pengajuan. */
    List<Row> list(HttpClientContext session) throws IOException {
        Document page = page(new HttpGet(base + "/pengajuan"), session);
        List<Row> rows = new ArrayList<>();
        for (Element tr : page.select("table#daftar-pengajuan tbody tr[data-id]")) {
            rows.add(new Row(Long.parseLong(tr.selectFirst("td.id-pengajuan").text()),
                    tr.selectFirst("td.judul").text(), Integer.parseInt(tr.selectFirst("td.tahun").text()),
                    tr.selectFirst("td.status-pengajuan").text(), tr.selectFirst("td.status-walidata").text(),
                    tr.selectFirst("td.status-perbaikan").text(), tr.selectFirst("td.nomor-rekomendasi").text(),
                    tr.select("td.aksi a[data-aksi]").eachAttr("data-aksi")));
        }
        return rows;
    }

    /** A pengajuan's detail page. */
    Detail detail(HttpClientContext session, long id) throws IOException {
        Document page = page(new HttpGet(base + "/pengajuan/" + id), session);
        List<Note> notes = new ArrayList<>();
        for (Element tr : page.select("table#catatan tbody tr")) {
            notes.add(new Note(tr.selectFirst("td.tanggal").text(), tr.selectFirst("td.peran").text(),
                    tr.selectFirst("td.keputusan").text(), tr.selectFirst("td.catatan").text()));
        }
        return new Detail(Long.parseLong(page.selectFirst("#id-pengajuan").text()),
                page.selectFirst("#judul-kegiatan").text(), Integer.parseInt(page.selectFirst("#tahun-kegiatan").text()),
                List.of(page.selectFirst("#status-pengajuan").text(), page.selectFirst("#status-walidata").text(),
                        page.selectFirst("#status-perbaikan").text()),
                page.selectFirst("#nomor-rekomendasi").text(), notes,
                page.selectFirst("a#unduh-surat-rekomendasi[href]") != null,
                page.selectFirst("form#form-komitmen") != null,
                textOrEmpty(page.selectFirst("#surat-komitmen .nama-file")),
                page.selectFirst("#penilaian[data-nilai]") == null ? null
                        : page.selectFirst("#penilaian[data-nilai]").attr("data-nilai"),
                page.selectFirst("form#form-hapus") != null, page.selectFirst("form#form-batalkan") != null);
    }

    /** The detail page, then the Surat Rekomendasi into {@code folder} (with its SHA-256), then its text. */
    Letter downloadLetter(HttpClientContext session, long id, Path folder) throws IOException {
        if (!detail(session, id).suratLink()) {
            throw new IllegalStateException("no Surat Rekomendasi yet");
        }
        Path file = folder.resolve("surat-rekomendasi-" + id + ".pdf");
        String sha256 = http.execute(new HttpGet(base + "/pengajuan/" + id + "/surat-rekomendasi"), session,
                response -> {
                    requireOk(response.getCode());
                    MessageDigest digest = sha256();
                    try (InputStream body = new DigestInputStream(response.getEntity().getContent(), digest)) {
                        Files.copy(body, file);
                    }
                    return HexFormat.of().formatHex(digest.digest());
                });
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new Letter(file, sha256, new PDFTextStripper().getText(pdf));
        }
    }

    private Document page(ClassicHttpRequest request, HttpClientContext context)
            throws IOException {
        return http.execute(request, context, response -> {
            requireOk(response.getCode());
            return Jsoup.parse(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8), base);
        });
    }

    private static String textOrEmpty(Element element) {
        return element == null ? "" : element.text();
    }

    private static void requireOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
