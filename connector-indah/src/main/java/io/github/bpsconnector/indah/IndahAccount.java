package io.github.bpsconnector.indah;

import java.util.List;

/**
 * The logged-in user ({@code /api/account}).
 *
 * @param username     the user name
 * @param name         the display name, or {@code null}
 * @param email        the e-mail, or {@code null}
 * @param authorities  the authorities, e.g. {@code ROLE_WALIDATA}, {@code ROLE_OPERATOR}, {@code ROLE_APPROVAL}
 * @param organization the user's organisation, or {@code null}
 */
public record IndahAccount(String username, String name, String email, List<String> authorities,
        IndahOrganization organization) {

    public IndahAccount {
        authorities = List.copyOf(authorities);
    }

    /** Whether the account has the authority, with or without the {@code ROLE_} prefix. */
    public boolean hasAuthority(String authority) {
        String wanted = authority.startsWith("ROLE_") ? authority : "ROLE_" + authority;
        return authorities.stream().anyMatch(a -> a.equalsIgnoreCase(wanted));
    }
}
