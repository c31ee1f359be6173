package io.github.bpsconnector.romantik.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How alike two titles of statistical activities are, from 0 (nothing in common) to 1 (the same words).
 *
 * <p>Both titles are normalized: lower case, accents removed, everything but letters and digits as spaces; then
 * years (four digits from 1900 to 2099), roman numerals up to XX, words of one letter and <em>stop words</em> are
 * dropped. Stop words are the words every title has and that say nothing about which activity it is: kinds of
 * activity ({@code survei}, {@code sensus}, {@code pendataan}, {@code kegiatan}, {@code kompilasi}, ...), generic
 * nouns ({@code data}, {@code statistik}, {@code tahun}), administrative words ({@code kabupaten}, {@code kota},
 * {@code provinsi}, {@code dinas}) and Indonesian function words ({@code dan}, {@code di}, {@code untuk}, ...); a
 * caller adds its own, such as its region's name, which all of its titles share.
 *
 * <p>The score is the mean of two measures of the remaining words: the <b>token Jaccard index</b> (shared words
 * over all words, which rewards the same words in any order) and the <b>cosine of character trigram counts</b> of
 * the words joined by spaces (which rewards shared word stems, so {@code kepuasan}/{@code puas} or a typo still
 * count). Two titles with no word left after normalization score 0.
 */
public final class TitleSimilarity {

    /** The stop words used unless others are given. */
    public static final Set<String> DEFAULT_STOP_WORDS = Set.of(
            "survei", "survey", "sensus", "pendataan", "pencacahan", "kegiatan", "kompilasi", "produk",
            "administrasi", "pengumpulan", "penyusunan", "pemutakhiran", "updating", "studi", "kajian",
            "data", "statistik", "statistika", "tahun", "tahunan", "periode", "semester", "triwulan",
            "kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "dinas", "badan", "pemerintah",
            "daerah", "dan", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "tentang", "atas", "bagi",
            "oleh", "serta", "atau", "the", "of");

    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    private final Set<String> stopWords;

    private TitleSimilarity(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    /** The measure with {@link #DEFAULT_STOP_WORDS}. */
    public static TitleSimilarity defaults() {
        return new TitleSimilarity(DEFAULT_STOP_WORDS);
    }

    /** This measure with more stop words (e.g. the region's name: {@code "jember"}), compared after normalizing. */
    public TitleSimilarity withStopWords(String... more) {
        Set<String> all = new HashSet<>(stopWords);
        for (String word : more) {
            all.addAll(Arrays.asList(normalize(Objects.requireNonNull(word, "word")).split(" ")));
        }
        all.remove("");
        return new TitleSimilarity(all);
    }

    /** The score of two titles, 0 to 1. */
    public double score(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        return (jaccard(new LinkedHashSet<>(left), new LinkedHashSet<>(right))
                + cosine(trigrams(String.join(" ", left)), trigrams(String.join(" ", right)))) / 2;
    }

    /** The words of a title that count, in order. */
    public List<String> tokens(String title) {
        List<String> tokens = new ArrayList<>();
        for (String word : normalize(title == null ? "" : title).split(" ")) {
            if (word.length() > 1 && !stopWords.contains(word) && !ROMAN.contains(word) && !isYear(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean isYear(String word) {
        return word.matches("(19|20)\\d{2}");
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) shared.size() / all.size();
    }

    private static Map<String, Integer> trigrams(String text) {
        String padded = "  " + text + "  ";
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            counts.merge(padded.substring(i, i + 3), 1, Integer::sum);
        }
        return counts;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            dot += entry.getValue() * (double) b.getOrDefault(entry.getKey(), 0);
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}
