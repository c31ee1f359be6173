package io.github.bpsconnector.indah;

import java.util.Objects;

/**
 * A status as the portal wrote it and as the client understands it.
 *
 * @param status the normalized status; {@link MetadataStatus#UNKNOWN} for a label the profile does not know
 * @param raw    the label as the portal sent it, or {@code null} when it sent none
 */
public record StatusLabel(MetadataStatus status, String raw) {

    public StatusLabel {
        Objects.requireNonNull(status, "status");
    }

    /** Whether the status is the given one. */
    public boolean is(MetadataStatus other) {
        return status == other;
    }

    @Override
    public String toString() {
        return status == MetadataStatus.UNKNOWN ? "UNKNOWN(" + raw + ")" : status.name();
    }
}
