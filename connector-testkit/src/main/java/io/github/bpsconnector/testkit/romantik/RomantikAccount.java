package io.github.bpsconnector.testkit.romantik;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;

/**
 * A PST account of the simulated Romantik: e-mail and password (used by both the SSO page and the form login), a
 * name, a role and the profile. Immutable; {@link #toString()} never shows the password.
 */
public final class RomantikAccount {

    private final String email;
    private final byte[] password;
    private final String nama;
    private final Peran peran;
    private final Profil profil;

    private RomantikAccount(String email, byte[] password, String nama, Peran peran, Profil profil) {
        this.email = email;
        this.password = password;
        this.nama = nama;
        this.peran = peran;
        this.profil = profil;
    }

    /**
     * A new account with an empty profile.
     *
     * @param email the PST e-mail address (the login name; compared case-insensitively)
     * @param password the password
     * @param nama the display name
     * @param peran {@link Peran#PRODUSEN_DATA} or {@link Peran#WALIDATA}
     */
    public static RomantikAccount of(String email, String password, String nama, Peran peran) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(nama, "nama");
        Objects.requireNonNull(peran, "peran");
        if (peran == Peran.PEMBINA_DATA) {
            throw new IllegalArgumentException("Pembina Data works in webadmin; use the reviewer instead");
        }
        if (!email.contains("@")) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        return new RomantikAccount(normalize(email), password.getBytes(StandardCharsets.UTF_8), nama, peran,
                Profil.EMPTY);
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** This account with another profile. */
    public RomantikAccount withProfil(Profil newProfil) {
        return new RomantikAccount(email, password, nama, peran, Objects.requireNonNull(newProfil, "newProfil"));
    }

    /** Whether {@code candidate} is this account's password (constant-time comparison). */
    public boolean passwordMatches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(password, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The login e-mail, lower case. */
    public String email() {
        return email;
    }

    /** The display name. */
    public String nama() {
        return nama;
    }

    /** The role. */
    public Peran peran() {
        return peran;
    }

    /** The profile; {@link Profil#EMPTY} until saved. */
    public Profil profil() {
        return profil;
    }

    @Override
    public String toString() {
        return "RomantikAccount[" + email + ", " + peran + ", password=***]";
    }
}
