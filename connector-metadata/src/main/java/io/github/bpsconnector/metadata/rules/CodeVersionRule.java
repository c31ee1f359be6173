package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.FormVersion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CODE: every coded answer exists on the target form version (e.g. Probability Proportional to Size is only on the
 * Romantik 2023 form, Multi Stage Sampling only on the Perban form) and is not refused by the settings
 * ({@code excludedCodes}). Lists that no version numbers (Jenis Statistik) are only checked against the settings.
 */
final class CodeVersionRule extends SingleRule implements Rule.OfKeg {

    CodeVersionRule() {
        super(RuleInfo.error("CODE", RuleInfo.KEG, "Pilihan berkode",
                "Every coded answer has a code on the target form version and is not in settings: excludedCodes",
                "Perban 5/2020 Instrumen A; Romantik 2023 form (metadata-forms 6)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        for (Answer answer : answers(keg)) {
            FormVersion version = ctx.formVersion();
            if (!answer.value.code(version).isPresent() && listHasCodes(answer.value, version)) {
                out.report(rule, answer.path, answer.value.formItem(), "Pilihan \"" + answer.value.label()
                        + "\" tidak ada pada " + version.label() + ".");
            } else if (ctx.settings().excludedCodes().contains(answer.value)) {
                out.report(rule, answer.path, answer.value.formItem(), "Pilihan \"" + answer.value.label()
                        + "\" tidak diterima menurut pengaturan aturan validasi.");
            }
        }
    }

    private static boolean listHasCodes(CodeList value, FormVersion version) {
        return Arrays.stream(((Enum<?>) value).getDeclaringClass().getEnumConstants())
                .anyMatch(v -> ((CodeList) v).code(version).isPresent());
    }

    private static List<Answer> answers(MsKeg keg) {
        List<Answer> answers = new ArrayList<>();
        add(answers, "collectionType", keg.collectionType());
        add(answers, "sector", keg.sector());
        add(answers, "statisticsType", keg.statisticsType());
        add(answers, "design.repetition", keg.design().repetition());
        add(answers, "design.frequency", keg.design().frequency());
        add(answers, "design.collectionDesign", keg.design().collectionDesign());
        add(answers, "design.geoCoverage", keg.design().geoCoverage());
        add(answers, "sampleDesign.stageType", keg.sampleDesign().stageType());
        add(answers, "sampleDesign.lastStageSelection", keg.sampleDesign().lastStageSelection());
        add(answers, "sampleDesign.samplingMethod", keg.sampleDesign().samplingMethod());
        add(answers, "sampleDesign.samplingFrame", keg.sampleDesign().samplingFrame());
        add(answers, "dataCollection.fieldStaffType", keg.dataCollection().fieldStaffType());
        add(answers, "dataCollection.minFieldStaffEducation", keg.dataCollection().minFieldStaffEducation());
        add(answers, "processingAndAnalysis.analysisMethod", keg.processingAndAnalysis().analysisMethod());
        for (MultiChoiceItem item : MultiChoiceItem.of(keg)) {
            item.selected().forEach(value -> add(answers, item.path(), value));
        }
        return answers;
    }

    private static void add(List<Answer> answers, String path, CodeList value) {
        if (value != null) {
            answers.add(new Answer(path, value));
        }
    }

    private record Answer(String path, CodeList value) {
    }
}
