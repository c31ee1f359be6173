package io.github.bpsconnector.examples.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Status reports for the renderer's tests. */
final class SampleReports {

    static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    static final String HOSTILE = "Survei <script>alert('x')</script> & \"Kuesioner\"";

    private SampleReports() {
    }

    /** Three kegiatan: one done on time, one overdue at the Walidata, one due soon, with a hostile title. */
    static StatusReport three() {
        KegiatanStatus done = new KegiatanStatus("Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas",
                "Dinas Kesehatan Kabupaten Jember",
                List.of(done(1, "Mendaftar kegiatan", "Produsen Data", 10),
                        done(2, "Mengajukan rekomendasi", "Produsen Data", 9),
                        new StepStatus(3, "Memeriksa kelengkapan", "Walidata", StepState.DONE, SlaStatus.ON_TIME,
                                NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(6)),
                                "dikembalikan sekali: kemungkinan duplikat; diperbaiki")),
                List.of(new DocumentLink("Surat Rekomendasi", "surat-rekomendasi/dinkes.pdf", "ab12"),
                        new DocumentLink("Tautan berbahaya", "javascript:alert(1)", null)));
        KegiatanStatus overdue = new KegiatanStatus("Survei Produktivitas Padi Sawah",
                "Dinas Pertanian Kabupaten Jember",
                List.of(done(1, "Mendaftar kegiatan", "Produsen Data", 8),
                        new StepStatus(3, "Memeriksa kelengkapan", "Walidata", StepState.CURRENT,
                                SlaStatus.OVERDUE, NOW.minus(Duration.ofDays(1)), null, null),
                        new StepStatus(4, "Memeriksa kelayakan", "Pembina Data", StepState.WAITING, SlaStatus.NONE,
                                null, null, null)),
                List.of());
        KegiatanStatus hostile = new KegiatanStatus(HOSTILE, "Dinas <b>Pendidikan</b>",
                List.of(new StepStatus(2, "Mengajukan rekomendasi", "Produsen Data", StepState.CURRENT,
                        SlaStatus.DUE_SOON, NOW.plus(Duration.ofHours(5)), null, "catatan: <img src=x>")),
                List.of());
        return new StatusReport("Status Kegiatan Statistik Sektoral Kabupaten Jember", NOW,
                List.of(done, overdue, hostile));
    }

    private static StepStatus done(int number, String name, String actor, int daysAgo) {
        Instant completed = NOW.minus(Duration.ofDays(daysAgo));
        return new StepStatus(number, name, actor, StepState.DONE, SlaStatus.ON_TIME, completed.plusSeconds(3600),
                completed, null);
    }
}
