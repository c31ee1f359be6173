package io.github.bpsconnector.testkit.romantik;

/** Column "Status Perbaikan" (§2.6); empty until the Pembina Data asks for a correction. */
public enum StatusPerbaikan {
    /** Correction notes received. */
    PERBAIKAN("perbaikan"),
    /** The producer is editing. */
    SEDANG_DIPERBAIKI("sedang diperbaiki"),
    /** Fixed and sent. */
    SUDAH_DIPERBAIKI("sudah diperbaiki");

    private final String label;

    StatusPerbaikan(String label) {
        this.label = label;
    }

    /** The raw label shown in {@code td.status-perbaikan}. */
    public String label() {
        return label;
    }
}
