package io.github.bpsconnector.benchmarks;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixtures bundled in the benchmarks jar. */
public final class Fixtures {

    /** Canonical JSON of the SKJHI 2018 worked example of Peraturan BPS Nomor 5 Tahun 2020. */
    public static final String SKJHI_2018 = "/fixtures/skjhi-2018-package.json";

    private Fixtures() {
    }

    /** The text of a bundled resource (UTF-8). */
    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SKJHI 2018 package. */
    public static MetadataPackage skjhi2018() {
        return MetadataJson.readPackage(text(SKJHI_2018));
    }
}
