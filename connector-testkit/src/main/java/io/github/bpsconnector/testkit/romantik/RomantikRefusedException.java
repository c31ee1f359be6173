package io.github.bpsconnector.testkit.romantik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated Romantik refused an action: a status transition §2.6 does not allow, or input that fails a check.
 * Over HTTP this is a {@code 422} page; the message (Indonesian, as the page shows it) and the field problems are
 * what the page carries.
 */
public class RomantikRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The key of {@link #fieldErrors()} used for problems not tied to one field. */
    public static final String GENERAL = "_umum";

    private final Map<String, String> fieldErrors;

    /** A refusal not tied to one field. */
    public RomantikRefusedException(String message) {
        this(message, Map.of(GENERAL, message));
    }

    /** A refusal with problems keyed by field name (the {@code data-field} of {@code .invalid-feedback}). */
    public RomantikRefusedException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** The problems by field name, in the order found; {@link #GENERAL} for those not tied to a field. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
