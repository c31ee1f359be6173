package io.github.bpsconnector.examples.config;

import java.util.Objects;

/**
 * One portal account in the configuration: a perangkat daerah's Romantik account, or the Walidata's account on
 * Romantik or INDAH. Holds no secret: {@link #credentials()} says where the user name and password are read at
 * login.
 *
 * @param id          the account's key in the file, e.g. {@code dinkes} (letters, digits, {@code -}, {@code _})
 * @param label       the name shown to officials, e.g. "Dinas Kesehatan Kabupaten Jember"
 * @param portal      the portal the account belongs to
 * @param role        whom the account acts for
 * @param credentials where its user name and password come from
 */
public record AccountConfig(String id, String label, Portal portal, AccountRole role, CredentialSource credentials) {

    /** Checks the fields. */
    public AccountConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(credentials, "credentials");
    }
}
