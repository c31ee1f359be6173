package io.github.bpsconnector.workflow.tracking;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.IndahPort;
import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.port.PengajuanState;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.port.RomantikPort;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rebuilds a {@link KegiatanCase} from the portals' statuses (Romantik's pengajuan, INDAH's MS-Keg) and the journal,
 * never from memory: a fresh tracker on the same journal rebuilds the same case.
 *
 * <p>The journal supplies what the portals cannot show: whether the Surat Komitmen was drawn up (step 6) and the
 * package handed to the Walidata (step 8), the letter's number and digests, and when the kegiatan entered its
 * current step. The latter is the first time the library saw the kegiatan at that step, recorded as a confirmed
 * intent {@value #OBSERVED} (attributes {@code step}, {@code state}, {@code enteredAt}) when the step changes.
 * Thread-safe if the ports and the journal are.
 */
public final class CaseTracker {

    /** The journal operation recording that a kegiatan was seen at a new step. */
    public static final String OBSERVED = "sop.observed";

    private final Sop sop;
    private final WorkingDayCalendar calendar;
    private final Journal journal;
    private final Clock clock;
    private final RomantikPort romantik;
    private final IndahPort indah;

    /**
     * A tracker over these ports and journal.
     *
     * @param clock the clock deciding "now" (entered-at of a new step, overdue)
     */
    public CaseTracker(Sop sop, WorkingDayCalendar calendar, Journal journal, Clock clock, RomantikPort romantik,
            IndahPort indah) {
        this.sop = Objects.requireNonNull(sop, "sop");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.romantik = Objects.requireNonNull(romantik, "romantik");
        this.indah = Objects.requireNonNull(indah, "indah");
    }

    /** The journal's natural key of a kegiatan: its arsip folder name, which normalizes case and spacing. */
    public static String naturalKey(KegiatanKey key) {
        return Intent.naturalKey("kegiatan", key.folderName());
    }

    /** The SOP the tracker follows. */
    public Sop sop() {
        return sop;
    }

    /**
     * Reads both portals and the journal and says where the kegiatan stands; records the step in the journal when
     * it is new.
     *
     * @throws io.github.bpsconnector.core.error.PortalException when a portal cannot be read
     */
    public KegiatanCase rebuild(KegiatanKey key) {
        String naturalKey = naturalKey(key);
        Optional<PengajuanState> pengajuan = knownPengajuanId(naturalKey).map(romantik::get)
                .or(() -> romantik.find(key.title(), key.year()));
        Optional<JournalEntry> komitmen = confirmed(StepIds.SUSUN_SURAT_KOMITMEN, naturalKey);
        boolean handedOver = confirmed(StepIds.LAPORKAN_KE_WALIDATA, naturalKey).isPresent();
        Optional<IndahState> metadata = handedOver ? indah.find(currentKey(key, pengajuan)) : Optional.empty();
        Position position = StepDerivation.derive(pengajuan, komitmen.isPresent(), handedOver, metadata);
        SopStep step = sop.step(position.stepId());
        Instant now = clock.instant();
        Instant enteredAt = enteredAt(naturalKey, step, position.state(), now);
        boolean open = position.state() == CaseState.ACTIVE || position.state() == CaseState.RETURNED;
        Optional<Instant> deadline = open ? calendar.deadline(enteredAt, step.duration()) : Optional.empty();
        boolean overdue = open && calendar.isOverdue(enteredAt, step.duration(), now);
        return new KegiatanCase(key, step, position.state(), enteredAt, deadline, overdue,
                position.returnedFrom().map(sop::step), position.returnNote(), position.detail(),
                documents(pengajuan, komitmen, metadata), catatan(pengajuan, metadata));
    }

    /** The pengajuan id a confirmed step 1 or 2 journaled: the pengajuan is followed by id once it is known. */
    private Optional<Long> knownPengajuanId(String naturalKey) {
        for (String step : List.of(StepIds.AJUKAN_REKOMENDASI, StepIds.DAFTAR_KEGIATAN)) {
            Optional<String> id = confirmed(step, naturalKey).flatMap(JournalEntry::outcome)
                    .map(o -> o.portalIds().get("pengajuanId"));
            if (id.isPresent()) {
                return Optional.of(Long.parseLong(id.get()));
            }
        }
        return Optional.empty();
    }

    /** The key under the title Romantik shows now: INDAH gets the package as corrected, retitled or not. */
    private static KegiatanKey currentKey(KegiatanKey key, Optional<PengajuanState> pengajuan) {
        return pengajuan.filter(p -> !p.judul().isBlank() && !p.judul().equalsIgnoreCase(key.title()))
                .map(p -> new KegiatanKey(p.judul(), key.year(), key.institution())).orElse(key);
    }

    /** The latest confirmed run of a step the library performs, if any. */
    public Optional<JournalEntry> confirmed(String stepId, String naturalKey) {
        return journal.latest(StepIds.operation(stepId), naturalKey).filter(CaseTracker::isConfirmed);
    }

    private static boolean isConfirmed(JournalEntry entry) {
        return entry.outcome().map(o -> o.status() == OutcomeStatus.CONFIRMED).orElse(false);
    }

    private Instant enteredAt(String naturalKey, SopStep step, CaseState state, Instant now) {
        Optional<JournalEntry> last = journal.latest(OBSERVED, naturalKey);
        String stepNumber = Integer.toString(step.number());
        if (last.isPresent() && stepNumber.equals(last.get().attributes().get("step"))) {
            Instant entered = Instant.parse(last.get().attributes().get("enteredAt"));
            if (!state.name().equals(last.get().attributes().get("state"))) {
                observe(naturalKey, stepNumber, state, entered);
            }
            return entered;
        }
        observe(naturalKey, stepNumber, state, now);
        return now;
    }

    private void observe(String naturalKey, String step, CaseState state, Instant enteredAt) {
        journal.latest(OBSERVED, naturalKey).filter(JournalEntry::isOpen)
                .ifPresent(crashed -> journal.confirm(crashed.intentId(), Map.of(), "interrupted observation"));
        Intent intent = Intent.of(OBSERVED, "workflow", naturalKey).withAttribute("step", step)
                .withAttribute("state", state.name()).withAttribute("enteredAt", enteredAt.toString());
        journal.confirm(journal.begin(intent).intentId(), Map.of(), "langkah " + step + " " + state);
    }

    private static CaseDocuments documents(Optional<PengajuanState> pengajuan, Optional<JournalEntry> komitmen,
            Optional<IndahState> metadata) {
        Map<String, String> ids = komitmen.flatMap(JournalEntry::outcome).map(o -> o.portalIds()).orElse(Map.of());
        return new CaseDocuments(pengajuan.map(PengajuanState::id).orElse(null),
                pengajuan.map(PengajuanState::identitasRekomendasi).orElse(""), ids.get("nomorSuratRekomendasi"),
                ids.get("suratRekomendasiSha256"), ids.get("suratKomitmenSha256"),
                pengajuan.map(PengajuanState::komitmenFileName).orElse(""),
                metadata.map(IndahState::msKegId).orElse(null), metadata.map(IndahState::msVarIds).orElse(null),
                metadata.map(IndahState::msIndIds).orElse(null));
    }

    private static List<PortalNote> catatan(Optional<PengajuanState> pengajuan, Optional<IndahState> metadata) {
        List<PortalNote> all = new ArrayList<>();
        pengajuan.ifPresent(p -> all.addAll(p.notes()));
        metadata.ifPresent(m -> all.addAll(m.reviews()));
        return all;
    }

    @Override
    public String toString() {
        return "CaseTracker[" + sop.code() + "]";
    }
}
