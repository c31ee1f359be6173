package io.github.bpsconnector.examples.demo;

import io.github.bpsconnector.examples.report.DocumentLink;
import io.github.bpsconnector.examples.report.StepRecord;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One kegiatan of the demo: its Produsen Data's client, its package, and what happened to it so far. */
final class DemoCase {

    final SamplePackages sample;
    final RomantikClient produsen;
    final SupportingFiles files;
    final List<StepRecord> history = new ArrayList<>();
    final List<DocumentLink> documents = new ArrayList<>();
    MetadataPackage pkg;
    long pengajuanId;
    Long msKegId;
    Instant stepStarted;

    DemoCase(SamplePackages sample, MetadataPackage pkg, RomantikClient produsen, SupportingFiles files,
            Instant start) {
        this.sample = sample;
        this.pkg = pkg;
        this.produsen = produsen;
        this.files = files;
        this.stepStarted = start;
    }

    /** The short name of the perangkat daerah, for the log. */
    String opd() {
        return sample.organizer().replace(" Kabupaten Jember", "");
    }

    /** The kegiatan's current title. */
    String title() {
        return pkg.activity().title();
    }
}
