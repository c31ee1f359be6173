package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.MetadataStatus.APPROVED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.CORRECTION_REQUIRED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.DRAFT;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.PUBLISHED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.REJECTED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.REVISED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.SUBMITTED;
import static io.github.bpsconnector.testkit.indah.MetadataStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The status transitions of portal-model §1.4 and who may make each: the producer side (a Produsen Data, or a
 * Walidata OPERATOR filing for it), the Walidata APPROVAL (Pemeriksaan), the Pembina Data APPROVAL (Pengesahan).
 */
final class StatusMachine {

    /** Who makes a transition. */
    enum Side {
        PRODUCER, WALIDATA_APPROVAL, PEMBINA_APPROVAL
    }

    private static final Map<MetadataStatus, Map<MetadataStatus, Side>> TRANSITIONS = new EnumMap<>(
            MetadataStatus.class);

    static {
        allow(DRAFT, SUBMITTED, Side.PRODUCER);
        allow(CORRECTION_REQUIRED, REVISED, Side.PRODUCER);
        allow(SUBMITTED, UNDER_REVIEW, Side.WALIDATA_APPROVAL);
        allow(REVISED, UNDER_REVIEW, Side.WALIDATA_APPROVAL);
        allow(UNDER_REVIEW, APPROVED, Side.WALIDATA_APPROVAL);
        allow(UNDER_REVIEW, CORRECTION_REQUIRED, Side.WALIDATA_APPROVAL);
        allow(UNDER_REVIEW, REJECTED, Side.WALIDATA_APPROVAL);
        allow(APPROVED, PUBLISHED, Side.PEMBINA_APPROVAL);
        allow(APPROVED, CORRECTION_REQUIRED, Side.PEMBINA_APPROVAL);
    }

    private StatusMachine() {
    }

    private static void allow(MetadataStatus from, MetadataStatus to, Side side) {
        TRANSITIONS.computeIfAbsent(from, k -> new EnumMap<>(MetadataStatus.class)).put(to, side);
    }

    /** @return who may move a record from one status to another, or empty if nobody may */
    static Optional<Side> side(MetadataStatus from, MetadataStatus to) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(to));
    }

    /** @return whether {@code data} may be edited in this status */
    static boolean editable(MetadataStatus status) {
        return status == DRAFT || status == CORRECTION_REQUIRED;
    }

    /**
     * @throws IndahRejection (forbidden) if the actor may not act for that side on the producer's record
     */
    static void requireSide(Actor actor, Side side, IndahOrganization producer) {
        switch (side) {
            case PRODUCER -> {
                if (!(actor.role() == IndahRole.PRODUSEN_DATA || actor.role() == IndahRole.WALIDATA)
                        || !actor.has(IndahFunction.OPERATOR)) {
                    throw IndahRejection.forbidden("Hanya akun Produsen Data atau Walidata dengan fungsi OPERATOR "
                            + "yang dapat mengisi, mengirim, atau menghapus metadata");
                }
            }
            case WALIDATA_APPROVAL -> {
                if (actor.role() != IndahRole.WALIDATA || !actor.has(IndahFunction.APPROVAL)) {
                    throw IndahRejection.forbidden("Hanya Walidata dengan fungsi APPROVAL yang dapat memeriksa "
                            + "metadata (Pemeriksaan)");
                }
            }
            case PEMBINA_APPROVAL -> {
                if (actor.role() != IndahRole.PEMBINA_DATA || !actor.has(IndahFunction.APPROVAL)) {
                    throw IndahRejection.forbidden("Hanya Pembina Data dengan fungsi APPROVAL yang dapat mengesahkan "
                            + "metadata (Pengesahan)");
                }
            }
            default -> throw new IllegalStateException("Unknown side " + side);
        }
        if (producer != null && !actor.covers(producer)) {
            throw IndahRejection.forbidden("Produsen data " + producer.name() + " berada di luar wilayah akun ini");
        }
    }
}
