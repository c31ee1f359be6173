package io.github.bpsconnector.core.file;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code Content-Disposition} response header (RFC 6266).
 *
 * <p>The file name is taken from {@code filename*} (RFC 5987/8187 {@code charset'language'percent-encoded}) when it
 * decodes cleanly, whatever the order of the parameters; otherwise from {@code filename}, a token or a quoted string
 * with backslash escapes. A {@code filename*} with bad percent-encoding, an unknown charset or bytes that are not
 * valid in its charset is ignored, never thrown: the parser falls back to {@code filename}, or to no name at all.
 *
 * <p>The parser is lenient where servers are known to be sloppy: unquoted values containing spaces, a quoted
 * {@code filename*}, an unterminated quoted string (read to the end), empty parameters, and a {@code filename} sent
 * as raw UTF-8 bytes (which arrives as ISO-8859-1 characters and is decoded back).
 *
 * <p>The decoded name is <strong>untrusted</strong>: it may contain path separators, {@code ..} or device names.
 * Use {@link SafeFileName} before it goes anywhere near a file system.
 */
public final class ContentDisposition {

    private static final ContentDisposition NONE = new ContentDisposition("", Map.of(), null);

    private final String type;
    private final Map<String, String> parameters;
    private final String fileName;

    private ContentDisposition(String type, Map<String, String> parameters, String fileName) {
        this.type = type;
        this.parameters = parameters;
        this.fileName = fileName;
    }

    /**
     * Parses a header value; never throws.
     *
     * @param headerValue the value of the {@code Content-Disposition} header, or {@code null} when there was none
     * @return the parsed header; without a file name when none could be decoded
     */
    public static ContentDisposition parse(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return NONE;
        }
        Scanner scanner = new Scanner(headerValue);
        String type = scanner.readUntil(';').trim().toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        while (scanner.skip(';')) {
            String name = scanner.readUntil('=', ';').trim().toLowerCase(Locale.ROOT);
            if (!scanner.skip('=')) {
                continue;
            }
            String value = scanner.readValue();
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value); // a repeated parameter is invalid; the first one counts
            }
        }
        return new ContentDisposition(type, Map.copyOf(parameters), fileNameOf(parameters));
    }

    /** The disposition type in lower case, e.g. {@code attachment} or {@code inline}; empty when absent. */
    public String type() {
        return type;
    }

    /** Whether the server asked for the body to be saved rather than shown. */
    public boolean isAttachment() {
        return "attachment".equals(type);
    }

    /** The decoded file name as the server sent it (untrusted), if there was a usable one. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /**
     * A parameter as sent, unquoted but not decoded.
     *
     * @param name the parameter name, case-insensitive, e.g. {@code filename*}
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return "ContentDisposition[type=" + type + ", fileName=" + fileName + "]";
    }

    private static String fileNameOf(Map<String, String> parameters) {
        String extended = parameters.get("filename*");
        if (extended != null) {
            Optional<String> decoded = decodeExtendedValue(extended);
            if (decoded.isPresent()) {
                return decoded.get();
            }
        }
        String plain = parameters.get("filename");
        return plain == null ? null : repairRawUtf8(plain);
    }

    /** Decodes an RFC 5987 {@code ext-value}: {@code charset'[language]'pct-encoded}; empty when malformed. */
    static Optional<String> decodeExtendedValue(String value) {
        int firstQuote = value.indexOf('\'');
        int secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
        if (secondQuote < 0) {
            return Optional.empty();
        }
        Optional<Charset> charset = charsetNamed(value.substring(0, firstQuote).trim());
        Optional<byte[]> bytes = percentDecode(value.substring(secondQuote + 1));
        if (charset.isEmpty() || bytes.isEmpty()) {
            return Optional.empty();
        }
        return decodeStrictly(bytes.get(), charset.get());
    }

    private static Optional<Charset> charsetNamed(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> percentDecode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                return Optional.empty(); // whitespace, controls and raw non-ASCII are not attr-chars
            }
        }
        return Optional.of(bytes.toByteArray());
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Header bytes reach us as ISO-8859-1 characters; a server that wrote the name as raw UTF-8 bytes (against the
     * RFC, but common) produces mojibake like {@code Ã©}. When the characters form valid UTF-8, decode them as such.
     */
    private static String repairRawUtf8(String value) {
        boolean highCharacters = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xff) {
                return value;
            }
            highCharacters |= c >= 0x80;
        }
        if (!highCharacters) {
            return value;
        }
        return decodeStrictly(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).orElse(value);
    }

    /** Walks the header value once, left to right. */
    private static final class Scanner {
        private final String text;
        private int position;

        Scanner(String text) {
            this.text = text;
        }

        /** Reads up to (not including) the first of {@code stops}, or to the end. */
        String readUntil(char... stops) {
            int start = position;
            while (position < text.length() && !isStop(text.charAt(position), stops)) {
                position++;
            }
            return text.substring(start, position);
        }

        /** Consumes {@code expected} after optional whitespace; false (consuming nothing) when it is not next. */
        boolean skip(char expected) {
            skipWhitespace();
            if (position < text.length() && text.charAt(position) == expected) {
                position++;
                return true;
            }
            return false;
        }

        /** Reads a parameter value: a quoted string (unescaped) or everything up to the next {@code ;}, trimmed. */
        String readValue() {
            skipWhitespace();
            if (position < text.length() && text.charAt(position) == '"') {
                position++;
                String quoted = readQuotedRest();
                readUntil(';'); // anything between the closing quote and the next parameter is junk
                return quoted;
            }
            return readUntil(';').trim();
        }

        private String readQuotedRest() {
            StringBuilder value = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            return value.toString(); // unterminated: take what is there
        }

        private void skipWhitespace() {
            while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
        }

        private static boolean isStop(char c, char[] stops) {
            for (char stop : stops) {
                if (c == stop) {
                    return true;
                }
            }
            return false;
        }
    }
}
