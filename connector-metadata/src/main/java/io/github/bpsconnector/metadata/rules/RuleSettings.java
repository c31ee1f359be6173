package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The data the rules work with: forbidden title prefixes, the no-backdate lead time, contact formats, the words
 * behind the consistency checks, the SDS konsep naming lists, code values to refuse, and per-rule severity
 * overrides or switches. The defaults are bundled in {@code io/github/bpsconnector/metadata/rules/rules.json};
 * {@link #overriddenBy(Path)} lays a user's JSON file over them (objects merge key by key, any other value,
 * including a list, replaces the default), and {@link #toBuilder()} changes single values in code.
 * Immutable and thread-safe.
 */
public final class RuleSettings {

    /** Where the bundled defaults live on the class path. */
    public static final String RESOURCE = "/io/github/bpsconnector/metadata/rules/rules.json";

    private static volatile RuleSettings defaults;

    private final List<String> forbiddenTitlePrefixes;
    private final Map<CollectionType, List<String>> titleMethodKeywords;
    private final Pattern yearPattern;
    private final List<String> recurringTitleWords;
    private final int leadTimeDays;
    private final boolean leadTimeInWorkingDays;
    private final Pattern phonePattern;
    private final Pattern emailPattern;
    private final List<String> noFaxMarkers;
    private final List<String> regionalProducerHints;
    private final List<String> basicStatisticsProducers;
    private final List<MethodConflict> methodConflicts;
    private final Map<CodeList, List<String>> otherSynonyms;
    private final Set<SchedulePhase> requiredSchedulePhases;
    private final int maxRespondentsPerEnumeratorPerDay;
    private final List<String> conceptMeasureWords;
    private final List<String> nonUniqueConceptNames;
    private final List<String> commonAbbreviations;
    private final List<String> conceptPeriodWords;
    private final List<String> conceptRegionWords;
    private final List<String> conceptLowercaseWords;
    private final Set<CodeList> excludedCodes;
    private final Map<String, Severity> severityOverrides;
    private final Set<String> disabledRules;

    private RuleSettings(Builder b) {
        forbiddenTitlePrefixes = List.copyOf(b.forbiddenTitlePrefixes);
        Map<CollectionType, List<String>> keywords = new EnumMap<>(CollectionType.class);
        b.titleMethodKeywords.forEach((type, words) -> keywords.put(type, List.copyOf(words)));
        titleMethodKeywords = Map.copyOf(keywords);
        yearPattern = b.yearPattern;
        recurringTitleWords = List.copyOf(b.recurringTitleWords);
        leadTimeDays = b.leadTimeDays;
        leadTimeInWorkingDays = b.leadTimeInWorkingDays;
        phonePattern = b.phonePattern;
        emailPattern = b.emailPattern;
        noFaxMarkers = List.copyOf(b.noFaxMarkers);
        regionalProducerHints = List.copyOf(b.regionalProducerHints);
        basicStatisticsProducers = List.copyOf(b.basicStatisticsProducers);
        methodConflicts = List.copyOf(b.methodConflicts);
        Map<CodeList, List<String>> synonyms = new HashMap<>();
        b.otherSynonyms.forEach((option, words) -> synonyms.put(option, List.copyOf(words)));
        otherSynonyms = Map.copyOf(synonyms);
        requiredSchedulePhases = b.requiredSchedulePhases.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(b.requiredSchedulePhases));
        maxRespondentsPerEnumeratorPerDay = b.maxRespondentsPerEnumeratorPerDay;
        conceptMeasureWords = List.copyOf(b.conceptMeasureWords);
        nonUniqueConceptNames = List.copyOf(b.nonUniqueConceptNames);
        commonAbbreviations = List.copyOf(b.commonAbbreviations);
        conceptPeriodWords = List.copyOf(b.conceptPeriodWords);
        conceptRegionWords = List.copyOf(b.conceptRegionWords);
        conceptLowercaseWords = List.copyOf(b.conceptLowercaseWords);
        excludedCodes = Set.copyOf(b.excludedCodes);
        severityOverrides = Map.copyOf(b.severityOverrides);
        disabledRules = Set.copyOf(b.disabledRules);
    }

    /**
     * The bundled defaults.
     *
     * @throws RuleSettingsException when the bundled resource is broken (a packaging error)
     */
    public static RuleSettings defaults() {
        RuleSettings result = defaults;
        if (result == null) {
            result = RuleSettingsJson.read(RuleSettingsJson.bundled());
            defaults = result;
        }
        return result;
    }

    /**
     * The bundled defaults with the JSON file {@code overrides} laid over them.
     *
     * @throws RuleSettingsException when the file is not valid JSON or holds an unknown key or an unusable value
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static RuleSettings overriddenBy(Path overrides) {
        try (InputStream in = Files.newInputStream(overrides)) {
            return overriddenBy(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule settings " + overrides, e);
        }
    }

    /**
     * The bundled defaults with the JSON document read from {@code overrides} laid over them. The stream is read to
     * its end and not closed.
     *
     * @throws RuleSettingsException when the document is not valid JSON or holds an unknown key or an unusable
     *                               value
     */
    public static RuleSettings overriddenBy(InputStream overrides) {
        return RuleSettingsJson.read(RuleSettingsJson.merge(RuleSettingsJson.bundled(),
                RuleSettingsJson.parse(overrides, "overrides")));
    }

    /** An empty builder (no prefixes, no keywords, lead time 0, ...); most callers start from {@link #toBuilder()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.forbiddenTitlePrefixes.addAll(forbiddenTitlePrefixes);
        titleMethodKeywords.forEach((type, words) -> b.titleMethodKeywords.put(type, new ArrayList<>(words)));
        b.yearPattern = yearPattern;
        b.recurringTitleWords.addAll(recurringTitleWords);
        b.leadTimeDays = leadTimeDays;
        b.leadTimeInWorkingDays = leadTimeInWorkingDays;
        b.phonePattern = phonePattern;
        b.emailPattern = emailPattern;
        b.noFaxMarkers.addAll(noFaxMarkers);
        b.regionalProducerHints.addAll(regionalProducerHints);
        b.basicStatisticsProducers.addAll(basicStatisticsProducers);
        b.methodConflicts.addAll(methodConflicts);
        otherSynonyms.forEach((option, words) -> b.otherSynonyms.put(option, new ArrayList<>(words)));
        b.requiredSchedulePhases.addAll(requiredSchedulePhases);
        b.maxRespondentsPerEnumeratorPerDay = maxRespondentsPerEnumeratorPerDay;
        b.conceptMeasureWords.addAll(conceptMeasureWords);
        b.nonUniqueConceptNames.addAll(nonUniqueConceptNames);
        b.commonAbbreviations.addAll(commonAbbreviations);
        b.conceptPeriodWords.addAll(conceptPeriodWords);
        b.conceptRegionWords.addAll(conceptRegionWords);
        b.conceptLowercaseWords.addAll(conceptLowercaseWords);
        b.excludedCodes.addAll(excludedCodes);
        b.severityOverrides.putAll(severityOverrides);
        b.disabledRules.addAll(disabledRules);
        return b;
    }

    /** C12d: words or phrases a Judul Kegiatan must not begin with (compared ignoring case). */
    public List<String> forbiddenTitlePrefixes() {
        return forbiddenTitlePrefixes;
    }

    /** E1, C12b: the words by which a title names each Cara Pengumpulan Data (compared ignoring case). */
    public Map<CollectionType, List<String>> titleMethodKeywords() {
        return titleMethodKeywords;
    }

    /** E2, SDS-5: how a year is recognised in a title or name. */
    public Pattern yearPattern() {
        return yearPattern;
    }

    /** E7: words in a title that make an activity look recurring. */
    public List<String> recurringTitleWords() {
        return recurringTitleWords;
    }

    /** NOBACKDATE: how many days before the data collection starts the request must at least be submitted. */
    public int leadTimeDays() {
        return leadTimeDays;
    }

    /** NOBACKDATE: whether {@link #leadTimeDays()} counts Monday to Friday only. */
    public boolean leadTimeInWorkingDays() {
        return leadTimeInWorkingDays;
    }

    /** FMT-PHONE: a telephone or fax number, after spaces, hyphens, dots, slashes and parentheses are removed. */
    public Pattern phonePattern() {
        return phonePattern;
    }

    /** FMT-EMAIL: an e-mail address. */
    public Pattern emailPattern() {
        return emailPattern;
    }

    /** FMT-PHONE: what a form writes in Faksimile when there is none, e.g. {@code "-"}. */
    public List<String> noFaxMarkers() {
        return noFaxMarkers;
    }

    /** C12a: words in an institution's name that mark a regional producer, used when the level is unknown. */
    public List<String> regionalProducerHints() {
        return regionalProducerHints;
    }

    /** C12a: names of the producers that make basic statistics (BPS); never flagged. */
    public List<String> basicStatisticsProducers() {
        return basicStatisticsProducers;
    }

    /** C12b: combinations that contradict a Cara Pengumpulan Data. */
    public List<MethodConflict> methodConflicts() {
        return methodConflicts;
    }

    /**
     * C12c: more words that, written in a "Lainnya" text, mean a listed option (the option's name and aliases are
     * always recognised).
     */
    public Map<CodeList, List<String>> otherSynonyms() {
        return otherSynonyms;
    }

    /** REQ-KEG-3.3: the schedule phases of R.3.3 that must have at least one date range. */
    public Set<SchedulePhase> requiredSchedulePhases() {
        return requiredSchedulePhases;
    }

    /** E9: the most respondents one enumerator can plausibly cover per day of data collection. */
    public int maxRespondentsPerEnumeratorPerDay() {
        return maxRespondentsPerEnumeratorPerDay;
    }

    /** SDS-4: measures (ukuran) a konsep name must not begin with. */
    public List<String> conceptMeasureWords() {
        return conceptMeasureWords;
    }

    /** SDS-2: konsep names that do not tell one concept from another. */
    public List<String> nonUniqueConceptNames() {
        return nonUniqueConceptNames;
    }

    /** SDS-3: abbreviations common enough to stand for their whole concept. */
    public List<String> commonAbbreviations() {
        return commonAbbreviations;
    }

    /** SDS-5: words that name a period. Years are recognised by {@link #yearPattern()}. */
    public List<String> conceptPeriodWords() {
        return conceptPeriodWords;
    }

    /** SDS-6: words that name a region or regional coverage. */
    public List<String> conceptRegionWords() {
        return conceptRegionWords;
    }

    /** SDS-1: words allowed to stay in lower case inside a konsep name (empty by default: rule 1 says every word). */
    public List<String> conceptLowercaseWords() {
        return conceptLowercaseWords;
    }

    /** CODE: code values the user refuses although the form version lists them. */
    public Set<CodeList> excludedCodes() {
        return excludedCodes;
    }

    /** Severities that replace a rule's default, by rule id. */
    public Map<String, Severity> severityOverrides() {
        return severityOverrides;
    }

    /** Rule ids that are not reported at all. */
    public Set<String> disabledRules() {
        return disabledRules;
    }

    /** The severity {@code rule} is reported with. */
    public Severity severityOf(RuleInfo rule) {
        return severityOverrides.getOrDefault(rule.id(), rule.severity());
    }

    /** Whether {@code ruleId} is switched off. */
    public boolean isDisabled(String ruleId) {
        return disabledRules.contains(ruleId);
    }

    /** Builds {@link RuleSettings}. Not thread-safe. */
    public static final class Builder {
        private final List<String> forbiddenTitlePrefixes = new ArrayList<>();
        private final Map<CollectionType, List<String>> titleMethodKeywords = new EnumMap<>(CollectionType.class);
        private Pattern yearPattern = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
        private final List<String> recurringTitleWords = new ArrayList<>();
        private int leadTimeDays;
        private boolean leadTimeInWorkingDays;
        private Pattern phonePattern = Pattern.compile("\\+?[0-9]{6,15}");
        private Pattern emailPattern = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        private final List<String> noFaxMarkers = new ArrayList<>();
        private final List<String> regionalProducerHints = new ArrayList<>();
        private final List<String> basicStatisticsProducers = new ArrayList<>();
        private final List<MethodConflict> methodConflicts = new ArrayList<>();
        private final Map<CodeList, List<String>> otherSynonyms = new LinkedHashMap<>();
        private final Set<SchedulePhase> requiredSchedulePhases = EnumSet.noneOf(SchedulePhase.class);
        private int maxRespondentsPerEnumeratorPerDay = Integer.MAX_VALUE;
        private final List<String> conceptMeasureWords = new ArrayList<>();
        private final List<String> nonUniqueConceptNames = new ArrayList<>();
        private final List<String> commonAbbreviations = new ArrayList<>();
        private final List<String> conceptPeriodWords = new ArrayList<>();
        private final List<String> conceptRegionWords = new ArrayList<>();
        private final List<String> conceptLowercaseWords = new ArrayList<>();
        private final Set<CodeList> excludedCodes = new HashSet<>();
        private final Map<String, Severity> severityOverrides = new HashMap<>();
        private final Set<String> disabledRules = new HashSet<>();

        private Builder() {
        }

        /** Replaces the forbidden title prefixes (C12d). */
        public Builder forbiddenTitlePrefixes(Collection<String> values) {
            replace(forbiddenTitlePrefixes, values, "title.forbiddenPrefixes");
            return this;
        }

        /** Adds a forbidden title prefix (C12d). */
        public Builder addForbiddenTitlePrefix(String value) {
            forbiddenTitlePrefixes.add(nonBlank(value, "title.forbiddenPrefixes"));
            return this;
        }

        /** Replaces the words by which a title names {@code type} (E1, C12b). */
        public Builder titleMethodKeywords(CollectionType type, Collection<String> words) {
            List<String> list = new ArrayList<>();
            replace(list, words, "title.methodKeywords." + Objects.requireNonNull(type, "type").name());
            titleMethodKeywords.put(type, list);
            return this;
        }

        /** The year pattern (E2, SDS-5), a Java regular expression. */
        public Builder yearPattern(String regex) {
            yearPattern = compile(regex, "title.yearPattern");
            return this;
        }

        /** Replaces the words that make a title look recurring (E7). */
        public Builder recurringTitleWords(Collection<String> values) {
            replace(recurringTitleWords, values, "title.recurringWords");
            return this;
        }

        /**
         * The no-backdate lead time.
         *
         * @param days        at least 0
         * @param workingDays whether only Monday to Friday count
         */
        public Builder leadTime(int days, boolean workingDays) {
            if (days < 0) {
                throw new RuleSettingsException("noBackdate.leadTimeDays", "must not be negative: " + days, null);
            }
            leadTimeDays = days;
            leadTimeInWorkingDays = workingDays;
            return this;
        }

        /** The telephone pattern (FMT-PHONE), matched against the number without separators. */
        public Builder phonePattern(String regex) {
            phonePattern = compile(regex, "contact.phonePattern");
            return this;
        }

        /** The e-mail pattern (FMT-EMAIL). */
        public Builder emailPattern(String regex) {
            emailPattern = compile(regex, "contact.emailPattern");
            return this;
        }

        /** Replaces what may stand in Faksimile for "none" (FMT-PHONE). */
        public Builder noFaxMarkers(Collection<String> values) {
            replace(noFaxMarkers, values, "contact.noFaxMarkers");
            return this;
        }

        /** Replaces the regional producer hints (C12a). */
        public Builder regionalProducerHints(Collection<String> values) {
            replace(regionalProducerHints, values, "producer.regionalHints");
            return this;
        }

        /** Replaces the names of producers of basic statistics (C12a). */
        public Builder basicStatisticsProducers(Collection<String> values) {
            replace(basicStatisticsProducers, values, "producer.basicStatisticsProducers");
            return this;
        }

        /** Replaces the method conflicts (C12b). */
        public Builder methodConflicts(Collection<MethodConflict> values) {
            methodConflicts.clear();
            for (MethodConflict conflict : values) {
                methodConflicts.add(Objects.requireNonNull(conflict, "methodConflicts"));
            }
            return this;
        }

        /** Replaces the extra "Lainnya" synonyms of {@code option} (C12c). */
        public Builder otherSynonyms(CodeList option, Collection<String> words) {
            List<String> list = new ArrayList<>();
            replace(list, words, "otherSynonyms." + Objects.requireNonNull(option, "option").name());
            otherSynonyms.put(option, list);
            return this;
        }

        /** Replaces the required schedule phases (REQ-KEG-3.3). */
        public Builder requiredSchedulePhases(Collection<SchedulePhase> phases) {
            requiredSchedulePhases.clear();
            requiredSchedulePhases.addAll(phases);
            return this;
        }

        /** The plausible ceiling of respondents per enumerator per day (E9); at least 1. */
        public Builder maxRespondentsPerEnumeratorPerDay(int value) {
            if (value < 1) {
                throw new RuleSettingsException("staffing.maxRespondentsPerEnumeratorPerDay",
                        "must be at least 1: " + value, null);
            }
            maxRespondentsPerEnumeratorPerDay = value;
            return this;
        }

        /** Replaces the measures a konsep name must not begin with (SDS-4). */
        public Builder conceptMeasureWords(Collection<String> values) {
            replace(conceptMeasureWords, values, "sdsConcept.measureWords");
            return this;
        }

        /** Replaces the konsep names that are not unique (SDS-2). */
        public Builder nonUniqueConceptNames(Collection<String> values) {
            replace(nonUniqueConceptNames, values, "sdsConcept.nonUniqueNames");
            return this;
        }

        /** Replaces the common abbreviations (SDS-3). */
        public Builder commonAbbreviations(Collection<String> values) {
            replace(commonAbbreviations, values, "sdsConcept.commonAbbreviations");
            return this;
        }

        /** Replaces the period words (SDS-5). */
        public Builder conceptPeriodWords(Collection<String> values) {
            replace(conceptPeriodWords, values, "sdsConcept.periodWords");
            return this;
        }

        /** Replaces the region words (SDS-6). */
        public Builder conceptRegionWords(Collection<String> values) {
            replace(conceptRegionWords, values, "sdsConcept.regionWords");
            return this;
        }

        /** Replaces the words allowed in lower case inside a konsep name (SDS-1). */
        public Builder conceptLowercaseWords(Collection<String> values) {
            replace(conceptLowercaseWords, values, "sdsConcept.lowercaseWords");
            return this;
        }

        /** Refuses a code value although its form version lists it (CODE). */
        public Builder excludeCode(CodeList value) {
            excludedCodes.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Reports {@code ruleId} with {@code severity} instead of its default.
         *
         * @throws RuleSettingsException when the rule id is not in the {@link RuleCatalogue}
         */
        public Builder severity(String ruleId, Severity severity) {
            severityOverrides.put(knownRule(ruleId, "severity"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Stops reporting {@code ruleId}.
         *
         * @throws RuleSettingsException when the rule id is not in the {@link RuleCatalogue}
         */
        public Builder disableRule(String ruleId) {
            disabledRules.add(knownRule(ruleId, "disabledRules"));
            return this;
        }

        /** The settings. */
        public RuleSettings build() {
            return new RuleSettings(this);
        }

        private static String knownRule(String ruleId, String key) {
            if (RuleCatalogue.find(ruleId).isEmpty()) {
                throw new RuleSettingsException(key, "unknown rule id '" + ruleId + "'", null);
            }
            return ruleId;
        }

        private static void replace(List<String> target, Collection<String> values, String key) {
            List<String> copy = new ArrayList<>();
            for (String value : Objects.requireNonNull(values, key)) {
                copy.add(nonBlank(value, key));
            }
            target.clear();
            target.addAll(copy);
        }

        private static String nonBlank(String value, String key) {
            if (value == null || value.isBlank()) {
                throw new RuleSettingsException(key, "entries must not be blank", null);
            }
            return value.strip();
        }

        private static Pattern compile(String regex, String key) {
            try {
                return Pattern.compile(Objects.requireNonNull(regex, key));
            } catch (PatternSyntaxException e) {
                throw new RuleSettingsException(key, "not a valid regular expression: " + e.getDescription(), e);
            }
        }
    }
}
