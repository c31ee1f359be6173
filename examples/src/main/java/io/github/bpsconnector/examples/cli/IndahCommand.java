package io.github.bpsconnector.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code indah ...}: the Walidata's work on INDAH. */
@Command(name = "indah",
        description = "Portal INDAH (metadata statistik): masuk dan melaporkan metadata.",
        subcommands = {IndahLoginCommand.class, IndahReportCommand.class})
public final class IndahCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
