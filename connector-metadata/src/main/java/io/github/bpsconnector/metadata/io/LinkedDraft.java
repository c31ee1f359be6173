package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.ActivityHeader;

/**
 * A template row that fills one builder and belongs to an activity by its {@code judul_kegiatan}: a row of
 * {@code ms_variabel}, {@code ms_indikator}, {@code ms_kegiatan_variabel} or {@code ms_kegiatan_wilayah}. MS-Var
 * and MS-Ind rows also gather their form header (Kode Kegiatan, Penyelenggara) here; its Nama Kegiatan is set when
 * the row is linked to its MS-Keg.
 *
 * @param <B> the builder the row's columns fill
 */
final class LinkedDraft<B> implements ActivityRow {

    private String title;
    private final B builder;
    private final ActivityHeader.Builder header = ActivityHeader.builder();

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

    ActivityHeader.Builder header() {
        return header;
    }

    /** The form header with the given activity title (the MS-Keg's, which the row was linked to). */
    ActivityHeader header(String activityTitle) {
        return header.title(activityTitle).build();
    }
}
