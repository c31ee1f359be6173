package io.github.bpsconnector.romantik;

/**
 * Who is logged in, from the home page ({@code /beranda}).
 *
 * @param nama the user's name
 * @param email the user's e-mail (the PST account)
 * @param instansi the instansi chosen in the profile, {@code ""} until one is chosen
 * @param peran {@code Produsen Data} or {@code Walidata}, as shown
 */
public record AccountInfo(String nama, String email, String instansi, String peran) {

    /** Whether the profile has an instansi (needed before a pengajuan can be created). */
    public boolean hasInstansi() {
        return instansi != null && !instansi.isBlank();
    }

    /** Shows the name and role only. */
    @Override
    public String toString() {
        return "AccountInfo[" + nama + ", " + peran + ", instansi " + (hasInstansi() ? instansi : "-") + "]";
    }
}
