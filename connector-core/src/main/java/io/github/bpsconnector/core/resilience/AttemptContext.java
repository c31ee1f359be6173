package io.github.bpsconnector.core.resilience;

import dev.failsafe.ExecutionContext;
import dev.failsafe.function.CheckedRunnable;
import java.time.Duration;
import java.time.Instant;

/**
 * The Failsafe context an attempt sees: Failsafe's own, except that {@link #onCancel} registers how to abort the
 * attempt with its {@link AttemptDeadlines.Deadline}, which runs it when the attempt timeout expires.
 */
final class AttemptContext<R> implements ExecutionContext<R> {

    private final ExecutionContext<R> delegate;
    private final AttemptDeadlines.Deadline deadline;

    AttemptContext(ExecutionContext<R> delegate, AttemptDeadlines.Deadline deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    @Override
    public void onCancel(CheckedRunnable abort) {
        deadline.onExpiry(abort);
    }

    @Override
    public boolean isCancelled() {
        return deadline.expired() || delegate.isCancelled();
    }

    @Override
    public Duration getElapsedTime() {
        return delegate.getElapsedTime();
    }

    @Override
    public Duration getElapsedAttemptTime() {
        return delegate.getElapsedAttemptTime();
    }

    @Override
    public int getAttemptCount() {
        return delegate.getAttemptCount();
    }

    @Override
    public int getExecutionCount() {
        return delegate.getExecutionCount();
    }

    @Override
    public <T extends Throwable> T getLastException() {
        return delegate.getLastException();
    }

    @Override
    public R getLastResult() {
        return delegate.getLastResult();
    }

    @Override
    public R getLastResult(R defaultValue) {
        return delegate.getLastResult(defaultValue);
    }

    @Override
    public Instant getStartTime() {
        return delegate.getStartTime();
    }

    @Override
    public boolean isFirstAttempt() {
        return delegate.isFirstAttempt();
    }

    @Override
    public boolean isRetry() {
        return delegate.isRetry();
    }
}
