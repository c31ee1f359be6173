package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;

/** A request of a logged-in user: the request, the session and who is looking. */
record Call(RomantikRequest request, WebSession session, Viewer viewer) {

    String email() {
        return viewer.account().email();
    }

    /** The first value of a query parameter as a page number (1 when absent or invalid). */
    int page() {
        String page = request.query("page");
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    }
}
