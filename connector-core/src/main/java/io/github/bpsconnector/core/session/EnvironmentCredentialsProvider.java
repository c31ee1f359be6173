package io.github.bpsconnector.core.session;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the credentials from two environment variables at each login, by default {@code BPS_<PORTAL>_USER} and
 * {@code BPS_<PORTAL>_PASSWORD}. A missing or blank variable is a {@link CredentialsException} naming the variable.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {

    private final String usernameVariable;
    private final String passwordVariable;
    private final Function<String, String> environment;

    /** Reads the given variables from the process environment ({@link System#getenv(String)}). */
    public EnvironmentCredentialsProvider(String usernameVariable, String passwordVariable) {
        this(usernameVariable, passwordVariable, System::getenv);
    }

    /**
     * Reads the given variables through {@code environment}, which returns a variable's value or {@code null}
     * (tests pass a map's {@code get}).
     */
    public EnvironmentCredentialsProvider(String usernameVariable, String passwordVariable,
            Function<String, String> environment) {
        this.usernameVariable = Objects.requireNonNull(usernameVariable, "usernameVariable");
        this.passwordVariable = Objects.requireNonNull(passwordVariable, "passwordVariable");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Reads {@code BPS_<PORTAL>_USER} and {@code BPS_<PORTAL>_PASSWORD} from the process environment. */
    public static EnvironmentCredentialsProvider forPortal(String portal) {
        return forPortal(portal, System::getenv);
    }

    /** Reads {@code BPS_<PORTAL>_USER} and {@code BPS_<PORTAL>_PASSWORD} through {@code environment}. */
    public static EnvironmentCredentialsProvider forPortal(String portal, Function<String, String> environment) {
        String prefix = "BPS_" + portal.toUpperCase(Locale.ROOT) + "_";
        return new EnvironmentCredentialsProvider(prefix + "USER", prefix + "PASSWORD", environment);
    }

    @Override
    public Credentials get() {
        return Credentials.ofText(require(usernameVariable), require(passwordVariable));
    }

    private String require(String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new CredentialsException("environment variable " + variable + " is not set or blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider[" + usernameVariable + ", " + passwordVariable + "]";
    }
}
