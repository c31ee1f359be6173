package io.github.bpsconnector.metadata.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry: every check, once, in the order the rules table lists them. Adding a rule means adding it here
 * (and a row to docs/rules.md, which a test compares with {@link RuleCatalogue#markdownTable()}).
 */
final class Rules {

    private static final ConceptNamingRule CONCEPT_NAMING = new ConceptNamingRule();

    static final List<Rule.OfKeg> KEG = List.of(
            new RequiredKegItems(),
            new ScheduleRule(),
            new CollectedVariablesRule(),
            new FrequencyRule(),
            new CoverageAreaRule(),
            new SampleDesignRule(),
            new SamplingMethodRule(),
            new FieldStaffRule(),
            new ReleasePlanRule(),
            new RecommendationRule(),
            new OtherTextRule(),
            new StatisticsTypeRule(),
            new MethodConsistencyRule(),
            new OtherForListedOptionRule(),
            new TitlePrefixRule(),
            new TitleNamesMethodRule(),
            new RecurringTitleYearRule(),
            new KompilasiSecondaryDataRule(),
            new TimeReferenceRule(),
            new FieldWorkStartRule(),
            new ScheduleOrderRule(),
            new LooksRecurringRule(),
            new PilotSurveyRule(),
            new StaffCountRule(),
            new NoBackdateRule(),
            new DateRangeRule(),
            new ReleaseAfterCollectionRule(),
            new ContactFormatRule(),
            new CodeVersionRule(),
            CONCEPT_NAMING);

    static final List<Rule.OfVar> VAR = List.of(
            new RequiredVarItems(),
            new ValidationRulesHintRule(),
            CONCEPT_NAMING);

    static final List<Rule.OfInd> IND = List.of(
            new RequiredIndItems(),
            new CompositeColumnsRule(),
            CONCEPT_NAMING);

    static final List<Rule.OfPackage> PACKAGE = List.of(
            new ComponentReferenceRule(),
            new ActivityTitleRule(),
            new CompilationActivityRule(),
            new AliasUniqueRule());

    /** Every rule id once, by id, in registry order. */
    static final Map<String, RuleInfo> CATALOGUE = catalogue();

    private Rules() {
    }

    private static Map<String, RuleInfo> catalogue() {
        Set<Rule> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Rule> all = new ArrayList<>();
        all.addAll(KEG);
        all.addAll(VAR);
        all.addAll(IND);
        all.addAll(PACKAGE);
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (Rule rule : all) {
            if (!seen.add(rule)) {
                continue;
            }
            for (RuleInfo info : rule.infos()) {
                if (byId.putIfAbsent(info.id(), info) != null) {
                    throw new IllegalStateException("Rule id " + info.id() + " is registered twice");
                }
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
