package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Set;

/**
 * The canonical JSON form of the metadata model: what {@link MetadataSchema} describes, and what systems in other
 * languages exchange with this library.
 *
 * <p><strong>Writing</strong> is deterministic, so equal values give byte-identical text: UTF-8, two-space
 * indentation, {@code \n} line ends and a final newline; properties in the order the records declare them (form
 * order); coded answers by their named value ({@code "BERULANG"}, never a code number); dates as ISO
 * {@code yyyy-MM-dd} or, for a month only, {@code yyyy-MM}; multiple choices with their options in form order.
 * Absent items are <em>left out</em>: no {@code null}, no empty string, no empty list, no empty multiple choice,
 * no block whose items are all absent (an empty draft is {@code {}}).
 *
 * <p><strong>Reading</strong> is strict: an unknown field is an {@link UnknownMetadataFieldException}; a wrong
 * JSON type, an explicit {@code null}, blank text, a number where a named value is expected or a value outside a
 * code list is an {@link InvalidMetadataValueException}; text that is not one JSON document is a
 * {@link MalformedMetadataJsonException} with its line and column. Each names the JSON Pointer of the offending
 * value. No Jackson exception escapes. (The INDAH wire mapping, elsewhere, is lenient instead.)
 *
 * <p>Round trip: {@code read(write(x)).equals(x)} and {@code write(read(write(x))).equals(write(x))}.
 * Thread-safe.
 */
public final class MetadataJson {

    /** The largest input read, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final Set<Class<?>> FORMS = Set.of(MsKeg.class, MsVar.class, MsInd.class, MetadataPackage.class);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new CanonicalModule())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.CUSTOM,
                    JsonInclude.Include.USE_DEFAULTS, AbsentValueFilter.class, null))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private MetadataJson() {
    }

    /** The canonical JSON of a package. */
    public static String write(MetadataPackage value) {
        return writeForm(value);
    }

    /** The canonical JSON of an MS-Keg. */
    public static String write(MsKeg value) {
        return writeForm(value);
    }

    /** The canonical JSON of an MS-Var. */
    public static String write(MsVar value) {
        return writeForm(value);
    }

    /** The canonical JSON of an MS-Ind. */
    public static String write(MsInd value) {
        return writeForm(value);
    }

    /**
     * Writes the canonical JSON of a package to {@code file}, atomically: the bytes go to a temporary file in the
     * same directory, are forced to disk, then replace {@code file} in one move, so a crash never leaves a
     * half-written file.
     */
    public static void write(MetadataPackage value, Path file) throws IOException {
        byte[] bytes = write(value).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads a package from canonical JSON. @throws MetadataJsonException when it is not canonical JSON */
    public static MetadataPackage readPackage(String json) {
        return read(json, MetadataPackage.class);
    }

    /** Reads a package from a canonical JSON file (UTF-8). @throws MetadataJsonException when not canonical */
    public static MetadataPackage readPackage(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, MetadataPackage.class);
        }
    }

    /** Reads an MS-Keg from canonical JSON. @throws MetadataJsonException when it is not canonical JSON */
    public static MsKeg readMsKeg(String json) {
        return read(json, MsKeg.class);
    }

    /** Reads an MS-Var from canonical JSON. @throws MetadataJsonException when it is not canonical JSON */
    public static MsVar readMsVar(String json) {
        return read(json, MsVar.class);
    }

    /** Reads an MS-Ind from canonical JSON. @throws MetadataJsonException when it is not canonical JSON */
    public static MsInd readMsInd(String json) {
        return read(json, MsInd.class);
    }

    /**
     * Reads one of {@link MsKeg}, {@link MsVar}, {@link MsInd} or {@link MetadataPackage} from canonical JSON.
     *
     * @throws MetadataJsonException    when the text is not canonical JSON of that type
     * @throws IllegalArgumentException when {@code type} is not one of the four
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads one of {@link MsKeg}, {@link MsVar}, {@link MsInd} or {@link MetadataPackage} from canonical JSON in
     * UTF-8, at most {@value #MAX_BYTES} bytes. The stream is not closed.
     *
     * @throws MetadataJsonException    when the bytes are not canonical JSON of that type, or too many
     * @throws IOException              when the stream fails
     * @throws IllegalArgumentException when {@code type} is not one of the four
     */
    public static <T> T read(InputStream in, Class<T> type) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] json = in.readNBytes(MAX_BYTES + 1);
        if (json.length > MAX_BYTES) {
            throw new MalformedMetadataJsonException(-1, -1,
                    "The JSON is larger than " + MAX_BYTES + " bytes; a metadata package is far smaller", null);
        }
        return read(json, type);
    }

    private static <T> T read(byte[] json, Class<T> type) {
        requireForm(type);
        CanonicalTokenCheck.check(MAPPER.getFactory(), json);
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writeForm(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The model could not be written as JSON", e);
        }
    }

    private static void requireForm(Class<?> type) {
        if (!FORMS.contains(type)) {
            throw new IllegalArgumentException("Not a metadata form: " + type.getName());
        }
    }
}
