package io.github.bpsconnector.workflow.arsip;

import io.github.bpsconnector.workflow.sop.Portal;

import java.util.Objects;

/**
 * An id a portal gave a kegiatan or one of its records.
 *
 * @param portal the portal
 * @param type   what the id names, e.g. {@code pengajuan}, {@code ms_keg}, {@code ms_var}
 * @param id     the id as the portal shows it
 */
public record PortalId(Portal portal, String type, String id) {

    /** Checks that nothing is missing. */
    public PortalId {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
