/**
 * Logging support: {@link io.github.bpsconnector.core.log.Redactor} decides by allow-list which header, query
 * parameter and form field values may be printed. The connector logs only through SLF4J and never prints a
 * password, token, cookie, CSRF value or session code.
 */
package io.github.bpsconnector.core.log;
