package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * A workspace of the command line against the simulated INDAH: a configuration with the Walidata's INDAH account
 * {@code walidata} (credentials in an owner-only secrets file), and its {@code indah login} with the captcha
 * answered from the simulator.
 */
final class IndahWorkspace {

    final Path dir;
    final Path config;
    final List<Path> captchasShown = new ArrayList<>();
    private final SimulatedIndah indah;

    /** Writes the secrets file and the configuration into {@code dir}, plus {@code extraLines}. */
    IndahWorkspace(Path dir, SimulatedIndah indah, String... extraLines) throws IOException {
        this.dir = dir;
        this.indah = indah;
        Path secrets = dir.resolve("rahasia.properties");
        Files.writeString(secrets, "walidata.username = " + IndahDemoData.WALIDATA_USERNAME + "\n"
                + "walidata.password = " + IndahDemoData.WALIDATA_PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        config = dir.resolve("bps-connector.properties");
        List<String> lines = new ArrayList<>(List.of(
                "indah.url = " + indah.baseUrl(),
                "journal.file = jurnal.jsonl",
                "session.dir = sesi",
                "secrets.file = rahasia.properties",
                "account.walidata.label = Diskominfo Kabupaten Jember",
                "account.walidata.portal = indah",
                "account.walidata.role = walidata",
                "account.walidata.credentials = secrets-file"));
        lines.addAll(List.of(extraLines));
        Files.writeString(config, String.join("\n", lines) + "\n");
    }

    /** {@code indah login --akun walidata}, the captcha read from the simulator. */
    Cli login() {
        CaptchaPrompt fromSimulator = (challenge, image) -> {
            captchasShown.add(image);
            return indah.captchaAnswer(challenge.captchaId()).orElseThrow();
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == IndahLoginCommand.class ? type.cast(new IndahLoginCommand(fromSimulator))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return Cli.run(factory, "indah", "login", "--config", config.toString(), "--akun", "walidata",
                "--berkas-captcha", dir.resolve("captcha.png").toString());
    }

    /** The journal file of the configuration. */
    Path journal() {
        return dir.resolve("jurnal.jsonl");
    }
}
