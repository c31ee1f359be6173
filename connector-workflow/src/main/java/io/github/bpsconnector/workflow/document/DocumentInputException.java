package io.github.bpsconnector.workflow.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input for a document is incomplete or wrong; nothing was written. Lists every problem at once, each with the
 * field and a message in Indonesian for the official who fills it in.
 */
public class DocumentInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param field   the path of the field, e.g. {@code producer.signatory.nip}
     * @param message what is wrong, in Indonesian
     */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    /**
     * @param document the document that could not be made, e.g. {@code Surat Komitmen}
     * @param problems what is wrong; at least one
     */
    public DocumentInputException(String document, List<Problem> problems) {
        super("Cannot make the " + document + ": " + problems.stream()
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the fields. */
    public List<Problem> problems() {
        return problems;
    }
}
