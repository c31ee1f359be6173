package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.UnknownCodeException;
import io.github.bpsconnector.metadata.code.YesNo;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON object of a form's {@code data}, read or written under the profile's key spellings: every key goes
 * through {@link IndahProfile#dataKey(String)}, so the code names keys as the form does and the profile supplies
 * the portal's misspellings. Reading is lenient (see {@link FormWire}).
 */
final class WireNode {

    private static final Logger LOG = LoggerFactory.getLogger(WireNode.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IndahProfile profile;
    private final ObjectNode node;
    private final String path;

    private WireNode(IndahProfile profile, ObjectNode node, String path) {
        this.profile = profile;
        this.node = node;
        this.path = path;
    }

    /** A new, empty object to write into. */
    static WireNode create(IndahProfile profile) {
        return new WireNode(profile, NODES.objectNode(), "data");
    }

    /** An object to read; a missing or non-object node reads as empty. */
    static WireNode of(IndahProfile profile, JsonNode node) {
        return new WireNode(profile, node != null && node.isObject() ? (ObjectNode) node : NODES.objectNode(), "data");
    }

    ObjectNode json() {
        return node;
    }

    private String key(String key) {
        return profile.dataKey(key);
    }

    // --- writing ---

    WireNode text(String key, String value) {
        node.put(key(key), value);
        return this;
    }

    WireNode integer(String key, Integer value) {
        node.put(key(key), value);
        return this;
    }

    WireNode bool(String key, Boolean value) {
        node.put(key(key), value);
        return this;
    }

    WireNode code(String key, CodeList value) {
        node.put(key(key), value == null ? null : value.indahName());
        return this;
    }

    WireNode nul(String key) {
        node.putNull(key(key));
        return this;
    }

    WireNode object(String key) {
        return new WireNode(profile, node.putObject(key(key)), path + "." + key);
    }

    ArrayNode array(String key) {
        return node.putArray(key(key));
    }

    WireNode texts(String key, List<String> values) {
        ArrayNode array = array(key);
        values.forEach(array::add);
        return this;
    }

    WireNode dates(String key, List<PartialDate> values) {
        ArrayNode array = array(key);
        values.forEach(d -> array.add(d.toString()));
        return this;
    }

    /** A multiple choice as an object with one boolean per option and the Lainnya text under {@code otherKey}. */
    <E extends Enum<E> & CodeList> WireNode choices(String key, Class<E> type, MultiChoice<E> choice,
            String otherKey) {
        WireNode object = object(key);
        for (E option : type.getEnumConstants()) {
            object.bool(option.indahName(), choice.contains(option));
        }
        object.text(otherKey, choice.otherText());
        return this;
    }

    /** A new object for an array element. */
    WireNode element(ArrayNode array) {
        return new WireNode(profile, array.addObject(), path + "[]");
    }

    static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    // --- reading ---

    JsonNode get(String key) {
        JsonNode value = node.get(key(key));
        return value == null ? NullNode.getInstance() : value;
    }

    String text(String key) {
        return asText(get(key));
    }

    private static String asText(JsonNode value) {
        if (value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    Integer integer(String key) {
        JsonNode value = get(key);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        String text = asText(value);
        if (text != null && text.trim().matches("-?\\d{1,9}")) {
            return Integer.parseInt(text.trim());
        }
        if (text != null) {
            unknown(key, text);
        }
        return null;
    }

    Boolean bool(String key) {
        JsonNode value = get(key);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = asText(value);
        if (text == null) {
            return null;
        }
        try {
            return CodeLists.parse(YesNo.class, text) == YesNo.YA;
        } catch (UnknownCodeException e) {
            unknown(key, text);
            return null;
        }
    }

    <E extends Enum<E> & CodeList> E code(String key, Class<E> type) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return CodeLists.parse(type, text);
        } catch (UnknownCodeException e) {
            unknown(key, text);
            return null;
        }
    }

    WireNode object(String key, boolean forReading) {
        return new WireNode(profile, get(key).isObject() ? (ObjectNode) get(key) : NODES.objectNode(),
                path + "." + key);
    }

    List<WireNode> objects(String key) {
        List<WireNode> list = new ArrayList<>();
        for (JsonNode element : get(key)) {
            if (element.isObject()) {
                list.add(new WireNode(profile, (ObjectNode) element, path + "." + key + "[]"));
            }
        }
        return list;
    }

    /** A list of texts; a single text reads as a list of one (clients of the portal send both). */
    List<String> texts(String key) {
        JsonNode value = get(key);
        List<String> list = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(element -> {
                String text = element.isObject() ? asText(element.path(key("nama"))) : asText(element);
                if (text != null) {
                    list.add(text);
                }
            });
        } else if (asText(value) != null) {
            list.add(asText(value));
        }
        return list;
    }

    List<PartialDate> dates(String key) {
        return mapTexts(key, this::parseDate);
    }

    PartialDate date(String key) {
        String text = text(key);
        return text == null ? null : parseDate(text);
    }

    private PartialDate parseDate(String text) {
        if (text.startsWith("0000-00-00")) {
            return null; // what PHP clients write for "no date"
        }
        try {
            return PartialDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            unknown("date", text);
            return null;
        }
    }

    private <T> List<T> mapTexts(String key, Function<String, T> parse) {
        List<T> list = new ArrayList<>();
        for (String text : texts(key)) {
            T value = parse.apply(text);
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    <E extends Enum<E> & CodeList> MultiChoice<E> choices(String key, Class<E> type, String otherKey) {
        WireNode object = object(key, true);
        Set<E> selected = EnumSet.noneOf(type);
        for (E option : type.getEnumConstants()) {
            if (Boolean.TRUE.equals(object.bool(option.indahName()))) {
                selected.add(option);
            }
        }
        return MultiChoice.of(selected, object.text(otherKey));
    }

    private void unknown(String key, String value) {
        LOG.warn("INDAH {}.{}: value '{}' is not understood and is left unfilled", path, key,
                value.length() > 60 ? value.substring(0, 60) + "..." : value);
    }
}
