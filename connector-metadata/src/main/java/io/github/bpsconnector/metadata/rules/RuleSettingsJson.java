package io.github.bpsconnector.metadata.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.UnknownCodeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link RuleSettings} from JSON: the bundled resource, optionally with a user's document merged over it.
 * Every key is checked, so a misspelt key in an override file is reported instead of silently ignored; keys that
 * start with {@code _} are comments.
 */
final class RuleSettingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleSettingsJson() {
    }

    static JsonNode bundled() {
        try (InputStream in = RuleSettings.class.getResourceAsStream(RuleSettings.RESOURCE)) {
            if (in == null) {
                throw new RuleSettingsException(RuleSettings.RESOURCE, "bundled resource is missing", null);
            }
            return parse(in, RuleSettings.RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(InputStream in, String what) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || !node.isObject()) {
                throw new RuleSettingsException("$", what + " must be a JSON object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RuleSettingsException("$", what + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code overrides} laid over {@code base}: objects merge key by key, anything else replaces. */
    static JsonNode merge(JsonNode base, JsonNode overrides) {
        if (!base.isObject() || !overrides.isObject()) {
            return overrides.deepCopy();
        }
        ObjectNode merged = ((ObjectNode) base).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = merged.get(field.getKey());
            merged.set(field.getKey(), existing == null ? field.getValue().deepCopy()
                    : merge(existing, field.getValue()));
        }
        return merged;
    }

    static RuleSettings read(JsonNode root) {
        Section doc = new Section(root, "");
        doc.allowOnly("title", "noBackdate", "contact", "producer", "methodConflicts", "otherSynonyms",
                "requiredSchedulePhases", "staffing", "sdsConcept", "excludedCodes", "severity", "disabledRules");
        RuleSettings.Builder b = RuleSettings.builder();

        Section title = doc.object("title");
        title.allowOnly("forbiddenPrefixes", "methodKeywords", "yearPattern", "recurringWords");
        b.forbiddenTitlePrefixes(title.texts("forbiddenPrefixes"));
        Section keywords = title.object("methodKeywords");
        for (String name : keywords.keys()) {
            b.titleMethodKeywords(keywords.code(CollectionType.class, name, name), keywords.texts(name));
        }
        b.yearPattern(title.text("yearPattern"));
        b.recurringTitleWords(title.texts("recurringWords"));

        Section backdate = doc.object("noBackdate");
        backdate.allowOnly("leadTimeDays", "workingDaysOnly");
        b.leadTime(backdate.integer("leadTimeDays"), backdate.bool("workingDaysOnly"));

        Section contact = doc.object("contact");
        contact.allowOnly("phonePattern", "emailPattern", "noFaxMarkers");
        b.phonePattern(contact.text("phonePattern"));
        b.emailPattern(contact.text("emailPattern"));
        b.noFaxMarkers(contact.texts("noFaxMarkers"));

        Section producer = doc.object("producer");
        producer.allowOnly("regionalHints", "basicStatisticsProducers");
        b.regionalProducerHints(producer.texts("regionalHints"));
        b.basicStatisticsProducers(producer.texts("basicStatisticsProducers"));

        b.methodConflicts(methodConflicts(doc));
        readOtherSynonyms(doc.object("otherSynonyms"), b);

        List<SchedulePhase> phases = new ArrayList<>();
        List<String> phaseNames = doc.texts("requiredSchedulePhases");
        for (int i = 0; i < phaseNames.size(); i++) {
            phases.add(doc.code(SchedulePhase.class, phaseNames.get(i), "requiredSchedulePhases[" + i + "]"));
        }
        b.requiredSchedulePhases(phases);

        Section staffing = doc.object("staffing");
        staffing.allowOnly("maxRespondentsPerEnumeratorPerDay");
        b.maxRespondentsPerEnumeratorPerDay(staffing.integer("maxRespondentsPerEnumeratorPerDay"));

        Section sds = doc.object("sdsConcept");
        sds.allowOnly("measureWords", "nonUniqueNames", "commonAbbreviations", "periodWords", "regionWords",
                "lowercaseWords");
        b.conceptMeasureWords(sds.texts("measureWords"));
        b.nonUniqueConceptNames(sds.texts("nonUniqueNames"));
        b.commonAbbreviations(sds.texts("commonAbbreviations"));
        b.conceptPeriodWords(sds.texts("periodWords"));
        b.conceptRegionWords(sds.texts("regionWords"));
        b.conceptLowercaseWords(sds.texts("lowercaseWords"));

        Section excluded = doc.object("excludedCodes");
        for (String listName : excluded.keys()) {
            Class<? extends CodeList> type = codeListType(listName, excluded.path(listName));
            List<String> values = excluded.texts(listName);
            for (int i = 0; i < values.size(); i++) {
                b.excludeCode(parseCode(type, values.get(i), excluded.path(listName) + "[" + i + "]"));
            }
        }

        Section severity = doc.object("severity");
        for (String ruleId : severity.keys()) {
            b.severity(knownRule(ruleId, severity.path(ruleId)), severity(severity.text(ruleId),
                    severity.path(ruleId)));
        }
        List<String> disabled = doc.texts("disabledRules");
        for (int i = 0; i < disabled.size(); i++) {
            b.disableRule(knownRule(disabled.get(i), "disabledRules[" + i + "]"));
        }
        return b.build();
    }

    private static String knownRule(String ruleId, String key) {
        if (RuleCatalogue.find(ruleId).isEmpty()) {
            throw new RuleSettingsException(key, "unknown rule id '" + ruleId + "'", null);
        }
        return ruleId;
    }

    private static Severity severity(String value, String key) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equalsIgnoreCase(value.strip())) {
                return severity;
            }
        }
        throw new RuleSettingsException(key, "expected ERROR, WARNING or INFO, got '" + value + "'", null);
    }

    private static List<MethodConflict> methodConflicts(Section doc) {
        List<MethodConflict> conflicts = new ArrayList<>();
        List<Section> entries = doc.objects("methodConflicts");
        for (Section entry : entries) {
            entry.allowOnly("collectionType", "anyMode", "onlyMethods");
            CollectionType type = entry.code(CollectionType.class, entry.text("collectionType"), "collectionType");
            List<CollectionMode> modes = new ArrayList<>();
            for (String mode : entry.optionalTexts("anyMode")) {
                modes.add(entry.code(CollectionMode.class, mode, "anyMode"));
            }
            List<CollectionMethod> methods = new ArrayList<>();
            for (String method : entry.optionalTexts("onlyMethods")) {
                methods.add(entry.code(CollectionMethod.class, method, "onlyMethods"));
            }
            conflicts.add(new MethodConflict(type, Set.copyOf(modes), Set.copyOf(methods)));
        }
        return conflicts;
    }

    private static void readOtherSynonyms(Section synonyms, RuleSettings.Builder b) {
        for (String listName : synonyms.keys()) {
            Class<? extends CodeList> type = codeListType(listName, synonyms.path(listName));
            Section options = synonyms.object(listName);
            for (String option : options.keys()) {
                b.otherSynonyms(parseCode(type, option, options.path(option)), options.texts(option));
            }
        }
    }

    private static Class<? extends CodeList> codeListType(String simpleName, String key) {
        return CodeLists.ALL.stream().filter(t -> t.getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new RuleSettingsException(key, "unknown code list '" + simpleName
                        + "'; expected the simple name of one of " + CodeLists.ALL.stream()
                        .map(Class::getSimpleName).toList(), null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeList parseCode(Class<? extends CodeList> type, String value, String key) {
        try {
            return (CodeList) CodeLists.parse((Class) type, value);
        } catch (UnknownCodeException e) {
            throw new RuleSettingsException(key, e.getMessage(), e);
        }
    }

    /** A JSON object being read, with its dotted path for messages. */
    private static final class Section {
        private final JsonNode node;
        private final String path;

        Section(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(k -> {
                if (!k.startsWith("_")) {
                    keys.add(k);
                }
            });
            return keys;
        }

        void allowOnly(String... allowed) {
            List<String> known = List.of(allowed);
            for (String key : keys()) {
                if (!known.contains(key)) {
                    throw new RuleSettingsException(path(key), "unknown key; expected one of " + known, null);
                }
            }
        }

        JsonNode required(String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                throw new RuleSettingsException(path(key), "missing", null);
            }
            return value;
        }

        Section object(String key) {
            JsonNode value = required(key);
            if (!value.isObject()) {
                throw new RuleSettingsException(path(key), "expected an object", null);
            }
            return new Section(value, path(key));
        }

        List<Section> objects(String key) {
            JsonNode value = required(key);
            if (!value.isArray()) {
                throw new RuleSettingsException(path(key), "expected a list of objects", null);
            }
            List<Section> result = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isObject()) {
                    throw new RuleSettingsException(path(key) + "[" + i + "]", "expected an object", null);
                }
                result.add(new Section(value.get(i), path(key) + "[" + i + "]"));
            }
            return result;
        }

        String text(String key) {
            JsonNode value = required(key);
            if (!value.isTextual()) {
                throw new RuleSettingsException(path(key), "expected a string", null);
            }
            return value.textValue();
        }

        int integer(String key) {
            JsonNode value = required(key);
            if (!value.isInt()) {
                throw new RuleSettingsException(path(key), "expected a whole number", null);
            }
            return value.intValue();
        }

        boolean bool(String key) {
            JsonNode value = required(key);
            if (!value.isBoolean()) {
                throw new RuleSettingsException(path(key), "expected true or false", null);
            }
            return value.booleanValue();
        }

        List<String> texts(String key) {
            JsonNode value = required(key);
            if (!value.isArray()) {
                throw new RuleSettingsException(path(key), "expected a list of strings", null);
            }
            List<String> result = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual() || item.textValue().isBlank()) {
                    throw new RuleSettingsException(path(key) + "[" + i + "]", "expected a non-blank string",
                            null);
                }
                result.add(item.textValue());
            }
            return result;
        }

        List<String> optionalTexts(String key) {
            return node.has(key) ? texts(key) : List.of();
        }

        <E extends Enum<E> & CodeList> E code(Class<E> type, String value, String key) {
            try {
                return CodeLists.parse(type, value);
            } catch (UnknownCodeException e) {
                throw new RuleSettingsException(path(key), e.getMessage(), e);
            }
        }
    }
}
