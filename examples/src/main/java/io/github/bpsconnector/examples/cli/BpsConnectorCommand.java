package io.github.bpsconnector.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bps-connector} command line: the entry point of the runnable jar. Exit codes are those of
 * {@link ExitCodes}; failures are printed as one Indonesian line, never as a stack trace.
 */
@Command(
        name = "bps-connector",
        mixinStandardHelpOptions = true,
        versionProvider = BpsConnectorCommand.Version.class,
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            TemplateCommand.class,
            RomantikCommand.class,
            IndahCommand.class,
            StatusCommand.class,
            ResumeCommand.class,
            CommandLine.HelpCommand.class
        },
        description = {
            "Mengotomatiskan SOP Pengelolaan Metadata Statistik Sektoral di portal Romantik dan INDAH.",
            "Automates the SOP for sectoral statistical metadata on BPS's Romantik and INDAH portals."
        },
        footer = {
            "",
            "Kode keluar: 0 selesai, 1 peringatan, 2 kesalahan isian,",
            "  3 berkas tidak dapat dibaca/ditulis, 4 kegagalan portal,",
            "  5 konfigurasi/kredensial, 64 salah pakai perintah, 70 galat internal."
        })
public final class BpsConnectorCommand implements Runnable {

    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider it prints a warning on every run. Its errors still show.
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, for tests and embedding. */
    public static CommandLine newCommandLine() {
        return newCommandLine(CommandLine.defaultFactory());
    }

    /** The configured command line whose commands are made by {@code factory} (tests give them other parts). */
    public static CommandLine newCommandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new BpsConnectorCommand(), factory);
        cli.setExecutionExceptionHandler(new FailurePrinter());
        applyToAll(cli);
        return cli;
    }

    private static void applyToAll(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
        for (CommandLine sub : cli.getSubcommands().values()) {
            applyToAll(sub);
        }
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
