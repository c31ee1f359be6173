package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A package failed a local check (the no-backdate rule, the examiner checks): nothing was sent
 * ({@link Delivery#NOT_SENT}). {@link #problems()} lists every problem with its field path, rule and message.
 */
public class LocalCheckException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient List<CheckProblem> problems;

    /**
     * @param operation the operation refused
     * @param problems the problems found (at least one)
     */
    public LocalCheckException(String operation, List<CheckProblem> problems) {
        super(ErrorContext.of("romantik", operation), Delivery.NOT_SENT, operation + ": the package fails "
                + problems.size() + " local check(s), nothing was sent: " + problems.stream()
                .map(problem -> problem.rule() + " at " + problem.field()).collect(Collectors.joining("; ")), null);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<CheckProblem> problems() {
        return problems;
    }
}
