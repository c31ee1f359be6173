package io.github.bpsconnector.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of a {@code multipart/form-data} request.
 *
 * @param name the form field name of the part
 * @param fileName the file name the client gave, or {@code null} for a plain field
 * @param contentType the part's {@code Content-Type}, or {@code null}
 * @param body the part's bytes
 */
public record SimPart(String name, String fileName, String contentType, byte[] body) {

    /** Validates the name and copies the body. */
    public SimPart {
        Objects.requireNonNull(name, "name");
        body = body == null ? new byte[0] : body.clone();
    }

    /** @return a copy of the part's bytes */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the number of bytes in the part */
    public int size() {
        return body.length;
    }

    /** @return the file name, if the part is a file */
    public Optional<String> optionalFileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the body decoded as UTF-8 text */
    public String bodyAsString() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SimPart[name=" + name + ", fileName=" + fileName + ", contentType=" + contentType
                + ", size=" + body.length + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimPart that
                && name.equals(that.name)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(contentType, that.contentType)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, fileName, contentType, java.util.Arrays.hashCode(body));
    }
}
