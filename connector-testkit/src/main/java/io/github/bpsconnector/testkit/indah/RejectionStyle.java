package io.github.bpsconnector.testkit.indah;

/**
 * How the simulated INDAH answers a write it refuses. The live portal has been seen to answer both
 * {@code HTTP 200 {"status":200,"result":[{"status":400,"message":"…"}]}} and an HTTP 4xx problem
 * {@code {"status":400,"title":…,"detail":…,"fieldErrors":[…]}}; a client must treat both as a rejection.
 */
public enum RejectionStyle {
    /**
     * The default: invalid content (missing or wrong fields) comes back as "200 with an error item"; a refused
     * status transition or a missing right comes back as HTTP 400 / 403.
     */
    MIXED,
    /** Every refused write is an HTTP 4xx problem. */
    HTTP_4XX,
    /** Every refused write is HTTP 200 with an error item carrying the 4xx status. */
    ITEM_200
}
