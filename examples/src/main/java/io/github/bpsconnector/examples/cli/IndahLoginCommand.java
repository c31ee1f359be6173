package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code indah login --akun <id>}: logs in to INDAH with the account's credentials and a captcha the official reads
 * (the image is written to a file and, on a terminal, drawn in it), then keeps the token in an owner-only file for
 * the next commands.
 */
@Command(name = "login",
        description = {
            "Masuk ke INDAH dengan captcha: gambar captcha ditulis ke berkas (dan digambar di terminal bila bisa),",
            "kode diketik, token disimpan di session.dir (hanya dapat dibaca pemiliknya) untuk perintah berikutnya."
        })
public final class IndahLoginCommand implements Callable<Integer> {

    @Mixin
    ConfigOption options;

    @Option(names = "--berkas-captcha", paramLabel = "<berkas>", defaultValue = "captcha-indah.png",
            description = "Berkas gambar captcha (bawaan: ${DEFAULT-VALUE}).")
    Path captchaFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CaptchaPrompt prompt;

    /** The command as the command line runs it: the captcha is asked at the terminal. */
    public IndahLoginCommand() {
        this(null);
    }

    /** The command with another way to read the captcha (tests, embedding). */
    public IndahLoginCommand(CaptchaPrompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConnectorConfig config = options.config();
        AccountConfig account = options.account(config, Portal.INDAH);
        SessionStore store = IndahClients.sessionStore(config, account);
        store.delete();
        CaptchaPrompt asker = prompt != null ? prompt : new ConsoleCaptchaPrompt(out,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null);
        try (IndahClient indah = IndahClients.withCaptchaLogin(config, account, asker, captchaFile)) {
            IndahAccount me = indah.authenticate();
            out.println("Berhasil masuk ke INDAH sebagai " + me.name() + " (" + me.username() + ")"
                    + (me.organization() == null ? "" : ", " + me.organization().name()) + ".");
            out.println("Token disimpan di " + store.file() + " (hanya dapat dibaca pemiliknya).");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
