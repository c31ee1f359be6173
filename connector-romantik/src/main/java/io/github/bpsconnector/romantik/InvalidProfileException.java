package io.github.bpsconnector.romantik;

/**
 * A Romantik profile (bundled or override) that cannot be used: a missing or blank entry, an unknown key, a CSS
 * selector or regular expression that does not parse, an unknown status. {@link #key()} names the entry, e.g.
 * {@code selectors.list.row}.
 */
public class InvalidProfileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the profile entry, dotted ({@code selectors.list.row}), or {@code ""} for the whole file
     * @param message what is wrong with it
     */
    public InvalidProfileException(String key, String message) {
        super(key.isEmpty() ? message : key + ": " + message);
        this.key = key;
    }

    /** The profile entry that is wrong, dotted, e.g. {@code selectors.list.row}. */
    public String key() {
        return key;
    }
}
