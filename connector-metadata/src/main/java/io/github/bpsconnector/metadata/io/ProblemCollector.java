package io.github.bpsconnector.metadata.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import, listing at most a fixed number but counting every error. */
final class ProblemCollector {

    private final int maxListed;
    private final List<ImportProblem> listed = new ArrayList<>();
    private int errorCount;
    private int unlisted;

    ProblemCollector(int maxListed) {
        this.maxListed = maxListed;
    }

    void add(ImportProblem problem) {
        if (problem.severity() == ImportSeverity.ERROR) {
            errorCount++;
        }
        if (listed.size() < maxListed) {
            listed.add(problem);
        } else {
            unlisted++;
        }
    }

    /** A problem about a whole sheet or file. */
    void sheet(ImportProblemKind kind, String source, String message) {
        add(new ImportProblem(kind, source, 0, null, null, null, message));
    }

    int errorCount() {
        return errorCount;
    }

    ImportReport report() {
        List<ImportProblem> all = new ArrayList<>(listed);
        if (unlisted > 0) {
            all.add(new ImportProblem(ImportProblemKind.TOO_MANY_PROBLEMS, "impor", 0, null, null, null,
                    unlisted + " masalah lain tidak ditampilkan; perbaiki masalah di atas lalu impor ulang"));
        }
        return new ImportReport(all, errorCount);
    }

    /** The spreadsheet letters of a zero-based column index: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
