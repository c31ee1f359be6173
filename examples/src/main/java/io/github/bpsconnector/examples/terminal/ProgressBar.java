package io.github.bpsconnector.examples.terminal;

import java.io.PrintWriter;

/**
 * A one-line progress bar such as {@code [##########..........] 5/10 MS-Var "Kondisi Ruang Kelas"}. On a terminal
 * the line is redrawn in place ({@code \r}); otherwise (a log file, a pipe) each step is its own line, so the record
 * stays readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 20;

    private final PrintWriter out;
    private final int total;
    private final boolean redraw;
    private int done;
    private int lastLength;

    /**
     * @param out    where to draw
     * @param total  the number of steps (at least 0)
     * @param redraw whether to redraw in place (the output is a terminal)
     */
    public ProgressBar(PrintWriter out, int total, boolean redraw) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        this.out = out;
        this.total = total;
        this.redraw = redraw;
    }

    /** Counts one step done and draws the bar with {@code label} (what was just done). */
    public void step(String label) {
        done = Math.min(total, done + 1);
        String line = line(done, total, label);
        if (redraw) {
            out.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the bar's line (on a terminal). */
    public void finish() {
        if (redraw && lastLength > 0) {
            out.println();
            out.flush();
        }
    }

    /** The steps counted so far. */
    public int done() {
        return done;
    }

    /** The text of the bar for {@code done} of {@code total} steps. */
    static String line(int done, int total, String label) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (label == null || label.isEmpty() ? "" : " " + label);
    }
}
