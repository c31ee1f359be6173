package io.github.bpsconnector.testkit.romantik;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the router needs of an HTTP request; the server adapter provides it. */
interface RomantikRequest {

    /** {@code GET}, {@code POST}, ... (upper case). */
    String method();

    /** The path without query, e.g. {@code /pengajuan/3/blok/2}. */
    String path();

    /** Every query parameter's first value. */
    Map<String, String> queryParameters();

    /** A cookie's value, or {@code null}. */
    String cookie(String name);

    /** {@code scheme://host:port} as the client addressed the server. */
    String baseUrl();

    /** The form fields of a url-encoded or multipart body (text parts only). */
    FormValues form();

    /** A file part of a multipart body. */
    Optional<FilePart> file(String name);

    /** The first value of a query parameter, or {@code null}. */
    default String query(String name) {
        return queryParameters().get(name);
    }

    /** An uploaded file. */
    record FilePart(String fileName, byte[] content) {
        @Override
        public String toString() {
            return "FilePart[" + fileName + ", " + content.length + " bytes]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FilePart that && Objects.equals(fileName, that.fileName)
                    && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(fileName) + Arrays.hashCode(content);
        }
    }

    /** Parses {@code a=1&b=2&b=3} (URL-encoded, UTF-8) into form values. */
    static FormValues parseUrlEncoded(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    String[] parts = pair.split("=", 2);
                    values.computeIfAbsent(decode(parts[0]), key -> new ArrayList<>())
                            .add(parts.length > 1 ? decode(parts[1]) : "");
                }
            }
        }
        return FormValues.of(values);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
