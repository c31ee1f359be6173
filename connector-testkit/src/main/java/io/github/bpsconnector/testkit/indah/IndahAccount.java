package io.github.bpsconnector.testkit.indah;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user account of the simulated INDAH. Its authorities are its organisation's role plus its functions.
 *
 * @param username login name
 * @param password password (simulated; never printed by {@link #toString()})
 * @param name display name
 * @param email e-mail
 * @param organizationId the id of its {@link IndahOrganization}
 * @param functions OPERATOR and/or APPROVAL
 */
public record IndahAccount(String username, String password, String name, String email, long organizationId,
        Set<IndahFunction> functions) {

    /** Validates and copies. */
    public IndahAccount {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A username is required");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password is required");
        }
        Objects.requireNonNull(name, "name");
        functions = functions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(functions));
    }

    /**
     * @param function a function
     * @return whether the account has it
     */
    public boolean has(IndahFunction function) {
        return functions.contains(function);
    }

    @Override
    public String toString() {
        return "IndahAccount[username=" + username + ", name=" + name + ", organizationId=" + organizationId
                + ", functions=" + functions + ", password=***]";
    }
}
