package io.github.bpsconnector.indah.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.indah.TestForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The v2 {@code data} of each form against golden files: the model written gives exactly the golden JSON (keys with
 * the portal's misspellings, enum strings, booleans, arrays), and the portal-style golden JSON (with keys the model
 * does not know, ids as strings) reads back as the model. Run with {@code -Dindah.golden.update=true} to rewrite
 * the "written" files after a deliberate change.
 */
class WireGoldenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final IndahProfile PROFILE = IndahProfile.defaults();

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("ms-keg", new MsKegWire(PROFILE), TestForms.msKeg("Survei Imunisasi Kabupaten Jember 2026")),
                Arguments.of("ms-var", new MsVarWire(PROFILE), TestForms.msVar("Status Imunisasi Anak")),
                Arguments.of("ms-ind", new MsIndWire(PROFILE), TestForms.msInd("Persentase Imunisasi Dasar Lengkap")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    <T> void writesExactlyTheGoldenJson(String name, FormWire<T> wire, T form) throws IOException {
        JsonNode written = wire.write(form);
        if (Boolean.getBoolean("indah.golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden/" + name + "-written.json"),
                    MAPPER.writeValueAsString(written) + "\n");
        }
        assertThat(written).isEqualTo(golden(name + "-written.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    <T> void readsThePortalsJsonAsTheModel(String name, FormWire<T> wire, T form) throws IOException {
        T read = wire.read(golden(name + "-from-portal.json"));
        assertThat(wire.write(read)).isEqualTo(wire.write(form));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    <T> void aWrittenFormReadsBackUnchanged(String name, FormWire<T> wire, T form) {
        assertThat(wire.write(wire.read(wire.write(form)))).isEqualTo(wire.write(form));
    }

    static JsonNode golden(String file) throws IOException {
        try (InputStream in = WireGoldenTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
