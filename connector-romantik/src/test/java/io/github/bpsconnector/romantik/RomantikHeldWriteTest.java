package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes whose answer never arrives: the portal may still hold the request, so a look that finds nothing does not
 * lead to a second send. The intent stays open until the settle time has passed on the client's clock (the
 * simulator's); then a look that finds the effect confirms it, and one that finds nothing sends once more.
 */
class RomantikHeldWriteTest extends SimulatorTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private FileJournal journal;
    private RomantikClient produsen;

    @BeforeEach
    void client() {
        journal = FileJournal.open(folder.resolve("journal.jsonl"), clock.asClock());
        produsen = track(builder(PRODUSEN, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD).journal(journal)
                .settleTime(SETTLE)
                .httpSettings(HttpSettings.builder().responseTimeout(TIMEOUT).socketTimeout(TIMEOUT).build())
                .build());
        produsen.account();
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    @Test
    void aDraftHeldPastTheTimeoutIsNotCreatedAgainAndIsConfirmedOnceItLanded() {
        romantik.faults().on("POST", "/pengajuan").times(1).before().delay(TIMEOUT.multipliedBy(3));

        assertThatThrownBy(() -> produsen.createDraft(SamplePackages.DINKES.toPackage(today())))
                .isInstanceOfSatisfying(OutcomeUnknownException.class, unknown -> assertThat(journal.find(
                        unknown.journalIntentId().orElseThrow()).orElseThrow().isOpen()).isTrue());
        await().atMost(Duration.ofSeconds(10)).until(() -> romantik.romantikCounters().pengajuanCreated() == 1);
        clock.advance(SETTLE.plusSeconds(1));
        long id = produsen.createDraft(SamplePackages.DINKES.toPackage(today()));

        assertThat(romantik.counters().count("POST", "/pengajuan")).as("sent once").isEqualTo(1);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(created().outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.CONFIRMED);
        assertThat(created().outcome().orElseThrow().portalIds()).containsEntry("pengajuanId", Long.toString(id));
        assertThat(journal.openIntents()).isEmpty();
    }

    @Test
    void aDraftWithoutAnAnswerIsNotSentAgainBeforeTheSettleTimeThenSentOnce() {
        romantik.faults().on("POST", "/pengajuan").times(1).before().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> produsen.createDraft(SamplePackages.DINKES.toPackage(today())))
                .isInstanceOf(OutcomeUnknownException.class);
        clock.advance(SETTLE.minusSeconds(1));
        assertThatThrownBy(() -> produsen.createDraft(SamplePackages.DINKES.toPackage(today())))
                .isInstanceOfSatisfying(OutcomeUnknownException.class,
                        unknown -> assertThat(unknown.journalIntentId()).contains(created().intentId()));
        assertThat(romantik.counters().count("POST", "/pengajuan")).as("not sent again at once").isEqualTo(1);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isZero();

        clock.advance(Duration.ofSeconds(2));
        long id = produsen.createDraft(SamplePackages.DINKES.toPackage(today()));

        assertThat(romantik.counters().count("POST", "/pengajuan")).as("sent once more").isEqualTo(2);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(created().outcome().orElseThrow().portalIds()).containsEntry("pengajuanId", Long.toString(id));
        assertThat(journal.openIntents()).isEmpty();
    }

    @Test
    void aFileUploadHeldPastTheTimeoutIsNotUploadedTwice() {
        long id = produsen.createDraft(SamplePackages.DINKES.toPackage(today()));
        romantik.faults().on("POST", "/pengajuan/\\d+/berkas").times(1).before().delay(TIMEOUT.multipliedBy(3));

        assertThatThrownBy(() -> produsen.attach(id, kakAndKuesioner())).isInstanceOf(OutcomeUnknownException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> romantik.romantikCounters().berkasUploaded() == 1);
        clock.advance(SETTLE.plusSeconds(1));
        produsen.attach(id, kakAndKuesioner());

        assertThat(romantik.counters().count("POST", "/pengajuan/{id}/berkas")).isEqualTo(2);
        assertThat(romantik.romantikCounters().berkasUploaded()).isEqualTo(2);
        assertThat(produsen.attachedFiles(id)).hasSize(2);
        assertThat(journal.openIntents()).isEmpty();
    }

    private JournalEntry created() {
        return journal.entries().stream().filter(entry -> entry.operation().equals("romantik.pengajuan.buat"))
                .reduce((first, second) -> second).orElseThrow();
    }
}
