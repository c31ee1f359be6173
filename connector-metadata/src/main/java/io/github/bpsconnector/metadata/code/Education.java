package io.github.bpsconnector.metadata.code;

/**
 * R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data. INDAH integrations disagree on the
 * diploma spellings ({@code DIPLOMA_I_ATAU_II_ATAU_III} in 2023, {@code DIPLOMA_I_II_III} in 2026); both parse.
 */
public enum Education implements CodeList {

    /** 1 &le; SMP. */
    KURANG_DARI_ATAU_SAMA_DENGAN_SMP(CodeInfo.of("≤ SMP", 1).aliases("SMP")),

    /** 2 SMA/SMK. */
    SMA_ATAU_SMK(CodeInfo.of("SMA/SMK", 2).aliases("SMA", "SMK")),

    /** 3 Diploma I/II/III. */
    DIPLOMA_I_ATAU_II_ATAU_III(CodeInfo.of("Diploma I/II/III", 3).aliases("DIPLOMA_I_II_III")),

    /** 4 Diploma IV/S1/S2/S3. */
    DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3(CodeInfo.of("Diploma IV/S1/S2/S3", 4).aliases("DIPLOMA_IV_S1_S2_S3"));

    private final CodeInfo info;

    Education(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data";
    }
}
