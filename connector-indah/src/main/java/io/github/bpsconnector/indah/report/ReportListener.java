package io.github.bpsconnector.indah.report;

/** Follows a report run: called from the reporter's thread, in order. The default methods do nothing. */
public interface ReportListener {

    /** A package is about to be reported. */
    default void itemStarted(int done, int total, ReportItem item) {
    }

    /** A package is done (whatever its outcome); {@code done} counts it. */
    default void itemFinished(int done, int total, ItemResult result) {
    }
}
