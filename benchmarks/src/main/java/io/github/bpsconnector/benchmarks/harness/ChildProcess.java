package io.github.bpsconnector.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end with a time limit, under {@code /usr/bin/time} when the machine has it (for the peak
 * resident set size), and returns its output.
 */
public final class ChildProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final String RSS_MARK = "MAXRSS_KB ";

    /** What a finished command printed, and its peak resident set size when measured. */
    public record Result(int exitCode, List<String> stdout, String stderr, Optional<Long> maxRssKb) {

        /** The first stdout line starting with {@code prefix}, without it. */
        public Optional<String> line(String prefix) {
            return stdout.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                    .findFirst();
        }
    }

    private ChildProcess() {
    }

    /** The {@code java} of the running JVM. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code command} and waits at most {@code limit}.
     *
     * @throws IOException when it cannot start, or it overruns (it is then killed)
     */
    public static Result run(List<String> command, Duration limit) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", RSS_MARK + "%M"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("bench-child", ".out");
        Path err = Files.createTempFile("bench-child", ".err");
        try {
            Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("Overran " + limit + ": " + String.join(" ", command));
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Optional<Long> rss = stderr.lines().filter(l -> l.startsWith(RSS_MARK))
                    .map(l -> Long.parseLong(l.substring(RSS_MARK.length()).trim())).reduce((a, b) -> b);
            return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), stderr, rss);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
