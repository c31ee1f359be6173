package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.CodeList;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer to a multiple-choice item (R.4.6, R.4.7, R.4.8, R.6.2, R.7.3, R.7.4): the options ticked and the
 * "Lainnya (sebutkan)" text. The set iterates in form order. Whether a ticked {@code LAINNYA} has its text (and
 * text without the tick) is a rule for the validator; the model keeps both as given. Immutable.
 *
 * @param selected  the options ticked; unmodifiable, never {@code null}
 * @param otherText the "sebutkan" text of Lainnya, or {@code null}
 * @param <E>       the code list of the item
 */
public record MultiChoice<E extends Enum<E> & CodeList>(Set<E> selected, String otherText) {

    /** Copies {@code selected} in form order; {@code null} becomes empty; blank text becomes {@code null}. */
    public MultiChoice {
        TreeSet<E> copy = new TreeSet<>();
        if (selected != null) {
            for (E value : selected) {
                if (value == null) {
                    throw new IllegalArgumentException("a multiple choice contains null");
                }
                copy.add(value);
            }
        }
        selected = Collections.unmodifiableSet(copy);
        otherText = Values.text(otherText);
    }

    /** Nothing ticked, no text. */
    public static <E extends Enum<E> & CodeList> MultiChoice<E> none() {
        return new MultiChoice<E>(Set.<E>of(), null);
    }

    /** The given options ticked, no text. */
    @SafeVarargs
    public static <E extends Enum<E> & CodeList> MultiChoice<E> of(E... selected) {
        return new MultiChoice<>(new HashSet<>(Arrays.asList(selected)), null);
    }

    /** The given options ticked, with the Lainnya text (may be {@code null}). */
    public static <E extends Enum<E> & CodeList> MultiChoice<E> of(Collection<E> selected, String otherText) {
        return new MultiChoice<>(selected == null ? null : new HashSet<>(selected), otherText);
    }

    /** Whether {@code option} is ticked. */
    public boolean contains(E option) {
        return selected.contains(option);
    }

    /** A copy with the given Lainnya text. */
    public MultiChoice<E> withOtherText(String text) {
        return new MultiChoice<>(selected, text);
    }
}
