package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.code.CodeList;

import java.util.Set;

/**
 * A multiple-choice item being read from two columns: the options ticked and the "Lainnya (sebutkan)" text.
 *
 * @param <E> the code list
 */
final class ChoiceDraft<E extends Enum<E> & CodeList> {

    private Set<E> selected;
    private String otherText;

    void selected(Set<E> values) {
        this.selected = values;
    }

    void otherText(String text) {
        this.otherText = text;
    }

    MultiChoice<E> build() {
        return MultiChoice.of(selected, otherText);
    }
}
