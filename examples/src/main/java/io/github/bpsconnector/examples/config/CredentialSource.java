package io.github.bpsconnector.examples.config;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.EnvironmentCredentialsProvider;
import io.github.bpsconnector.core.session.PropertiesFileCredentialsProvider;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where an account's user name and password come from. Never the configuration file itself and never the command
 * line: either two environment variables or an owner-only ({@code chmod 600}) secrets file.
 */
public sealed interface CredentialSource {

    /** The connector-core provider that reads the credentials at each login. */
    CredentialsProvider provider();

    /** A description without any value, for {@code status} and error messages. */
    String describe();

    /**
     * The environment variables {@code <prefix>_USER} and {@code <prefix>_PASSWORD}.
     *
     * @param prefix      the variable prefix, e.g. {@code BPS_DINKES}
     * @param environment the lookup of a variable ({@link System#getenv(String)} outside tests)
     */
    record Environment(String prefix, Function<String, String> environment) implements CredentialSource {

        /** Checks the prefix. */
        public Environment {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(environment, "environment");
        }

        /** The variable holding the user name. */
        public String usernameVariable() {
            return prefix + "_USER";
        }

        /** The variable holding the password. */
        public String passwordVariable() {
            return prefix + "_PASSWORD";
        }

        @Override
        public CredentialsProvider provider() {
            return new EnvironmentCredentialsProvider(usernameVariable(), passwordVariable(), environment);
        }

        @Override
        public String describe() {
            return "variabel lingkungan " + usernameVariable() + " / " + passwordVariable();
        }

        @Override
        public String toString() {
            return "Environment[" + prefix + "]";
        }
    }

    /**
     * The keys {@code <account>.username} and {@code <account>.password} of a properties file readable by its
     * owner only.
     *
     * @param file    the secrets file
     * @param account the account id, the keys' prefix
     */
    record SecretsFile(Path file, String account) implements CredentialSource {

        /** Checks the arguments. */
        public SecretsFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(account, "account");
        }

        @Override
        public CredentialsProvider provider() {
            return new PropertiesFileCredentialsProvider(file, account + ".username", account + ".password");
        }

        @Override
        public String describe() {
            return "berkas rahasia " + file.getFileName() + " (" + account + ".username / " + account + ".password)";
        }
    }
}
