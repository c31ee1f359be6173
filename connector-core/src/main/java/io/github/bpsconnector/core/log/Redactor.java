package io.github.bpsconnector.core.log;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hc.core5.http.NameValuePair;

/**
 * Makes headers, URIs and form fields printable by allow-list: a value is printed only when its name is on the
 * allow-list, every other value prints as {@value #REDACTED}. Names that look like secrets (passwords, tokens,
 * CSRF fields, cookies, {@code Authorization}, OAuth {@code code}/{@code state}, captchas, session codes) are
 * never printed, even when someone puts them on an allow-list.
 *
 * <p>Immutable and thread-safe; the {@code allow...} methods return a new redactor. Names are compared without
 * regard to case.
 */
public final class Redactor {

    /** What a value that may not be printed is printed as. */
    public static final String REDACTED = "[redacted]";

    /** Exact names that are always secret. */
    private static final Set<String> SECRET_NAMES = Set.of("code", "state", "sid", "otp", "pin");

    /** Name fragments that make a name secret wherever they appear ({@code _token}, {@code X-CSRF-TOKEN}, ...). */
    private static final List<String> SECRET_FRAGMENTS = List.of("password", "passwd", "pwd", "secret", "token",
            "csrf", "xsrf", "captcha", "session", "cookie", "authorization", "auth_key", "api_key", "apikey");

    /** Headers whose value is a URI: printed through {@link #uri(URI)} so their query is redacted too. */
    private static final Set<String> URI_HEADERS = Set.of("location", "referer", "content-location");

    private static final Set<String> DEFAULT_HEADERS = Set.of("accept", "accept-language", "accept-encoding",
            "cache-control", "connection", "content-disposition", "content-encoding", "content-length",
            "content-location", "content-type", "date", "etag", "host", "last-modified", "location", "referer",
            "retry-after", "server", "transfer-encoding", "user-agent", "x-request-id", "x-correlation-id");

    private static final Set<String> DEFAULT_PARAMETERS = Set.of("page", "per_page", "page_size", "size", "limit",
            "offset", "sort", "order", "direction", "tahun", "year", "status", "lang");

    private static final Redactor DEFAULTS = new Redactor(DEFAULT_HEADERS, DEFAULT_PARAMETERS, DEFAULT_PARAMETERS);

    private final Set<String> headers;
    private final Set<String> queryParameters;
    private final Set<String> formFields;

    private Redactor(Set<String> headers, Set<String> queryParameters, Set<String> formFields) {
        this.headers = headers;
        this.queryParameters = queryParameters;
        this.formFields = formFields;
    }

    /**
     * The default allow-lists: common non-secret HTTP headers ({@code Content-Type}, {@code Location},
     * {@code Retry-After}, ...) and paging/sorting parameters ({@code page}, {@code per_page}, {@code sort},
     * {@code tahun}, ...) for query strings and form bodies.
     */
    public static Redactor defaults() {
        return DEFAULTS;
    }

    /** A redactor that also prints the values of these headers (secret-looking names stay redacted). */
    public Redactor allowHeaders(String... names) {
        return new Redactor(plus(headers, names), queryParameters, formFields);
    }

    /** A redactor that also prints the values of these query parameters (secret-looking names stay redacted). */
    public Redactor allowQueryParameters(String... names) {
        return new Redactor(headers, plus(queryParameters, names), formFields);
    }

    /** A redactor that also prints the values of these form fields (secret-looking names stay redacted). */
    public Redactor allowFormFields(String... names) {
        return new Redactor(headers, queryParameters, plus(formFields, names));
    }

    /**
     * Whether a header, parameter or field of this name is a secret that is never printed: an exact match of
     * {@code code}, {@code state}, {@code sid}, {@code otp}, {@code pin}, or a name containing {@code password},
     * {@code token}, {@code csrf}, {@code xsrf}, {@code captcha}, {@code session}, {@code cookie},
     * {@code authorization}, {@code secret} or an API key fragment.
     */
    public static boolean isSecretName(String name) {
        String n = lower(name);
        return SECRET_NAMES.contains(n) || SECRET_FRAGMENTS.stream().anyMatch(n::contains);
    }

    /** The printable value of a header: the value if the header is allowed, else {@value #REDACTED}. */
    public String headerValue(String name, String value) {
        if (!allowed(headers, name)) {
            return REDACTED;
        }
        if (value != null && URI_HEADERS.contains(lower(name))) {
            return uriString(value);
        }
        return value;
    }

    /** {@code name: value} with the value redacted unless allowed. */
    public String header(String name, String value) {
        return name + ": " + headerValue(name, value);
    }

    /**
     * The URI without user info or fragment, each query value replaced by {@value #REDACTED} unless its
     * parameter is allowed.
     */
    public String uri(URI uri) {
        if (uri == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            sb.append(uri.getHost());
            if (uri.getPort() >= 0) {
                sb.append(':').append(uri.getPort());
            }
        }
        sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            sb.append('?').append(redactQuery(uri.getRawQuery()));
        }
        return sb.toString();
    }

    /** {@code name=value} pairs joined by {@code &}, each value redacted unless its field is allowed. */
    public String formFields(List<? extends NameValuePair> fields) {
        return fields.stream()
                .map(f -> f.getName() + "=" + (allowed(formFields, f.getName()) ? f.getValue() : REDACTED))
                .collect(Collectors.joining("&"));
    }

    private String uriString(String value) {
        try {
            return uri(URI.create(value));
        } catch (IllegalArgumentException e) {
            return REDACTED;
        }
    }

    private String redactQuery(String rawQuery) {
        return Arrays.stream(rawQuery.split("&", -1))
                .map(pair -> {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        return pair;
                    }
                    String rawName = pair.substring(0, eq);
                    String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                    return rawName + "=" + (allowed(queryParameters, name) ? pair.substring(eq + 1) : REDACTED);
                })
                .collect(Collectors.joining("&"));
    }

    private static boolean allowed(Set<String> allowList, String name) {
        return name != null && allowList.contains(lower(name)) && !isSecretName(name);
    }

    private static Set<String> plus(Set<String> set, String... names) {
        return Stream.concat(set.stream(), Arrays.stream(names).map(Objects::requireNonNull).map(Redactor::lower))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Redactor[headers=" + headers.size() + ", queryParameters=" + queryParameters.size()
                + ", formFields=" + formFields.size() + "]";
    }
}
