package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SamplingMethod;

import java.util.List;

/**
 * C4: in a survey, R.5.3 lists a method of the group R.5.2 chose, and R.5.4&ndash;5.6 are filled for a
 * probability sample and blank for a nonprobability sample.
 */
final class SamplingMethodRule extends SingleRule implements Rule.OfKeg {

    private static final List<SampleDesignField> PROBABILITY_ONLY = List.of(SampleDesignField.SAMPLING_FRAME,
            SampleDesignField.SAMPLING_FRACTION, SampleDesignField.SAMPLING_ERROR);

    SamplingMethodRule() {
        super(RuleInfo.error("C4", RuleInfo.KEG, "R.5.3 Metode yang Digunakan",
                "R.5.3 belongs to the R.5.2 group; R.5.4-5.6 filled for probability, blank for nonprobability "
                        + "samples", "Perban 5/2020 p.91; INDAH (S5 slide 10); Romantik 2023 p.11"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.collectionType() != CollectionType.SURVEI) {
            return;
        }
        SampleDesign design = keg.sampleDesign();
        SampleSelection selection = design.lastStageSelection();
        SamplingMethod method = design.samplingMethod();
        if (selection != null && method != null && method.selection() != selection) {
            out.report(rule, SampleDesignField.SAMPLING_METHOD.path(), "Metode " + method.label() + " termasuk "
                    + method.selection().label() + ", tetapi R.5.2 berisi " + selection.label() + ".");
        }
        for (SampleDesignField field : PROBABILITY_ONLY) {
            boolean filled = field.isFilled(design);
            if (selection == SampleSelection.SAMPEL_PROBABILITAS && !filled) {
                out.report(rule, field.path(), field.formItem(),
                        field.formItem() + " wajib diisi untuk sampel probabilitas.");
            } else if (selection == SampleSelection.SAMPEL_NONPROBABILITAS && filled) {
                out.report(rule, field.path(), field.formItem(), field.formItem() + " hanya diisi untuk sampel "
                        + "probabilitas; sampel nonprobabilitas langsung ke R.5.7, jadi isian ini harus dikosongkan.");
            }
        }
    }
}
