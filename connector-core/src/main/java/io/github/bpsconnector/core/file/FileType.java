package io.github.bpsconnector.core.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of file recognised by its first bytes (its "magic"), with the media type and extension that go with it.
 * The built-in constants cover what the portals exchange; {@link #of} defines more.
 *
 * <p>Office Open XML files ({@link #XLSX}, {@link #DOCX}) are ZIP containers: their magic only proves a ZIP, so a
 * ZIP of any content passes as XLSX. That is enough to stop a wrong upload (a PNG sent as a spreadsheet), not to
 * prove the content is well formed.
 */
public final class FileType {

    /** PDF document: {@code %PDF-}. */
    public static final FileType PDF = of("PDF", "application/pdf", "pdf", ascii("%PDF-"));
    /** PNG image. */
    public static final FileType PNG =
            of("PNG", "image/png", "png", bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a));
    /** JPEG image. */
    public static final FileType JPEG = of("JPEG", "image/jpeg", "jpg", bytes(0xff, 0xd8, 0xff));
    /** ZIP archive: {@code PK} followed by bytes 03 04. */
    public static final FileType ZIP = of("ZIP", "application/zip", "zip", zipMagic());
    /** Excel workbook (Office Open XML; a ZIP container). */
    public static final FileType XLSX = of("XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", zipMagic());
    /** Word document (Office Open XML; a ZIP container). */
    public static final FileType DOCX = of("DOCX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", zipMagic());
    /** Legacy Excel workbook (OLE2 compound file). */
    public static final FileType XLS = of("XLS", "application/vnd.ms-excel", "xls",
            bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1));

    private static final List<FileType> BUILT_IN = List.of(PDF, PNG, JPEG, ZIP, XLSX, DOCX, XLS);

    private final String label;
    private final String mimeType;
    private final String extension;
    private final byte[] magic;

    private FileType(String label, String mimeType, String extension, byte[] magic) {
        this.label = label;
        this.mimeType = mimeType;
        this.extension = extension;
        this.magic = magic;
    }

    /**
     * Defines a file type.
     *
     * @param label     a short name for messages, e.g. {@code "PDF"}
     * @param mimeType  its media type, e.g. {@code "application/pdf"}
     * @param extension its usual extension without the dot, e.g. {@code "pdf"}
     * @param magic     the bytes every such file starts with; at least one
     */
    public static FileType of(String label, String mimeType, String extension, byte[] magic) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(extension, "extension");
        if (magic.length == 0) {
            throw new IllegalArgumentException("a file type needs at least one magic byte");
        }
        return new FileType(label, mimeType.toLowerCase(Locale.ROOT), extension, magic.clone());
    }

    /** The built-in types, most specific first among those sharing a magic. */
    public static List<FileType> builtIn() {
        return BUILT_IN;
    }

    /** The first built-in type whose media type is {@code mimeType} (parameters and case ignored). */
    public static Optional<FileType> forMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return BUILT_IN.stream().filter(type -> type.mimeType.equals(bare)).findFirst();
    }

    /** The first built-in type whose magic starts {@code head}; XLSX and DOCX show as {@link #ZIP}. */
    public static Optional<FileType> detect(byte[] head, int length) {
        return BUILT_IN.stream().filter(type -> type.matches(head, length)).findFirst();
    }

    /** Whether the first {@code length} bytes of {@code head} start with this type's magic. */
    public boolean matches(byte[] head, int length) {
        if (length < magic.length || head.length < magic.length) {
            return false;
        }
        return Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** A short name for messages, e.g. {@code "PDF"}. */
    public String label() {
        return label;
    }

    /** The media type, e.g. {@code "application/pdf"}. */
    public String mimeType() {
        return mimeType;
    }

    /** The usual extension without the dot, e.g. {@code "pdf"}. */
    public String extension() {
        return extension;
    }

    /** How many leading bytes are needed to check this type. */
    public int magicLength() {
        return magic.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileType that
                && label.equals(that.label)
                && mimeType.equals(that.mimeType)
                && extension.equals(that.extension)
                && Arrays.equals(magic, that.magic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, mimeType, extension, Arrays.hashCode(magic));
    }

    @Override
    public String toString() {
        return label;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zipMagic() {
        return bytes('P', 'K', 0x03, 0x04);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
