package io.github.bpsconnector.metadata.code;

/**
 * R.5.1 Jenis Rancangan Sampel (Blok V, surveys only). INDAH integrations disagree on the spelling
 * ({@code SINGLE_STAGE_ATAU_PHASE} in 2023, {@code SINGLE_STAGE_PHASE} in 2026); both parse.
 */
public enum SampleStageType implements CodeList {

    /** 1 Single Stage/Phase. */
    SINGLE_STAGE_ATAU_PHASE(CodeInfo.of("Single Stage/Phase", 1).aliases("SINGLE_STAGE_PHASE", "SINGLE_STAGE")),

    /** 2 Multi Stage/Phase. */
    MULTI_STAGE_ATAU_PHASE(CodeInfo.of("Multi Stage/Phase", 2).aliases("MULTI_STAGE_PHASE", "MULTI_STAGE"));

    private final CodeInfo info;

    SampleStageType(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.5.1 Jenis Rancangan Sampel";
    }
}
