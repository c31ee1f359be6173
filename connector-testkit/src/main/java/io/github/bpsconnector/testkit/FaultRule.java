package io.github.bpsconnector.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One rule of a {@link FaultPlan}: the next {@link #times()} requests whose method and path match get
 * {@link #action()}, {@link #timing() before or after} the portal applies them. Fires exactly that many times,
 * then is spent. Thread-safe.
 */
public final class FaultRule {

    private final int id;
    private final String method;
    private final Pattern path;
    private final int times;
    private final FaultTiming timing;
    private final FaultAction action;
    private final AtomicInteger fired = new AtomicInteger();

    FaultRule(int id, String method, String pathRegex, int times, FaultTiming timing, FaultAction action) {
        if (times < 1) {
            throw new IllegalArgumentException("A fault rule fires at least once, not " + times + " times");
        }
        this.id = id;
        this.method = method == null || method.isBlank() || method.equals("*")
                ? null : method.toUpperCase(Locale.ROOT);
        this.path = Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex"));
        this.times = times;
        this.timing = Objects.requireNonNull(timing, "timing");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** @return the rule's number within its plan */
    public int id() {
        return id;
    }

    /** @return the method it matches, or empty for any method */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** @return the regular expression the whole request path must match */
    public String pathRegex() {
        return path.pattern();
    }

    /** @return how many requests it strikes in all */
    public int times() {
        return times;
    }

    /** @return before or after the request is applied */
    public FaultTiming timing() {
        return timing;
    }

    /** @return what it does */
    public FaultAction action() {
        return action;
    }

    /** @return how many requests it struck so far */
    public int fired() {
        return fired.get();
    }

    /** @return how many more requests it will strike */
    public int remaining() {
        return times - fired.get();
    }

    /** @return whether it has fired {@link #times()} times */
    public boolean isSpent() {
        return remaining() == 0;
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equals(requestMethod)) && path.matcher(requestPath).matches();
    }

    /** Claims one firing; false when spent (atomic, so N concurrent requests see exactly N firings). */
    boolean tryFire() {
        int current;
        do {
            current = fired.get();
            if (current >= times) {
                return false;
            }
        } while (!fired.compareAndSet(current, current + 1));
        return true;
    }

    @Override
    public String toString() {
        return "FaultRule#" + id + "[" + (method == null ? "*" : method) + " " + path.pattern() + " " + action
                + " " + timing + ", fired " + fired() + "/" + times + "]";
    }
}
