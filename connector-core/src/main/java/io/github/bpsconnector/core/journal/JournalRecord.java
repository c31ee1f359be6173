package io.github.bpsconnector.core.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * One event of a journal as one line of JSON: an intent began, an attempt was made, or an outcome was recorded.
 * Empty fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JournalRecord(Type type, String intentId, Instant at, String operation, String portal, String naturalKey,
        Map<String, String> attributes, OutcomeStatus status, Map<String, String> portalIds, String detail) {

    /** The kind of event. */
    enum Type {
        BEGIN, ATTEMPT, OUTCOME
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static JournalRecord begin(String intentId, Instant at, Intent intent) {
        return new JournalRecord(Type.BEGIN, intentId, at, intent.operation(), intent.portal(), intent.naturalKey(),
                intent.attributes(), null, null, null);
    }

    static JournalRecord attempt(String intentId, Instant at) {
        return new JournalRecord(Type.ATTEMPT, intentId, at, null, null, null, null, null, null, null);
    }

    static JournalRecord outcome(String intentId, Outcome outcome) {
        return new JournalRecord(Type.OUTCOME, intentId, outcome.endedAt(), null, null, null, null,
                outcome.status(), outcome.portalIds(), outcome.detail());
    }

    /** This record as UTF-8 JSON followed by a newline. JSON escapes line breaks inside strings. */
    byte[] toLine() {
        try {
            byte[] json = JSON.writeValueAsBytes(this);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize a journal record", e);
        }
    }

    /**
     * Reads one line (without its newline).
     *
     * @throws IOException if it is not valid UTF-8 JSON of a record
     */
    static JournalRecord parse(byte[] line) throws IOException {
        JournalRecord record = JSON.readValue(line, JournalRecord.class);
        if (record == null) {
            throw new IOException("null is not a record");
        }
        return record;
    }
}
