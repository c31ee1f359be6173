package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.indah.wire.FormWire;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MS-Keg operations: those of {@link MetadataRecords} plus create, the list by name and period, the lookup by
 * natural key (title + period + producer), the Cycle action and the children listings. Thread-safe.
 */
public final class KegiatanRecords extends MetadataRecords<MsKeg> {

    /** The order in which an existing MS-Keg is preferred when several share a natural key. */
    private static final List<MetadataStatus> PREFERENCE = List.of(MetadataStatus.DRAFT,
            MetadataStatus.CORRECTION_REQUIRED, MetadataStatus.REVISED, MetadataStatus.SUBMITTED,
            MetadataStatus.UNDER_REVIEW, MetadataStatus.APPROVED, MetadataStatus.PUBLISHED, MetadataStatus.REJECTED,
            MetadataStatus.UNKNOWN);

    private final ChildRecords<MsVar> variables;
    private final ChildRecords<MsInd> indicators;

    KegiatanRecords(IndahContext ctx, FormWire<MsKeg> wire, ChildRecords<MsVar> variables,
            ChildRecords<MsInd> indicators) {
        super(ctx, MetadataKind.KEGIATAN, wire);
        this.variables = variables;
        this.indicators = indicators;
    }

    /**
     * Creates an MS-Keg as DRAFT for a Produsen Data. If the answer is lost, the portal is searched by natural key
     * before anything is sent again.
     *
     * @param producer         the Produsen Data ({@code produsen_data})
     * @param submissionPeriod the reporting period (a year)
     * @param form             the form; its title is required
     * @throws IllegalArgumentException if the form has no title
     */
    public IndahRecord<MsKeg> createDraft(Producer producer, int submissionPeriod, MsKeg form) {
        Objects.requireNonNull(producer, "producer");
        String title = requireTitle(form);
        ObjectNode envelope = ctx.envelopes().create(kind, submissionPeriod, wire.write(form), MetadataStatus.DRAFT,
                producer, ctx.account().get(), null);
        String operation = operation("create");
        return ctx.guard().run(new WriteGuard.Write<>(operation,
                naturalKey(title, submissionPeriod, producer.id()),
                Map.of("producerId", String.valueOf(producer.id()), "period", String.valueOf(submissionPeriod)),
                () -> read(ctx.api().write(operation, "POST", collection(), envelope)),
                () -> findByNaturalKey(title, submissionPeriod, producer.id()).map(s -> get(s.id())),
                record -> Map.of("id", String.valueOf(record.id()))));
    }

    /** The journal's natural key of an MS-Keg: {@code title|period|producer id}, the title normalized. */
    public static String naturalKey(String title, int submissionPeriod, long producerId) {
        return Intent.naturalKey(normalize(title), String.valueOf(submissionPeriod), String.valueOf(producerId));
    }

    private static String requireTitle(MsKeg form) {
        Objects.requireNonNull(form, "form");
        if (form.title() == null) {
            throw new IllegalArgumentException("an MS-Keg needs a judul_kegiatan (title) to be created");
        }
        return form.title();
    }

    /**
     * The MS-Keg the account can see, filtered by name (a part of the title) and period, read lazily page by page.
     *
     * @param name             a part of the title, or {@code null} for all
     * @param submissionPeriod the period, or {@code null} for all
     */
    public PagedIterable<KegiatanSummary> list(String name, Integer submissionPeriod) {
        IndahProfile profile = ctx.profile();
        int size = profile.number("pageSize.kegiatan");
        String operation = operation("list");
        return new PagedIterable<>(number -> {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put(profile.key("query.name"), name);
            query.put(profile.key("query.submissionPeriod"), submissionPeriod);
            query.put(profile.key("query.page"), number);
            query.put(profile.key("query.size"), size);
            JsonNode body = ctx.api().get(operation, ctx.api().uri(kind.pathName(), null, query));
            JsonNode item = ctx.api().responses().resultItem(IndahApi.context(operation), body);
            return Pages.v2(profile, operation, item, number, size, ctx.envelopes()::summary);
        });
    }

    /**
     * The existing MS-Keg with this natural key: same title (trimmed, single-spaced, case ignored), period and
     * producer. When several match, the most workable is chosen (DRAFT, then CORRECTION_REQUIRED, REVISED, ...),
     * then the newest.
     */
    public Optional<KegiatanSummary> findByNaturalKey(String title, int submissionPeriod, long producerId) {
        String wanted = normalize(title);
        return list(title.trim(), submissionPeriod).stream()
                .filter(s -> normalize(s.title()).equals(wanted) && s.submissionPeriod() == submissionPeriod)
                .filter(s -> s.producerId() == null || s.producerId() == producerId)
                .min(Comparator.comparingInt((KegiatanSummary s) -> PREFERENCE.indexOf(s.status().status()))
                        .thenComparing(Comparator.comparingLong(KegiatanSummary::id).reversed()));
    }

    /**
     * The Cycle action: a new DRAFT MS-Keg for the next round of a repeated activity, copied from {@code id}
     * ({@code base_id}); its MS-Var and MS-Ind are not copied.
     *
     * @param id         the MS-Keg of the previous round
     * @param nextPeriod the period of the new round; after the old one
     */
    public IndahRecord<MsKeg> cycle(long id, int nextPeriod) {
        IndahRecord<MsKeg> source = get(id);
        ObjectNode body = IndahResponses.MAPPER.createObjectNode()
                .put(ctx.profile().key("envelope.submissionPeriod"), nextPeriod);
        String operation = operation("cycle");
        return ctx.guard().run(new WriteGuard.Write<>(operation,
                Intent.naturalKey("cycle", String.valueOf(id), String.valueOf(nextPeriod)),
                Map.of("id", String.valueOf(id), "period", String.valueOf(nextPeriod)),
                () -> read(ctx.api().write(operation, "POST",
                        ctx.api().uri("kegiatanCycle", id, Map.of()), body)),
                () -> list(source.form().title(), nextPeriod).stream()
                        .filter(s -> s.baseId() != null && s.baseId() == id).findFirst().map(s -> get(s.id())),
                record -> Map.of("id", String.valueOf(record.id()))));
    }

    /** The MS-Var of an MS-Keg, read lazily. */
    public PagedIterable<IndahRecord<MsVar>> variables(long id) {
        return variables.list(id);
    }

    /** The MS-Ind of an MS-Keg, read lazily. */
    public PagedIterable<IndahRecord<MsInd>> indicators(long id) {
        return indicators.list(id);
    }
}
