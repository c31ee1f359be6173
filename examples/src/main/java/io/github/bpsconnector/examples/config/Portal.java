package io.github.bpsconnector.examples.config;

import java.util.Locale;

/** The BPS portal an account belongs to. */
public enum Portal {

    /** Romantik: recommendations of statistical activities. */
    ROMANTIK("https://romantik.web.bps.go.id"),

    /** INDAH: statistical metadata (its JSON API). */
    INDAH("https://indah-api.bps.go.id");

    private final String defaultUrl;

    Portal(String defaultUrl) {
        this.defaultUrl = defaultUrl;
    }

    /** The live portal's address, used when the configuration gives none. */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** The name used in configuration keys and messages: {@code romantik} or {@code indah}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The portal named {@code text} ({@code romantik} or {@code indah}, any case).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Portal parse(String text) {
        for (Portal portal : values()) {
            if (portal.key().equalsIgnoreCase(text.strip())) {
                return portal;
            }
        }
        throw new IllegalArgumentException("unknown portal '" + text.strip() + "' (romantik or indah)");
    }
}
