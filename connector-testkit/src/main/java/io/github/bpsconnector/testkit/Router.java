package io.github.bpsconnector.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes requests of a simulated portal to handlers by method and path pattern. A pattern is a path whose
 * segments may be placeholders, e.g. {@code /sdi/v2/metadata-statistik/kegiatan/{id}}; a placeholder matches one
 * segment and its value is read with {@link SimRequest#pathParam(String)}. Routes are tried in the order they
 * were added; a trailing slash in the request path is ignored.
 */
public final class Router {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * @param pattern a path pattern
     * @param handler its handler
     * @return this router
     */
    public Router get(String pattern, RequestHandler handler) {
        return route("GET", pattern, handler);
    }

    /**
     * @param pattern a path pattern
     * @param handler its handler
     * @return this router
     */
    public Router post(String pattern, RequestHandler handler) {
        return route("POST", pattern, handler);
    }

    /**
     * @param pattern a path pattern
     * @param handler its handler
     * @return this router
     */
    public Router put(String pattern, RequestHandler handler) {
        return route("PUT", pattern, handler);
    }

    /**
     * @param pattern a path pattern
     * @param handler its handler
     * @return this router
     */
    public Router delete(String pattern, RequestHandler handler) {
        return route("DELETE", pattern, handler);
    }

    /**
     * @param method an HTTP method
     * @param pattern a path pattern starting with {@code /}
     * @param handler its handler
     * @return this router
     */
    public Router route(String method, String pattern, RequestHandler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), pattern, handler));
        return this;
    }

    /** @return every route as {@code "METHOD pattern"}, in order */
    public List<String> describe() {
        return routes.stream().map(Route::key).toList();
    }

    /**
     * Finds the route of a request.
     *
     * @param method the request method
     * @param path the decoded request path
     * @return the match, or a result telling whether the path is known under another method
     */
    Lookup lookup(String method, String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matcher = route.regex.matcher(normalized);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method.equals(method)) {
                pathKnown = true;
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            route.names.forEach(name -> params.put(name, matcher.group(name)));
            return new Lookup(Optional.of(new Match(route, params)), pathKnown);
        }
        return new Lookup(Optional.empty(), pathKnown);
    }

    /** The outcome of a lookup: the match, or whether another method would have matched. */
    record Lookup(Optional<Match> match, boolean pathKnownForOtherMethod) {
    }

    /** A matched route with the values of its placeholders. */
    record Match(Route route, Map<String, String> pathParams) {
    }

    /** One route: method, pattern and handler. */
    static final class Route {
        final String method;
        final String pattern;
        final RequestHandler handler;
        final Pattern regex;
        final List<String> names = new ArrayList<>();

        Route(String method, String pattern, RequestHandler handler) {
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("A route pattern starts with '/': " + pattern);
            }
            this.method = method;
            this.pattern = pattern;
            this.handler = Objects.requireNonNull(handler, "handler");
            StringBuilder regex = new StringBuilder();
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(pattern.substring(last, matcher.start())));
                String name = matcher.group(1);
                if (names.contains(name)) {
                    throw new IllegalArgumentException("Placeholder {" + name + "} repeated in " + pattern);
                }
                names.add(name);
                regex.append("(?<").append(name).append(">[^/]+)");
                last = matcher.end();
            }
            regex.append(Pattern.quote(pattern.substring(last)));
            this.regex = Pattern.compile(regex.toString());
        }

        String key() {
            return method + " " + pattern;
        }
    }
}
