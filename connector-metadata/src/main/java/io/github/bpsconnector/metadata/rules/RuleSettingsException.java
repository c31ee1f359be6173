package io.github.bpsconnector.metadata.rules;

/**
 * A rule settings file or builder value is unusable: malformed JSON, an unknown key, a wrong type, a bad regular
 * expression, an unknown code value or rule id. Names the offending key, e.g. {@code "title.forbiddenPrefixes[2]"}.
 */
public class RuleSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key     the offending key, as a dotted path into the settings JSON
     * @param message what is wrong
     * @param cause   the underlying failure, or {@code null}
     */
    public RuleSettingsException(String key, String message, Throwable cause) {
        super("Rule settings, " + key + ": " + message, cause);
        this.key = key;
    }

    /** The offending key, as a dotted path into the settings JSON. */
    public String key() {
        return key;
    }
}
