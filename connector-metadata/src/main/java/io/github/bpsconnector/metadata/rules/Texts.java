package io.github.bpsconnector.metadata.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Text comparisons the rules share: whole-word matching ignoring case, and whitespace-insensitive equality. */
final class Texts {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Compiled phrase patterns. The phrases come from the settings and the code lists, never from the forms, so the
     * cache stays as small as the vocabulary.
     */
    private static final Map<String, Pattern> PHRASES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** Lower case with runs of white space collapsed to one space and no leading or trailing space. */
    static String normalize(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether two texts are equal once white space is collapsed (case still counts). */
    static boolean sameIgnoringSpaces(String a, String b) {
        return SPACES.matcher(a.strip()).replaceAll(" ").equals(SPACES.matcher(b.strip()).replaceAll(" "));
    }

    /** Whether two names are equal ignoring case and white space. */
    static boolean sameName(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Whether {@code text} contains {@code phrase} as whole words, ignoring case. */
    static boolean containsPhrase(String text, String phrase) {
        return wordPattern(phrase, false).matcher(text).find();
    }

    /** Whether {@code text} begins with {@code phrase} as whole words, ignoring case and leading space. */
    static boolean startsWithPhrase(String text, String phrase) {
        return wordPattern(phrase, true).matcher(text.strip()).find();
    }

    /** The first of {@code phrases} that {@code text} contains as whole words. */
    static Optional<String> firstPhraseIn(String text, Collection<String> phrases) {
        return phrases.stream().filter(p -> containsPhrase(text, p)).findFirst();
    }

    private static Pattern wordPattern(String phrase, boolean anchored) {
        return PHRASES.computeIfAbsent((anchored ? "^" : "~") + phrase, key -> compile(phrase, anchored));
    }

    private static Pattern compile(String phrase, boolean anchored) {
        String words = SPACES.matcher(Pattern.quote(phrase.strip())).replaceAll("\\\\E\\\\s+\\\\Q");
        return Pattern.compile((anchored ? "^" : "(?<![\\p{L}\\p{N}])") + words + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
