package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp;
import io.github.bpsconnector.testkit.RawHttp.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A minimal browser for the tests: raw HTTP (no automatic redirects or retries) plus a cookie jar that honours
 * paths and deletions, and helpers to submit the forms the pages carry.
 */
final class Browser implements AutoCloseable {

    private final String baseUrl;
    private final RawHttp http;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    private record Cookie(String value, String path) {
    }

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = new RawHttp(baseUrl);
    }

    /** A path relative to the server, from a path or an absolute URL of the same server. */
    String relative(String pathOrUrl) {
        if (pathOrUrl.startsWith(baseUrl)) {
            return pathOrUrl.substring(baseUrl.length());
        }
        assertThat(pathOrUrl).as("a URL of the simulator").startsWith("/");
        return pathOrUrl;
    }

    Reply get(String pathOrUrl) {
        return send("GET", pathOrUrl, null);
    }

    Reply post(String pathOrUrl, Map<String, List<String>> fields) {
        List<NameValuePair> pairs = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(new BasicNameValuePair(name, value))));
        return send("POST", pathOrUrl, new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
    }

    Reply postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create();
        fields.forEach((name, value) -> builder.addTextBody(name, value, ContentType.TEXT_PLAIN.withCharset(
                StandardCharsets.UTF_8)));
        if (content != null) {
            builder.addBinaryBody(fileField, content, ContentType.create("application/pdf"), fileName);
        }
        return send("POST", path, builder.build());
    }

    /**
     * Submits a form of {@code page} as a browser would (its hidden {@code _token} included), with some values
     * replaced or added; {@code null} removes a field.
     */
    Reply submit(Document page, String formSelector, Map<String, List<String>> changes) {
        FormElement form = (FormElement) page.expectFirst(formSelector);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.formData().stream().filter(pair -> !"aksi".equals(pair.key()))
                .forEach(pair -> fields.computeIfAbsent(pair.key(), k -> new ArrayList<>()).add(pair.value()));
        changes.forEach((name, values) -> {
            if (values == null) {
                fields.remove(name);
            } else {
                fields.put(name, values);
            }
        });
        return post(form.attr("action"), fields);
    }

    /** Follows redirects (at most 10) and returns the first answer that is not one. */
    Reply follow(Reply reply) {
        Reply current = reply;
        for (int hops = 0; hops < 10 && current.status() == 302; hops++) {
            current = get(current.header("Location").orElseThrow());
        }
        return current;
    }

    Document page(Reply reply) {
        return Jsoup.parse(reply.text(), baseUrl);
    }

    /** GET and parse, asserting 200. */
    Document open(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as("GET %s", path).isEqualTo(200);
        return page(reply);
    }

    String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.value();
    }

    void setCookie(String name, String value) {
        cookies.put(name, new Cookie(value, "/"));
    }

    void forgetCookies() {
        cookies.clear();
    }

    /** Logs in through the SSO (mode 1) and returns the home page. */
    Document loginSso(String email, String password) {
        Reply toSso = get("/login");
        assertThat(toSso.status()).isEqualTo(302);
        Reply ssoPage = get(toSso.header("Location").orElseThrow());
        if (ssoPage.status() == 302) {
            return page(follow(ssoPage));
        }
        Reply callback = submit(page(ssoPage), "form#kc-form-login", Map.of("username", List.of(email),
                "password", List.of(password)));
        assertThat(callback.status()).as("login of %s", email).isEqualTo(302);
        return page(follow(callback));
    }

    private Reply send(String method, String pathOrUrl, HttpEntity entity) {
        String path = relative(pathOrUrl);
        RawHttp.Call call = http.call(method, path);
        String cookieHeader = cookieHeader(URI.create(baseUrl + path).getPath());
        if (!cookieHeader.isEmpty()) {
            call.header("Cookie", cookieHeader);
        }
        if (entity != null) {
            call.entity(entity);
        }
        Reply reply;
        try {
            reply = call.sendRaw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reply.headers("Set-Cookie").forEach(this::store);
        return reply;
    }

    /** Sends without catching I/O failures (for fault tests). */
    Reply sendRaw(String method, String path, Map<String, List<String>> fields) throws IOException {
        RawHttp.Call call = http.call(method, path);
        String cookieHeader = cookieHeader(path);
        if (!cookieHeader.isEmpty()) {
            call.header("Cookie", cookieHeader);
        }
        List<NameValuePair> pairs = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(new BasicNameValuePair(name, value))));
        return call.entity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8)).sendRaw();
    }

    private String cookieHeader(String path) {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, cookie) -> {
            if (path.startsWith(cookie.path()) || (path + "/").equals(cookie.path())) {
                pairs.add(name + "=" + cookie.value());
            }
        });
        return String.join("; ", pairs);
    }

    private void store(String setCookie) {
        String[] attributes = setCookie.split(";\\s*");
        String[] pair = attributes[0].split("=", 2);
        String path = "/";
        boolean delete = false;
        for (String attribute : attributes) {
            if (attribute.startsWith("Path=")) {
                path = attribute.substring(5);
            } else if (attribute.equals("Max-Age=0")) {
                delete = true;
            }
        }
        if (delete) {
            cookies.remove(pair[0]);
        } else {
            cookies.put(pair[0], new Cookie(pair[1], path));
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
