package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One stored MS-Keg, MS-Var or MS-Ind: mutable, guarded by the {@link MetadataStore}'s lock. */
final class MetadataRecord {

    final long id;
    final MetadataKind kind;
    final Long msKegId;
    Long baseId;
    int submissionPeriod;
    ObjectNode data;
    IndahOrganization producer;
    JsonNode submitter;
    JsonNode walidataPusat;
    JsonNode changes;
    MetadataStatus status = MetadataStatus.DRAFT;
    String rejectionNote;
    final List<IndahReview> reviews = new ArrayList<>();

    MetadataRecord(long id, MetadataKind kind, Long msKegId) {
        this.id = id;
        this.kind = kind;
        this.msKegId = msKegId;
    }

    void apply(EnvelopeReader.Content content) {
        submissionPeriod = content.submissionPeriod();
        data = content.data();
        producer = content.producer();
        submitter = content.submitter();
        walidataPusat = content.walidataPusat();
        changes = content.changes();
        if (kind == MetadataKind.KEGIATAN && content.baseId() != null) {
            baseId = content.baseId();
        }
    }

    String title() {
        return data.path(kind.titleKey()).asText("");
    }

    /** The title as compared for duplicates: trimmed, single spaces, lower case. */
    String normalizedTitle() {
        return normalize(title());
    }

    static String normalize(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The record as {@code GET …/{id}} returns it. */
    ObjectNode envelope() {
        ObjectNode node = SimJson.object().put("id", id);
        putLong(node, "base_id", baseId);
        if (kind != MetadataKind.KEGIATAN) {
            putLong(node, "ms_keg_id", msKegId);
        }
        node.put("submission_period", submissionPeriod);
        node.set("data", data.deepCopy());
        ArrayNode trail = node.putArray("reviews");
        for (IndahReview review : reviews) {
            trail.addObject()
                    .put("reviewer", review.reviewer())
                    .put("role", review.role().name())
                    .put("decision", review.decision().name())
                    .put("note", review.note())
                    .put("at", review.at().toString());
        }
        node.set("changes", changes == null ? SimJson.mapper().createArrayNode() : changes.deepCopy());
        node.put("status", status.name());
        node.put("rejection_note", rejectionNote);
        node.set("submitter", submitter == null ? null : submitter.deepCopy());
        node.set("produsen_data", IndahJson.producer(producer));
        node.set("walidata_pusat", walidataPusat == null ? null : walidataPusat.deepCopy());
        node.put("version", "v2");
        return node;
    }

    /** The flattened item of the v2 list of MS-Keg. */
    ObjectNode listItem() {
        ObjectNode node = SimJson.object()
                .put("id", id)
                .put("status", status.name())
                .put("name", title());
        node.putObject("data").put("judul_kegiatan", title());
        node.put("produsen_data_id", producer.id())
                .put("produsen_data_name", producer.name())
                .put("produsen_data_province_code", producer.provinceCode())
                .put("produsen_data_city_code", producer.cityCode());
        node.set("walidata_pusat_id", walidataPusatField("id"));
        node.set("walidata_pusat_name", walidataPusatField("name"));
        node.put("submission_period", submissionPeriod);
        putLong(node, "base_id", baseId);
        return node;
    }

    IndahRecord snapshot() {
        return new IndahRecord(id, kind, status, title(), submissionPeriod, producer.id(), msKegId, baseId,
                rejectionNote, reviews, envelope());
    }

    private JsonNode walidataPusatField(String key) {
        JsonNode value = walidataPusat == null ? null : walidataPusat.get(key);
        return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value.deepCopy();
    }

    private static void putLong(ObjectNode node, String key, Long value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value.longValue());
        }
    }
}
