package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.indah.wire.FormWire;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations every instrument has: read, edit, submit, delete, and the status changes of a review. Every write
 * goes through the client's write guard (journal, check-then-act after an unknown outcome). Thread-safe.
 *
 * @param <T> the form: {@code MsKeg}, {@code MsVar} or {@code MsInd}
 */
public class MetadataRecords<T> {

    final IndahContext ctx;
    final MetadataKind kind;
    final FormWire<T> wire;

    MetadataRecords(IndahContext ctx, MetadataKind kind, FormWire<T> wire) {
        this.ctx = ctx;
        this.kind = kind;
        this.wire = wire;
    }

    /** The instrument these operations work on. */
    public MetadataKind kind() {
        return kind;
    }

    /** The wire mapping of the form. */
    public FormWire<T> wire() {
        return wire;
    }

    final String operation(String action) {
        return "indah." + kind.pathName() + "." + action;
    }

    final URI byId(long id) {
        return ctx.api().uri(kind.pathName() + "ById", id, Map.of());
    }

    final URI collection() {
        return ctx.api().uri(kind.pathName(), null, Map.of());
    }

    /** Whether the record on INDAH holds this form, as far as the model can tell (see {@link FormWire#sameForm}). */
    public boolean holds(IndahRecord<T> record, T form) {
        return wire.sameForm(ctx.envelopes().data(record.envelope()), wire.write(form));
    }

    /**
     * The record with this id.
     *
     * @throws PortalRejectedException if there is none the account can see ({@code 404})
     */
    public IndahRecord<T> get(long id) {
        return read(ctx.api().get(operation("get"), byId(id)));
    }

    /** The record with this id, or empty if the portal has none the account can see. */
    public Optional<IndahRecord<T>> find(long id) {
        return ctx.api().getIfExists(operation("get"), byId(id)).map(this::read);
    }

    final IndahRecord<T> read(JsonNode body) {
        JsonNode envelope = ctx.api().responses().resultItem(IndahApi.context(operation("get")), body);
        return ctx.envelopes().read(kind, envelope, wire);
    }

    /**
     * Replaces the form of an editable record (DRAFT or CORRECTION_REQUIRED), keeping its status. Sends nothing if
     * the portal already holds the same form.
     *
     * @throws InvalidTransitionException if the record is not editable
     */
    public IndahRecord<T> update(long id, T form) {
        Objects.requireNonNull(form, "form");
        IndahRecord<T> current = get(id);
        require(current, current.statusValue().editable(), "edit");
        ObjectNode data = wire.write(form);
        if (wire.sameForm(ctx.envelopes().data(current.envelope()), data)) {
            return current;
        }
        ObjectNode envelope = ctx.envelopes().withData(current.envelope(), data);
        return put(id, "update", envelope, () -> find(id)
                .filter(r -> wire.sameForm(ctx.envelopes().data(r.envelope()), data)));
    }

    /**
     * Sends an editable record for review: DRAFT becomes SUBMITTED, CORRECTION_REQUIRED becomes REVISED. A record
     * already SUBMITTED or REVISED is returned as it is.
     *
     * @throws InvalidTransitionException if the record is in any other status
     */
    public IndahRecord<T> submit(long id) {
        IndahRecord<T> current = get(id);
        MetadataStatus status = current.statusValue();
        if (status == MetadataStatus.SUBMITTED || status == MetadataStatus.REVISED) {
            return current;
        }
        require(current, status.editable(), "submit");
        return changeStatus(current, status.submitTarget(), null, "submit");
    }

    /**
     * Deletes a DRAFT record (an MS-Keg only once it has no MS-Var or MS-Ind left).
     *
     * @throws InvalidTransitionException if the record has left DRAFT
     */
    public void delete(long id) {
        Optional<IndahRecord<T>> current = find(id);
        if (current.isEmpty()) {
            return;
        }
        require(current.get(), current.get().statusValue() == MetadataStatus.DRAFT, "delete");
        String operation = operation("delete");
        ctx.guard().run(new WriteGuard.Write<>(operation, kind.label() + "|" + id, Map.of("id", String.valueOf(id)),
                () -> {
                    ctx.api().write(operation, "DELETE", byId(id), null);
                    return Boolean.TRUE;
                },
                () -> find(id).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                done -> Map.of("id", String.valueOf(id))));
    }

    /** Moves a record to {@code target} (a review decision), with a note when given. */
    final IndahRecord<T> changeStatus(IndahRecord<T> current, MetadataStatus target, String note, String action) {
        ObjectNode envelope = ctx.envelopes().withStatus(current.envelope(), target, note);
        return put(current.id(), action, envelope, () -> find(current.id())
                .filter(r -> r.statusValue() == target));
    }

    private IndahRecord<T> put(long id, String action, ObjectNode envelope,
            java.util.function.Supplier<Optional<IndahRecord<T>>> effect) {
        String operation = operation(action);
        return ctx.guard().run(new WriteGuard.Write<>(operation, kind.label() + "|" + id,
                Map.of("id", String.valueOf(id)),
                () -> read(ctx.api().write(operation, "PUT", byId(id), envelope)),
                effect,
                record -> Map.of("id", String.valueOf(record.id()))));
    }

    final void require(IndahRecord<T> record, boolean allowed, String action) {
        if (!allowed) {
            throw new InvalidTransitionException(IndahApi.context(operation(action)), record.statusValue(),
                    kind.label() + " " + record.id() + " is " + record.status() + "; it cannot be " + past(action)
                            + " now");
        }
    }

    private static String past(String action) {
        return switch (action) {
            case "edit" -> "edited";
            case "submit" -> "submitted";
            case "delete" -> "deleted";
            default -> action;
        };
    }

    /** Where a record stands in its review. */
    public RecordStatus status(long id) {
        return RecordStatus.of(get(id));
    }

    /** The records of one list page, for children listings. */
    final List<IndahRecord<T>> readAll(JsonNode content) {
        return java.util.stream.StreamSupport.stream(content.spliterator(), false)
                .map(node -> ctx.envelopes().read(kind, node, wire)).toList();
    }

    /** A title or name as INDAH's natural key compares it: trimmed, single spaces, case ignored. */
    public static String normalize(String title) {
        return title == null ? "" : title.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
