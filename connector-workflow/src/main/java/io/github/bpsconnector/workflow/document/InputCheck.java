package io.github.bpsconnector.workflow.document;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a document's input so that all are reported at once. */
final class InputCheck {

    private final String document;
    private final List<DocumentInputException.Problem> problems = new ArrayList<>();

    InputCheck(String document) {
        this.document = document;
    }

    /** Notes a problem when {@code value} is {@code null} or blank. */
    InputCheck required(String field, Object value, String label) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problem(field, label + " belum diisi");
        }
        return this;
    }

    InputCheck problem(String field, String message) {
        problems.add(new DocumentInputException.Problem(field, message));
        return this;
    }

    /** @throws DocumentInputException if any problem was noted */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new DocumentInputException(document, problems);
        }
    }
}
