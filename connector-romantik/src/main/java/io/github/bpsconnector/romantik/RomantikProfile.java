package io.github.bpsconnector.romantik;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Everything the client knows about Romantik's pages, as data: the base URL, the SSO host and realm, every path,
 * CSS selector, form field name, status label and Surat Rekomendasi pattern. The defaults are bundled
 * ({@code romantik-profile.json} beside this class, following {@code portal-model.md} §2); a user who meets a changed
 * live portal overrides only what changed, from a JSON file with the same shape, without a new release:
 *
 * <pre>{@code
 * RomantikProfile profile = RomantikProfile.defaults()
 *         .overriddenBy(Path.of("romantik-override.json"))   // {"selectors": {"list.row": "table.pengajuan tr"}}
 *         .withBaseUrl(URI.create("https://romantik.web.bps.go.id"));
 * }</pre>
 *
 * <p>An override is merged over the defaults object by object. Keys the profile does not know are refused (a typo
 * would otherwise be silently ignored), except new labels under {@code statusLabels}. Immutable and thread-safe.
 */
public final class RomantikProfile {

    /** The bundled resource, beside this class. */
    public static final String RESOURCE = "romantik-profile.json";
    /** {@link #statusLabels(String)} column of Status Pengajuan. */
    public static final String STATUS_PENGAJUAN = "statusPengajuan";
    /** {@link #statusLabels(String)} column of Pemeriksaan Walidata. */
    public static final String STATUS_WALIDATA = "statusWalidata";
    /** {@link #statusLabels(String)} column of Status Perbaikan. */
    public static final String STATUS_PERBAIKAN = "statusPerbaikan";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<String, Class<? extends Enum<?>>> STATUS_TYPES = Map.of(
            STATUS_PENGAJUAN, StatusNormalizer.Stage.class,
            STATUS_WALIDATA, StatusNormalizer.WalidataStage.class,
            STATUS_PERBAIKAN, StatusNormalizer.CorrectionStage.class);
    private static final ObjectNode DEFAULT_TREE = readDefaults();
    private static final RomantikProfile DEFAULTS = new RomantikProfile(DEFAULT_TREE);

    private final ObjectNode tree;
    private final URI baseUrl;
    private final LoginMode loginMode;
    private final URI ssoBaseUrl;
    private final String ssoRealm;
    private final String ssoClientId;
    private final String ssoRealmPath;
    private final String sessionCookie;
    private final Map<String, String> paths;
    private final Map<String, String> selectors;
    private final Map<String, String> fields;
    private final Map<String, String> formFields;
    private final Map<String, String> values;
    private final Map<String, String> attributes;
    private final Map<String, String> texts;
    private final Map<String, Map<String, String>> statusLabels;
    private final Map<String, Pattern> letterPatterns;
    private final long maxBerkasBytes;
    private final long maxKomitmenBytes;
    private final int maxListPages;

    private RomantikProfile(ObjectNode tree) {
        this.tree = tree;
        this.baseUrl = uri(tree, "baseUrl");
        this.loginMode = loginMode(tree);
        JsonNode sso = section(tree, "sso");
        this.ssoBaseUrl = uri(sso, "sso.baseUrl");
        this.ssoRealm = text(sso, "sso.realm");
        this.ssoClientId = text(sso, "sso.clientId");
        this.ssoRealmPath = text(sso, "sso.realmPath");
        this.sessionCookie = text(tree, "sessionCookie");
        this.paths = strings(tree, "paths");
        paths.forEach((key, path) -> {
            if (!path.startsWith("/")) {
                throw new InvalidProfileException("paths." + key, "a path must start with '/': " + path);
            }
        });
        this.selectors = strings(tree, "selectors");
        selectors.forEach(RomantikProfile::checkSelector);
        this.fields = strings(tree, "fields");
        this.formFields = strings(tree, "formFields");
        this.values = strings(tree, "values");
        this.attributes = strings(tree, "attributes");
        this.texts = strings(tree, "texts");
        this.statusLabels = statusLabels(tree);
        this.letterPatterns = patterns(tree);
        JsonNode limits = section(tree, "limits");
        this.maxBerkasBytes = positive(limits, "maxBerkasBytes");
        this.maxKomitmenBytes = positive(limits, "maxKomitmenBytes");
        this.maxListPages = (int) Math.min(Integer.MAX_VALUE, positive(limits, "maxListPages"));
    }

    // --- loading ---

    /** The bundled defaults ({@code portal-model.md} §2). */
    public static RomantikProfile defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with an override file merged over them.
     *
     * @throws InvalidProfileException if the file is not JSON or names or sets something wrong
     */
    public static RomantikProfile fromFile(Path override) {
        return DEFAULTS.overriddenBy(override);
    }

    /**
     * The defaults with an override given as JSON text merged over them (a whole profile from {@link #toJson()} too).
     *
     * @throws InvalidProfileException if the text is not JSON or names or sets something wrong
     */
    public static RomantikProfile fromJson(String json) {
        return DEFAULTS.overriddenBy(json);
    }

    /**
     * This profile with an override file merged over it.
     *
     * @throws InvalidProfileException if the file cannot be read, is not JSON, or names or sets something wrong
     */
    public RomantikProfile overriddenBy(Path override) {
        Objects.requireNonNull(override, "override");
        String json;
        try {
            json = Files.readString(override, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidProfileException("", "cannot read the profile override " + override.getFileName()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        return overriddenBy(json);
    }

    /**
     * This profile with an override (JSON text, same shape as the bundled file) merged over it.
     *
     * @throws InvalidProfileException if the text is not JSON or names or sets something wrong
     */
    public RomantikProfile overriddenBy(String overrideJson) {
        JsonNode override;
        try {
            override = JSON.readTree(overrideJson);
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException("", "the profile override is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (override == null || !override.isObject()) {
            throw new InvalidProfileException("", "the profile override must be a JSON object");
        }
        ObjectNode merged = tree.deepCopy();
        merge(merged, (ObjectNode) override, "");
        return new RomantikProfile(merged);
    }

    /** This profile with another base URL, e.g. a simulator's {@code http://127.0.0.1:port}. */
    public RomantikProfile withBaseUrl(URI url) {
        return with("baseUrl", stripSlash(Objects.requireNonNull(url, "url").toString()));
    }

    /** This profile with another SSO base URL (the part before {@code /auth/realms/...}) and realm. */
    public RomantikProfile withSso(URI ssoBase, String realm) {
        ObjectNode copy = tree.deepCopy();
        ObjectNode sso = (ObjectNode) copy.get("sso");
        sso.put("baseUrl", stripSlash(Objects.requireNonNull(ssoBase, "ssoBase").toString()));
        sso.put("realm", Objects.requireNonNull(realm, "realm"));
        return new RomantikProfile(copy);
    }

    /** This profile with another login mode. */
    public RomantikProfile withLoginMode(LoginMode mode) {
        return with("loginMode", Objects.requireNonNull(mode, "mode").name());
    }

    /** This profile with one selector replaced, e.g. {@code withSelector("list.row", "table.daftar tr")}. */
    public RomantikProfile withSelector(String key, String css) {
        return overriddenBy(single("selectors", key, css));
    }

    /** This profile with one path replaced, e.g. {@code withPath("home", "/dashboard")}. */
    public RomantikProfile withPath(String key, String path) {
        return overriddenBy(single("paths", key, path));
    }

    private RomantikProfile with(String key, String value) {
        ObjectNode copy = tree.deepCopy();
        copy.put(key, value);
        return new RomantikProfile(copy);
    }

    private static String single(String section, String key, String value) {
        ObjectNode node = JSON.createObjectNode();
        node.putObject(section).put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return node.toString();
    }

    /** The whole profile as JSON, the format an override file uses. Holds no secret. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the profile", e);
        }
    }

    // --- what the client reads ---

    /** The portal's base URL, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The login mode to use unless the builder says otherwise. */
    public LoginMode loginMode() {
        return loginMode;
    }

    /** The SSO base URL (scheme, host, port and any path prefix), without a trailing slash. */
    public URI ssoBaseUrl() {
        return ssoBaseUrl;
    }

    /** The SSO realm of PST users, e.g. {@code eksternal}. */
    public String ssoRealm() {
        return ssoRealm;
    }

    /** The SSO client id of Romantik. */
    public String ssoClientId() {
        return ssoClientId;
    }

    /** Where the realm's pages start: {@code ssoBaseUrl + realmPath}, e.g. {@code https://sso.bps.go.id/auth/realms/eksternal/}. */
    public String ssoRealmPrefix() {
        return ssoBaseUrl + ssoRealmPath.replace("{realm}", ssoRealm) + "/";
    }

    /** The name of the session cookie (for an imported session). */
    public String sessionCookie() {
        return sessionCookie;
    }

    /** A path template, e.g. {@code /pengajuan/{id}/blok/{n}}. */
    public String path(String key) {
        return get(paths, "paths", key);
    }

    /**
     * The absolute URI of a path, its placeholders filled in order ({@code uri("blok", 12, 3)} gives
     * {@code /pengajuan/12/blok/3}); values are URL-encoded.
     */
    public URI uri(String key, Object... params) {
        Matcher matcher = PLACEHOLDER.matcher(path(key));
        StringBuilder filled = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= params.length) {
                throw new IllegalArgumentException("paths." + key + " needs a value for {" + matcher.group(1) + "}");
            }
            String value = URLEncoder.encode(String.valueOf(params[index++]), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return URI.create(baseUrl + filled.toString());
    }

    /**
     * The placeholder values of {@code uri} if its path fits the template {@code key} ({@code /pengajuan/12/blok/3}
     * fits {@code blok} with {@code id=12, n=3}); empty when it does not fit.
     */
    public Optional<Map<String, String>> match(String key, URI uri) {
        String template = path(key);
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder();
        java.util.List<String> names = new java.util.ArrayList<>();
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholders.start()))).append("([^/]+)");
            names.add(placeholders.group(1));
            last = placeholders.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher matcher = Pattern.compile(regex.toString()).matcher(uri.getPath() == null ? "" : uri.getPath());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }

    /** A CSS selector. */
    public String selector(String key) {
        return get(selectors, "selectors", key);
    }

    /** A form field or query parameter name. */
    public String field(String key) {
        return get(fields, "fields", key);
    }

    /** The name the form uses for a field of the MS-Keg form, given its INDAH flat key (identity by default). */
    public String formField(String indahKey) {
        return get(formFields, "formFields", indahKey);
    }

    /** A value the portal expects in a form, e.g. {@code walidata.setujui} = {@code SETUJUI}. */
    public String value(String key) {
        return get(values, "values", key);
    }

    /** An attribute name, e.g. {@code list.rowId} = {@code data-id}. */
    public String attribute(String key) {
        return get(attributes, "attributes", key);
    }

    /** A text the pages show, e.g. a label of the public detail page. */
    public String text(String key) {
        return get(texts, "texts", key);
    }

    /** One column's labels (normalized: lower case, single spaces) to their canonical stage names. */
    public Map<String, String> statusLabels(String column) {
        Map<String, String> labels = statusLabels.get(column);
        if (labels == null) {
            throw new IllegalArgumentException("no status column " + column);
        }
        return labels;
    }

    /** A Surat Rekomendasi pattern; group 1 is the value, except for {@code catatanItem}. */
    public Pattern letterPattern(String key) {
        Pattern pattern = letterPatterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no letterPatterns." + key + " in the profile");
        }
        return pattern;
    }

    /** Largest Blok IX file, in bytes. */
    public long maxBerkasBytes() {
        return maxBerkasBytes;
    }

    /** Largest Surat Komitmen file, in bytes. */
    public long maxKomitmenBytes() {
        return maxKomitmenBytes;
    }

    /** Most pages a list walks before it stops (a guard against a pagination loop). */
    public int maxListPages() {
        return maxListPages;
    }

    /** Every entry of one string section ({@code paths}, {@code selectors}, {@code fields}, ...), for the check tool. */
    public Map<String, String> section(String name) {
        return switch (name) {
            case "paths" -> paths;
            case "selectors" -> selectors;
            case "fields" -> fields;
            case "formFields" -> formFields;
            case "values" -> values;
            case "attributes" -> attributes;
            case "texts" -> texts;
            default -> throw new IllegalArgumentException("no string section " + name);
        };
    }

    @Override
    public String toString() {
        return "RomantikProfile[" + baseUrl + ", " + loginMode + ", sso " + ssoRealmPrefix() + "]";
    }

    // --- parsing and checks ---

    private static ObjectNode readDefaults() {
        try (InputStream in = RomantikProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    /** Merges {@code override} into {@code target}, refusing keys the defaults do not have. */
    private static void merge(ObjectNode target, ObjectNode override, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> entries = override.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode existing = target.get(entry.getKey());
            // new labels may be added to a status column; a new column would never be read
            boolean open = STATUS_TYPES.keySet().stream().anyMatch(column -> key.startsWith("statusLabels." + column
                    + "."));
            if (existing == null && !open) {
                throw new InvalidProfileException(key, "the profile has no such entry");
            }
            if (existing != null && existing.isObject()) {
                if (!entry.getValue().isObject()) {
                    throw new InvalidProfileException(key, "must be a JSON object");
                }
                merge((ObjectNode) existing, (ObjectNode) entry.getValue(), key);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static JsonNode section(JsonNode node, String key) {
        JsonNode value = node.get(key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key);
        if (value == null || !value.isObject()) {
            throw new InvalidProfileException(key, "must be a JSON object");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        return text(node, key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key, key);
    }

    /** The string {@code field} of {@code node}, named {@code key} in errors. */
    private static String text(JsonNode node, String field, String key) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidProfileException(key, "must be a non-blank string");
        }
        return value.asText().strip();
    }

    private static URI uri(JsonNode node, String key) {
        String value = text(node, key);
        try {
            URI uri = new URI(stripSlash(value));
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new InvalidProfileException(key, "must be an http(s) URL with a host: " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidProfileException(key, "is not a URL: " + value);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static LoginMode loginMode(JsonNode tree) {
        String value = text(tree, "loginMode");
        try {
            return LoginMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException("loginMode", "must be SSO, FORM or IMPORTED_SESSION, not " + value);
        }
    }

    private static Map<String, String> strings(JsonNode tree, String name) {
        JsonNode section = section(tree, name);
        Map<String, String> result = new LinkedHashMap<>();
        section.fields().forEachRemaining(entry -> result.put(entry.getKey(),
                text(section, entry.getKey(), name + "." + entry.getKey())));
        return Collections.unmodifiableMap(result);
    }

    private static void checkSelector(String key, String css) {
        try {
            QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new InvalidProfileException("selectors." + key, "not a valid CSS selector: " + css);
        }
    }

    private static Map<String, Map<String, String>> statusLabels(JsonNode tree) {
        JsonNode section = section(tree, "statusLabels");
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        STATUS_TYPES.forEach((column, type) -> {
            String key = "statusLabels." + column;
            JsonNode labels = section.get(column);
            if (labels == null || !labels.isObject()) {
                throw new InvalidProfileException(key, "must be a JSON object of label to stage");
            }
            Map<String, String> map = new LinkedHashMap<>();
            labels.fields().forEachRemaining(entry -> {
                String stage = text(labels, entry.getKey(), key + "." + entry.getKey());
                boolean known = false;
                for (Enum<?> constant : type.getEnumConstants()) {
                    known |= constant.name().equals(stage);
                }
                if (!known) {
                    throw new InvalidProfileException(key + "." + entry.getKey(), "unknown stage " + stage);
                }
                map.put(StatusNormalizer.normalizeLabel(entry.getKey()), stage);
            });
            result.put(column, Collections.unmodifiableMap(map));
        });
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, Pattern> patterns(JsonNode tree) {
        Map<String, Pattern> result = new LinkedHashMap<>();
        strings(tree, "letterPatterns").forEach((key, regex) -> {
            try {
                result.put(key, Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidProfileException("letterPatterns." + key, "not a valid regular expression: "
                        + e.getDescription());
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static long positive(JsonNode limits, String key) {
        JsonNode value = limits.get(key);
        if (value == null || !value.canConvertToLong() || value.asLong() <= 0) {
            throw new InvalidProfileException("limits." + key, "must be a positive whole number");
        }
        return value.asLong();
    }

    private static String get(Map<String, String> section, String name, String key) {
        String value = section.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + name + "." + key + " in the profile");
        }
        return value;
    }
}
