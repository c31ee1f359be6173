package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.PresentationLevel;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;

import java.util.List;
import java.util.Set;

/**
 * One multiple-choice item of an MS-Keg (R.4.6, R.4.7, R.4.8, R.6.2, R.7.3, R.7.4) with its path and form item, so
 * that rules about "Lainnya" and about code values treat them alike.
 *
 * @param path     the path relative to {@code msKeg}
 * @param formItem the form item
 * @param type     the code list
 * @param selected the options ticked
 * @param other    the "Lainnya (sebutkan)" text, or {@code null}
 */
record MultiChoiceItem(String path, String formItem, Class<? extends CodeList> type, Set<? extends CodeList> selected,
                       String other) {

    /** The name every code list gives its "Lainnya (sebutkan)" option. */
    static final String OTHER = "LAINNYA";

    static List<MultiChoiceItem> of(MsKeg keg) {
        return List.of(
                item("design.collectionMethods", CollectionMethod.class, keg.design().collectionMethods()),
                item("design.collectionModes", CollectionMode.class, keg.design().collectionModes()),
                item("design.collectionUnits", CollectionUnit.class, keg.design().collectionUnits()),
                item("dataCollection.qualityCheckMethods", QualityCheckMethod.class,
                        keg.dataCollection().qualityCheckMethods()),
                item("processingAndAnalysis.analysisUnits", AnalysisUnit.class,
                        keg.processingAndAnalysis().analysisUnits()),
                item("processingAndAnalysis.presentationLevels", PresentationLevel.class,
                        keg.processingAndAnalysis().presentationLevels()));
    }

    private static <E extends Enum<E> & CodeList> MultiChoiceItem item(String path, Class<E> type,
                                                                       MultiChoice<E> choice) {
        return new MultiChoiceItem(path, CodeLists.formItem(type), type, choice.selected(), choice.otherText());
    }

    /** Whether "Lainnya" is ticked. */
    boolean otherTicked() {
        return selected.stream().anyMatch(v -> v.name().equals(OTHER));
    }

    /** The path of the "sebutkan" text. */
    String otherTextPath() {
        return path + ".otherText";
    }
}
