package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;
import java.util.NoSuchElementException;

/** A request of a logged-in user: the request, its form, the session and who is looking. */
record Call(SimRequest request, FormValues form, WebSession session, Viewer viewer) {

    String email() {
        return viewer.account().email();
    }

    /** The {@code {id}} of the route; a non-number is a submission that does not exist. */
    long id() {
        String id = request.pathParam("id");
        if (!id.matches("\\d{1,15}")) {
            throw new NoSuchElementException("No pengajuan " + id);
        }
        return Long.parseLong(id);
    }
}
