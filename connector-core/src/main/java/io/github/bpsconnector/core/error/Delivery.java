package io.github.bpsconnector.core.error;

/**
 * What is known about whether a failed request reached the portal. This decides whether it may be sent again:
 * only {@link #NOT_SENT} failures of a state-changing request may be re-sent without first looking on the portal
 * for the effect.
 */
public enum Delivery {
    /** The request never left the client (connect failure, pool lease timeout, open circuit, rate limit). */
    NOT_SENT,
    /**
     * The request may have been applied: timeout after sending, reset, empty response, or a {@code 5xx} answer to a
     * state-changing request (a proxy or the portal may fail after the write was applied).
     */
    OUTCOME_UNKNOWN,
    /**
     * The portal answered and refused or failed the request: a {@code 4xx} answer, a validation page, a {@code 5xx}
     * answer to a safe request, a {@code 501}/{@code 505}.
     */
    REJECTED
}
