package io.github.bpsconnector.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bps-connector} command line: the entry point of the runnable jar.
 *
 * <p>Subcommands are added as the library grows; {@code --help} lists what this build offers.
 */
@Command(
        name = "bps-connector",
        mixinStandardHelpOptions = true,
        versionProvider = BpsConnectorCommand.Version.class,
        description = {
            "Mengotomatiskan SOP Pengelolaan Metadata Statistik Sektoral di portal Romantik dan INDAH.",
            "Automates the SOP for sectoral statistical metadata on BPS's Romantik and INDAH portals."
        })
public final class BpsConnectorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, for tests and embedding. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new BpsConnectorCommand());
    }

    /** Reads the version from the jar manifest, or says it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BpsConnectorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"bps-connector " + (v == null ? "(development build)" : v)};
        }
    }
}
