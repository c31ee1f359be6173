package io.github.bpsconnector.examples.demo;

import io.github.bpsconnector.examples.report.DocumentLink;
import io.github.bpsconnector.examples.report.StepRecord;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.runner.Kegiatan;
import io.github.bpsconnector.workflow.runner.SopRunner;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One kegiatan of the demo: the runners of its Produsen Data and of the Walidata, the kegiatan as it stands (its
 * package corrected when returned), its last case, and what happened to it so far.
 */
final class DemoCase {

    final SamplePackages sample;
    final SopRunner produsen;
    final SopRunner walidata;
    final List<StepRecord> history = new ArrayList<>();
    final List<DocumentLink> documents = new ArrayList<>();
    Kegiatan kegiatan;
    KegiatanCase current;
    Instant stepStarted;

    DemoCase(SamplePackages sample, Kegiatan kegiatan, SopRunner produsen, SopRunner walidata, Instant start) {
        this.sample = sample;
        this.kegiatan = kegiatan;
        this.produsen = produsen;
        this.walidata = walidata;
        this.stepStarted = start;
    }

    /** The short name of the perangkat daerah, for the log. */
    String opd() {
        return sample.organizer().replace(" Kabupaten Jember", "");
    }

    /** The kegiatan's current title (a returned pengajuan may be retitled). */
    String title() {
        return kegiatan.metadata().activity().title();
    }
}
