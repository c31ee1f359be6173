package io.github.bpsconnector.testkit.indah;

import java.util.Set;

/**
 * Who performs an action: a logged-in account, or the simulator's own reviewer (no organisation: covers every
 * region).
 */
record Actor(String username, String name, String email, IndahRole role, Set<IndahFunction> functions,
        IndahOrganization organization) {

    static Actor of(IndahAccount account, IndahOrganization organization) {
        return new Actor(account.username(), account.name(), account.email(), organization.role(),
                account.functions(), organization);
    }

    static Actor simulatorReviewer(IndahRole role) {
        String who = role == IndahRole.WALIDATA ? "walidata" : "pembina-data";
        return new Actor("simulator." + who, "Simulated " + who, null, role, Set.of(IndahFunction.APPROVAL), null);
    }

    boolean has(IndahFunction function) {
        return functions.contains(function);
    }

    boolean covers(IndahOrganization producer) {
        return organization == null || organization.covers(producer);
    }
}
