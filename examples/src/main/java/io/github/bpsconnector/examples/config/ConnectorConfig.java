package io.github.bpsconnector.examples.config;

import io.github.bpsconnector.core.session.CredentialsProvider;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code bps-connector} configuration: a UTF-8 properties file naming the portals, the journal, where sessions
 * are kept, and the portal accounts of many perangkat daerah (the Walidata works for all of them). It holds no
 * password, token or cookie: a key that looks like one is refused, and so is any unknown key.
 *
 * <pre>
 * romantik.url = https://romantik.web.bps.go.id
 * romantik.profile = romantik-override.json
 * indah.url = https://indah-api.bps.go.id
 * journal.file = bps-connector-journal.jsonl
 * session.dir = ~/.bps-connector/sessions
 * secrets.file = ~/.bps-connector/secrets.properties
 * documents.dir = arsip
 * requests.per.second = 4
 *
 * account.dinkes.label = Dinas Kesehatan Kabupaten Jember
 * account.dinkes.portal = romantik
 * account.dinkes.role = produsen
 * # BPS_DINKES_USER / BPS_DINKES_PASSWORD
 * account.dinkes.credentials = env
 *
 * account.walidata-indah.label = Diskominfo Kabupaten Jember (Walidata)
 * account.walidata-indah.portal = indah
 * account.walidata-indah.role = walidata
 * # walidata-indah.username / .password in secrets.file
 * account.walidata-indah.credentials = secrets-file
 * </pre>
 *
 * Relative paths are resolved against the configuration file's folder; {@code ~/} is the user's home.
 */
public final class ConnectorConfig {

    /** The file name looked for in the working directory when no {@code --config} is given. */
    public static final String DEFAULT_FILE = "bps-connector.properties";

    /** The highest {@code requests.per.second} accepted (meant for the simulators on loopback). */
    public static final int MAX_REQUESTS_PER_SECOND = 1000;

    private static final Pattern ACCOUNT_KEY = Pattern.compile("account\\.([A-Za-z0-9_-]+)\\.(.+)");
    private static final Pattern SECRET_LIKE = Pattern.compile(
            "(?i).*(password|passwd|pwd|kata.?sandi|token|cookie|secret(?!s\\.file)|captcha|session\\.code).*");
    private static final Set<String> GLOBAL_KEYS = Set.of(
            "romantik.url", "romantik.profile", "indah.url", "journal.file", "session.dir", "secrets.file",
            "documents.dir", "requests.per.second");
    private static final Set<String> ACCOUNT_FIELDS = Set.of(
            "label", "portal", "role", "credentials", "env.prefix", "secrets.file");

    private final URI romantikUrl;
    private final URI indahUrl;
    private final Path journalFile;
    private final Path sessionDir;
    private final Path documentsDir;
    private final Optional<Path> secretsFile;
    private final Optional<Path> romantikProfile;
    private final int requestsPerSecond;
    private final Map<String, AccountConfig> accounts;

    private ConnectorConfig(URI romantikUrl, URI indahUrl, Path journalFile, Path sessionDir, Path documentsDir,
            Optional<Path> secretsFile, Optional<Path> romantikProfile, int requestsPerSecond,
            Map<String, AccountConfig> accounts) {
        this.romantikUrl = romantikUrl;
        this.indahUrl = indahUrl;
        this.journalFile = journalFile;
        this.sessionDir = sessionDir;
        this.documentsDir = documentsDir;
        this.secretsFile = secretsFile;
        this.romantikProfile = romantikProfile;
        this.requestsPerSecond = requestsPerSecond;
        this.accounts = Collections.unmodifiableMap(accounts);
    }

    /**
     * Reads {@code file}, with credentials from the process environment.
     *
     * @throws ConfigException when the file is missing, unreadable, not UTF-8 or holds a wrong or secret key
     */
    public static ConnectorConfig load(Path file) {
        return load(file, System::getenv);
    }

    /**
     * Reads {@code file}; {@code environment} looks up environment variables (tests pass a map's {@code get}).
     *
     * @throws ConfigException when the file is missing, unreadable, not UTF-8 or holds a wrong or secret key
     */
    public static ConnectorConfig load(Path file, Function<String, String> environment) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new ConfigException("configuration file " + file.getFileName() + " is not UTF-8 text", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read configuration file " + file.getFileName()
                    + ": " + e.getClass().getSimpleName(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(properties, base, environment);
    }

    /**
     * Builds the configuration from already loaded properties; relative paths resolve against {@code base}.
     *
     * @throws ConfigException when a key is wrong, unknown or looks like a secret
     */
    public static ConnectorConfig parse(Properties properties, Path base, Function<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key.strip(), properties.getProperty(key).strip());
        }
        Map<String, Map<String, String>> accountFields = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            refuseSecret(key);
            Matcher account = ACCOUNT_KEY.matcher(key);
            if (account.matches() && ACCOUNT_FIELDS.contains(account.group(2))) {
                accountFields.computeIfAbsent(account.group(1), id -> new TreeMap<>())
                        .put(account.group(2), entry.getValue());
            } else if (!GLOBAL_KEYS.contains(key)) {
                throw new ConfigException("unknown configuration key '" + key + "'");
            }
        }
        Optional<Path> secretsFile = Optional.ofNullable(values.get("secrets.file")).map(v -> path(base, v));
        Map<String, AccountConfig> accounts = new TreeMap<>();
        accountFields.forEach((id, fields) -> accounts.put(id, account(id, fields, secretsFile, base, environment)));
        return new ConnectorConfig(
                url(values, "romantik.url", Portal.ROMANTIK),
                url(values, "indah.url", Portal.INDAH),
                path(base, values.getOrDefault("journal.file", "bps-connector-journal.jsonl")),
                path(base, values.getOrDefault("session.dir", "~/.bps-connector/sessions")),
                path(base, values.getOrDefault("documents.dir", "arsip")),
                secretsFile, Optional.ofNullable(values.get("romantik.profile")).map(v -> path(base, v)),
                requestsPerSecond(values.getOrDefault("requests.per.second", "4")), accounts);
    }

    private static int requestsPerSecond(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_REQUESTS_PER_SECOND) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new ConfigException("requests.per.second must be a whole number from 1 to " + MAX_REQUESTS_PER_SECOND);
    }

    private static void refuseSecret(String key) {
        if (SECRET_LIKE.matcher(key).matches()) {
            throw new ConfigException("configuration key '" + key + "' looks like a secret; passwords and tokens"
                    + " belong in environment variables or the owner-only secrets file, never in this file");
        }
    }

    private static AccountConfig account(String id, Map<String, String> fields, Optional<Path> globalSecrets,
            Path base, Function<String, String> environment) {
        String prefix = "account." + id + ".";
        String label = fields.getOrDefault("label", id);
        Portal portal = parsed(prefix + "portal", require(fields, prefix, "portal"), Portal::parse);
        AccountRole role = parsed(prefix + "role", fields.getOrDefault("role", "produsen"), AccountRole::parse);
        String source = fields.getOrDefault("credentials", "env").toLowerCase(Locale.ROOT);
        CredentialSource credentials = switch (source) {
            case "env" -> new CredentialSource.Environment(
                    fields.getOrDefault("env.prefix", defaultPrefix(id)), environment);
            case "secrets-file" -> new CredentialSource.SecretsFile(
                    Optional.ofNullable(fields.get("secrets.file")).map(v -> path(base, v))
                            .or(() -> globalSecrets)
                            .orElseThrow(() -> new ConfigException(prefix + "credentials is secrets-file but"
                                    + " neither " + prefix + "secrets.file nor secrets.file is set")),
                    id);
            default -> throw new ConfigException(prefix + "credentials must be env or secrets-file, not '"
                    + source + "'");
        };
        return new AccountConfig(id, label, portal, role, credentials);
    }

    /** {@code BPS_} and the account id in capitals, other characters as {@code _}: {@code dinkes} → {@code BPS_DINKES}. */
    static String defaultPrefix(String id) {
        return "BPS_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String require(Map<String, String> fields, String prefix, String field) {
        String value = fields.get(field);
        if (value == null || value.isEmpty()) {
            throw new ConfigException(prefix + field + " is missing");
        }
        return value;
    }

    private static <T> T parsed(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage(), e);
        }
    }

    private static URI url(Map<String, String> values, String key, Portal portal) {
        String text = values.getOrDefault(key, portal.defaultUrl());
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(key + " must be an http(s) address with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(key + " is not a valid address", e);
        }
    }

    private static Path path(Path base, String text) {
        if (text.equals("~") || text.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(text.substring(Math.min(2, text.length())));
        }
        return base.resolve(text).normalize();
    }

    /** The Romantik address. */
    public URI romantikUrl() {
        return romantikUrl;
    }

    /** The INDAH address. */
    public URI indahUrl() {
        return indahUrl;
    }

    /** The address of {@code portal}. */
    public URI url(Portal portal) {
        return portal == Portal.ROMANTIK ? romantikUrl : indahUrl;
    }

    /** The journal file of state-changing operations. */
    public Path journalFile() {
        return journalFile;
    }

    /** The folder of saved sessions (owner-only files). */
    public Path sessionDir() {
        return sessionDir;
    }

    /** The folder where downloaded and generated documents are kept. */
    public Path documentsDir() {
        return documentsDir;
    }

    /** The default secrets file, if set. */
    public Optional<Path> secretsFile() {
        return secretsFile;
    }

    /** The Romantik profile override file (paths, selectors, SSO host and realm), if set. */
    public Optional<Path> romantikProfile() {
        return romantikProfile;
    }

    /**
     * How many requests a second each portal client may send ({@code requests.per.second}, default 4: right for
     * the live portals; the simulators on loopback take more).
     */
    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    /** Every account, by id in alphabetical order. */
    public List<AccountConfig> accounts() {
        return List.copyOf(accounts.values());
    }

    /** The accounts on {@code portal}. */
    public List<AccountConfig> accounts(Portal portal) {
        List<AccountConfig> result = new ArrayList<>();
        for (AccountConfig account : accounts.values()) {
            if (account.portal() == portal) {
                result.add(account);
            }
        }
        return result;
    }

    /**
     * The account {@code id}.
     *
     * @throws ConfigException naming the accounts there are, when there is none of that id
     */
    public AccountConfig account(String id) {
        AccountConfig account = accounts.get(id);
        if (account == null) {
            throw new ConfigException("no account '" + id + "' in the configuration (accounts: "
                    + String.join(", ", accounts.keySet()) + ")");
        }
        return account;
    }

    /** The provider of {@code id}'s credentials (read at each login). */
    public CredentialsProvider credentials(String id) {
        return account(id).credentials().provider();
    }

    @Override
    public String toString() {
        return "ConnectorConfig[romantik=" + romantikUrl + ", indah=" + indahUrl + ", accounts=" + accounts.keySet()
                + "]";
    }
}
