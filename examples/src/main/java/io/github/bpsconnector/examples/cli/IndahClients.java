package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;

import java.nio.file.Path;

/** Builds the INDAH clients of the command line from the configuration. */
final class IndahClients {

    private IndahClients() {
    }

    /** Where {@code account}'s INDAH session is kept (owner-only). */
    static SessionStore sessionStore(ConnectorConfig config, AccountConfig account) {
        return new SessionStore(config.sessionDir().resolve("indah-" + account.id() + ".json"));
    }

    /** A client that logs in with the account's credentials and a captcha read by {@code prompt}. */
    static IndahClient withCaptchaLogin(ConnectorConfig config, AccountConfig account, CaptchaPrompt prompt,
            Path captchaFile) {
        return IndahClient.builder()
                .apiBaseUrl(config.indahUrl())
                .resilienceSettings(ClientSettings.resilience(config))
                .login(IndahLogin.passwordWithCaptcha(account.credentials().provider(),
                        challenge -> prompt.ask(challenge, CaptchaFiles.write(challenge, captchaFile))))
                .sessionStore(sessionStore(config, account))
                .build();
    }

    /** A client that uses the session saved by {@code indah login}. */
    static IndahClient withSavedSession(ConnectorConfig config, AccountConfig account,
            Journal journal) {
        return IndahClient.builder()
                .apiBaseUrl(config.indahUrl())
                .resilienceSettings(ClientSettings.resilience(config))
                .login(IndahLogin.savedSession(sessionStore(config, account)))
                .journal(journal)
                .build();
    }
}
