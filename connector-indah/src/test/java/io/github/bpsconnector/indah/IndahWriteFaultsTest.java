package io.github.bpsconnector.indah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.testkit.FaultRule;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write step with its answer lost after the simulator applied it ({@code Fault.EMPTY_RESPONSE}, timing
 * AFTER): the client looks for the effect, does not send again, reaches the right state, and journals the write as
 * confirmed. A lost answer to a write not applied is in {@link IndahHeldWriteTest}.
 */
class IndahWriteFaultsTest {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    private static final String KEGIATAN_ID = KEGIATAN + "/{id}";

    private final SimIndahAccess sim = new SimIndahAccess();
    @TempDir
    Path dir;
    private FileJournal journal;
    private IndahClient walidata;
    private IndahClient pembina;

    @BeforeEach
    void start() {
        journal = FileJournal.open(dir.resolve("journal.jsonl"));
        walidata = sim.walidata(journal);
        pembina = sim.pembina();
    }

    @AfterEach
    void stop() {
        walidata.close();
        pembina.close();
        journal.close();
        sim.close();
    }

    /** A write step: the method and route it uses, and what it does given a fresh DRAFT MS-Keg. */
    record Step(String name, String method, String path, String routePattern, int writes, Consumer<Fixture> run,
            Consumer<Fixture> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The state a step starts from. */
    final class Fixture {
        final io.github.bpsconnector.testkit.indah.IndahRecord keg;
        final long id;

        Fixture() {
            id = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026, TestForms.msKeg("Survei Fault 2026"))
                    .id();
            keg = sim.indah().record(id).orElseThrow();
        }

        IndahWriteFaultsTest outer() {
            return IndahWriteFaultsTest.this;
        }

        String status() {
            return sim.indah().record(id).orElseThrow().status().name();
        }

        void toUnderReview() {
            walidata.kegiatan().submit(id);
            walidata.review().startReview(MetadataKind.KEGIATAN, id);
        }
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                step(new Step("create MS-Var", "POST", "/sdi/v2/metadata-statistik/variabel",
                        "/sdi/v2/metadata-statistik/variabel", 1,
                        f -> f.outer().walidata.variabel().createDraft(f.id, TestForms.msVar("Umur Anak")),
                        f -> assertThat(f.outer().sim.indah().countChildren(f.id,
                                io.github.bpsconnector.testkit.indah.MetadataKind.VARIABEL, "Umur Anak"))
                                .isEqualTo(1))),
                step(new Step("create MS-Ind", "POST", "/sdi/v2/metadata-statistik/indikator",
                        "/sdi/v2/metadata-statistik/indikator", 1,
                        f -> f.outer().walidata.indikator().createDraft(f.id, TestForms.msInd("Persentase IDL")),
                        f -> assertThat(f.outer().sim.indah().countChildren(f.id,
                                io.github.bpsconnector.testkit.indah.MetadataKind.INDIKATOR, "Persentase IDL"))
                                .isEqualTo(1))),
                step(new Step("update MS-Keg", "PUT", KEGIATAN + "/\\d+", KEGIATAN_ID, 1,
                        f -> f.outer().walidata.kegiatan().update(f.id, TestForms.msKeg("Survei Fault 2026")
                                .toBuilder().year(2027).build()),
                        f -> assertThat(f.outer().sim.indah().record(f.id).orElseThrow().envelope().path("data")
                                .path("tahun").asInt()).isEqualTo(2027))),
                step(new Step("submit MS-Keg", "PUT", KEGIATAN + "/\\d+", KEGIATAN_ID, 1,
                        f -> f.outer().walidata.kegiatan().submit(f.id),
                        f -> assertThat(f.status()).isEqualTo("SUBMITTED"))),
                step(new Step("request correction", "PUT", KEGIATAN + "/\\d+", KEGIATAN_ID, 3,
                        f -> {
                            f.toUnderReview();
                            f.outer().walidata.review().requestCorrection(MetadataKind.KEGIATAN, f.id, "Perbaiki");
                        },
                        f -> assertThat(f.status()).isEqualTo("CORRECTION_REQUIRED"))),
                step(new Step("publish", "PUT", KEGIATAN + "/\\d+", KEGIATAN_ID, 4,
                        f -> {
                            f.toUnderReview();
                            f.outer().walidata.review().approve(MetadataKind.KEGIATAN, f.id);
                            f.outer().pembina.review().publish(MetadataKind.KEGIATAN, f.id);
                        },
                        f -> assertThat(f.status()).isEqualTo("PUBLISHED"))),
                step(new Step("delete MS-Keg", "DELETE", KEGIATAN + "/\\d+", KEGIATAN_ID, 1,
                        f -> f.outer().walidata.kegiatan().delete(f.id),
                        f -> assertThat(f.outer().sim.indah().record(f.id)).isEmpty())),
                step(new Step("cycle MS-Keg", "POST", KEGIATAN + "/\\d+/cycle", KEGIATAN_ID + "/cycle", 1,
                        f -> f.outer().walidata.kegiatan().cycle(f.id, 2027),
                        f -> assertThat(f.outer().sim.indah().countKegiatan("Survei Fault 2026", 2027,
                                SimIndahAccess.dinkes().id())).isEqualTo(1))));
    }

    private static Arguments step(Step step) {
        return Arguments.of(step);
    }

    @Test
    void aLostAnswerToACreateIsFoundAndNotSentAgain() {
        sim.indah().faults().on("POST", KEGIATAN).after().fault(Fault.EMPTY_RESPONSE);

        IndahRecord<MsKeg> created = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg("Survei Imunisasi Kabupaten Jember 2026"));

        assertThat(created.id()).isPositive();
        assertThat(sim.indah().countKegiatan("Survei Imunisasi Kabupaten Jember 2026", 2026,
                SimIndahAccess.dinkes().id())).isEqualTo(1);
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).isEqualTo(1);
        JournalEntry entry = journal.latest("indah.kegiatan.create",
                KegiatanRecords.naturalKey("Survei Imunisasi Kabupaten Jember 2026", 2026,
                        SimIndahAccess.dinkes().id())).orElseThrow();
        assertThat(entry.isOpen()).isFalse();
        assertThat(entry.outcome().orElseThrow().portalIds()).containsEntry("id", String.valueOf(created.id()));
    }

    @Test
    void aCreateLeftUnknownIsLookedForBeforeItIsSentAgain() {
        String title = "Survei Lanjutan Kabupaten Jember 2026";
        sim.indah().faults().on("POST", KEGIATAN).after().fault(Fault.EMPTY_RESPONSE);
        sim.indah().faults().on("GET", KEGIATAN).times(1000).status(503);
        assertThatThrownBy(() -> walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg(title))).isInstanceOf(OutcomeUnknownException.class);
        sim.indah().faults().clear();

        // a later run (its circuit breaker has not seen the 503s) with the same journal
        IndahRecord<MsKeg> created;
        try (IndahClient later = sim.walidata(journal)) {
            created = later.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026, TestForms.msKeg(title));
        }

        assertThat(sim.indah().countKegiatan(title, 2026, SimIndahAccess.dinkes().id())).isEqualTo(1);
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).as("sent once").isEqualTo(1);
        assertThat(journal.openIntents()).isEmpty();
        assertThat(journal.latest("indah.kegiatan.create", KegiatanRecords.naturalKey(title, 2026,
                SimIndahAccess.dinkes().id())).orElseThrow().outcome().orElseThrow().portalIds())
                .containsEntry("id", String.valueOf(created.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void everyWriteStepWithItsAnswerLostAfterApplyingIsDoneOnce(Step step) {
        Fixture fixture = new Fixture();
        long before = sim.indah().counters().count(step.method(), step.routePattern());
        FaultRule rule = sim.indah().faults().on(step.method(), step.path()).times(1000).after()
                .fault(Fault.EMPTY_RESPONSE);
        step.run().accept(fixture);

        step.check().accept(fixture);
        long writes = sim.indah().counters().count(step.method(), step.routePattern()) - before;
        assertThat(rule.fired()).as("answers lost").isEqualTo(step.writes());
        assertThat(writes).as("requests of %s: each applied once, none sent again", step).isEqualTo(step.writes());
        assertThat(sim.indah().duplicateNaturalKeys()).isEmpty();
        assertThat(journal.openIntents()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void everyWriteStepAnswered503AfterApplyingIsDoneOnce(Step step) {
        Fixture fixture = new Fixture();
        long before = sim.indah().counters().count(step.method(), step.routePattern());
        FaultRule rule = sim.indah().faults().on(step.method(), step.path()).times(1000).after().status(503);
        step.run().accept(fixture);

        step.check().accept(fixture);
        long writes = sim.indah().counters().count(step.method(), step.routePattern()) - before;
        assertThat(rule.fired()).as("503 answers after applying").isEqualTo(step.writes());
        assertThat(writes).as("requests of %s: each applied once, none sent again", step).isEqualTo(step.writes());
        assertThat(sim.indah().duplicateNaturalKeys()).isEmpty();
        assertThat(journal.openIntents()).isEmpty();
    }

    @Test
    void aCreateAnswered503BeforeItWasAppliedIsLookedForThenSentOnceMore() {
        FaultRule rule = sim.indah().faults().on("POST", KEGIATAN).before().status(503);

        IndahRecord<MsKeg> created = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg("Survei Gizi 2026"));

        assertThat(rule.fired()).isEqualTo(1);
        assertThat(sim.indah().countKegiatan("Survei Gizi 2026", 2026, SimIndahAccess.dinkes().id())).isEqualTo(1);
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).isEqualTo(2);
        JournalEntry entry = journal.latest("indah.kegiatan.create", KegiatanRecords.naturalKey("Survei Gizi 2026",
                2026, SimIndahAccess.dinkes().id())).orElseThrow();
        assertThat(entry.isOpen()).isFalse();
        assertThat(entry.outcome().orElseThrow().portalIds()).containsEntry("id", String.valueOf(created.id()));
    }
}
