package io.github.bpsconnector.workflow.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.JournalException;
import io.github.bpsconnector.core.journal.Outcome;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * How journal entries are stored in the {@code journal_intent} table: the columns, maps as JSON objects, instants as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC, and the hash that stands for an operation and natural key.
 */
final class IntentRows {

    /** The columns {@link #read(ResultSet)} needs, for a {@code SELECT}. */
    static final String COLUMNS = "intent_id, operation, portal, natural_key, attributes, started_at, attempts, "
            + "last_attempt_at, outcome_status, portal_ids, outcome_detail, outcome_at";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private IntentRows() {
    }

    /** The entry in the current row of {@code row}, which selected {@link #COLUMNS}. */
    static JournalEntry read(ResultSet row) throws SQLException {
        String intentId = row.getString("intent_id");
        try {
            Intent intent = new Intent(row.getString("operation"), row.getString("portal"),
                    row.getString("natural_key"), fromJson(row.getString("attributes")));
            String status = row.getString("outcome_status");
            Outcome outcome = status == null ? null
                    : new Outcome(OutcomeStatus.valueOf(status), fromJson(row.getString("portal_ids")),
                            row.getString("outcome_detail"), instant(row, "outcome_at"));
            return JournalEntry.of(intentId, intent, instant(row, "started_at"), row.getInt("attempts"),
                    instant(row, "last_attempt_at"), outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JournalException("journal row of intent " + intentId + " is not a valid entry: "
                    + e.getMessage(), e);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static String toJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object of strings (" + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * SHA-256 (hex) of an operation and a natural key, unambiguous (the operation's length comes first): a short
     * stand-in for both that a unique index can hold whatever the key's length.
     */
    static String keyHash(String operation, String naturalKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String joined = operation.length() + ":" + operation + "\n" + naturalKey;
            return HexFormat.of().formatHex(sha256.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
