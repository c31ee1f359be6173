package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.indah.wire.FormWire;
import io.github.bpsconnector.metadata.MsKeg;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MS-Var or MS-Ind operations: those of {@link MetadataRecords} plus create under an MS-Keg ({@code ms_keg_id}),
 * the listing of an MS-Keg's children and the lookup by name. Thread-safe.
 *
 * @param <T> {@code MsVar} or {@code MsInd}
 */
public final class ChildRecords<T> extends MetadataRecords<T> {

    private final String childrenPath;
    private final java.util.function.LongFunction<IndahRecord<MsKeg>> parents;

    ChildRecords(IndahContext ctx, MetadataKind kind, FormWire<T> wire, String childrenPath,
            java.util.function.LongFunction<IndahRecord<MsKeg>> parents) {
        super(ctx, kind, wire);
        this.childrenPath = childrenPath;
        this.parents = parents;
    }

    /** Creates a DRAFT under the MS-Keg {@code msKegId}, with its period and producer. */
    public IndahRecord<T> createDraft(long msKegId, T form) {
        return createDraft(parents.apply(msKegId), form);
    }

    /**
     * Creates a DRAFT under {@code parent}, with its period and producer. If the answer is lost, the parent's
     * children are searched by name before anything is sent again.
     *
     * @throws IllegalArgumentException if the form has no name
     */
    public IndahRecord<T> createDraft(IndahRecord<MsKeg> parent, T form) {
        Objects.requireNonNull(parent, "parent");
        String name = wire.title(Objects.requireNonNull(form, "form"));
        if (name == null) {
            throw new IllegalArgumentException("an " + kind.label() + " needs a nama (name) to be created");
        }
        ObjectNode envelope = ctx.envelopes().create(kind, parent.submissionPeriod(), wire.write(form),
                MetadataStatus.DRAFT, parent.producer(), ctx.account().get(), parent.id());
        String operation = operation("create");
        return ctx.guard().run(new WriteGuard.Write<>(operation, naturalKey(parent.id(), name),
                Map.of("msKegId", String.valueOf(parent.id())),
                () -> read(ctx.api().write(operation, "POST", collection(), envelope)),
                () -> findByName(parent.id(), name),
                record -> Map.of("id", String.valueOf(record.id()))));
    }

    /** The journal's natural key of a child: {@code msKegId|name}, the name normalized. */
    public static String naturalKey(long msKegId, String name) {
        return Intent.naturalKey(String.valueOf(msKegId), normalize(name));
    }

    /** The children of this kind of an MS-Keg, read lazily page by page. */
    public PagedIterable<IndahRecord<T>> list(long msKegId) {
        IndahProfile profile = ctx.profile();
        int size = profile.number("pageSize.children");
        String operation = operation("list");
        return new PagedIterable<>(number -> {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put(profile.key("query.page"), number);
            query.put(profile.key("query.size"), size);
            JsonNode body = ctx.api().get(operation, ctx.api().uri(childrenPath, msKegId, query));
            return Pages.spring(profile, operation, body, number, size,
                    node -> ctx.envelopes().read(kind, node, wire));
        });
    }

    /** The child of an MS-Keg with this name (trimmed, single-spaced, case ignored), the newest if several. */
    public Optional<IndahRecord<T>> findByName(long msKegId, String name) {
        String wanted = normalize(name);
        return list(msKegId).stream()
                .filter(r -> normalize(wire.title(r.form())).equals(wanted))
                .reduce((first, second) -> second);
    }
}
