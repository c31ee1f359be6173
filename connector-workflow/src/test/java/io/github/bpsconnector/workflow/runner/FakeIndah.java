package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.IndahPort;
import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.sop.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory INDAH for the runner's unit tests: one MS-Keg with its status machine and counters. */
final class FakeIndah implements IndahPort {

    private MetadataStatus stage;
    private String note = "";
    private final List<PortalNote> reviews = new ArrayList<>();
    boolean publisher = true;
    int reports;
    int publications;

    @Override
    public Optional<IndahState> find(KegiatanKey key) {
        return stage == null ? Optional.empty()
                : Optional.of(new IndahState(1001, stage, note, reviews, List.of(1002L), List.of(1003L)));
    }

    @Override
    public long report(KegiatanKey key, MetadataPackage pkg) {
        if (stage == null || stage == MetadataStatus.DRAFT) {
            stage = MetadataStatus.SUBMITTED;
            reports++;
        } else if (stage == MetadataStatus.CORRECTION_REQUIRED) {
            stage = MetadataStatus.REVISED;
            reports++;
        }
        return 1001;
    }

    @Override
    public void publish(long msKegId) {
        if (stage == MetadataStatus.APPROVED) {
            stage = MetadataStatus.PUBLISHED;
            publications++;
        }
    }

    @Override
    public boolean canPublish() {
        return publisher;
    }

    void requestCorrection(String text) {
        note = text;
        reviews.add(new PortalNote(Actor.PEMBINA_DATA, "CORRECTION_REQUIRED", text, ""));
        stage = MetadataStatus.CORRECTION_REQUIRED;
    }

    void approve() {
        reviews.add(new PortalNote(Actor.PEMBINA_DATA, "APPROVED", "", ""));
        stage = MetadataStatus.APPROVED;
    }
}
