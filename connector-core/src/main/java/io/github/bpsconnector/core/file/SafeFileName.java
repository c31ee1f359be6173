package io.github.bpsconnector.core.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an untrusted file name (from a server's {@code Content-Disposition}, a URI or a user) into one that is safe
 * to create on Linux and Windows. The rules, in order:
 *
 * <ol>
 *   <li>Unicode NFC normalisation.</li>
 *   <li>Only the last segment after any {@code /} or {@code \} is kept (both, whatever the platform).</li>
 *   <li>Control characters (including NUL, CR, LF), Unicode format characters (such as bidirectional overrides
 *       that disguise an extension), unpaired surrogates and {@code " : * ? < > |} are removed.</li>
 *   <li>Dots and white space are trimmed from both ends (no hidden files, nothing Windows would drop).</li>
 *   <li>What remains must not be empty (so {@code .} and {@code ..} are refused).</li>
 *   <li>Windows device names ({@code CON}, {@code PRN}, {@code AUX}, {@code NUL}, {@code COM1}-{@code COM9},
 *       {@code LPT1}-{@code LPT9}, also with an extension such as {@code con.txt}) get a leading {@code _}.</li>
 *   <li>The name is cut to {@value #MAX_UTF8_BYTES} bytes of UTF-8, keeping its extension and never splitting a
 *       code point.</li>
 * </ol>
 *
 * <p>When nothing usable remains, {@link #generate(String)} makes a name from a time-sortable random id and an
 * extension that matches the content type.
 */
public final class SafeFileName {

    /** The longest name produced, in UTF-8 bytes; leaves room for a collision suffix under the usual 255. */
    public static final int MAX_UTF8_BYTES = 200;

    /** An extension longer than this (after the dot) is treated as part of the name. */
    private static final int MAX_EXTENSION_CHARS = 16;

    private static final String RESERVED_CHARACTERS = "\"*:<>?|";

    private static final Set<String> DEVICE_NAMES = Set.of(
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private static final Map<String, String> TEXT_EXTENSIONS = Map.of(
            "text/plain", "txt",
            "text/csv", "csv",
            "text/html", "html",
            "application/json", "json",
            "application/xml", "xml",
            "text/xml", "xml");

    private static final String DEFAULT_EXTENSION = "bin";

    private SafeFileName() {
    }

    /**
     * Makes {@code untrusted} safe by the rules above.
     *
     * @param untrusted a name from outside, or {@code null}
     * @return the safe name, or empty when nothing usable remains
     */
    public static Optional<String> sanitize(String untrusted) {
        if (untrusted == null) {
            return Optional.empty();
        }
        String name = lastSegment(Normalizer.normalize(untrusted, Normalizer.Form.NFC));
        name = trimDotsAndSpaces(removeUnsafeCharacters(name));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (isDeviceName(name)) {
            name = "_" + name;
        }
        return Optional.of(capLength(name));
    }

    /**
     * The safe form of {@code untrusted}, or a generated name when nothing usable remains.
     *
     * @param untrusted   a name from outside, or {@code null}
     * @param contentType the media type of the content, for a generated name's extension; may be {@code null}
     */
    public static String sanitizeOrGenerate(String untrusted, String contentType) {
        return sanitize(untrusted).orElseGet(() -> generate(contentType));
    }

    /**
     * A new name {@code download-<id>.<ext>} where the id sorts by creation time and the extension follows
     * {@code contentType} ({@code application/pdf} gives {@code .pdf}, an unknown type {@code .bin}).
     */
    public static String generate(String contentType) {
        return "download-" + SortableId.next() + "." + extensionFor(contentType);
    }

    /** The usual extension (without the dot) for a media type; {@code bin} when unknown or {@code null}. */
    public static String extensionFor(String contentType) {
        if (contentType == null) {
            return DEFAULT_EXTENSION;
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return FileType.forMimeType(bare)
                .map(FileType::extension)
                .orElseGet(() -> TEXT_EXTENSIONS.getOrDefault(bare, DEFAULT_EXTENSION));
    }

    /** Whether {@code safeName} has an extension by these rules (a short run of letters and digits after a dot). */
    public static boolean hasExtension(String safeName) {
        return extensionStart(safeName) >= 0;
    }

    /** {@code name (n).ext}: the {@code n}-th alternative to a name that is taken. */
    static String withCounter(String safeName, int counter) {
        int dot = extensionStart(safeName);
        String stem = dot < 0 ? safeName : safeName.substring(0, dot);
        String extension = dot < 0 ? "" : safeName.substring(dot);
        return stem + " (" + counter + ")" + extension;
    }

    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String removeUnsafeCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp))
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .filter(cp -> Character.getType(cp) != Character.SURROGATE) // only unpaired ones reach here
                .filter(cp -> RESERVED_CHARACTERS.indexOf(cp) < 0)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isTrimmed(name.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDeviceName(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        return DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT));
    }

    private static String capLength(String name) {
        if (utf8Length(name) <= MAX_UTF8_BYTES) {
            return name;
        }
        int dot = extensionStart(name);
        String extension = dot < 0 ? "" : name.substring(dot);
        String stem = dot < 0 ? name : name.substring(0, dot);
        return trimDotsAndSpaces(truncateUtf8(stem, MAX_UTF8_BYTES - utf8Length(extension))) + extension;
    }

    /** The index of the extension's dot, or -1 when the name has no extension by our rules. */
    private static int extensionStart(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > MAX_EXTENSION_CHARS) {
            return -1;
        }
        for (int i = dot + 1; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return -1;
            }
        }
        return dot;
    }

    private static String truncateUtf8(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = utf8Length(cp);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
