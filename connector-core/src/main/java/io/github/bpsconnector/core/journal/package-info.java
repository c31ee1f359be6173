/**
 * The journal of state-changing portal operations: an {@link io.github.bpsconnector.core.journal.Intent} is
 * recorded before an operation runs and its {@link io.github.bpsconnector.core.journal.Outcome} after, so that
 * after a crash the open intents can be reconciled with the portal. The default implementation is
 * {@link io.github.bpsconnector.core.journal.FileJournal}, an append-only JSON-lines file for one process.
 * Journals never hold secrets.
 */
package io.github.bpsconnector.core.journal;
