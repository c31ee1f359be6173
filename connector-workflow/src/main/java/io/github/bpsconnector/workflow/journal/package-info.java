/**
 * The JDBC journal: {@link io.github.bpsconnector.workflow.journal.JdbcJournal}, a
 * {@link io.github.bpsconnector.core.journal.Journal} in embedded H2 or PostgreSQL that several processes may share
 * without executing one intent twice. Its tables come from versioned SQL files in {@code migration/}, applied when a
 * journal is built.
 */
package io.github.bpsconnector.workflow.journal;
