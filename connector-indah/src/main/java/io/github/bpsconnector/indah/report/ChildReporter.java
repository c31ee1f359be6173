package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.indah.ChildRecords;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.InvalidTransitionException;
import io.github.bpsconnector.indah.MetadataRecords;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Creates or updates the MS-Var and MS-Ind of one MS-Keg, matched by name, a few at a time on the reporter's pool.
 * A child that is already as wanted is left alone; one that differs but is in review fails the package.
 */
final class ChildReporter {

    private final IndahClient client;
    private final ExecutorService pool;
    private final boolean write;

    ChildReporter(IndahClient client, ExecutorService pool, boolean write) {
        this.client = client;
        this.pool = pool;
        this.write = write;
    }

    /** Brings the children of {@code parent} in line with the package; returns how many were (or would be) written. */
    int write(IndahRecord<MsKeg> parent, MetadataPackage pkg) {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        tasks.addAll(tasks(client.variabel(), parent, pkg.variables()));
        tasks.addAll(tasks(client.indikator(), parent, pkg.indicators()));
        int written = 0;
        for (Boolean one : runAll(tasks)) {
            written += one ? 1 : 0;
        }
        return written;
    }

    /** Submits every child of the MS-Keg that is still editable. */
    void submitAll(long msKegId) {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        tasks.addAll(submits(client.variabel(), msKegId));
        tasks.addAll(submits(client.indikator(), msKegId));
        runAll(tasks);
    }

    /** The journal natural keys of the package's children under this MS-Keg (their creates and their edits). */
    List<String> naturalKeys(long msKegId, MetadataPackage pkg) {
        List<String> keys = new ArrayList<>();
        pkg.variables().forEach(v -> keys.add(ChildRecords.naturalKey(msKegId, v.name())));
        pkg.indicators().forEach(i -> keys.add(ChildRecords.naturalKey(msKegId, i.name())));
        client.variabel().list(msKegId).forEach(r -> keys.add("MS-Var|" + r.id()));
        client.indikator().list(msKegId).forEach(r -> keys.add("MS-Ind|" + r.id()));
        return keys;
    }

    private <T> List<Callable<Boolean>> tasks(ChildRecords<T> records, IndahRecord<MsKeg> parent, List<T> forms) {
        Map<String, IndahRecord<T>> existing = new HashMap<>();
        if (parent.id() > 0) {
            for (IndahRecord<T> child : records.list(parent.id())) {
                existing.put(MetadataRecords.normalize(records.wire().title(child.form())), child);
            }
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (T form : forms) {
            IndahRecord<T> current = existing.get(MetadataRecords.normalize(records.wire().title(form)));
            tasks.add(() -> upsert(records, parent, current, form));
        }
        return tasks;
    }

    private <T> boolean upsert(ChildRecords<T> records, IndahRecord<MsKeg> parent, IndahRecord<T> current, T form) {
        if (current == null) {
            if (write) {
                records.createDraft(parent, form);
            }
            return true;
        }
        if (records.holds(current, form)) {
            return false;
        }
        if (!current.statusValue().editable()) {
            throw new InvalidTransitionException(ErrorContext.of("indah", MetadataReporter.OPERATION),
                    current.statusValue(), current.kind().label() + " " + current.id() + " '"
                            + records.wire().title(form) + "' is " + current.status()
                            + " and differs from the package; it can be changed only when DRAFT or "
                            + "CORRECTION_REQUIRED");
        }
        if (write) {
            records.update(current.id(), form);
        }
        return true;
    }

    private <T> List<Callable<Boolean>> submits(ChildRecords<T> records, long msKegId) {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (IndahRecord<T> child : records.list(msKegId)) {
            if (child.statusValue().editable()) {
                tasks.add(() -> {
                    records.submit(child.id());
                    return true;
                });
            }
        }
        return tasks;
    }

    /** Runs the tasks on the pool and waits for all; then rethrows the first failure. */
    private List<Boolean> runAll(List<Callable<Boolean>> tasks) {
        List<Future<Boolean>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        List<Boolean> results = new ArrayList<>();
        RuntimeException first = null;
        for (Future<Boolean> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                RuntimeException failure = e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
                if (first == null || first instanceof PortalException && !(failure instanceof PortalException)) {
                    first = failure;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while reporting the MS-Var and MS-Ind", e);
            }
        }
        if (first != null) {
            throw first;
        }
        return results;
    }
}
