package io.github.bpsconnector.benchmarks.reliability;

import io.github.bpsconnector.core.error.PortalException;
import java.util.concurrent.Callable;

/**
 * One bad input and the public entry point it is fed to. Feeding it must end in a result (a report, an empty
 * optional, a checked file) or a {@link PortalException}; anything else escaping is a defect.
 */
record BadInput(String category, String name, Callable<?> attempt) {

    /** How feeding the input ended. */
    enum Ending { RESULT, TYPED_ERROR }

    /**
     * Feeds the input.
     *
     * @throws AssertionError when something other than a {@link PortalException} escapes
     */
    Ending feed() {
        try {
            attempt.call();
            return Ending.RESULT;
        } catch (PortalException typed) {
            return Ending.TYPED_ERROR;
        } catch (Exception | StackOverflowError | OutOfMemoryError untyped) {
            throw new AssertionError(category + " / " + name + ": uncaught " + untyped, untyped);
        }
    }

    @Override
    public String toString() {
        return category + " / " + name;
    }
}
