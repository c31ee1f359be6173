package io.github.bpsconnector.indah.report;

import java.util.List;

/**
 * The results of one report run, one per package in the order given.
 *
 * @param items the results
 */
public record ReportResult(List<ItemResult> items) {

    public ReportResult {
        items = List.copyOf(items);
    }

    /** How many packages ended with this outcome. */
    public long count(ItemOutcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** Whether every package succeeded. */
    public boolean allSucceeded() {
        return items.stream().allMatch(ItemResult::succeeded);
    }

    /** The failed packages. */
    public List<ItemResult> failures() {
        return items.stream().filter(i -> !i.succeeded()).toList();
    }
}
