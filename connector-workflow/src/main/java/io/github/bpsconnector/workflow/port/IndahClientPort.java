package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.KegiatanSummary;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.RecordStatus;
import io.github.bpsconnector.indah.Review;
import io.github.bpsconnector.indah.report.ItemResult;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Actor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * {@link IndahPort} over an {@link IndahClient} and its {@link MetadataReporter}: a thin translation of types. The
 * reporter validates, finds by natural key, creates or updates, submits and journals.
 */
public final class IndahClientPort implements IndahPort {

    private final IndahClient client;
    private final Function<KegiatanKey, Producer> producers;
    private final MetadataReporter reporter;
    private final boolean publisher;

    /**
     * A port over {@code client} (not closed by the port).
     *
     * @param reporter  the reporter of the packages, built over the same client, with the journal and
     *                  {@code submit(true)}, e.g. {@code MetadataReporter.builder(client).journal(journal)
     *                  .submit(true).build()}
     * @param producers the INDAH organisation of a kegiatan's instansi
     * @param publisher whether the client's account may publish (the Pembina Data's APPROVAL on the modelled INDAH)
     */
    public IndahClientPort(IndahClient client, MetadataReporter reporter, Function<KegiatanKey, Producer> producers,
            boolean publisher) {
        this.client = Objects.requireNonNull(client, "client");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.producers = Objects.requireNonNull(producers, "producers");
        this.publisher = publisher;
    }

    @Override
    public Optional<IndahState> find(KegiatanKey key) {
        return client.kegiatan().findByNaturalKey(key.title(), key.year(), producers.apply(key).id())
                .map(this::state);
    }

    private IndahState state(KegiatanSummary row) {
        RecordStatus status = client.review().status(MetadataKind.KEGIATAN, row.id());
        List<PortalNote> reviews = status.reviews().stream().map(IndahClientPort::note).toList();
        return new IndahState(row.id(), status.status().status(), status.rejectionNote(),
                reviews, ids(client.kegiatan().variables(row.id())), ids(client.kegiatan().indicators(row.id())));
    }

    private static PortalNote note(Review review) {
        Actor actor = "PEMBINA_DATA".equals(review.role()) ? Actor.PEMBINA_DATA : Actor.WALIDATA;
        return new PortalNote(actor, review.decision().raw(), review.note(),
                review.at() == null ? "" : review.at().toString());
    }

    private static List<Long> ids(Iterable<? extends IndahRecord<?>> records) {
        return StreamSupport.stream(records.spliterator(), false).map(IndahRecord::id).toList();
    }

    @Override
    public long report(KegiatanKey key, MetadataPackage pkg) {
        ItemResult result = reporter.report(List.of(new ReportItem(producers.apply(key), key.year(), pkg)))
                .items().get(0);
        if (!result.succeeded() || result.msKegId() == null) {
            throw new PortalRejectedException(ErrorContext.of("indah", "report"), "INDAH report of '"
                    + key.title() + "' failed: " + result.reason() + " " + result.message(), List.of());
        }
        return result.msKegId();
    }

    @Override
    public void publish(long msKegId) {
        if (!publisher) {
            throw new UnsupportedOperationException("this INDAH account may not publish");
        }
        publishIfApproved(MetadataKind.KEGIATAN, msKegId);
        for (IndahRecord<?> child : client.kegiatan().variables(msKegId)) {
            publishIfApproved(MetadataKind.VARIABEL, child.id());
        }
        for (IndahRecord<?> child : client.kegiatan().indicators(msKegId)) {
            publishIfApproved(MetadataKind.INDIKATOR, child.id());
        }
    }

    private void publishIfApproved(MetadataKind kind, long id) {
        if (client.review().status(kind, id).status().is(MetadataStatus.APPROVED)) {
            client.review().publish(kind, id);
        }
    }

    @Override
    public boolean canPublish() {
        return publisher;
    }

    @Override
    public String toString() {
        return "IndahClientPort[" + client + "]";
    }
}
