package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The MS-Keg, MS-Var and MS-Ind records of the simulated INDAH and every change to them: create, update (edit,
 * submit, review decisions through the {@link StatusMachine}), delete, Cycle. Ids are numeric, increasing and
 * unique across the three kinds. Reads share a lock, writes are exclusive.
 */
final class MetadataStore {

    /** The first record id; ids only grow. */
    static final long FIRST_ID = 1001;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final NavigableMap<Long, MetadataRecord> records = new TreeMap<>();
    private final SimClock clock;
    private final EnvelopeReader reader;
    private long nextId = FIRST_ID;

    /** The record does not exist or the actor cannot see it. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(MetadataKind kind, long id) {
            super(kind.label() + " " + id + " tidak ditemukan", null, false, false);
        }
    }

    MetadataStore(SimClock clock, IndahDirectory directory) {
        this.clock = clock;
        this.reader = new EnvelopeReader(directory);
    }

    IndahRecord create(MetadataKind kind, JsonNode body, Actor actor) {
        StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, null);
        MetadataStatus status = EnvelopeReader.status(body).orElse(MetadataStatus.DRAFT);
        boolean allowed = status == MetadataStatus.DRAFT
                || (status == MetadataStatus.SUBMITTED && kind != MetadataKind.KEGIATAN);
        if (!allowed) {
            throw IndahRejection.transition(kind.label() + " baru harus berstatus DRAFT"
                    + (kind == MetadataKind.KEGIATAN ? "" : " atau SUBMITTED") + ", bukan " + status);
        }
        return write(() -> {
            EnvelopeReader.Content content = reader.read(kind, body, actor, null, id -> visibleKegiatan(id, actor));
            StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, content.producer());
            MetadataRecord record = new MetadataRecord(nextId++, kind, content.msKegId());
            record.apply(content);
            record.status = status;
            records.put(record.id, record);
            return record.snapshot();
        });
    }

    IndahRecord update(MetadataKind kind, long id, JsonNode body, Actor actor) {
        return write(() -> {
            MetadataRecord record = visible(kind, id, actor);
            MetadataStatus target = EnvelopeReader.status(body).orElseThrow(() -> IndahRejection.invalid(
                    List.of(new IndahRejection.FieldError("status", "wajib diisi"))));
            if (target == record.status && StatusMachine.editable(record.status)) {
                edit(record, body, actor);
                return record.snapshot();
            }
            if (target == record.status) {
                refuseDataChange(record, body);
                return record.snapshot();
            }
            StatusMachine.Side side = StatusMachine.side(record.status, target).orElseThrow(() ->
                    IndahRejection.transition("Perubahan status dari " + record.status + " ke " + target
                            + " tidak diizinkan"));
            if (side == StatusMachine.Side.PRODUCER) {
                edit(record, body, actor);
                record.status = target;
            } else {
                refuseDataChange(record, body);
                JsonNode note = body.get("rejection_note");
                decide(record, actor, side, target, note == null || note.isNull() ? null : note.asText());
            }
            return record.snapshot();
        });
    }

    /** A reviewer's decision without an envelope (the simulator's reviewer control). */
    IndahRecord review(long id, MetadataStatus target, String note, Actor actor) {
        return write(() -> {
            MetadataRecord record = records.get(id);
            if (record == null || !actor.covers(record.producer)) {
                throw new NotFound(record == null ? MetadataKind.KEGIATAN : record.kind, id);
            }
            StatusMachine.Side side = StatusMachine.side(record.status, target)
                    .filter(s -> s != StatusMachine.Side.PRODUCER)
                    .orElseThrow(() -> IndahRejection.transition("Perubahan status dari " + record.status + " ke "
                            + target + " tidak diizinkan"));
            decide(record, actor, side, target, note);
            return record.snapshot();
        });
    }

    void delete(MetadataKind kind, long id, Actor actor) {
        write(() -> {
            MetadataRecord record = visible(kind, id, actor);
            StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, record.producer);
            if (record.status != MetadataStatus.DRAFT) {
                throw IndahRejection.transition("Hanya metadata berstatus DRAFT yang dapat dihapus; "
                        + kind.label() + " " + id + " berstatus " + record.status);
            }
            if (kind == MetadataKind.KEGIATAN && records.values().stream().anyMatch(r -> Long.valueOf(id)
                    .equals(r.msKegId))) {
                throw IndahRejection.transition("MS-Keg " + id + " masih memiliki MS-Var atau MS-Ind; "
                        + "hapus terlebih dahulu");
            }
            records.remove(id);
            return null;
        });
    }

    /** The Cycle action: a new DRAFT MS-Keg for the next round, {@code base_id} = the source, children not copied. */
    IndahRecord cycle(long id, JsonNode body, Actor actor) {
        return write(() -> {
            MetadataRecord source = visible(MetadataKind.KEGIATAN, id, actor);
            StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, source.producer);
            List<IndahRejection.FieldError> errors = new ArrayList<>();
            Integer period = EnvelopeReader.period(body.get("submission_period"), errors);
            if (period != null && period <= source.submissionPeriod) {
                errors.add(new IndahRejection.FieldError("submission_period",
                        "harus setelah periode " + source.submissionPeriod));
            }
            if (!errors.isEmpty()) {
                throw IndahRejection.invalid(errors);
            }
            MetadataRecord next = new MetadataRecord(nextId++, MetadataKind.KEGIATAN, null);
            next.apply(new EnvelopeReader.Content(period, source.data.deepCopy(), source.producer,
                    IndahJson.submitter(actor), source.walidataPusat == null ? null : source.walidataPusat.deepCopy(),
                    SimJson.mapper().createArrayNode(), null, source.id));
            records.put(next.id, next);
            return next.snapshot();
        });
    }

    Optional<IndahRecord> find(long id) {
        return read(() -> Optional.ofNullable(records.get(id)).map(MetadataRecord::snapshot));
    }

    IndahRecord get(MetadataKind kind, long id, Actor actor) {
        return read(() -> visible(kind, id, actor).snapshot());
    }

    /** Renders the records of one kind the actor can see that pass a filter, in id order. */
    <T> List<T> select(MetadataKind kind, Actor actor, Predicate<MetadataRecord> filter,
            Function<MetadataRecord, T> render) {
        return read(() -> records.values().stream()
                .filter(r -> r.kind == kind && (actor == null || actor.covers(r.producer)) && filter.test(r))
                .map(render)
                .toList());
    }

    /** Renders the children of one kind of an MS-Keg the actor can see. */
    <T> List<T> children(long msKegId, MetadataKind kind, Actor actor, Function<MetadataRecord, T> render) {
        return read(() -> {
            visible(MetadataKind.KEGIATAN, msKegId, actor);
            return records.values().stream()
                    .filter(r -> r.kind == kind && Long.valueOf(msKegId).equals(r.msKegId))
                    .map(render)
                    .toList();
        });
    }

    private void edit(MetadataRecord record, JsonNode body, Actor actor) {
        StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, record.producer);
        EnvelopeReader.Content content = reader.read(record.kind, body, actor, record,
                id -> visibleKegiatan(id, actor));
        StatusMachine.requireSide(actor, StatusMachine.Side.PRODUCER, content.producer());
        record.apply(content);
    }

    private static void refuseDataChange(MetadataRecord record, JsonNode body) {
        JsonNode data = body.get("data");
        if (data != null && !data.equals(record.data)) {
            throw IndahRejection.transition("data hanya dapat diubah pada status DRAFT atau CORRECTION_REQUIRED; "
                    + record.kind.label() + " " + record.id + " berstatus " + record.status);
        }
    }

    private void decide(MetadataRecord record, Actor actor, StatusMachine.Side side, MetadataStatus target,
            String note) {
        StatusMachine.requireSide(actor, side, record.producer);
        boolean returned = target == MetadataStatus.CORRECTION_REQUIRED || target == MetadataStatus.REJECTED;
        // only a return or a rejection carries a note; an envelope PUT back for approval still holds the old one
        String trimmed = !returned || note == null || note.isBlank() ? null : note.trim();
        if (target == MetadataStatus.CORRECTION_REQUIRED && trimmed == null) {
            throw IndahRejection.invalid(List.of(new IndahRejection.FieldError("rejection_note",
                    "wajib diisi saat meminta perbaikan")));
        }
        record.status = target;
        if (returned || target == MetadataStatus.APPROVED || target == MetadataStatus.PUBLISHED) {
            record.rejectionNote = trimmed;
        }
        record.reviews.add(new IndahReview(actor.username(), actor.role(), target, trimmed, clock.now()));
    }

    private MetadataRecord visible(MetadataKind kind, long id, Actor actor) {
        MetadataRecord record = records.get(id);
        if (record == null || record.kind != kind || !actor.covers(record.producer)) {
            throw new NotFound(kind, id);
        }
        return record;
    }

    private Optional<MetadataRecord> visibleKegiatan(long id, Actor actor) {
        MetadataRecord record = records.get(id);
        return record != null && record.kind == MetadataKind.KEGIATAN && actor.covers(record.producer)
                ? Optional.of(record) : Optional.empty();
    }

    private <T> T read(java.util.function.Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(java.util.function.Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
