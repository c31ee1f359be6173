package io.github.bpsconnector.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either delay seconds ({@code 120}) or an HTTP date
 * ({@code Wed, 21 Oct 2015 07:28:00 GMT}, also the obsolete RFC 850 and asctime forms).
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait the header asks for, measured from {@code clock}'s now; a date in the past is a wait of zero.
     * Empty when the value is missing or neither form.
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than a long: nonsense
            }
        }
        Instant at = DateUtils.parseStandardDate(v);
        if (at == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
