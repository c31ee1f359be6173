package io.github.bpsconnector.testkit.romantik;

/**
 * What a user chose on the profile page. All parts are {@code null} until the user saved the profile once.
 *
 * @param tingkat the level of the instansi
 * @param kodeWilayah the province or regency code, {@code null} for {@link TingkatInstansi#PUSAT}
 * @param instansiId the chosen entry of the master instansi
 * @param noHp the mobile phone number
 */
public record Profil(TingkatInstansi tingkat, String kodeWilayah, String instansiId, String noHp) {

    /** The profile of a user who has not chosen anything yet. */
    public static final Profil EMPTY = new Profil(null, null, null, null);

    /** Whether an instansi was chosen, the precondition of the form. */
    public boolean hasInstansi() {
        return instansiId != null;
    }
}
