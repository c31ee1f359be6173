package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import io.github.bpsconnector.core.error.SessionExpiredException;
import io.github.bpsconnector.core.http.BodyKind;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalRequest;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.http.SessionRenewal;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API of INDAH over the core transport: builds URIs from the profile, adds the session's bearer token,
 * renews an expired session once (single-flight, through {@link SessionRenewal}), waits out a {@code 429} on a
 * write as {@code Retry-After} asks (safe requests are retried by the transport itself), and reads the answers
 * through {@link IndahResponses}. A write is sent again only when the portal refused it (401, 429), never after an
 * unknown outcome: that is for {@link WriteGuard}.
 */
final class IndahApi {

    static final String PORTAL = "indah";
    private static final Logger LOG = LoggerFactory.getLogger(IndahApi.class);
    private static final int MAX_RATE_LIMIT_WAITS = 3;
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

    private final IndahProfile profile;
    private final URI base;
    private final PortalHttpClient http;
    private final SessionManager sessions;
    private final SessionRenewal<Session> renewal;
    private final IndahResponses responses;

    IndahApi(IndahProfile profile, URI base, PortalHttpClient http, SessionManager sessions) {
        this.profile = profile;
        this.base = base;
        this.http = http;
        this.sessions = sessions;
        this.renewal = new SessionRenewal<>(PORTAL, response -> response.status() == 401, sessions::current,
                sessions::renew);
        this.responses = new IndahResponses(profile);
    }

    IndahProfile profile() {
        return profile;
    }

    IndahResponses responses() {
        return responses;
    }

    PortalHttpClient http() {
        return http;
    }

    /** The absolute URI of a profile path with {@code {id}} filled in and a query. */
    URI uri(String pathName, Object id, Map<String, ?> query) {
        String path = profile.path(pathName);
        if (id != null) {
            path = path.replace("{id}", URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8));
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        joined.setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isEmpty()) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return URI.create(base + path + joined);
    }

    static ErrorContext context(String operation) {
        return ErrorContext.of(PORTAL, operation);
    }

    /** An authenticated {@code GET}, its JSON body. */
    JsonNode get(String operation, URI uri) {
        return responses.body(context(operation), getResponse(operation, uri));
    }

    /** An authenticated {@code GET}; empty when the portal answers {@code 404}. */
    Optional<JsonNode> getIfExists(String operation, URI uri) {
        PortalResponse response = getResponse(operation, uri);
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(responses.body(context(operation), response));
    }

    private PortalResponse getResponse(String operation, URI uri) {
        return authenticated(operation, true, session -> request("GET", uri, operation, null, session));
    }

    /** A {@code GET} without token (public lists, the captcha). */
    JsonNode getPublic(String operation, URI uri) {
        PortalResponse response = http.send(request("GET", uri, operation, null, null), new Session()
                .newHttpContext());
        return responses.body(context(operation), response);
    }

    /**
     * An authenticated state-changing request, sent once; sent once more only if the portal refused it because the
     * session had expired ({@code 401}, after a new login) or for too many requests ({@code 429}, after waiting).
     *
     * @return the JSON body of the answer
     * @throws io.github.bpsconnector.core.error.PortalRejectedException  the portal refused it (either style)
     * @throws io.github.bpsconnector.core.error.OutcomeUnknownException  it may or may not have been applied
     */
    JsonNode write(String operation, String method, URI uri, JsonNode body) {
        String json = body == null ? null : body.toString();
        for (int waits = 0; ; waits++) {
            try {
                PortalResponse response = authenticated(operation, false,
                        session -> request(method, uri, operation, json, session));
                return responses.body(context(operation), response);
            } catch (RateLimitedException e) {
                if (e.delivery() != Delivery.REJECTED || waits >= MAX_RATE_LIMIT_WAITS) {
                    throw e;
                }
                waitFor(operation, e.retryAfter().orElse(DEFAULT_RATE_LIMIT_WAIT), e);
            }
        }
    }

    private void waitFor(String operation, Duration wait, RateLimitedException cause) {
        Duration cap = http.resilienceSettings().backoffCap();
        if (wait.compareTo(cap) > 0) {
            throw cause;
        }
        LOG.debug("indah {}: too many requests, waiting {} ms as asked", operation, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnavailableException(context(operation), Delivery.NOT_SENT,
                    operation + ": interrupted while waiting to send again after 429", e);
        }
    }

    private PortalResponse authenticated(String operation, boolean safe, Function<Session, PortalRequest> request) {
        Function<Session, PortalResponse> call = session -> http.send(request.apply(session),
                session.newHttpContext());
        try {
            return renewal.call(operation, safe, call);
        } catch (SessionExpiredException refused) {
            // a write refused with 401 was not applied: send it once more with the renewed session
            PortalResponse again = call.apply(sessions.current());
            if (again.status() == 401) {
                throw new AuthenticationException(context(operation).withHttpStatus(401), operation
                        + ": INDAH refused the request again right after a fresh login");
            }
            return again;
        }
    }

    private PortalRequest request(String method, URI uri, String operation, String json, Session session) {
        PortalRequest.Builder builder = PortalRequest.builder(method, uri).operation(operation)
                .expect(BodyKind.JSON);
        if (json != null) {
            builder.json(json);
        }
        if (session != null) {
            session.bearerToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        }
        return builder.build();
    }

    /** Sends a request outside any session (the login itself). */
    PortalResponse sendAnonymous(String operation, String method, URI uri, String json, Session into) {
        return http.send(request(method, uri, operation, json, null), into.newHttpContext());
    }
}
