package io.github.bpsconnector.workflow.document;

/**
 * Who signs a letter for the Produsen Data.
 *
 * @param name     full name with titles, e.g. {@code Dr. Ir. Siti Aminah, M.Si.}
 * @param position jabatan, e.g. {@code Kepala Dinas Kesehatan Kabupaten Jember}
 * @param rank     pangkat/golongan, e.g. {@code Pembina Utama Muda (IV/c)}; {@code null} to leave it out
 * @param nip      the NIP (see {@link Nip}); spaces allowed
 */
public record Signatory(String name, String position, String rank, String nip) {

    /** Strips the texts; blank becomes {@code null}. */
    public Signatory {
        name = Texts.strip(name);
        position = Texts.strip(position);
        rank = Texts.strip(rank);
        nip = Texts.strip(nip);
    }
}
