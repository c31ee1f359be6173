package io.github.bpsconnector.metadata.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test fixtures of {@code src/test/resources/fixtures}. */
final class Fixtures {

    /** The SKJHI 2018 worked example of Perban 5/2020 as a full package (see fixtures/README.md). */
    static final String SKJHI_2018 = "skjhi-2018-package.json";
    /** A draft with only a title. */
    static final String MINIMAL_DRAFT = "minimal-draft-package.json";

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
