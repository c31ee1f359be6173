package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndahCommandsTest {

    @TempDir
    Path dir;

    private SimulatedPortals portals;
    private SimulatedIndah indah;
    private IndahWorkspace workspace;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        portals = SimulatedPortals.start();
        indah = portals.indah();
        workspace = new IndahWorkspace(dir, indah);
        config = workspace.config;
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void loginShowsTheCaptchaAndKeepsTheTokenOwnerOnly() throws IOException {
        Cli run = login();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(workspace.captchasShown).singleElement().satisfies(image ->
                assertThat(Files.readAllBytes(image)).startsWith(0x89, 'P', 'N', 'G'));
        Path session = dir.resolve("sesi/indah-walidata.json");
        assertThat(Files.getPosixFilePermissions(session)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(run.out()).contains("Berhasil masuk ke INDAH", IndahDemoData.WALIDATA_USERNAME)
                .doesNotContain(IndahDemoData.WALIDATA_PASSWORD);
    }

    @Test
    void reportWithoutALoginSaysWhatToDo() throws IOException {
        Cli run = Cli.run("indah", "report", packageFile().toString(), "--config", config.toString(),
                "--akun", "walidata");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(run.out()).contains("indah login --akun walidata");
    }

    @Test
    void dryRunWritesNothingThenTheReportIsWrittenOnceAndSubmitted() throws IOException {
        assertThat(login().exitCode()).isZero();
        Path pkg = packageFile();
        String[] report = {"indah", "report", pkg.toString(), "--config", config.toString(), "--akun", "walidata"};

        Cli dry = Cli.run(concat(report, "--dry-run"));
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("dry run", "CREATED (rencana)", "[####################] 1/1");
        assertThat(indah.records()).isEmpty();

        Cli first = Cli.run(concat(report, "--kirim"));
        Cli again = Cli.run(concat(report, "--kirim"));

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("CREATED", "SUBMITTED");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("UNCHANGED");
        assertThat(indah.countKegiatan(SamplePackages.DINKES.title(), today().getYear(),
                IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
        assertThat(indah.duplicateNaturalKeys()).isEmpty();
    }

    private Cli login() {
        return workspace.login();
    }

    private Path packageFile() throws IOException {
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(today());
        Path file = dir.resolve("dinkes.json");
        MetadataJson.write(pkg, file);
        return file;
    }

    private static LocalDate today() {
        return LocalDate.now(MetadataValidator.JAKARTA);
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
