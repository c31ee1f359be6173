package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDS-1 to SDS-6: the "Rekomendasi Pengusulan Konsep" naming rules of INDAH's Standar Data Statistik guide,
 * applied to every konsep name of a package (R.3.4 rows, MS-Var column 4, MS-Ind column 3). Warnings: the rules
 * are recommendations for proposing a concept, and a konsep copied from SDSN may predate them.
 */
final class ConceptNamingRule implements Rule.OfKeg, Rule.OfVar, Rule.OfInd {

    private static final String SOURCE = "INDAH panduan, Rekomendasi Pengusulan Konsep rule ";
    private static final String FORM = "Konsep (R.3.4, MS-Var kolom 4, MS-Ind kolom 3)";

    private static final RuleInfo CAPITALS = RuleInfo.warning("SDS-1", RuleInfo.ALL_FORMS, FORM,
            "Every word of a konsep name starts with a capital letter and the name is not all capitals "
                    + "(settings: sdsConcept.lowercaseWords)", SOURCE + "1");
    private static final RuleInfo UNIQUE = RuleInfo.warning("SDS-2", RuleInfo.ALL_FORMS, FORM,
            "A konsep name tells its concept from others: not one of settings: sdsConcept.nonUniqueNames",
            SOURCE + "2");
    private static final RuleInfo ABBREVIATION = RuleInfo.warning("SDS-3", RuleInfo.ALL_FORMS, FORM,
            "No abbreviation in a konsep name unless in settings: sdsConcept.commonAbbreviations", SOURCE + "3");
    private static final RuleInfo MEASURE = RuleInfo.warning("SDS-4", RuleInfo.ALL_FORMS, FORM,
            "A konsep name does not begin with an ukuran (settings: sdsConcept.measureWords)", SOURCE + "4");
    private static final RuleInfo PERIOD = RuleInfo.warning("SDS-5", RuleInfo.ALL_FORMS, FORM,
            "A konsep name has no period (settings: title.yearPattern, sdsConcept.periodWords)", SOURCE + "5");
    private static final RuleInfo REGION = RuleInfo.warning("SDS-6", RuleInfo.ALL_FORMS, FORM,
            "A konsep name has no region or coverage (settings: sdsConcept.regionWords)", SOURCE + "6");

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ROMAN = Pattern.compile("(I{1,3}|IV|VI{0,3}|IX|X)");

    @Override
    public List<RuleInfo> infos() {
        return List.of(CAPITALS, UNIQUE, ABBREVIATION, MEASURE, PERIOD, REGION);
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        List<CollectedVariable> rows = keg.planning().collectedVariables();
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i).concept(), "planning.collectedVariables[" + i + "].concept",
                    "R.3.4 Variabel yang Dikumpulkan: Konsep", ctx, out);
        }
    }

    @Override
    public void check(MsVar variable, RuleContext ctx, Findings out) {
        check(variable.concept(), "concept", "Kolom (4) Konsep", ctx, out);
    }

    @Override
    public void check(MsInd indicator, RuleContext ctx, Findings out) {
        check(indicator.concept(), "concept", "Kolom (3) Konsep", ctx, out);
    }

    private static void check(String name, String path, String formItem, RuleContext ctx, Findings out) {
        if (name == null) {
            return;
        }
        RuleSettings settings = ctx.settings();
        boolean allCapitals = isAllCapitals(name);
        if (allCapitals && !settings.commonAbbreviations().contains(name.strip())) {
            out.report(CAPITALS, path, formItem, "Nama konsep \"" + name + "\" ditulis dengan huruf kapital semua; "
                    + "gunakan huruf kapital hanya di awal setiap kata, misalnya \"Rumah Tangga\".");
        } else {
            lowerCaseWord(name, settings).ifPresent(word -> out.report(CAPITALS, path, formItem,
                    "Setiap kata nama konsep diawali huruf kapital; perbaiki \"" + word + "\" dalam \"" + name
                            + "\"."));
        }
        if (settings.nonUniqueConceptNames().stream().anyMatch(n -> Texts.sameName(n, name))) {
            out.report(UNIQUE, path, formItem, "Nama konsep \"" + name + "\" tidak membedakan konsep ini dari konsep "
                    + "lain; gunakan nama yang lebih jelas dan unik.");
        }
        if (!allCapitals) {
            abbreviation(name, settings).ifPresent(abbr -> out.report(ABBREVIATION, path, formItem,
                    "Nama konsep memuat singkatan \"" + abbr + "\"; tulis kepanjangannya. Singkatan hanya boleh "
                            + "jika umum dan mewakili seluruh konsep."));
        }
        settings.conceptMeasureWords().stream().filter(w -> Texts.startsWithPhrase(name, w)).findFirst()
                .ifPresent(w -> out.report(MEASURE, path, formItem, "Nama konsep tidak boleh diawali ukuran \""
                        + w + "\"; tulis konsepnya saja, misalnya \"Konsumsi Makanan\"."));
        period(name, settings).ifPresent(p -> out.report(PERIOD, path, formItem,
                "Nama konsep tidak boleh memuat periode waktu (\"" + p + "\"); periode membuat konsep ganda."));
        Texts.firstPhraseIn(name, settings.conceptRegionWords()).ifPresent(r -> out.report(REGION, path, formItem,
                "Nama konsep tidak boleh memuat wilayah atau cakupan wilayah (\"" + r + "\")."));
    }

    private static boolean isAllCapitals(String name) {
        return name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().filter(Character::isLetter).count() > 1;
    }

    private static Optional<String> lowerCaseWord(String name, RuleSettings settings) {
        Matcher words = WORD.matcher(name);
        while (words.find()) {
            String word = words.group();
            Optional<Integer> firstLetter = word.codePoints().filter(Character::isLetter).boxed().findFirst();
            if (firstLetter.isPresent() && Character.isLowerCase(firstLetter.get())
                    && settings.conceptLowercaseWords().stream().noneMatch(w -> w.equalsIgnoreCase(word))) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> abbreviation(String name, RuleSettings settings) {
        Matcher tokens = TOKEN.matcher(name);
        while (tokens.find()) {
            String token = tokens.group();
            long letters = token.chars().filter(Character::isLetter).count();
            if (letters >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) && !ROMAN.matcher(token).matches()
                    && !settings.commonAbbreviations().contains(token)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> period(String name, RuleSettings settings) {
        Matcher year = settings.yearPattern().matcher(name);
        if (year.find()) {
            return Optional.of(year.group());
        }
        return Texts.firstPhraseIn(name, settings.conceptPeriodWords());
    }
}
