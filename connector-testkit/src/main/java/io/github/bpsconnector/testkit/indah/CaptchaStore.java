package io.github.bpsconnector.testkit.indah;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The captchas the simulated INDAH issued: single-use, valid for a few simulated minutes. Thread-safe. */
final class CaptchaStore {

    /** Letters and digits that cannot be confused (no 0/O, 1/I/L). */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 5;
    static final Duration VALIDITY = Duration.ofMinutes(5);
    private static final int MAX_PENDING = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(String answer, Instant expiresAt) {
    }

    /** A captcha as issued: its id, its answer and its PNG. */
    record Issued(String id, String answer, byte[] png) {
    }

    Issued issue(Instant now) {
        if (pending.size() >= MAX_PENDING) {
            pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
            if (pending.size() >= MAX_PENDING) {
                pending.clear();
            }
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String id = UUID.randomUUID().toString();
        pending.put(id, new Pending(code.toString(), now.plus(VALIDITY)));
        return new Issued(id, code.toString(), CaptchaImage.png(code.toString(), random));
    }

    /**
     * Uses up a captcha: right or wrong, it cannot be used again.
     *
     * @return whether the answer was right and the captcha still valid
     */
    boolean consume(String id, String answer, Instant now) {
        Pending entry = pending.remove(id);
        return entry != null && now.isBefore(entry.expiresAt())
                && entry.answer().equals(answer.trim().toUpperCase(Locale.ROOT));
    }

    /** @return the answer of a captcha that is still pending (for automated solvers) */
    Optional<String> answer(String id, Instant now) {
        Pending entry = pending.get(id);
        return entry == null || !now.isBefore(entry.expiresAt()) ? Optional.empty() : Optional.of(entry.answer());
    }
}
