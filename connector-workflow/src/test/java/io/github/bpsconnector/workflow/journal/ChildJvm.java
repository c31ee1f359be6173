package io.github.bpsconnector.workflow.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link JournalChild} in its own JVM, with this test's class path. Its output lines are read as they come; a
 * wait for a line that does not come fails with the child's error output.
 */
final class ChildJvm implements AutoCloseable {

    private static final String END = "\u0000end of output";

    private final Process process;
    private final Writer input;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "child-" + process.pid() + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code JournalChild} with {@code args}; its standard error goes to {@code errors}. */
    static ChildJvm start(Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dh2.bindAddress=127.0.0.1", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), JournalChild.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new ChildJvm(process, errors);
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
        lines.add(END);
    }

    /** The next output line that {@code wanted} accepts, skipping others; fails after {@code timeout}. */
    String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || END.equals(line)) {
                throw new AssertionError((line == null ? "timed out" : "the child ended") + " before the line "
                        + "the test waits for; its error output:\n" + errorOutput());
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Every output line up to (without) {@code last}. */
    List<String> linesUntil(String last, Duration timeout) throws InterruptedException {
        List<String> collected = new ArrayList<>();
        await(line -> {
            if (line.equals(last)) {
                return true;
            }
            collected.add(line);
            return false;
        }, timeout);
        return collected;
    }

    /** Sends {@code line} to the child's standard input. */
    void send(String line) {
        try {
            input.write(line + "\n");
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot talk to the child; its error output:\n" + errorOutput(), e);
        }
    }

    /** Waits for the child to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child did not end; its error output:\n" + errorOutput());
        }
        return process.exitValue();
    }

    /** Kills the child at once (SIGKILL), wherever it is, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private String errorOutput() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
