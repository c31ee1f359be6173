package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.tracking.CaseState;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code status} as an aligned text table with Indonesian headers, one line per kegiatan. */
final class StatusTable {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm",
            Locale.forLanguageTag("id")).withZone(ZoneId.of("Asia/Jakarta"));
    private static final DateTimeFormatter DAY_ONLY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> HEADERS = List.of("KEGIATAN", "TAHUN", "INSTANSI", "LANGKAH", "MENUNGGU",
            "SEJAK (WIB)", "BATAS WAKTU (WIB)", "TERLAMBAT", "DOKUMEN TERAKHIR");
    private static final int MAX_TEXT = 44;
    private static final int MAX_IDS_LISTED = 3;

    private StatusTable() {
    }

    /** The table's lines: a header, a rule, one line per row, then one note per row with a problem. */
    static List<String> render(List<StatusRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (StatusRow row : rows) {
            cells.add(cells(row));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            lines.add(join(cells.get(r), widths));
            if (r == 0) {
                lines.add(join(HEADERS.stream().map(h -> "").toList(), widths).replace(' ', '-'));
            }
        }
        for (StatusRow row : rows) {
            if (!row.problem().isEmpty()) {
                lines.add("! " + row.key().title() + ": portal tidak dapat dibaca (" + row.problem()
                        + "); baris ini dari jurnal.");
            }
        }
        return lines;
    }

    private static List<String> cells(StatusRow row) {
        return List.of(clip(row.key().title()), Integer.toString(row.key().year()), clip(row.key().institution()),
                row.step().map(s -> s.number() + " " + s.name() + state(row)).map(StatusTable::clip)
                        .orElse("belum diketahui"),
                row.waitingOn().map(Actor::label).orElse("-"),
                row.since().map(DAY_TIME::format).orElse("-"),
                row.deadline().map(StatusTable::deadline).orElse("-"),
                row.overdueDays().map(d -> "ya, " + d + " hari kerja").orElse(row.deadline().isPresent()
                        ? "tidak" : "-"),
                documents(row));
    }

    /** A deadline at midnight is the end of the day before: shown as that day's 24:00, as officials say it. */
    private static String deadline(Instant due) {
        ZonedDateTime at = due.atZone(DAY_TIME.getZone());
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY_ONLY.format(at.minusDays(1)) + " 24:00"
                : DAY_TIME.format(due);
    }

    private static String state(StatusRow row) {
        return row.state().map(s -> switch (s) {
            case RETURNED -> " (dikembalikan)";
            case STOPPED -> " (berhenti)";
            case FINISHED -> " (selesai)";
            case ACTIVE -> "";
        }).orElse("");
    }

    private static String documents(StatusRow row) {
        List<String> parts = new ArrayList<>();
        if (!row.letterNumber().isEmpty()) {
            parts.add("Surat Rekomendasi " + row.letterNumber());
        }
        if (row.msKegId() != null) {
            parts.add("MS-Keg " + row.msKegId());
        }
        if (!row.msVarIds().isEmpty()) {
            parts.add("MS-Var " + ids(row.msVarIds()));
        }
        if (!row.msIndIds().isEmpty()) {
            parts.add("MS-Ind " + ids(row.msIndIds()));
        }
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }

    private static String ids(List<Long> ids) {
        if (ids.size() > MAX_IDS_LISTED) {
            return ids.size() + " rekaman";
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 3) + "...";
    }

    private static String join(List<String> line, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) {
                text.append("  ");
            }
            text.append(line.get(i));
            if (i < line.size() - 1) {
                text.append(" ".repeat(widths[i] - line.get(i).length()));
            }
        }
        return text.toString();
    }
}
