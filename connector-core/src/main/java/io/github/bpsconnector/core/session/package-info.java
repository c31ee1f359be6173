/**
 * Who the connector is on a portal: {@link io.github.bpsconnector.core.session.Credentials} and where they come
 * from ({@link io.github.bpsconnector.core.session.CredentialsProvider}), the logged-in
 * {@link io.github.bpsconnector.core.session.Session} (cookies, tokens), the single-flight re-login of
 * {@link io.github.bpsconnector.core.session.SessionManager}, and
 * {@link io.github.bpsconnector.core.session.SessionStore} for sessions kept across runs, such as one from a
 * manual browser login ({@link io.github.bpsconnector.core.session.PastedSession}).
 *
 * <p>No secret (password, cookie value, token) ever appears in a {@code toString()}, a log line or an exception
 * message of this package.
 */
package io.github.bpsconnector.core.session;
