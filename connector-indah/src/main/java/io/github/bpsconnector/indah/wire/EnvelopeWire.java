package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.KegiatanSummary;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.Review;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The v2 envelope around a form (portal-model §1.3): {@code base_id}, {@code submission_period}, {@code data},
 * {@code reviews}, {@code changes}, {@code status}, {@code rejection_note}, {@code submitter},
 * {@code produsen_data}, {@code walidata_pusat}, {@code version} and, for MS-Var and MS-Ind, {@code ms_keg_id}.
 * Key names come from the profile's {@code envelope} section. Reading is lenient about unknown keys and missing
 * optional ones.
 */
public final class EnvelopeWire {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IndahProfile profile;

    /** Envelopes under the profile's key names. */
    public EnvelopeWire(IndahProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    private String key(String name) {
        return profile.key("envelope." + name);
    }

    /**
     * A new envelope for a create.
     *
     * @param kind             the instrument
     * @param submissionPeriod the reporting period (a year)
     * @param data             the form's {@code data}
     * @param status           the status to create it in
     * @param producer         the Produsen Data
     * @param submitter        the logged-in account, or {@code null} to let the portal fill it in
     * @param msKegId          the parent MS-Keg of an MS-Var or MS-Ind; ignored for an MS-Keg
     */
    public ObjectNode create(MetadataKind kind, int submissionPeriod, ObjectNode data, MetadataStatus status,
            Producer producer, IndahAccount submitter, Long msKegId) {
        ObjectNode envelope = NODES.objectNode();
        if (kind == MetadataKind.KEGIATAN) {
            envelope.putNull(key("baseId"));
        } else {
            envelope.put(key("msKegId"), msKegId);
        }
        envelope.put(key("submissionPeriod"), submissionPeriod);
        envelope.set(key("data"), data);
        envelope.putArray(key("reviews"));
        envelope.putArray(key("changes"));
        envelope.put(key("status"), profile.statusLabel(status));
        envelope.putNull(key("rejectionNote"));
        if (submitter == null) {
            envelope.putNull(key("submitter"));
        } else {
            envelope.set(key("submitter"), submitter(submitter));
        }
        envelope.set(key("producer"), producer(producer));
        envelope.putNull(key("walidataPusat"));
        envelope.put(key("version"), key("versionValue"));
        return envelope;
    }

    private ObjectNode submitter(IndahAccount account) {
        ObjectNode node = NODES.objectNode()
                .put(submitterKey("username"), account.username())
                .put(submitterKey("name"), account.name())
                .put(submitterKey("email"), account.email());
        if (account.organization() != null) {
            ObjectNode organization = node.putObject(submitterKey("organization"))
                    .put(submitterKey("organizationId"), account.organization().id())
                    .put(submitterKey("organizationName"), account.organization().name())
                    .put(submitterKey("address"), account.organization().address());
            organization.putObject(submitterKey("province"))
                    .put(submitterKey("code"), account.organization().provinceCode());
            organization.putObject(submitterKey("city")).put(submitterKey("code"), account.organization().cityCode());
        }
        return node;
    }

    private String submitterKey(String name) {
        return profile.key("submitter." + name);
    }

    private String producerKey(String name) {
        return profile.key("producer." + name);
    }

    private ObjectNode producer(Producer producer) {
        return NODES.objectNode()
                .put(producerKey("id"), producer.id())
                .put(producerKey("name"), producer.name())
                .put(producerKey("provinceCode"), producer.provinceCode())
                .put(producerKey("cityCode"), producer.cityCode());
    }

    /** A copy of {@code envelope} with another {@code data}, e.g. for an edit. */
    public ObjectNode withData(JsonNode envelope, ObjectNode data) {
        ObjectNode copy = envelope.deepCopy();
        copy.set(key("data"), data);
        return copy;
    }

    /** A copy of {@code envelope} with another status and, when not {@code null}, a {@code rejection_note}. */
    public ObjectNode withStatus(JsonNode envelope, MetadataStatus status, String rejectionNote) {
        ObjectNode copy = envelope.deepCopy();
        copy.put(key("status"), profile.statusLabel(status));
        if (rejectionNote != null) {
            copy.put(key("rejectionNote"), rejectionNote);
        }
        return copy;
    }

    /** The {@code data} of an envelope. */
    public JsonNode data(JsonNode envelope) {
        return envelope.path(key("data"));
    }

    /** The id of an envelope or result item, or -1 when it has none. */
    public long id(JsonNode envelope) {
        Long id = longValue(envelope.get(key("id")));
        return id == null ? -1 : id;
    }

    /**
     * Reads an envelope.
     *
     * @param kind the instrument it is
     * @param envelope the envelope as the portal sent it
     * @param form maps its {@code data}
     * @param <T> the form type
     */
    public <T> IndahRecord<T> read(MetadataKind kind, JsonNode envelope, FormWire<T> form) {
        ObjectNode object = envelope.isObject() ? (ObjectNode) envelope : NODES.objectNode();
        Long period = longValue(object.get(key("submissionPeriod")));
        return new IndahRecord<>(id(object), kind, profile.status(text(object.get(key("status")))),
                period == null ? 0 : period.intValue(),
                kind == MetadataKind.KEGIATAN ? null : longValue(object.get(key("msKegId"))),
                longValue(object.get(key("baseId"))),
                text(object.get(key("rejectionNote"))),
                reviews(object.path(key("reviews"))),
                readProducer(object.path(key("producer"))),
                form.read(object.path(key("data"))),
                object);
    }

    /** Reads one flattened item of the MS-Keg list. */
    public KegiatanSummary summary(JsonNode item) {
        Long period = longValue(item.get(profile.key("listItem.submissionPeriod")));
        String title = text(item.get(profile.key("listItem.name")));
        if (title == null) {
            title = text(item.path(key("data")).get(MetadataKind.KEGIATAN.titleKey()));
        }
        Long id = longValue(item.get(profile.key("listItem.id")));
        return new KegiatanSummary(id == null ? -1 : id, profile.status(text(item.get(profile.key("listItem.status")))),
                title, period == null ? 0 : period.intValue(),
                longValue(item.get(profile.key("listItem.producerId"))),
                text(item.get(profile.key("listItem.producerName"))),
                longValue(item.get(profile.key("listItem.baseId"))));
    }

    private List<Review> reviews(JsonNode trail) {
        List<Review> reviews = new ArrayList<>();
        for (JsonNode entry : trail) {
            if (entry.isObject()) {
                reviews.add(new Review(text(entry.get(profile.key("review.reviewer"))),
                        text(entry.get(profile.key("review.role"))),
                        profile.status(text(entry.get(profile.key("review.decision")))),
                        text(entry.get(profile.key("review.note"))),
                        instant(text(entry.get(profile.key("review.at"))))));
            }
        }
        return reviews;
    }

    private Producer readProducer(JsonNode node) {
        Long id = longValue(node.get(producerKey("id")));
        if (id == null) {
            return null;
        }
        return new Producer(id, text(node.get(producerKey("name"))), text(node.get(producerKey("provinceCode"))),
                text(node.get(producerKey("cityCode"))));
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number given as a JSON number or a string of digits (PHP clients send both), else {@code null}. */
    public static Long longValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        String text = node.asText().trim();
        return text.matches("-?\\d{1,18}") ? Long.parseLong(text) : null;
    }

    /** A non-blank text value, else {@code null}. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }
}
