package io.github.bpsconnector.examples.cli;

/**
 * The exit codes of {@code bps-connector}, the same for every subcommand.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>Code</th><th>Meaning</th></tr>
 *   <tr><td>0</td><td>done; nothing to report</td></tr>
 *   <tr><td>1</td><td>done, with warnings (PERINGATAN) only</td></tr>
 *   <tr><td>2</td><td>errors (KESALAHAN) in the input: fix it before sending</td></tr>
 *   <tr><td>3</td><td>a file cannot be read (missing, damaged, not a metadata file) or written</td></tr>
 *   <tr><td>4</td><td>a portal failed or refused (unreachable, session, rejected)</td></tr>
 *   <tr><td>5</td><td>the configuration or the credentials are missing or unsafe</td></tr>
 *   <tr><td>64</td><td>wrong use of the command line (unknown option, missing argument)</td></tr>
 *   <tr><td>70</td><td>an unexpected internal failure</td></tr>
 * </table>
 */
public final class ExitCodes {

    /** Done; nothing to report. */
    public static final int OK = 0;
    /** Done, with warnings only. */
    public static final int WARNINGS = 1;
    /** Errors in the input. */
    public static final int ERRORS = 2;
    /** The input cannot be read at all. */
    public static final int UNREADABLE = 3;
    /** A portal failed or refused. */
    public static final int PORTAL = 4;
    /** The configuration or the credentials are missing or unsafe. */
    public static final int CONFIG = 5;
    /** Wrong use of the command line (as {@code EX_USAGE} of sysexits.h). */
    public static final int USAGE = 64;
    /** An unexpected internal failure (as {@code EX_SOFTWARE} of sysexits.h). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
