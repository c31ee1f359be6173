package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Reads the envelope of a create or update ({@code submission_period}, {@code data}, {@code produsen_data},
 * {@code ms_keg_id}, …) and checks it, collecting every wrong field at once.
 */
final class EnvelopeReader {

    static final int FIRST_PERIOD = 2000;
    static final int LAST_PERIOD = 2100;

    /** The checked content of an envelope. */
    record Content(int submissionPeriod, ObjectNode data, IndahOrganization producer, JsonNode submitter,
            JsonNode walidataPusat, JsonNode changes, Long msKegId, Long baseId) {
    }

    private final IndahDirectory directory;

    EnvelopeReader(IndahDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param kind the instrument
     * @param body the request envelope
     * @param actor who sends it
     * @param existing the stored record for an update, {@code null} for a create
     * @param kegiatan finds an MS-Keg the actor can see
     * @throws IndahRejection listing every wrong field
     */
    Content read(MetadataKind kind, JsonNode body, Actor actor, MetadataRecord existing,
            LongFunction<Optional<MetadataRecord>> kegiatan) {
        List<IndahRejection.FieldError> errors = new ArrayList<>();

        Integer period = period(body.get("submission_period"), errors);

        JsonNode dataNode = body.get("data");
        ObjectNode data = null;
        if (dataNode == null || !dataNode.isObject()) {
            errors.add(new IndahRejection.FieldError("data", "wajib diisi dan berupa objek"));
        } else {
            data = (ObjectNode) dataNode.deepCopy();
            JsonNode title = data.get(kind.titleKey());
            if (title == null || !title.isTextual() || title.asText().isBlank()) {
                errors.add(new IndahRejection.FieldError("data." + kind.titleKey(), "wajib diisi"));
            }
        }

        MetadataRecord parent = null;
        Long msKegId = null;
        if (kind != MetadataKind.KEGIATAN) {
            msKegId = id(body.get("ms_keg_id"), "ms_keg_id", true, errors);
            if (existing != null && msKegId != null && !msKegId.equals(existing.msKegId)) {
                errors.add(new IndahRejection.FieldError("ms_keg_id", "tidak dapat diubah"));
            } else if (msKegId != null) {
                parent = kegiatan.apply(msKegId).orElse(null);
                if (parent == null) {
                    errors.add(new IndahRejection.FieldError("ms_keg_id", "MS-Keg " + msKegId + " tidak ditemukan"));
                }
            }
        }

        Long baseId = null;
        if (kind == MetadataKind.KEGIATAN) {
            baseId = id(body.get("base_id"), "base_id", false, errors);
            if (baseId != null && kegiatan.apply(baseId).isEmpty()) {
                errors.add(new IndahRejection.FieldError("base_id", "MS-Keg " + baseId + " tidak ditemukan"));
            }
        }

        IndahOrganization producer = producer(body.get("produsen_data"), parent, existing, kind, errors);

        if (!errors.isEmpty()) {
            throw IndahRejection.invalid(errors);
        }
        return new Content(period, data, producer,
                objectOr(body.get("submitter"), existing == null ? IndahJson.submitter(actor) : existing.submitter),
                keptOr(body, "walidata_pusat", existing == null ? null : existing.walidataPusat),
                arrayOr(body.get("changes"), existing == null ? null : existing.changes),
                msKegId, baseId);
    }

    /**
     * @return the {@code status} of an envelope, if given
     * @throws IndahRejection if it is not one of the statuses
     */
    static Optional<MetadataStatus> status(JsonNode body) {
        JsonNode node = body.get("status");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MetadataStatus.valueOf(node.asText()));
        } catch (IllegalArgumentException e) {
            throw IndahRejection.invalid(List.of(new IndahRejection.FieldError("status",
                    "status tidak dikenal: " + node.asText())));
        }
    }

    /** Reads a {@code submission_period} (a year). */
    static Integer period(JsonNode node, List<IndahRejection.FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new IndahRejection.FieldError("submission_period", "wajib diisi"));
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < FIRST_PERIOD || node.asLong() > LAST_PERIOD) {
            errors.add(new IndahRejection.FieldError("submission_period",
                    "harus tahun antara " + FIRST_PERIOD + " dan " + LAST_PERIOD));
            return null;
        }
        return node.asInt();
    }

    private IndahOrganization producer(JsonNode node, MetadataRecord parent, MetadataRecord existing,
            MetadataKind kind, List<IndahRejection.FieldError> errors) {
        Long id = id(node == null ? null : node.get("id"), "produsen_data.id", false, errors);
        if (id == null) {
            if (existing != null) {
                return existing.producer;
            }
            if (parent != null) {
                return parent.producer;
            }
            if (kind == MetadataKind.KEGIATAN) {
                errors.add(new IndahRejection.FieldError("produsen_data.id", "wajib diisi"));
            }
            return null;
        }
        Optional<IndahOrganization> org = directory.organization(id);
        if (org.isEmpty()) {
            errors.add(new IndahRejection.FieldError("produsen_data.id", "organisasi " + id + " tidak ditemukan"));
            return null;
        }
        if (org.get().role() == IndahRole.PEMBINA_DATA) {
            errors.add(new IndahRejection.FieldError("produsen_data.id", org.get().name() + " bukan Produsen Data"));
            return null;
        }
        return org.get();
    }

    /** Reads an id given as a JSON integer or a string of digits (PHP clients send both). */
    private static Long id(JsonNode node, String field, boolean required, List<IndahRejection.FieldError> errors) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                errors.add(new IndahRejection.FieldError(field, "wajib diisi"));
            }
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,18}")) {
            return Long.parseLong(node.asText());
        }
        errors.add(new IndahRejection.FieldError(field, "harus berupa id (bilangan bulat)"));
        return null;
    }

    private static JsonNode objectOr(JsonNode node, JsonNode fallback) {
        return node != null && node.isObject() ? node.deepCopy() : fallback;
    }

    private static JsonNode arrayOr(JsonNode node, JsonNode fallback) {
        if (node != null && node.isArray()) {
            return node.deepCopy();
        }
        return fallback == null ? SimJson.mapper().createArrayNode() : fallback;
    }

    private static JsonNode keptOr(JsonNode body, String key, JsonNode fallback) {
        if (!body.has(key)) {
            return fallback;
        }
        JsonNode node = body.get(key);
        return node.isNull() ? null : node.deepCopy();
    }
}
