package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimPart;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading Romantik's requests (forms, page numbers, the host) and writing its cookies. */
final class RomantikHttp {

    private RomantikHttp() {
    }

    /** The posted fields: of a url-encoded body, or the text parts of a multipart one. */
    static FormValues form(SimRequest request) {
        if (!request.isMultipart()) {
            return FormValues.of(request.formFields());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (SimPart part : request.parts()) {
            if (part.fileName() == null) {
                fields.computeIfAbsent(part.name(), name -> new ArrayList<>()).add(part.bodyAsString());
            }
        }
        return FormValues.of(fields);
    }

    /** {@code http://host:port} as the client addressed the simulator, or {@code fallback}. */
    static String baseUrl(SimRequest request, String fallback) {
        return request.header("Host").filter(host -> host.matches("[A-Za-z0-9.\\-\\[\\]:]+"))
                .map(host -> "http://" + host).orElse(fallback);
    }

    /** The {@code page} query parameter; 1 when absent or not a number. */
    static int page(SimRequest request) {
        return request.query("page").filter(page -> page.matches("\\d{1,6}")).map(Integer::parseInt).orElse(1);
    }

    /** A year from the query ({@code tahun}), or {@code null}. */
    static Integer year(SimRequest request) {
        return request.query("tahun").filter(year -> year.matches("\\d{4}")).map(Integer::valueOf).orElse(null);
    }

    /** {@code response} with an HttpOnly cookie on {@code path}. */
    static SimResponse withCookie(SimResponse response, String name, String value, String path) {
        return response.withHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax");
    }

    /** {@code response} with a cookie deleted. */
    static SimResponse deleteCookie(SimResponse response, String name, String path) {
        return response.withHeader("Set-Cookie", name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Lax");
    }
}
