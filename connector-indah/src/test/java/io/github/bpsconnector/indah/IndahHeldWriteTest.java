package io.github.bpsconnector.indah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create whose answer never arrives: the portal may still hold the request, so a look that finds nothing does
 * not lead to a second send. The intent stays open until the settle time has passed on the client's clock (the
 * simulator's); then a look that finds the record confirms it, and one that finds nothing sends once more.
 */
class IndahHeldWriteTest {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final SimIndahAccess sim = new SimIndahAccess();
    @TempDir
    Path dir;
    private FileJournal journal;
    private IndahClient walidata;

    @BeforeEach
    void start() {
        journal = FileJournal.open(dir.resolve("journal.jsonl"), sim.clock.asClock());
        walidata = sim.clientBuilder(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD)
                .journal(journal).clock(sim.clock.asClock()).settleTime(SETTLE)
                .httpSettings(HttpSettings.builder().responseTimeout(TIMEOUT).socketTimeout(TIMEOUT).build())
                .build();
        walidata.account();
    }

    @AfterEach
    void stop() {
        walidata.close();
        journal.close();
        sim.close();
    }

    @Test
    void aCreateHeldPastTheTimeoutIsNotSentAgainAndIsConfirmedOnceItLanded() {
        String title = "Survei Tertahan 2026";
        sim.indah().faults().on("POST", KEGIATAN).times(1).before().delay(TIMEOUT.multipliedBy(3));

        assertThatThrownBy(() -> create(title)).isInstanceOfSatisfying(OutcomeUnknownException.class,
                unknown -> assertThat(journal.find(unknown.journalIntentId().orElseThrow()).orElseThrow().isOpen())
                        .isTrue());
        await().atMost(Duration.ofSeconds(10)).until(() -> count(title) == 1);
        sim.clock.advance(SETTLE.plusSeconds(1));
        IndahRecord<MsKeg> found = create(title);

        assertThat(sim.indah().counters().count("POST", KEGIATAN)).as("sent once").isEqualTo(1);
        assertThat(count(title)).isEqualTo(1);
        assertThat(entry(title).outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.CONFIRMED);
        assertThat(entry(title).outcome().orElseThrow().portalIds()).containsEntry("id", String.valueOf(found.id()));
    }

    @Test
    void aCreateWithoutAnAnswerIsNotSentAgainBeforeTheSettleTimeThenSentOnce() {
        String title = "Survei Tanpa Jawaban 2026";
        sim.indah().faults().on("POST", KEGIATAN).times(1).before().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> create(title)).isInstanceOf(OutcomeUnknownException.class);
        sim.clock.advance(SETTLE.minusSeconds(1));
        assertThatThrownBy(() -> create(title)).isInstanceOfSatisfying(OutcomeUnknownException.class,
                unknown -> assertThat(unknown.journalIntentId()).contains(entry(title).intentId()));
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).as("not sent again at once").isEqualTo(1);
        assertThat(entry(title).isOpen()).isTrue();

        sim.clock.advance(Duration.ofSeconds(2));
        IndahRecord<MsKeg> created = create(title);

        assertThat(sim.indah().counters().count("POST", KEGIATAN)).as("sent once more").isEqualTo(2);
        assertThat(count(title)).isEqualTo(1);
        assertThat(entry(title).outcome().orElseThrow().portalIds()).containsEntry("id",
                String.valueOf(created.id()));
        assertThat(journal.openIntents()).isEmpty();
    }

    private IndahRecord<MsKeg> create(String title) {
        return walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026, TestForms.msKeg(title));
    }

    private long count(String title) {
        return sim.indah().countKegiatan(title, 2026, SimIndahAccess.dinkes().id());
    }

    private JournalEntry entry(String title) {
        return journal.latest("indah.kegiatan.create", KegiatanRecords.naturalKey(title, 2026,
                SimIndahAccess.dinkes().id())).orElseThrow();
    }
}
