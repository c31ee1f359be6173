package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.PackageValidator;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import io.github.bpsconnector.testkit.indah.MetadataStatus;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.port.Attachment;
import io.github.bpsconnector.workflow.port.IndahClientPort;
import io.github.bpsconnector.workflow.port.RomantikClientPort;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Both simulators on one {@link SimClock}, and the library's side of the SOP over them as a process would build it:
 * the real {@link RomantikClient} of the Produsen Data and of the Walidata, the real {@link IndahClient} of the
 * Walidata and of the Pembina Data (who publishes on the modelled INDAH), their ports, a journal and an arsip.
 * {@link #restart()} throws the process's objects away and builds new ones on the same journal file and arsip, as
 * after a crash.
 */
final class SimulatedSop implements AutoCloseable {

    /** Monday 2 March 2026, 09:00 WIB. */
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    static final Producer DINKES = new Producer(IndahDemoData.DINKES_JEMBER, "Dinas Kesehatan Kabupaten Jember",
            "35", "3509");
    static final List<String> CATATAN_REKOMENDASI = List.of("Cantumkan Identitas Rekomendasi pada kuesioner.",
            "Gunakan konsep dan definisi sesuai Standar Data Statistik.",
            "Serahkan hasil kegiatan kepada BPS Kabupaten Jember.");
    /** How long a runner's claim on an intent lasts; a crashed runner's claim runs out after it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ResilienceSettings FAST = ResilienceSettings.defaults().toBuilder()
            .backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(100))
            .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(5)).build();

    final SimClock clock = new SimClock(START);
    final SimulatedPortals portals = SimulatedPortals.builder().clock(clock)
            .indah(options -> options.captchaRequired(false)).start();
    final WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();
    private final Path dir;
    private final BiFunction<Path, SimClock, Journal> journals;
    private int generation;
    private Process process;

    /**
     * @param dir      where the journal, the arsip, the work files and the sample PDFs live
     * @param journals opens the journal at a path (a file journal, an H2 journal)
     */
    SimulatedSop(Path dir, BiFunction<Path, SimClock, Journal> journals) {
        this.dir = dir;
        this.journals = journals;
        this.process = new Process();
    }

    SimulatedRomantik romantik() {
        return portals.romantik();
    }

    SimulatedIndah indah() {
        return portals.indah();
    }

    Journal journal() {
        return process.journal;
    }

    Arsip arsip() {
        return process.arsip;
    }

    /**
     * The Produsen Data's runner: it waits on the Walidata at step 3 and at step 11 (its INDAH account, the
     * Walidata's, may not publish on the modelled INDAH); step 9 goes through the Walidata's INDAH account.
     */
    SopRunner produsen(RunnerListener listener) {
        return process.runner(false, false, listener);
    }

    /** The Walidata's runner: step 3 on Romantik besides what the producer's runner does. */
    SopRunner walidata(RunnerListener listener) {
        return process.runner(true, false, listener);
    }

    /** A runner whose INDAH account may publish (step 11; the Pembina Data's on the modelled INDAH). */
    SopRunner publisher(RunnerListener listener) {
        return process.runner(true, true, listener);
    }

    /** A client of another Romantik account in this process (closed by the caller). */
    RomantikClient romantikClient(String email, String password) {
        return process.romantik(email, password);
    }

    /**
     * The process crashed: its clients are dropped, its claims run out ({@link #LEASE}), and a new process opens the
     * same journal and arsip.
     */
    void restart() {
        process.close();
        clock.advance(LEASE.plusMinutes(1));
        process = new Process();
    }

    /** Moves the clock to 09:00 WIB {@code days} working days after today. */
    void workingDaysLater(int days) {
        clock.set(calendar.plusWorkingDays(clock.today(), days).atTime(9, 0).atZone(WIB).toInstant());
    }

    /** The simulated INDAH's reviewers check the MS-Keg and its records and approve them (SOP step 10). */
    void approveOnIndah(long msKegId) {
        for (IndahRecord record : indah().records()) {
            if (record.id() == msKegId || record.parent().filter(p -> p == msKegId).isPresent()) {
                if (record.status() != MetadataStatus.APPROVED) {
                    indah().asWalidata().startReview(record.id());
                    indah().asWalidata().approve(record.id());
                }
            }
        }
    }

    /** The sample's kegiatan planned today, with its KAK and kuesioner as PDFs. */
    Kegiatan kegiatan(SamplePackages sample) {
        MetadataPackage pkg = sample.toPackage(clock.today());
        try {
            Path berkas = Files.createDirectories(dir.resolve("berkas").resolve(Integer.toString(
                    Math.abs(sample.title().hashCode()))));
            return Kegiatan.of(pkg, sample.organizer(), List.of(
                    new Attachment(AttachmentKind.KAK, SampleDocuments.kak(pkg, berkas)),
                    new Attachment(AttachmentKind.KUESIONER, SampleDocuments.kuesioner(pkg, berkas))),
                    RunnerFixture.PRODUCER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
        portals.close();
    }

    /** What one process of the library holds: its clients, the journal and the arsip it opened. */
    private final class Process implements AutoCloseable {
        private final Journal journal;
        private final Arsip arsip;
        private final RomantikClient produsen;
        private final RomantikClient walidataRomantik;
        private final IndahClient walidataIndah;
        private final IndahClient pembinaIndah;
        private final String claimant;

        Process() {
            generation++;
            claimant = "sop-runner-" + generation;
            journal = journals.apply(dir.resolve("journal"), clock);
            try {
                arsip = Arsip.builder(dir.resolve("arsip")).clock(clock.asClock()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            produsen = romantik(SimulatedRomantik.DEMO_PRODUSEN_EMAIL, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD);
            walidataRomantik = romantik(SimulatedRomantik.DEMO_WALIDATA_EMAIL,
                    SimulatedRomantik.DEMO_WALIDATA_PASSWORD);
            walidataIndah = indah(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD);
            pembinaIndah = indah(IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD);
        }

        private RomantikClient romantik(String email, String password) {
            RomantikProfile profile = RomantikProfile.defaults().withBaseUrl(URI.create(portals.romantik().baseUrl()))
                    .withSso(URI.create(portals.romantik().ssoBaseUrl()), "eksternal");
            return RomantikClient.builder().profile(profile)
                    .credentials(CredentialsProvider.of(email, password.toCharArray()))
                    .resilienceSettings(FAST).journal(journal).clock(clock.asClock()).build();
        }

        private IndahClient indah(String user, String password) {
            return IndahClient.builder().apiBaseUrl(URI.create(portals.indah().baseUrl())).resilienceSettings(FAST)
                    .login(IndahLogin.password(CredentialsProvider.of(user, password.toCharArray()))).build();
        }

        SopRunner runner(boolean asWalidata, boolean publisher, RunnerListener listener) {
            IndahClient indahClient = publisher ? pembinaIndah : walidataIndah;
            IndahClientPort indahPort = new IndahClientPort(indahClient, MetadataReporter.builder(indahClient)
                    .journal(journal).submit(true).validator(PackageValidator.perban(MetadataValidator.builder()
                            .clock(clock.asClock()).build())).build(), key -> DINKES, publisher);
            SopRunner.Builder builder = SopRunner.builder(new RomantikClientPort(produsen), indahPort, journal,
                    arsip, dir.resolve("work")).clock(clock.asClock()).listener(listener).claimant(claimant, LEASE);
            return (asWalidata ? builder.walidata(new RomantikClientPort(walidataRomantik)) : builder).build();
        }

        @Override
        public void close() {
            produsen.close();
            walidataRomantik.close();
            walidataIndah.close();
            pembinaIndah.close();
            journal.close();
        }
    }
}
