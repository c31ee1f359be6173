package io.github.bpsconnector.benchmarks.scene;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.metadata.AttachmentRef;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.romantik.RomantikReviewer;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A simulated Romantik on loopback in the state the benchmarks read: the demo Produsen Data's Daftar Pengajuan
 * filled to one whole page, and the SKJHI 2018 example submitted through {@link RomantikClient}, returned once by
 * the Walidata, corrected once for the Pembina Data and recommended, so its detail page carries every kind of catatan
 * and its Surat Rekomendasi can be downloaded.
 */
public final class RomantikScene implements AutoCloseable {

    /** Rows per page of the simulated Daftar Pengajuan (the portal's page size). */
    public static final int PAGE_SIZE = 10;

    private static final String TITLE = "Survei Kepuasan Jamaah Haji Indonesia (SKJHI) 2018";

    private final SimClock clock;
    private final SimulatedRomantik romantik;
    private final RomantikProfile profile;
    private final Path files;
    private final long recommendedId;

    private RomantikScene(SimClock clock, SimulatedRomantik romantik, Path files) {
        this.clock = clock;
        this.romantik = romantik;
        this.profile = RomantikProfile.defaults().withBaseUrl(URI.create(romantik.baseUrl()))
                .withSso(URI.create(romantik.ssoBaseUrl()), "eksternal");
        this.files = files;
        try (RomantikClient produsen = produsenClient().build()) {
            this.recommendedId = recommend(produsen);
            for (int i = 1; i < PAGE_SIZE; i++) {
                produsen.createDraft(SkjhiPackages.retitled(TITLE + " Tahap " + i));
            }
        }
    }

    /** Starts a fresh simulator and brings it into the scene's state (a few seconds). */
    public static RomantikScene start() {
        SimClock clock = new SimClock(SkjhiPackages.PLANNING_DAY);
        SimulatedRomantik romantik = new SimulatedRomantik(clock, 0);
        try {
            romantik.start();
            romantik.sessionIdleTimeout(Duration.ofDays(365));
            romantik.ssoSessionIdleTimeout(Duration.ofDays(365));
            return new RomantikScene(clock, romantik, Files.createTempDirectory("romantik-scene"));
        } catch (IOException | RuntimeException e) {
            romantik.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The simulator. */
    public SimulatedRomantik simulator() {
        return romantik;
    }

    /** The bundled profile pointed at the simulator and its SSO. */
    public RomantikProfile profile() {
        return profile;
    }

    /** The pengajuan that went through every review and has its Surat Rekomendasi. */
    public long recommendedId() {
        return recommendedId;
    }

    /** The Produsen Data's e-mail address (its SSO user name). */
    public String produsenEmail() {
        return SimulatedRomantik.DEMO_PRODUSEN_EMAIL;
    }

    /** The Produsen Data's password. */
    public String produsenPassword() {
        return SimulatedRomantik.DEMO_PRODUSEN_PASSWORD;
    }

    /**
     * The HTML of the page at {@code path} as the Produsen Data's browser receives it (through a session of its own),
     * for parsing offline.
     */
    public String pageHtml(String path) {
        HttpGet get = new HttpGet(romantik.baseUrl() + path);
        get.addHeader("Cookie", SimulatedRomantik.SESSION_COOKIE + "=" + romantik.importSession(produsenEmail()));
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableRedirectHandling()
                .build()) {
            return http.execute(get, response -> {
                if (response.getCode() != 200) {
                    throw new IllegalStateException("GET " + path + ": HTTP " + response.getCode());
                }
                return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client builder for the Produsen Data: SSO login, the simulated clock, {@link Loopback#SETTINGS}. */
    public RomantikClient.Builder produsenClient() {
        return RomantikClient.builder().profile(profile)
                .credentials(CredentialsProvider.of(produsenEmail(), produsenPassword().toCharArray()))
                .clock(clock.asClock())
                .resilienceSettings(Loopback.SETTINGS);
    }

    private long recommend(RomantikClient produsen) {
        MetadataPackage pkg = SkjhiPackages.retitled(TITLE);
        for (AttachmentRef attachment : pkg.attachments()) {
            SamplePdfs.write(files.resolve(attachment.path()), "Lampiran " + attachment.kind() + " (contoh)");
        }
        SupportingFiles berkas = SupportingFiles.fromPackage(pkg, files);
        long id = produsen.submit(pkg, berkas);
        RomantikReviewer reviewer = romantik.reviewer();
        reviewer.asWalidata().reject(id, "Lampirkan kuesioner versi terakhir.");
        produsen.revise(id, pkg, berkas);
        reviewer.asWalidata().approve(id, "Tidak ada kegiatan serupa di Kabupaten Jember.");
        reviewer.asPembinaData().startExamination(id);
        reviewer.asPembinaData().requestCorrection(id, "Lengkapi definisi operasional setiap variabel.");
        produsen.revise(id, pkg, berkas);
        reviewer.asPembinaData().recommend(id, List.of("Cantumkan identitas rekomendasi pada kuesioner.",
                "Serahkan hasil kegiatan kepada BPS.", "Laporkan metadata kegiatan ke INDAH."));
        return id;
    }

    /** Stops the simulator and deletes the attachments written. */
    @Override
    public void close() {
        romantik.close();
        try (Stream<Path> walk = Files.walk(files)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
