package io.github.bpsconnector.romantik;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Combines the three raw status columns into one {@link PengajuanStatus}, through the profile's label maps (which
 * also hold the old Romantik's labels such as {@code BELUM DIVALIDASI} and third-party wording such as
 * {@code Perlu Perbaikan}). Labels are compared without case and with runs of white space as one space.
 */
public final class StatusNormalizer {

    /** What the Status Pengajuan column means. */
    public enum Stage { DRAFT, SUBMITTED, EXAMINATION, CORRECTION, FEASIBLE, REJECTED, CANCELLED }

    /** What the Pemeriksaan Walidata column means. */
    public enum WalidataStage { CHECKING, APPROVED, REJECTED }

    /** What the Status Perbaikan column means. */
    public enum CorrectionStage { NOTES_RECEIVED, EDITING, FIXED }

    private final Map<String, String> pengajuan;
    private final Map<String, String> walidata;
    private final Map<String, String> perbaikan;

    /** @param profile the profile whose {@code statusLabels} are used */
    public StatusNormalizer(RomantikProfile profile) {
        Objects.requireNonNull(profile, "profile");
        this.pengajuan = profile.statusLabels(RomantikProfile.STATUS_PENGAJUAN);
        this.walidata = profile.statusLabels(RomantikProfile.STATUS_WALIDATA);
        this.perbaikan = profile.statusLabels(RomantikProfile.STATUS_PERBAIKAN);
    }

    /**
     * The normalized status.
     *
     * @param labels the raw columns
     * @param komitmenUploaded whether the Surat Komitmen is on the portal (turns RECOMMENDED into COMPLETED)
     */
    public PengajuanStatus normalize(StatusLabels labels, boolean komitmenUploaded) {
        Stage stage = lookup(pengajuan, labels.statusPengajuan(), Stage.class);
        WalidataStage checking = lookup(walidata, labels.statusWalidata(), WalidataStage.class);
        CorrectionStage correction = lookup(perbaikan, labels.statusPerbaikan(), CorrectionStage.class);
        if (stage == null) {
            return PengajuanStatus.UNKNOWN;
        }
        return switch (stage) {
            case DRAFT -> PengajuanStatus.DRAFT;
            case CANCELLED -> PengajuanStatus.CANCELLED;
            case REJECTED -> PengajuanStatus.REJECTED;
            case FEASIBLE -> komitmenUploaded ? PengajuanStatus.COMPLETED : PengajuanStatus.RECOMMENDED;
            case EXAMINATION -> PengajuanStatus.AT_PEMBINA;
            case CORRECTION -> correction == CorrectionStage.FIXED ? PengajuanStatus.AT_PEMBINA
                    : PengajuanStatus.REVISION_REQUIRED;
            case SUBMITTED -> submitted(checking, labels.statusWalidata().isEmpty());
        };
    }

    private static PengajuanStatus submitted(WalidataStage checking, boolean noWalidataColumn) {
        if (checking == null) {
            return noWalidataColumn ? PengajuanStatus.AT_WALIDATA : PengajuanStatus.UNKNOWN;
        }
        return switch (checking) {
            case CHECKING -> PengajuanStatus.AT_WALIDATA;
            case APPROVED -> PengajuanStatus.AT_PEMBINA;
            case REJECTED -> PengajuanStatus.RETURNED_BY_WALIDATA;
        };
    }

    /** The canonical name of a label in one column, or {@code null} when the profile does not know it. */
    private static <E extends Enum<E>> E lookup(Map<String, String> labels, String raw, Class<E> type) {
        String name = labels.get(normalizeLabel(raw));
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Lower case, trimmed, runs of white space as one space: the form labels are stored in. */
    static String normalizeLabel(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
