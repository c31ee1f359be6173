package io.github.bpsconnector.indah;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the client knows about INDAH's HTTP contract, as data: base URLs, paths, query parameter names, JSON
 * keys of envelopes, pages, results and logins, the status labels and the renames of form keys (the portal's
 * misspellings such as {@code instansi_penyelanggara}). Loaded from the bundled
 * {@code io/github/bpsconnector/indah/indah-profile.json} and overridable from a file or the builder, so that a user
 * who meets a changed portal corrects the profile instead of waiting for a release. Immutable and thread-safe.
 *
 * <p>Values are addressed as {@code section.name}, e.g. {@code paths.kegiatan} or {@code envelope.status}.
 */
public final class IndahProfile {

    /** The bundled profile resource. */
    public static final String RESOURCE = "/io/github/bpsconnector/indah/indah-profile.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IndahProfile DEFAULTS = load(IndahProfile.class.getResourceAsStream(RESOURCE), RESOURCE);

    private final Map<String, String> values;
    private final Map<String, String> dataKeys;
    private final Map<MetadataStatus, String> statusLabels;

    private IndahProfile(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        Map<String, String> keys = new TreeMap<>();
        Map<MetadataStatus, String> labels = new EnumMap<>(MetadataStatus.class);
        values.forEach((name, value) -> {
            if (name.startsWith("dataKeys.")) {
                keys.put(name.substring("dataKeys.".length()), value);
            }
        });
        for (MetadataStatus status : MetadataStatus.values()) {
            if (status != MetadataStatus.UNKNOWN) {
                labels.put(status, require(values, "statuses." + status.name()));
            }
        }
        this.dataKeys = Collections.unmodifiableMap(keys);
        this.statusLabels = Collections.unmodifiableMap(labels);
        values.forEach(IndahProfile::check);
    }

    /** Refuses, naming the key, a value that could only fail later: blank, or not a URL, path or size. */
    private static void check(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("the INDAH profile has no value for " + name);
        }
        if (name.endsWith("BaseUrl")) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("INDAH profile value " + name + " is not a URL: " + value, e);
            }
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("INDAH profile value " + name + " must be an http(s) URL with a "
                        + "host: " + value);
            }
        } else if (name.startsWith("paths.") && !value.startsWith("/")) {
            throw new IllegalArgumentException("INDAH profile value " + name + " must start with '/': " + value);
        } else if (name.startsWith("pageSize.") && !value.trim().matches("[1-9]\\d{0,5}")) {
            throw new IllegalArgumentException("INDAH profile value " + name + " must be a page size from 1 to "
                    + "999999: " + value);
        }
    }

    /** The bundled profile. */
    public static IndahProfile defaults() {
        return DEFAULTS;
    }

    /**
     * The bundled profile with the values of a JSON file laid over it (same layout as the bundled one; only the
     * values to change need to be present).
     *
     * @throws IllegalArgumentException if the file cannot be read or is not such a JSON object, or names a value the
     *     bundled profile does not have, or sets one that is blank or not a URL, path or page size where one is
     *     due; the message names the value
     */
    public static IndahProfile fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DEFAULTS.overriddenBy(flatten(read(in, file.toString())));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the INDAH profile " + file + ": " + e.getMessage(), e);
        }
    }

    private static IndahProfile load(InputStream in, String source) {
        Objects.requireNonNull(in, "missing INDAH profile resource " + source);
        try (in) {
            return new IndahProfile(flatten(read(in, source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the INDAH profile " + source + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the INDAH profile " + source + " must be a JSON object");
        }
        return root;
    }

    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), into);
            } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                into.put(name, field.getValue().asText());
            } else {
                throw new IllegalArgumentException("INDAH profile value " + name + " must be text, a number or an "
                        + "object");
            }
        }
    }

    private IndahProfile overriddenBy(Map<String, String> overrides) {
        overrides.keySet().forEach(name -> {
            // dataKeys may name a form key the bundled profile does not rename yet
            if (!values.containsKey(name) && !name.startsWith("dataKeys.")) {
                throw new IllegalArgumentException("the INDAH profile has no value " + name + " to override");
            }
        });
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new IndahProfile(merged);
    }

    private static String require(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the INDAH profile has no value for " + name);
        }
        return value;
    }

    /** A copy with one value changed, e.g. {@code with("paths.kegiatan", "/sdi/v3/kegiatan")}. */
    public IndahProfile with(String name, String value) {
        return overriddenBy(Map.of(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
    }

    /** The API base URL, e.g. {@code https://indah-api.bps.go.id}. */
    public URI apiBaseUrl() {
        return URI.create(stripSlash(value("apiBaseUrl")));
    }

    /** The web front end's base URL, e.g. {@code https://indah.bps.go.id}. */
    public URI webBaseUrl() {
        return URI.create(stripSlash(value("webBaseUrl")));
    }

    /**
     * A value by its dotted name.
     *
     * @throws IllegalArgumentException if the profile has no such value
     */
    public String value(String name) {
        return require(values, name);
    }

    /** A path of {@code paths}, e.g. {@code path("kegiatanById")}. */
    public String path(String name) {
        return value("paths." + name);
    }

    /** A JSON key or query parameter name, e.g. {@code key("envelope.status")}. */
    public String key(String name) {
        return value(name);
    }

    /** A whole number of the profile, e.g. {@code number("pageSize.kegiatan")}. */
    public int number(String name) {
        String text = value(name);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("INDAH profile value " + name + " must be a whole number: " + text, e);
        }
    }

    /**
     * The key the portal uses for a form key: the portal's own spelling when {@code dataKeys} renames it (e.g.
     * {@code instansi_penyelenggara} is sent as {@code instansi_penyelanggara}), else the key itself.
     */
    public String dataKey(String key) {
        return dataKeys.getOrDefault(key, key);
    }

    /** The portal's label of a status. */
    public String statusLabel(MetadataStatus status) {
        if (status == MetadataStatus.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no portal label");
        }
        return statusLabels.get(status);
    }

    /** The status a portal label stands for; {@link MetadataStatus#UNKNOWN} for an unknown or missing label. */
    public StatusLabel status(String raw) {
        if (raw == null) {
            return new StatusLabel(MetadataStatus.UNKNOWN, null);
        }
        Optional<MetadataStatus> known = statusLabels.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(raw.trim()))
                .map(Map.Entry::getKey).findFirst();
        return new StatusLabel(known.orElse(MetadataStatus.UNKNOWN), raw);
    }

    /** Every value by dotted name, for display and tests. */
    public Map<String, String> values() {
        return values;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "IndahProfile[" + value("apiBaseUrl") + ", " + values.size() + " values]";
    }
}
