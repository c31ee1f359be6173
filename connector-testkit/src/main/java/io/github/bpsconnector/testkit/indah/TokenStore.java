package io.github.bpsconnector.testkit.indah;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens of the simulated INDAH: JWT-looking but opaque (the simulator keeps the session; the
 * signature is random), each bound to one account and expiring by the simulated clock. Thread-safe.
 */
final class TokenStore {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private record Session(String username, Instant expiresAt) {
    }

    String issue(String username, String authorities, Instant now, Duration lifetime) {
        Instant expiresAt = now.plus(lifetime);
        String header = encode("{\"alg\":\"HS512\"}");
        String payload = encode("{\"sub\":\"" + username + "\",\"auth\":\"" + authorities + "\",\"exp\":"
                + expiresAt.getEpochSecond() + "}");
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        String token = header + "." + payload + "." + BASE64URL.encodeToString(signature);
        sessions.put(token, new Session(username, expiresAt));
        return token;
    }

    /** @return the account name of a live token; an expired token is forgotten */
    Optional<String> username(String token, Instant now) {
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!now.isBefore(session.expiresAt())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(session.username());
    }

    void expire(String token) {
        sessions.remove(token);
    }

    int expireAll() {
        int count = sessions.size();
        sessions.clear();
        return count;
    }

    int expireUser(String username) {
        int before = sessions.size();
        sessions.values().removeIf(session -> session.username().equals(username));
        return before - sessions.size();
    }

    int live(Instant now) {
        return (int) sessions.values().stream().filter(s -> now.isBefore(s.expiresAt())).count();
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
