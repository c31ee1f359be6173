package io.github.bpsconnector.romantik;

/** How the client logs in to Romantik ({@code portal-model.md} §2.1). */
public enum LoginMode {
    /** The default: the PST account through the SSO (a Keycloak login form on the configured SSO host and realm). */
    SSO,
    /** Romantik's own login form ({@code form#login-form}). */
    FORM,
    /** A session cookie copied from a manual browser login (for captcha or OTP cases); never logs in by itself. */
    IMPORTED_SESSION
}
