package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.CollectionType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which Cara Pengumpulan Data a title names, by the keywords of the settings (used by E1 and C12b). */
final class TitleMethods {

    private TitleMethods() {
    }

    static Set<CollectionType> named(String title, RuleSettings settings) {
        Set<CollectionType> named = EnumSet.noneOf(CollectionType.class);
        for (Map.Entry<CollectionType, List<String>> entry : settings.titleMethodKeywords().entrySet()) {
            if (Texts.firstPhraseIn(title, entry.getValue()).isPresent()) {
                named.add(entry.getKey());
            }
        }
        return named;
    }
}
