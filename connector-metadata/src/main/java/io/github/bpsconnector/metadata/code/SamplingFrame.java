package io.github.bpsconnector.metadata.code;

/** R.5.4 Kerangka Sampel Tahap Terakhir (Blok V, probability samples only). */
public enum SamplingFrame implements CodeList {

    /** 1 List frame. */
    LIST_FRAME(CodeInfo.of("List frame", 1)),

    /** 2 Area frame. */
    AREA_FRAME(CodeInfo.of("Area frame", 2));

    private final CodeInfo info;

    SamplingFrame(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.5.4 Kerangka Sampel Tahap Terakhir";
    }
}
