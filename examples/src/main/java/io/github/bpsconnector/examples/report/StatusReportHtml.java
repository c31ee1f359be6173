package io.github.bpsconnector.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a {@link StatusReport} as one self-contained HTML page: inline CSS, no script, no external asset (it
 * opens from a USB stick or an e-mail attachment). Each kegiatan has its SOP steps as a timeline coloured by SLA
 * (on time, due soon, overdue, with a {@code TERLAMBAT} marker) and links to its documents. Every text is escaped.
 */
public final class StatusReportHtml {

    /** Times are shown in Western Indonesian Time, where the SOP's deadlines are counted. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH.mm 'WIB'", Locale.forLanguageTag("id-ID")).withZone(WIB);
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://[^\\s]+|[^:\\s/\\\\][^:]*)");

    private StatusReportHtml() {
    }

    /** The page as a string. */
    public static String render(StatusReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n")
                .append("<p class=\"dibuat\">Dibuat ").append(time(report.generatedAt())).append("</p>\n");
        legend(html);
        summary(html, report);
        int index = 1;
        for (KegiatanStatus kegiatan : report.kegiatan()) {
            kegiatan(html, kegiatan, index++);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * Writes the page to {@code file} atomically (a temporary file in the same folder, then a move), so a reader
     * never sees half a page.
     *
     * @throws IOException when the folder cannot be written
     */
    public static void write(StatusReport report, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, render(report), StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void legend(StringBuilder html) {
        html.append("<ul class=\"legenda\">");
        for (SlaStatus sla : SlaStatus.values()) {
            if (sla != SlaStatus.NONE) {
                html.append("<li><span class=\"titik sla-").append(cssName(sla)).append("\"></span>")
                        .append(escape(sla.label())).append("</li>");
            }
        }
        html.append("</ul>\n");
    }

    private static void summary(StringBuilder html, StatusReport report) {
        html.append("<table class=\"ringkasan\">\n<thead><tr><th>Kegiatan</th><th>Perangkat Daerah</th>")
                .append("<th>Langkah sekarang</th><th>Batas waktu</th><th>Status</th></tr></thead>\n<tbody>\n");
        int index = 1;
        for (KegiatanStatus kegiatan : report.kegiatan()) {
            StepStatus current = kegiatan.currentStep().orElse(null);
            SlaStatus worst = kegiatan.worstSla();
            html.append("<tr><td><a href=\"#kegiatan-").append(index++).append("\">")
                    .append(escape(kegiatan.title())).append("</a></td><td>")
                    .append(escape(kegiatan.perangkatDaerah())).append("</td><td>")
                    .append(current == null ? "selesai" : current.number() + ". " + escape(current.name()))
                    .append("</td><td>").append(current == null ? "-" : time(current.deadline()))
                    .append("</td><td>").append(badge(worst)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void kegiatan(StringBuilder html, KegiatanStatus kegiatan, int index) {
        html.append("<section class=\"kegiatan\" id=\"kegiatan-").append(index).append("\" data-kegiatan=\"")
                .append(escape(kegiatan.title())).append("\">\n<h2>").append(escape(kegiatan.title()))
                .append("</h2>\n<p class=\"opd\">").append(escape(kegiatan.perangkatDaerah())).append("</p>\n")
                .append("<ol class=\"linimasa\">\n");
        for (StepStatus step : kegiatan.steps()) {
            step(html, step);
        }
        html.append("</ol>\n<h3>Dokumen</h3>\n");
        if (kegiatan.documents().isEmpty()) {
            html.append("<p class=\"kosong\">Belum ada dokumen.</p>\n");
        } else {
            html.append("<ul class=\"dokumen\">\n");
            for (DocumentLink document : kegiatan.documents()) {
                document(html, document);
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void step(StringBuilder html, StepStatus step) {
        html.append("<li class=\"langkah state-").append(step.state().name().toLowerCase(Locale.ROOT))
                .append(" sla-").append(cssName(step.sla())).append("\" data-sla=\"").append(step.sla().name())
                .append("\"><span class=\"nomor\">").append(step.number()).append("</span><div class=\"isi\">")
                .append("<strong>").append(escape(step.name())).append("</strong> <span class=\"aktor\">")
                .append(escape(step.actor())).append("</span><br><span class=\"keadaan\">")
                .append(escape(step.state().label())).append("</span>");
        if (step.deadline() != null) {
            html.append(" &middot; batas waktu ").append(time(step.deadline()));
        }
        if (step.completedAt() != null) {
            html.append(" &middot; diselesaikan ").append(time(step.completedAt()));
        }
        if (step.sla() != SlaStatus.NONE) {
            html.append(' ').append(badge(step.sla()));
        }
        if (step.outcome() != null) {
            html.append("<br><span class=\"hasil\">").append(escape(step.outcome())).append("</span>");
        }
        html.append("</div></li>\n");
    }

    private static void document(StringBuilder html, DocumentLink document) {
        html.append("<li>");
        if (SAFE_HREF.matcher(document.href()).matches()) {
            html.append("<a href=\"").append(escape(document.href())).append("\">")
                    .append(escape(document.label())).append("</a>");
        } else {
            html.append(escape(document.label())).append(" (").append(escape(document.href())).append(')');
        }
        if (document.sha256() != null) {
            html.append(" <code>sha256 ").append(escape(document.sha256())).append("</code>");
        }
        html.append("</li>\n");
    }

    private static String badge(SlaStatus sla) {
        if (sla == SlaStatus.NONE) {
            return "-";
        }
        String text = sla == SlaStatus.OVERDUE ? "TERLAMBAT" : escape(sla.label());
        return "<span class=\"penanda sla-" + cssName(sla) + "\" data-sla=\"" + sla.name() + "\">" + text + "</span>";
    }

    private static String cssName(SlaStatus sla) {
        return sla.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** Escapes {@code text} for HTML text and double- or single-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:60rem;"
                    + "padding:0 1rem;color:#1a202c;background:#fff}",
            "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin:0}h3{font-size:1rem;margin:1rem 0 .3rem}",
            ".dibuat,.opd{color:#4a5568;margin:.2rem 0 1rem}",
            ".legenda{list-style:none;padding:0;display:flex;gap:1.2rem;font-size:.9rem}",
            ".titik{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.35rem;"
                    + "vertical-align:-.1rem}",
            ".titik.sla-on-time{background:" + SlaStatus.ON_TIME.colour() + "}",
            ".titik.sla-due-soon{background:" + SlaStatus.DUE_SOON.colour() + "}",
            ".titik.sla-overdue{background:" + SlaStatus.OVERDUE.colour() + "}",
            "table.ringkasan{border-collapse:collapse;width:100%;margin:1rem 0 2rem;font-size:.92rem}",
            ".ringkasan th,.ringkasan td{border-bottom:1px solid #e2e8f0;padding:.45rem .5rem;text-align:left;"
                    + "vertical-align:top}",
            ".ringkasan th{background:#f7fafc}",
            ".kegiatan{border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem 1.2rem;margin-bottom:1.5rem}",
            "ol.linimasa{list-style:none;margin:0;padding:0 0 0 1.2rem;border-left:3px solid #e2e8f0}",
            ".langkah{position:relative;display:flex;gap:.7rem;padding:.45rem 0}",
            ".langkah .nomor{flex:none;width:1.7rem;height:1.7rem;border-radius:50%;margin-left:-2.15rem;"
                    + "background:#cbd5e0;color:#fff;font-weight:600;display:flex;align-items:center;"
                    + "justify-content:center;font-size:.85rem}",
            ".langkah.sla-on-time .nomor{background:" + SlaStatus.ON_TIME.colour() + "}",
            ".langkah.sla-due-soon .nomor{background:" + SlaStatus.DUE_SOON.colour() + "}",
            ".langkah.sla-overdue .nomor{background:" + SlaStatus.OVERDUE.colour() + "}",
            ".langkah.state-waiting{color:#718096}",
            ".langkah.state-current .isi{font-weight:500}",
            ".aktor{color:#4a5568;font-size:.85rem}.keadaan{font-size:.85rem}",
            ".hasil{font-size:.85rem;color:#2d3748;font-style:italic}",
            ".penanda{display:inline-block;border-radius:.25rem;padding:0 .4rem;font-size:.75rem;font-weight:700;"
                    + "color:#fff}",
            ".penanda.sla-on-time{background:" + SlaStatus.ON_TIME.colour() + "}",
            ".penanda.sla-due-soon{background:" + SlaStatus.DUE_SOON.colour() + "}",
            ".penanda.sla-overdue{background:" + SlaStatus.OVERDUE.colour() + "}",
            ".dokumen code{font-size:.75rem;color:#718096;word-break:break-all}",
            ".kosong{color:#718096}",
            "@media print{.kegiatan{break-inside:avoid}}",
            "");
}
