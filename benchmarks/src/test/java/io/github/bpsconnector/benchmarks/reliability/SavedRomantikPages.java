package io.github.bpsconnector.benchmarks.reliability;

import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real pages of the simulated Romantik, fetched once over loopback with a Produsen Data session after a draft with
 * two Blok IX files was made through the client: the seeds the HTML corpus breaks.
 */
final class SavedRomantikPages {

    /** Where the pages were fetched from (the simulator is gone by then; parsers only resolve links against it). */
    static final URI ORIGIN = URI.create("http://127.0.0.1:1");

    private static Map<String, String> pages;

    private SavedRomantikPages() {
    }

    /** Page name (beranda, profil, daftar, detail, berkas, walidata, terbit, login: the SSO form) to its HTML. */
    static synchronized Map<String, String> pages(Path dir) {
        if (pages == null) {
            pages = fetch(dir);
        }
        return pages;
    }

    private static Map<String, String> fetch(Path dir) {
        try (SimulatedRomantik sim = new SimulatedRomantik(new SimClock(), 0)) {
            sim.start();
            RomantikProfile profile = RomantikProfile.defaults().withBaseUrl(URI.create(sim.baseUrl()));
            String produsen = sim.importSession(SimulatedRomantik.DEMO_PRODUSEN_EMAIL);
            long id;
            try (RomantikClient client = RomantikClient.builder().profile(profile).importedSession(produsen)
                    .build()) {
                id = client.createDraft(Fixtures.skjhi2018());
                client.attach(id, SupportingFiles.of(BerkasKind.KAK, pdf(dir, "kak.pdf"))
                        .with(BerkasKind.KUESIONER, pdf(dir, "kuesioner.pdf")));
            }
            String walidata = sim.importSession(SimulatedRomantik.DEMO_WALIDATA_EMAIL);
            Map<String, String> fetched = new LinkedHashMap<>();
            fetched.put("beranda", get(sim, "/beranda", produsen));
            fetched.put("profil", get(sim, "/profil", produsen));
            fetched.put("daftar", get(sim, "/pengajuan", produsen));
            fetched.put("detail", get(sim, "/pengajuan/" + id, produsen));
            fetched.put("berkas", get(sim, "/pengajuan/" + id + "/blok/9", produsen));
            fetched.put("walidata", get(sim, "/walidata/pengajuan", walidata));
            fetched.put("terbit", get(sim, "/rekomendasi-terbit", null));
            fetched.put("login", get(sim, "/login", null));
            return Map.copyOf(fetched);
        }
    }

    private static Path pdf(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), "%PDF-1.4\n% " + name + "\n%%EOF\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(SimulatedRomantik sim, String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path));
        if (session != null) {
            request.header("Cookie", SimulatedRomantik.SESSION_COOKIE + "=" + session);
        }
        try {
            // the login page is the SSO form Romantik redirects to
            HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .build().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
