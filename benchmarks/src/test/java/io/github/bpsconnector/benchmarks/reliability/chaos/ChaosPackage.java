package io.github.bpsconnector.benchmarks.reliability.chaos;

import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.ProductAvailability;
import io.github.bpsconnector.metadata.code.SampleStageType;
import io.github.bpsconnector.metadata.code.SamplingMethod;

/** The package every kegiatan of the chaos run is made from. */
final class ChaosPackage {

    private ChaosPackage() {
    }

    /**
     * The SKJHI 2018 example of Peraturan BPS 5/2020 with a sample design Romantik's form takes: its multi-stage
     * design is described in words where the form wants a method from its list and numbers (R.5.3, R.5.5, R.5.6),
     * and its digital release (R.8.2) falls before its data collection ends, which rule DATE-RELEASE refuses.
     */
    static MetadataPackage template() {
        MetadataPackage skjhi = Fixtures.skjhi2018();
        MsKeg activity = skjhi.activity();
        return skjhi.toBuilder().activity(activity.toBuilder().sampleDesign(activity.sampleDesign().toBuilder()
                .stageType(SampleStageType.SINGLE_STAGE_ATAU_PHASE)
                .samplingMethod(SamplingMethod.SYSTEMATIC_RANDOM_SAMPLING)
                .overallSamplingFraction("0.03").expectedSamplingError("0.05").build())
                .dissemination(activity.dissemination().toBuilder().digital(ProductAvailability.builder()
                        .available(true).addReleaseDate(PartialDate.parse("2019-01-15")).build()).build())
                .build()).build();
    }
}
