package io.github.bpsconnector.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code status --json}: every row with every id, times in ISO-8601 UTC, for other systems to read. */
final class StatusJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {
    }

    static String render(boolean offline, Instant now, List<StatusRow> rows, List<String> notes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mode", offline ? "offline" : "online");
        document.put("source", offline ? "journal and arsip only; the portals were not read"
                : "the portals' statuses and the journal");
        document.put("generatedAt", now.toString());
        document.put("kegiatan", rows.stream().map(StatusJson::row).toList());
        document.put("notes", notes);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a status of texts and numbers always serializes", e);
        }
    }

    private static Map<String, Object> row(StatusRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", row.key().title());
        json.put("year", row.key().year());
        json.put("instansi", row.key().institution());
        json.put("step", row.step().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("number", s.number());
            step.put("id", s.id());
            step.put("name", s.name());
            return step;
        }).orElse(null));
        json.put("state", row.state().map(Enum::name).orElse(null));
        json.put("waitingOn", row.waitingOn().map(Enum::name).orElse(null));
        json.put("since", row.since().map(Instant::toString).orElse(null));
        json.put("deadline", row.deadline().map(Instant::toString).orElse(null));
        json.put("overdue", row.overdue());
        json.put("overdueWorkingDays", row.overdueDays().orElse(null));
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("nomorSuratRekomendasi", row.letterNumber().isEmpty() ? null : row.letterNumber());
        documents.put("msKegId", row.msKegId());
        documents.put("msVarIds", row.msVarIds());
        documents.put("msIndIds", row.msIndIds());
        json.put("documents", documents);
        json.put("problem", row.problem().isEmpty() ? null : row.problem());
        return json;
    }
}
