package io.github.bpsconnector.testkit.romantik;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the router answers: status, headers (a name may repeat, e.g. {@code Set-Cookie}) and body. */
final class RomantikResponse {

    static final String HTML = "text/html; charset=UTF-8";

    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final byte[] body;

    private RomantikResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    static RomantikResponse html(int status, String html) {
        return new RomantikResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static RomantikResponse redirect(String location) {
        return new RomantikResponse(302, null, new byte[0]).header("Location", location);
    }

    static RomantikResponse bytes(int status, String contentType, byte[] body) {
        return new RomantikResponse(status, contentType, body.clone());
    }

    RomantikResponse header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** Adds {@code Set-Cookie} for an HttpOnly cookie on {@code path}. */
    RomantikResponse cookie(String name, String value, String path) {
        return header("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax");
    }

    /** Adds {@code Set-Cookie} that deletes a cookie. */
    RomantikResponse deleteCookie(String name, String path) {
        return header("Set-Cookie", name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    int status() {
        return status;
    }

    List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** The first value of a header, or {@code null}. */
    String headerValue(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    byte[] body() {
        return body.clone();
    }
}
