package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a portal's handler sees of one HTTP request: method, path, path parameters of the matched route, query,
 * headers, cookies, form fields, multipart parts and the body. A read-only view over WireMock's request.
 */
public final class SimRequest {

    private final Request request;
    private final String method;
    private final String path;
    private final Map<String, String> pathParams;

    SimRequest(Request request) {
        this(request, Map.of());
    }

    private SimRequest(Request request, Map<String, String> pathParams) {
        this.request = Objects.requireNonNull(request, "request");
        this.method = request.getMethod().getName().toUpperCase(java.util.Locale.ROOT);
        this.path = decodedPath(request.getUrl());
        this.pathParams = Map.copyOf(pathParams);
    }

    SimRequest withPathParams(Map<String, String> params) {
        return new SimRequest(request, params);
    }

    /** @return the HTTP method in upper case, e.g. {@code GET} */
    public String method() {
        return method;
    }

    /** @return the decoded path without the query string, e.g. {@code /sdi/v2/metadata-statistik/kegiatan/12} */
    public String path() {
        return path;
    }

    /**
     * @param name a {@code {name}} placeholder of the matched route
     * @return its decoded value
     * @throws IllegalArgumentException if the route has no such placeholder
     */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter '" + name + "'");
        }
        return value;
    }

    /**
     * @param name a query parameter name
     * @return its first value, if present
     */
    public Optional<String> query(String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? Optional.of(parameter.firstValue()) : Optional.empty();
    }

    /**
     * @param name a query parameter name
     * @return all its values, empty if absent
     */
    public List<String> queryAll(String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? List.copyOf(parameter.values()) : List.of();
    }

    /**
     * @param name a header name (case-insensitive)
     * @return its first value, if present
     */
    public Optional<String> header(String name) {
        HttpHeader header = request.header(name);
        return header != null && header.isPresent() ? Optional.of(header.firstValue()) : Optional.empty();
    }

    /**
     * @param name a cookie name
     * @return its value, if the request carries it
     */
    public Optional<String> cookie(String name) {
        Cookie cookie = request.getCookies().get(name);
        return cookie == null || cookie.isAbsent() ? Optional.empty() : Optional.ofNullable(cookie.getValue());
    }

    /**
     * @param name a field of an {@code application/x-www-form-urlencoded} body
     * @return its first value, if present
     */
    public Optional<String> formField(String name) {
        return formFieldAll(name).stream().findFirst();
    }

    /**
     * @param name a field of an {@code application/x-www-form-urlencoded} body
     * @return all its values (repeated checkboxes), empty if absent
     */
    public List<String> formFieldAll(String name) {
        if (!isForm()) {
            return List.of();
        }
        FormParameter parameter = request.formParameters().get(name);
        return parameter != null && parameter.isPresent() ? List.copyOf(parameter.values()) : List.of();
    }

    /** @return every form field of an {@code application/x-www-form-urlencoded} body, by name */
    public Map<String, List<String>> formFields() {
        if (!isForm()) {
            return Map.of();
        }
        java.util.LinkedHashMap<String, List<String>> fields = new java.util.LinkedHashMap<>();
        request.formParameters().forEach((key, value) -> fields.put(key, List.copyOf(value.values())));
        return fields;
    }

    /** @return whether the body is {@code multipart/form-data} */
    public boolean isMultipart() {
        return request.isMultipart();
    }

    /** @return the parts of a {@code multipart/form-data} body, in order; empty otherwise */
    public List<SimPart> parts() {
        if (!request.isMultipart()) {
            return List.of();
        }
        Collection<Request.Part> parts = request.getParts();
        return parts == null ? List.of() : parts.stream().map(SimRequest::toPart).toList();
    }

    /**
     * @param name a part name
     * @return the first part with that name, if any
     */
    public Optional<SimPart> part(String name) {
        return parts().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return a copy of the raw body bytes */
    public byte[] body() {
        byte[] body = request.getBody();
        return body == null ? new byte[0] : body.clone();
    }

    /** @return the body decoded as UTF-8 */
    public String bodyAsString() {
        byte[] body = request.getBody();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // never the headers, cookies or body: they carry tokens and passwords
        return "SimRequest[" + method + " " + path + "]";
    }

    private boolean isForm() {
        return header("Content-Type")
                .map(type -> type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
                .orElse(false);
    }

    private static SimPart toPart(Request.Part part) {
        HttpHeader type = part.getHeader("Content-Type");
        String contentType = type != null && type.isPresent() ? type.firstValue() : null;
        byte[] bytes = part.getBody() == null ? new byte[0] : part.getBody().asBytes();
        return new SimPart(part.getName(), part.getFileName(), contentType, bytes);
    }

    private static String decodedPath(String url) {
        int query = url.indexOf('?');
        String rawPath = query < 0 ? url : url.substring(0, query);
        try {
            String decoded = new URI(rawPath).getPath();
            return decoded == null ? rawPath : decoded;
        } catch (URISyntaxException e) {
            return rawPath;
        }
    }
}
