package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class BpsConnectorCommandTest {

    private static final Pattern SECRET_OPTION = Pattern.compile(
            "(?i).*(pass|pwd|sandi|secret|rahasia|token|cookie|credential|kredensial).*");

    @Test
    void helpPrintsUsageAndExitsZero() {
        Cli run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bps-connector").contains("Romantik").contains("validate")
                .contains("template").contains("Kode keluar");
    }

    @Test
    void unknownOptionIsAUsageErrorWithItsOwnExitCode() {
        Cli run = Cli.run("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void noOptionOfAnyCommandTakesAPasswordOrToken() {
        List<String> all = new ArrayList<>();
        collect(BpsConnectorCommand.newCommandLine(), all);

        assertThat(all).isNotEmpty();
        assertThat(all).filteredOn(name -> SECRET_OPTION.matcher(name).matches()).isEmpty();
    }

    private static void collect(CommandLine cli, List<String> names) {
        for (OptionSpec option : cli.getCommandSpec().options()) {
            for (String name : option.names()) {
                names.add(name);
            }
        }
        cli.getSubcommands().values().forEach(sub -> collect(sub, names));
    }
}
