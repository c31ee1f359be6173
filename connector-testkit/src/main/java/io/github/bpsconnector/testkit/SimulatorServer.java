package io.github.bpsconnector.testkit;

import io.github.bpsconnector.testkit.romantik.MasterInstansi;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: the simulated portals on 127.0.0.1 for systems written in other languages, started as
 * {@code java -jar connector-testkit-<version>-standalone.jar --romantik-port 8081 --indah-port 8082}. It prints
 * the base URLs and the seeded demo accounts, and runs until stopped (Ctrl+C).
 */
public final class SimulatorServer {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar connector-testkit-<version>-standalone.jar [options]",
            "",
            "Serves the simulated BPS portals on 127.0.0.1 until stopped (Ctrl+C).",
            "",
            "  --romantik-port <port>    port of the simulated Romantik (default 8081; 0 = any free port)",
            "  --indah-port <port>       port of the simulated INDAH (default 8082; 0 = any free port)",
            "  --no-captcha              INDAH login without captcha (default: captcha required)",
            "  --token-lifetime <dur>    INDAH token lifetime, ISO-8601 duration (default PT8H)",
            "  --clock <instant>         start the simulated clock at this ISO-8601 instant (default: now)",
            "  --no-demo-data            start INDAH and Romantik without their demo accounts",
            "  --help                    show this help",
            "",
            "Controls of each portal: GET <base URL>/__sim lists them; see the connector-testkit README.");

    private SimulatorServer() {
    }

    /**
     * The command-line settings.
     *
     * @param romantikPort port of the simulated Romantik
     * @param indahPort port of the simulated INDAH
     * @param captcha whether INDAH login needs a captcha
     * @param tokenLifetime INDAH token lifetime
     * @param clockStart the simulated clock's start, or {@code null} for now
     * @param demoData whether INDAH starts with the demo data
     * @param help whether only the help was asked for
     */
    record Settings(int romantikPort, int indahPort, boolean captcha, Duration tokenLifetime, Instant clockStart,
            boolean demoData, boolean help) {
    }

    /** Bad command-line arguments; the message says which. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Starts the server.
     *
     * @param args the command line; {@code --help} lists the options
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // the jar has no logging backend on purpose; do not greet every user with SLF4J's NOP notice
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Settings settings;
        try {
            settings = parse(args);
        } catch (UsageException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.println(USAGE);
            return;
        }
        SimulatedPortals portals;
        try {
            portals = start(settings);
        } catch (IllegalStateException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portals.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        printBanner(settings, portals, System.out);
        stopped.await();
    }

    static Settings parse(String... args) {
        int romantikPort = 8081;
        int indahPort = 8082;
        boolean captcha = true;
        Duration tokenLifetime = Duration.ofHours(8);
        Instant clockStart = null;
        boolean demoData = true;
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String option = rest.pop();
            switch (option) {
                case "--help", "-h" -> {
                    return new Settings(romantikPort, indahPort, captcha, tokenLifetime, clockStart, demoData, true);
                }
                case "--romantik-port" -> romantikPort = port(option, value(option, rest));
                case "--indah-port" -> indahPort = port(option, value(option, rest));
                case "--no-captcha" -> captcha = false;
                case "--no-demo-data" -> demoData = false;
                case "--token-lifetime" -> tokenLifetime = duration(option, value(option, rest));
                case "--clock" -> clockStart = instant(option, value(option, rest));
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (romantikPort != 0 && romantikPort == indahPort) {
            throw new UsageException("--romantik-port and --indah-port must differ");
        }
        return new Settings(romantikPort, indahPort, captcha, tokenLifetime, clockStart, demoData, false);
    }

    static SimulatedPortals start(Settings settings) {
        SimulatedPortals.Builder builder = SimulatedPortals.builder()
                .clock(settings.clockStart() == null ? new SimClock() : new SimClock(settings.clockStart()))
                .indahPort(settings.indahPort())
                .indah(options -> options.captchaRequired(settings.captcha())
                        .tokenLifetime(settings.tokenLifetime())
                        .seedDemoData(settings.demoData()))
                .with(SimulatedRomantik.class, (clock, port) -> new SimulatedRomantik(clock, port,
                        MasterInstansi.withDefaults(), settings.demoData()))
                .romantikPort(settings.romantikPort());
        return builder.start();
    }

    static void printBanner(Settings settings, SimulatedPortals portals, PrintStream out) {
        String version = SimulatorServer.class.getPackage().getImplementationVersion();
        out.println("bps-connector simulated portals" + (version == null ? "" : " " + version)
                + " (simulated time " + portals.clock().now() + ")");
        for (SimulatedPortal portal : portals.all()) {
            out.printf("%n%-9s %s   (controls: %s/__sim)%n", portal.name().toUpperCase(java.util.Locale.ROOT),
                    portal.baseUrl(), portal.baseUrl());
            portal.summaryLines().forEach(line -> out.println("          " + line));
        }
        out.printf("%nThe clock is shared: POST <base URL>/__sim/clock/advance {\"duration\":\"PT8H\"}."
                + "%nStop with Ctrl+C.%n");
        out.flush();
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new UsageException(option + " must be a port between 0 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a port number, not " + text);
        }
    }

    private static Duration duration(String option, String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new UsageException(option + " must be positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be an ISO-8601 duration such as PT8H, not " + text);
        }
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be an ISO-8601 instant such as 2026-03-01T08:00:00Z, not "
                    + text);
        }
    }
}
