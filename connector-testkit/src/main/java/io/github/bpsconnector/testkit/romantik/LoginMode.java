package io.github.bpsconnector.testkit.romantik;

/** How {@code GET /login} of the simulated Romantik behaves (§2.1). Mode 3 (imported session) works in both. */
public enum LoginMode {
    /** Mode 1 (the default): {@code /login} redirects to the Keycloak-like SSO page. */
    SSO,
    /** Mode 2: {@code /login} shows Romantik's own {@code form#login-form}. */
    FORM
}
