package io.github.bpsconnector.examples.runners;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportMetadataToIndahTest {

    @Test
    void mainRunsAgainstTheEmbeddedSimulator() {
        ReportMetadataToIndah.main(new String[0]);
    }

    @Test
    void theKegiatanIsOnIndahOnceAndSubmitted() {
        try (SimulatedPortals portals = SimulatedPortals.builder()
                .indah(options -> options.captchaRequired(false)).start()) {
            String done = ReportMetadataToIndah.run(URI.create(portals.indah().baseUrl()));

            assertThat(done).contains("CREATED", "SUBMITTED");
            assertThat(portals.indah().countKegiatan(SamplePackages.DINKES.title(),
                    LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear(), IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
        }
    }
}
