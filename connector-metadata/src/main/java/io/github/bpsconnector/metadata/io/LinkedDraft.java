package io.github.bpsconnector.metadata.io;

/**
 * A template row that fills one builder and belongs to an activity by its {@code judul_kegiatan}: a row of
 * {@code ms_variabel}, {@code ms_indikator}, {@code ms_kegiatan_variabel} or {@code ms_kegiatan_wilayah}.
 *
 * @param <B> the builder the row's columns fill
 */
final class LinkedDraft<B> implements ActivityRow {

    private String title;
    private final B builder;

    LinkedDraft(B builder) {
        this.builder = builder;
    }

    @Override
    public String activityTitle() {
        return title;
    }

    void title(String value) {
        title = value;
    }

    B builder() {
        return builder;
    }
}
