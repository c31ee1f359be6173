package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.indah.MetadataStatus;
import java.util.List;

/**
 * The result of reporting one package.
 *
 * @param index              the package's position in the list reported (0-based)
 * @param title              the MS-Keg title
 * @param outcome            created, updated, unchanged or failed
 * @param reason             why it failed, else {@code null}
 * @param message            a short explanation for a person, or {@code null}
 * @param problems           the local validation problems (reason {@link FailureReason#INVALID})
 * @param msKegId            the MS-Keg's id on INDAH, or {@code null} if there is none (yet)
 * @param status             the MS-Keg's status at the end, or {@code null}
 * @param childrenWritten    how many MS-Var and MS-Ind were created or changed
 * @param dryRun             whether this was only planned: then the outcome says what would be done
 */
public record ItemResult(int index, String title, ItemOutcome outcome, FailureReason reason, String message,
        List<ValidationProblem> problems, Long msKegId, MetadataStatus status, int childrenWritten,
        boolean dryRun) {

    public ItemResult {
        problems = List.copyOf(problems);
    }

    /** Whether the package is on INDAH as asked. */
    public boolean succeeded() {
        return outcome != ItemOutcome.FAILED;
    }
}
