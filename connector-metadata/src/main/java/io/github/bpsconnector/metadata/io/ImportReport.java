package io.github.bpsconnector.metadata.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem an import found, in the order found, each naming its sheet or file, row and column. Immutable.
 *
 * @param problems   the problems listed; at most {@link ImportLimits#maxProblems()} plus one closing {@link
 *                   ImportProblemKind#TOO_MANY_PROBLEMS} line
 * @param errorCount how many errors were found, including errors beyond the listed ones
 */
public record ImportReport(List<ImportProblem> problems, int errorCount) {

    /** Copies the list. */
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Whether any error was found: then at least one package (or all of them) was not imported. */
    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** The listed errors. */
    public List<ImportProblem> errors() {
        return of(ImportSeverity.ERROR);
    }

    /** The listed warnings. */
    public List<ImportProblem> warnings() {
        return of(ImportSeverity.WARNING);
    }

    /** The listed problems of one kind. */
    public List<ImportProblem> problems(ImportProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The report as lines for an official, in Indonesian; "tidak ada masalah" when empty. */
    public String format() {
        if (problems.isEmpty()) {
            return "Impor selesai: tidak ada masalah.";
        }
        String head = "Impor menemukan " + errorCount + " galat dan " + warnings().size() + " peringatan:";
        return problems.stream().map(ImportProblem::toString)
                .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
    }

    @Override
    public String toString() {
        return format();
    }

    private List<ImportProblem> of(ImportSeverity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }
}
