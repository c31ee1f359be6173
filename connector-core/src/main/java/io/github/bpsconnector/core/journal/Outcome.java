package io.github.bpsconnector.core.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a journaled intent ended.
 *
 * @param status    confirmed, failed or unknown
 * @param portalIds the portal's ids of what was created, e.g. {@code {"pengajuanId": "123"}}; empty if none
 * @param detail    a short note for a person (at most {@link #MAX_DETAIL} characters; longer text is cut)
 * @param endedAt   when the outcome was recorded
 */
public record Outcome(OutcomeStatus status, Map<String, String> portalIds, String detail, Instant endedAt) {

    /** The longest detail kept. */
    public static final int MAX_DETAIL = 500;

    /**
     * @throws IllegalArgumentException if a portal id key names a secret
     */
    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(portalIds, "portalIds");
        Objects.requireNonNull(endedAt, "endedAt");
        SecretNames.requireNone(portalIds, "portal id");
        portalIds = Collections.unmodifiableMap(new TreeMap<>(portalIds));
        detail = detail == null ? "" : detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
