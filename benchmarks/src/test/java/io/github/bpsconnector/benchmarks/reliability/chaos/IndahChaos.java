package io.github.bpsconnector.benchmarks.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.indah.KegiatanSummary;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import io.github.bpsconnector.testkit.indah.MetadataKind;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The INDAH side of the chaos run: MS-Keg created as DRAFT, edited, given one MS-Var and one MS-Ind, then submitted;
 * reads (the MS-Keg list, one MS-Keg) in between. Each step runs through the real {@code IndahClient}; the model
 * moves on only when a step succeeds, so a failed step is tried again later.
 */
final class IndahChaos {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    private static final String VARIABEL = "/sdi/v2/metadata-statistik/variabel";
    private static final String INDIKATOR = "/sdi/v2/metadata-statistik/indikator";
    private static final String CHILDREN = "/sdi/metadata-statistik-kegiatan/\\d+/metadata-statistik-.*";
    private static final int PERIOD = 2018;
    private static final int IN_PROGRESS = 4;
    private static final Producer DINKES = new Producer(IndahDemoData.DINKES_JEMBER,
            "Dinas Kesehatan Kabupaten Jember", "35", "3509");

    enum Stage { NEW, CREATED, UPDATED, WITH_VARIABLE, WITH_INDICATOR, SUBMITTED }

    /** One MS-Keg and how far it got. */
    static final class Kegiatan {
        final String title;
        final MsKeg form;
        final MsKeg edited;
        Stage stage = Stage.NEW;
        long id;

        Kegiatan(String title, MsKeg form, MsKeg edited) {
            this.title = title;
            this.form = form;
            this.edited = edited;
        }

        String variable() {
            return "Kepuasan " + title;
        }

        String indicator() {
            return "Indeks " + title;
        }
    }

    private ChaosClients clients;
    private final MetadataPackage template;
    private final List<Kegiatan> kegiatan = new ArrayList<>();

    IndahChaos(ChaosClients clients, MetadataPackage template) {
        this.clients = clients;
        this.template = template;
    }

    /** Goes on with other clients (a later run of the program). */
    void use(ChaosClients next) {
        this.clients = next;
    }

    List<Kegiatan> kegiatan() {
        return kegiatan;
    }

    /** The next operation: a read about one in three times, else the next step of an MS-Keg (perhaps a new one). */
    ChaosStep next(SplittableRandom random) {
        List<Kegiatan> open = kegiatan.stream().filter(k -> k.stage != Stage.SUBMITTED).toList();
        if (random.nextInt(3) == 0 && !kegiatan.isEmpty()) {
            return read(random, kegiatan.get(random.nextInt(kegiatan.size())));
        }
        if (open.size() < IN_PROGRESS) {
            return step(add());
        }
        return step(open.get(random.nextInt(open.size())));
    }

    /** The next step of an MS-Keg not yet submitted, if any is left. */
    Optional<ChaosStep> pending() {
        return kegiatan.stream().filter(k -> k.stage != Stage.SUBMITTED).findFirst().map(this::step);
    }

    private Kegiatan add() {
        String title = "Survei Chaos INDAH " + (kegiatan.size() + 1);
        MsKeg form = template.activity().toBuilder().title(title).build();
        MsKeg edited = form.toBuilder().planning(form.planning().toBuilder()
                .objective("Tujuan yang diperbarui untuk " + title + ".").build()).build();
        Kegiatan k = new Kegiatan(title, form, edited);
        kegiatan.add(k);
        return k;
    }

    private ChaosStep step(Kegiatan k) {
        SimulatedIndah sim = clients.indahSim();
        String byId = KEGIATAN + "/\\d+";
        return switch (k.stage) {
            case NEW -> write("indah.kegiatan.create", k, List.of(Route.post(KEGIATAN), Route.get(KEGIATAN)), () -> {
                k.id = clients.indah.kegiatan().createDraft(DINKES, PERIOD, k.form).id();
                k.stage = Stage.CREATED;
            }, Optional.of(() -> sim.countKegiatan(k.title, PERIOD, DINKES.id()) > 0));
            case CREATED -> {
                JsonNode before = data(k);
                yield write("indah.kegiatan.update", k, List.of(Route.get(byId), Route.put(byId)), () -> {
                    clients.indah.kegiatan().update(k.id, k.edited);
                    k.stage = Stage.UPDATED;
                }, Optional.of(() -> !data(k).equals(before)));
            }
            case UPDATED -> write("indah.variabel.create", k, List.of(Route.get(byId), Route.post(VARIABEL),
                    Route.get(CHILDREN)), () -> {
                        clients.indah.variabel().createDraft(k.id, template.variables().get(0).toBuilder()
                                .name(k.variable()).build());
                        k.stage = Stage.WITH_VARIABLE;
                    }, Optional.of(() -> sim.countChildren(k.id, MetadataKind.VARIABEL, k.variable()) > 0));
            case WITH_VARIABLE -> write("indah.indikator.create", k, List.of(Route.get(byId), Route.post(INDIKATOR),
                    Route.get(CHILDREN)), () -> {
                        clients.indah.indikator().createDraft(k.id, template.indicators().get(0).toBuilder()
                                .name(k.indicator()).build());
                        k.stage = Stage.WITH_INDICATOR;
                    }, Optional.of(() -> sim.countChildren(k.id, MetadataKind.INDIKATOR, k.indicator()) > 0));
            case WITH_INDICATOR -> write("indah.kegiatan.submit", k, List.of(Route.get(byId), Route.put(byId)), () -> {
                clients.indah.kegiatan().submit(k.id);
                k.stage = Stage.SUBMITTED;
            }, Optional.of(() -> record(k).status() != io.github.bpsconnector.testkit.indah.MetadataStatus.DRAFT));
            case SUBMITTED -> throw new IllegalStateException(k.title + " is submitted");
        };
    }

    private ChaosStep write(String name, Kegiatan k, List<Route> routes, Runnable action,
            Optional<java.util.function.BooleanSupplier> effect) {
        return new ChaosStep(clients.indahSim(), name, k.title, routes, action, clients.indahJournal, effect);
    }

    private ChaosStep read(SplittableRandom random, Kegiatan k) {
        SimulatedIndah sim = clients.indahSim();
        if (random.nextBoolean() || k.stage == Stage.NEW) {
            return ChaosStep.read(sim, "indah.kegiatan.list", List.of(Route.get(KEGIATAN)), () -> assertThat(
                    clients.indah.kegiatan().list(null, PERIOD).stream().map(KegiatanSummary::title))
                    .contains(kegiatan.stream().filter(x -> x.stage != Stage.NEW).map(x -> x.title)
                            .toArray(String[]::new)), clients.indahJournal);
        }
        return ChaosStep.read(sim, "indah.kegiatan.get", List.of(Route.get(KEGIATAN + "/\\d+")),
                () -> assertThat(clients.indah.kegiatan().get(k.id).form().title()).isEqualTo(k.title),
                clients.indahJournal);
    }

    private IndahRecord record(Kegiatan k) {
        return clients.indahSim().record(k.id).orElseThrow();
    }

    private JsonNode data(Kegiatan k) {
        return record(k).envelope().path("data");
    }

    /** After the run: each MS-Keg, MS-Var and MS-Ind once on the portal, with every step it confirmed. */
    void verifyEndState() {
        SimulatedIndah sim = clients.indahSim();
        assertThat(sim.duplicateNaturalKeys()).as("INDAH natural keys held twice").isEmpty();
        for (Kegiatan k : kegiatan) {
            assertThat(sim.countKegiatan(k.title, PERIOD, DINKES.id())).as("MS-Keg '%s'", k.title).isEqualTo(1);
            assertThat(record(k).status()).as("status of '%s'", k.title)
                    .isEqualTo(io.github.bpsconnector.testkit.indah.MetadataStatus.SUBMITTED);
            assertThat(clients.indah.kegiatan().holds(clients.indah.kegiatan().get(k.id), k.edited))
                    .as("'%s' holds the edited form", k.title).isTrue();
            assertThat(sim.countChildren(k.id, MetadataKind.VARIABEL, k.variable())).as(k.variable()).isEqualTo(1);
            assertThat(sim.countChildren(k.id, MetadataKind.INDIKATOR, k.indicator())).as(k.indicator())
                    .isEqualTo(1);
            assertThat(clients.indah.kegiatan().status(k.id).status().is(MetadataStatus.SUBMITTED)).isTrue();
        }
    }
}
