package io.github.bpsconnector.testkit;

import java.util.Objects;

/**
 * Thrown by a handler to stop and answer with a given response (a 400 for bad input, a 401 for a missing token,
 * …) from anywhere in its call chain. The dispatcher sends {@link #response()}.
 */
public final class SimResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SimResponse response;

    /**
     * @param response the answer to send
     */
    public SimResponseException(SimResponse response) {
        super("Simulated portal answers " + response, null, false, false);
        this.response = Objects.requireNonNull(response, "response");
    }

    /** @return the answer to send */
    public SimResponse response() {
        return response;
    }
}
