package io.github.bpsconnector.testkit.romantik;

import java.util.Optional;

/** The kinds of Blok IX supporting files ({@code jenis} of {@code POST /pengajuan/{id}/berkas}). */
public enum JenisBerkas {
    /** Kerangka Acuan Kerja; required before sending. */
    KAK("Kerangka Acuan Kerja (KAK)"),
    /** Proposal. */
    PROPOSAL("Proposal"),
    /** Draft guide (pedoman). */
    PEDOMAN("Rancangan Pedoman"),
    /** Draft questionnaire; required for a survey. */
    KUESIONER("Rancangan Kuesioner"),
    /** MS-Var rendered as PDF. */
    MS_VAR("Metadata Statistik Variabel (MS-Var)"),
    /** MS-Ind rendered as PDF. */
    MS_IND("Metadata Statistik Indikator (MS-Ind)"),
    /** Anything else; several may be attached. */
    LAINNYA("Lainnya");

    private final String label;

    JenisBerkas(String label) {
        this.label = label;
    }

    /** The label shown on the pages. */
    public String label() {
        return label;
    }

    /** The kind named by a form value, if it is one. */
    public static Optional<JenisBerkas> parse(String value) {
        for (JenisBerkas jenis : values()) {
            if (jenis.name().equals(value)) {
                return Optional.of(jenis);
            }
        }
        return Optional.empty();
    }
}
