package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.session.CredentialsException;
import io.github.bpsconnector.core.session.InsecureFileException;
import io.github.bpsconnector.examples.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure of a subcommand into one line for the official and an exit code of {@link ExitCodes}: no stack
 * trace. Portal exceptions carry no secret in their messages (connector-core's rule), so the message is shown.
 */
final class FailurePrinter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        int code = exitCodeOf(e);
        String what = switch (code) {
            case ExitCodes.CONFIG -> "Konfigurasi atau kredensial bermasalah";
            case ExitCodes.PORTAL -> "Portal gagal atau menolak";
            default -> "Galat internal";
        };
        cli.getErr().println("GAGAL: " + what + ": " + e.getMessage()
                + (e instanceof PortalException p ? " [" + p.getClass().getSimpleName() + "]" : ""));
        cli.getErr().flush();
        return code;
    }

    /** The exit code of a failure: configuration and credentials 5, other portal failures 4, anything else 70. */
    static int exitCodeOf(Throwable e) {
        if (e instanceof ConfigException || e instanceof CredentialsException || e instanceof InsecureFileException) {
            return ExitCodes.CONFIG;
        }
        return e instanceof PortalException ? ExitCodes.PORTAL : ExitCodes.INTERNAL;
    }
}
