package io.github.bpsconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.examples.cli.BpsConnectorCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BpsConnectorCommandTest {

    @Test
    void helpPrintsUsageAndExitsZero() {
        StringWriter out = new StringWriter();
        CommandLine cli = BpsConnectorCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: bps-connector").contains("Romantik");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandLine cli = BpsConnectorCommand.newCommandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--no-such-option")).isEqualTo(2);
    }
}
