package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import java.util.Optional;

/** The metadata report on INDAH (SOP steps 9 and 11), through the Walidata's account. */
public interface IndahPort {

    /** The kegiatan's MS-Keg on INDAH (by title, period and producer), if there is one. */
    Optional<IndahState> find(KegiatanKey key);

    /**
     * Reports the kegiatan's package (MS-Keg, MS-Var, MS-Ind) and submits it; reuses what is there, never
     * duplicates.
     *
     * @return the MS-Keg's id
     */
    long report(KegiatanKey key, MetadataPackage pkg);

    /**
     * Publishes an approved MS-Keg and its records (step 11).
     *
     * @throws UnsupportedOperationException when this port's account may not publish
     */
    void publish(long msKegId);

    /** Whether this port's account may publish (step 11 is then done by the runner, else awaited). */
    boolean canPublish();
}
