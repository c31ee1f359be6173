package io.github.bpsconnector.benchmarks.reliability.chaos;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.testkit.SimulatedPortal;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One operation of the chaos run through a client: a read, or one write step of one kegiatan.
 *
 * @param portal the simulator it talks to (its fault plan gets the faults)
 * @param name the operation, e.g. {@code romantik.kirim}
 * @param naturalKey what identifies the write's effect (the kegiatan's title), or {@code ""} for a read
 * @param routes the requests it makes, to be faulted
 * @param action runs it through the client
 * @param clientJournal the journal the client writes its intents to
 * @param effect for a write applied in one request: whether the simulator shows it; empty for reads and for
 *     steps made of several writes (saving the blocks, uploading two files)
 */
record ChaosStep(SimulatedPortal portal, String name, String naturalKey, List<Route> routes, Runnable action,
        Journal clientJournal, Optional<BooleanSupplier> effect) {

    boolean write() {
        return !naturalKey.isEmpty();
    }

    static ChaosStep read(SimulatedPortal portal, String name, List<Route> routes, Runnable action,
            Journal journal) {
        return new ChaosStep(portal, name, "", routes, action, journal, Optional.empty());
    }
}
