package io.github.bpsconnector.romantik.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.jsoup.nodes.Element;

/**
 * A form as a browser would submit it by pressing its first submit button: every enabled named control, checkboxes
 * and radios only when checked, a select's selected options (or its first), and of the submit controls only the one
 * pressed. jsoup's {@code FormElement.formData()} would send every named submit input, which no browser does.
 * Immutable; {@link #with(String, List)} gives a copy with a field replaced.
 */
public final class HtmlForm {

    private static final Set<String> BUTTON_TYPES = Set.of("submit", "image", "button", "reset");

    private final URI action;
    private final String method;
    private final boolean multipart;
    private final List<NameValuePair> data;
    private final Set<String> controlNames;

    private HtmlForm(URI action, String method, boolean multipart, List<NameValuePair> data,
            Set<String> controlNames) {
        this.action = action;
        this.method = method;
        this.multipart = multipart;
        this.data = List.copyOf(data);
        this.controlNames = Collections.unmodifiableSet(controlNames);
    }

    /**
     * Reads {@code form} (a {@code <form>} element of a page parsed with its base URI).
     *
     * @param page the page, for the error when the form has no usable action
     */
    public static HtmlForm read(Element form, Page page) {
        String actionText = form.attr("action").strip();
        String resolved = actionText.isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
        if (resolved.isEmpty()) {
            throw page.changedExpectation("a form with an http(s) action", "has the action '" + actionText + "'");
        }
        URI action;
        try {
            action = URI.create(resolved);
        } catch (IllegalArgumentException e) {
            throw page.changedExpectation("a form with an http(s) action", "has an action that is not a URI");
        }
        String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
        boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
        List<NameValuePair> data = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean submitChosen = false;
        for (Element control : form.select("input, select, textarea, button")) {
            String name = control.attr("name");
            if (name.isEmpty()) {
                continue;
            }
            names.add(name);
            if (control.hasAttr("disabled")) {
                continue;
            }
            String type = control.normalName().equals("button")
                    ? (control.attr("type").isBlank() ? "submit" : control.attr("type").toLowerCase(Locale.ROOT))
                    : control.attr("type").toLowerCase(Locale.ROOT);
            if (control.normalName().equals("input") || control.normalName().equals("button")) {
                if (BUTTON_TYPES.contains(type)) {
                    if (!submitChosen && ("submit".equals(type) || "image".equals(type))) {
                        submitChosen = true;
                        data.add(new BasicNameValuePair(name, control.attr("value")));
                    }
                    continue;
                }
                if ("file".equals(type)) {
                    continue;
                }
                if (("checkbox".equals(type) || "radio".equals(type))) {
                    if (control.hasAttr("checked")) {
                        data.add(new BasicNameValuePair(name, control.hasAttr("value") ? control.attr("value")
                                : "on"));
                    }
                    continue;
                }
                data.add(new BasicNameValuePair(name, control.attr("value")));
            } else if (control.normalName().equals("select")) {
                selected(control).forEach(value -> data.add(new BasicNameValuePair(name, value)));
            } else {
                data.add(new BasicNameValuePair(name, control.wholeText()));
            }
        }
        return new HtmlForm(action, method, multipart, data, names);
    }

    private static List<String> selected(Element select) {
        List<String> values = new ArrayList<>();
        for (Element option : select.select("option[selected]")) {
            values.add(optionValue(option));
        }
        if (values.isEmpty() && !select.hasAttr("multiple")) {
            Element first = select.selectFirst("option");
            if (first != null) {
                values.add(optionValue(first));
            }
        }
        return values;
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }

    /** The absolute action URI. */
    public URI action() {
        return action;
    }

    /** {@code GET} or {@code POST}. */
    public String method() {
        return method;
    }

    /** Whether the form is {@code multipart/form-data}. */
    public boolean multipart() {
        return multipart;
    }

    /** The fields a browser would send, in order. */
    public List<NameValuePair> data() {
        return data;
    }

    /** Every name of a control in the form, sent or not (unchecked boxes, file inputs, buttons). */
    public Set<String> controlNames() {
        return controlNames;
    }

    /** Whether a control named {@code name}, or a row field {@code name[i][col]}, is in the form. */
    public boolean hasField(String name) {
        return controlNames.stream().anyMatch(control -> control.equals(name) || control.startsWith(name + "["));
    }

    /** The first value sent for {@code name}. */
    public Optional<String> value(String name) {
        return data.stream().filter(pair -> pair.getName().equals(name)).map(NameValuePair::getValue).findFirst();
    }

    /**
     * A copy with the field {@code name} (and its rows {@code name[i][col]}) replaced by {@code values} as given:
     * an entry per value, in order.
     */
    public HtmlForm with(String name, List<String> values) {
        Objects.requireNonNull(values, "values");
        List<NameValuePair> copy = new ArrayList<>();
        for (NameValuePair pair : data) {
            if (!pair.getName().equals(name) && !pair.getName().startsWith(name + "[")) {
                copy.add(pair);
            }
        }
        values.forEach(value -> copy.add(new BasicNameValuePair(name, value)));
        return new HtmlForm(action, method, multipart, copy, controlNames);
    }

    /** A copy with one field set to one value. */
    public HtmlForm with(String name, String value) {
        return with(name, List.of(value));
    }

    /**
     * A copy where every field named by a key of {@code fields} (or a row of it) is replaced; the entries of
     * {@code fields} may be plain names or row cells ({@code iii_variabel[0][nama]}), grouped by their base name.
     */
    public HtmlForm withAll(Map<String, List<String>> fields) {
        Set<String> bases = new LinkedHashSet<>();
        fields.keySet().forEach(key -> bases.add(baseName(key)));
        List<NameValuePair> copy = new ArrayList<>();
        for (NameValuePair pair : data) {
            if (!bases.contains(baseName(pair.getName()))) {
                copy.add(pair);
            }
        }
        fields.forEach((key, values) -> values.forEach(value -> copy.add(new BasicNameValuePair(key, value))));
        return new HtmlForm(action, method, multipart, copy, controlNames);
    }

    /** {@code iii_variabel[0][nama]} → {@code iii_variabel}. */
    public static String baseName(String name) {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /** Field names only: values may be secrets. */
    @Override
    public String toString() {
        return "HtmlForm[" + method + " " + action.getPath() + ", fields " + data.stream().map(NameValuePair::getName)
                .toList() + "]";
    }
}
