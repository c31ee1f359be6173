package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.log.Redactor;
import java.net.URI;
import java.util.Set;

/** Browser semantics for {@link RedirectMode#FOLLOW}: which answers are followed and with which request. */
final class Redirects {

    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);

    private Redirects() {
    }

    static boolean isFollowable(PortalResponse response) {
        return FOLLOWED.contains(response.status()) && response.header("Location").isPresent();
    }

    /**
     * The request that follows {@code response}: a {@code GET} without body after {@code 303}, and after
     * {@code 301}/{@code 302} to anything but {@code GET}/{@code HEAD}; the same method and body after
     * {@code 307}/{@code 308}.
     *
     * @throws PortalChangedException when the {@code Location} is not an http(s) URI
     */
    static PortalRequest next(PortalRequest current, PortalResponse response, ErrorContext context,
            Redactor redactor) {
        String method = current.method();
        boolean keepsMethod = method.equals("GET") || method.equals("HEAD")
                || response.status() == 307 || response.status() == 308;
        try {
            URI target = response.location().orElseThrow();
            return current.redirectTo(target, !keepsMethod);
        } catch (IllegalArgumentException e) {
            throw new PortalChangedException(context.withHttpStatus(response.status()),
                    current.describe(redactor) + ": redirect to a Location that is not an http(s) URI",
                    "an http(s) Location", null);
        }
    }
}
