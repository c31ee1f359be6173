package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.code.CollectionType;

import java.util.EnumSet;
import java.util.Set;

/**
 * C3: Blok V Desain Sampel only for a survey. A survey fills R.5.1&ndash;5.3, 5.7 and 5.8 (5.4&ndash;5.6 are C4's);
 * any other activity leaves Blok V blank, except that the Romantik 2023 form asks R.5.7&ndash;5.9 of every activity.
 */
final class SampleDesignRule extends SingleRule implements Rule.OfKeg {

    private static final Set<SampleDesignField> REQUIRED_FOR_SURVEY = EnumSet.of(SampleDesignField.STAGE_TYPE,
            SampleDesignField.LAST_STAGE_SELECTION, SampleDesignField.SAMPLING_METHOD,
            SampleDesignField.SAMPLING_UNIT, SampleDesignField.OBSERVATION_UNIT);
    private static final Set<SampleDesignField> ROMANTIK_FOR_ALL = EnumSet.of(SampleDesignField.SAMPLING_UNIT,
            SampleDesignField.OBSERVATION_UNIT, SampleDesignField.RESPONDENT_COUNT);

    SampleDesignRule() {
        super(RuleInfo.error("C3", RuleInfo.KEG, "Blok V Desain Sampel",
                "Survei: R.5.1-5.3, 5.7, 5.8 filled; other Cara Pengumpulan Data: Blok V blank (Romantik 2023 "
                        + "allows R.5.7-5.9)", "Perban 5/2020 p.91, p.36; INDAH (S5 slide 10); Romantik 2023 form"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        CollectionType type = keg.collectionType();
        if (type == null) {
            return;
        }
        SampleDesign design = keg.sampleDesign();
        for (SampleDesignField field : SampleDesignField.values()) {
            boolean filled = field.isFilled(design);
            if (type == CollectionType.SURVEI && !filled && REQUIRED_FOR_SURVEY.contains(field)) {
                out.report(rule, field.path(), field.formItem(),
                        field.formItem() + " wajib diisi karena cara pengumpulan data adalah Survei.");
            } else if (type != CollectionType.SURVEI && filled
                    && !(ctx.isRomantik() && ROMANTIK_FOR_ALL.contains(field))) {
                out.report(rule, field.path(), field.formItem(), "Blok V Desain Sampel hanya diisi untuk survei; "
                        + "cara pengumpulan data adalah " + type.label() + ", jadi " + field.formItem()
                        + " harus dikosongkan.");
            }
        }
    }
}
