package io.github.bpsconnector.testkit.romantik;

/**
 * Who is looking at a page: the logged-in account (or {@code null} for a guest), its instansi when chosen, and the
 * session's CSRF token for the forms.
 */
record Viewer(RomantikAccount account, Instansi instansi, String csrf) {

    static Viewer guest(String csrf) {
        return new Viewer(null, null, csrf);
    }

    boolean loggedIn() {
        return account != null;
    }

    boolean isWalidata() {
        return account != null && account.peran() == Peran.WALIDATA;
    }
}
