package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.RomantikProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Pages saved from the simulated Romantik, under {@code src/test/resources/.../romantik/pages}. */
final class SavedPages {

    static final URI BASE = URI.create("https://romantik.web.bps.go.id");

    private SavedPages() {
    }

    static String html(String name) {
        try (InputStream in = SavedPages.class.getResourceAsStream("/io/github/bpsconnector/romantik/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no saved page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Page page(String name, RomantikProfile profile, PageSnapshots snapshots) {
        return Page.parse(html(name), BASE.resolve("/pengajuan"), profile, snapshots, "test." + name);
    }

    static Page page(String name) {
        return page(name, RomantikProfile.defaults(), PageSnapshots.none());
    }
}
