package io.github.bpsconnector.metadata.io;

/** The draft of a template row that belongs to an activity through its {@code judul_kegiatan}. */
interface ActivityRow {

    /** The {@code judul_kegiatan} as written, or {@code null} when blank. */
    String activityTitle();
}
