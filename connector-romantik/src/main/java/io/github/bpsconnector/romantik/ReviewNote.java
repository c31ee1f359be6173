package io.github.bpsconnector.romantik;

/**
 * One catatan on a pengajuan: the Walidata's decision or the Pembina Data's examination.
 *
 * @param tanggal when, as shown
 * @param peran who, as shown ({@code Walidata}, {@code Pembina Data})
 * @param keputusan the decision, as shown
 * @param catatan the note
 * @param reviewer who, normalized
 */
public record ReviewNote(String tanggal, String peran, String keputusan, String catatan, Reviewer reviewer) {

    /** Who wrote a note. */
    public enum Reviewer { WALIDATA, PEMBINA_DATA, OTHER }
}
