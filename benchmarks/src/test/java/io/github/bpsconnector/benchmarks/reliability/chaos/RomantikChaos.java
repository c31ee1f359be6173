package io.github.bpsconnector.benchmarks.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.PengajuanStatus;
import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.romantik.PengajuanView;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.romantik.StatusPengajuan;
import io.github.bpsconnector.testkit.romantik.StatusWalidata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The Romantik side of the chaos run: kegiatan taken by the Produsen Data through the draft, its blocks, its two
 * Blok IX files and "Kirim", then approved or rejected by the Walidata; reads (detail, Daftar Pengajuan, the
 * Walidata's list) in between. Each step runs through the real {@code RomantikClient}; the model moves on only when
 * a step succeeds, so a failed step is tried again later.
 */
final class RomantikChaos {

    private static final String ID = "/pengajuan/\\d+";
    private static final int IN_PROGRESS = 4;

    enum Stage { NEW, DRAFTED, FILLED, ATTACHED, SENT, DECIDED }

    /** One kegiatan and how far it got. */
    static final class Kegiatan {
        final String judul;
        final MetadataPackage pkg;
        final boolean approve;
        Stage stage = Stage.NEW;
        long id;

        Kegiatan(String judul, MetadataPackage pkg, boolean approve) {
            this.judul = judul;
            this.pkg = pkg;
            this.approve = approve;
        }
    }

    private ChaosClients clients;
    private final MetadataPackage template;
    private final SupportingFiles files;
    private final List<Kegiatan> kegiatan = new ArrayList<>();

    RomantikChaos(ChaosClients clients, MetadataPackage template, SupportingFiles files) {
        this.clients = clients;
        this.template = template;
        this.files = files;
    }

    /** Goes on with other clients (a later run of the program). */
    void use(ChaosClients next) {
        this.clients = next;
    }

    List<Kegiatan> kegiatan() {
        return kegiatan;
    }

    /** The next operation: a read about one in three times, else the next step of a kegiatan (perhaps a new one). */
    ChaosStep next(SplittableRandom random) {
        List<Kegiatan> open = kegiatan.stream().filter(k -> k.stage != Stage.DECIDED).toList();
        if (random.nextInt(3) == 0 && !kegiatan.isEmpty()) {
            return read(random, kegiatan.get(random.nextInt(kegiatan.size())));
        }
        if (open.size() < IN_PROGRESS) {
            return step(add(random));
        }
        return step(open.get(random.nextInt(open.size())));
    }

    /** The next step of a kegiatan not yet decided, if any is left. */
    Optional<ChaosStep> pending() {
        return kegiatan.stream().filter(k -> k.stage != Stage.DECIDED).findFirst().map(this::step);
    }

    private Kegiatan add(SplittableRandom random) {
        String judul = "Survei Chaos Romantik " + (kegiatan.size() + 1);
        MetadataPackage pkg = template.toBuilder().activity(template.activity().toBuilder().title(judul).build())
                .build();
        Kegiatan k = new Kegiatan(judul, pkg, random.nextInt(4) != 0);
        kegiatan.add(k);
        return k;
    }

    private ChaosStep step(Kegiatan k) {
        SimulatedRomantik sim = clients.romantik();
        return switch (k.stage) {
            case NEW -> write("romantik.buat", k, List.of(Route.get("/beranda"), Route.get("/pengajuan"),
                    Route.get("/pengajuan/baru"), Route.post("/pengajuan")), () -> {
                        k.id = clients.produsen.createDraft(k.pkg);
                        k.stage = Stage.DRAFTED;
                    }, Optional.of(() -> count(k) > 0));
            case DRAFTED -> write("romantik.blok", k, IntStream.rangeClosed(0, 8).boxed()
                    .flatMap(n -> List.of(Route.get(ID + "/blok/" + n), Route.post(ID + "/blok/" + n)).stream())
                    .toList(), () -> {
                        clients.produsen.fillBlocks(k.id, k.pkg);
                        k.stage = Stage.FILLED;
                    }, Optional.empty());
            case FILLED -> write("romantik.berkas", k, List.of(Route.get(ID + "/blok/9"), Route.post(ID + "/berkas")),
                    () -> {
                        clients.produsen.attach(k.id, files);
                        k.stage = Stage.ATTACHED;
                    }, Optional.empty());
            case ATTACHED -> write("romantik.kirim", k, List.of(Route.get(ID), Route.get(ID + "/ringkasan"),
                    Route.post(ID + "/kirim")), () -> {
                        clients.produsen.send(k.id, k.pkg);
                        k.stage = Stage.SENT;
                    }, Optional.of(() -> view(sim, k).statusPengajuan() != StatusPengajuan.DRAFT));
            case SENT -> new ChaosStep(sim, k.approve ? "romantik.walidata.setujui" : "romantik.walidata.tolak",
                    k.judul, List.of(Route.get("/walidata" + ID), Route.post("/walidata" + ID)), () -> {
                        if (k.approve) {
                            clients.walidata.walidata().approve(k.id, "Lengkap.");
                        } else {
                            clients.walidata.walidata().reject(k.id, "Lengkapi kuesioner.");
                        }
                        k.stage = Stage.DECIDED;
                    }, clients.walidataJournal,
                    Optional.of(() -> view(sim, k).statusWalidata() != StatusWalidata.PEMERIKSAAN));
            case DECIDED -> throw new IllegalStateException(k.judul + " is decided");
        };
    }

    private ChaosStep write(String name, Kegiatan k, List<Route> routes, Runnable action,
            Optional<BooleanSupplier> effect) {
        return new ChaosStep(clients.romantik(), name, k.judul, routes, action, clients.produsenJournal, effect);
    }

    private ChaosStep read(SplittableRandom random, Kegiatan k) {
        SimulatedRomantik sim = clients.romantik();
        return switch (random.nextInt(3)) {
            case 0 -> ChaosStep.read(sim, "romantik.daftar", List.of(Route.get("/pengajuan")),
                    () -> assertThat(clients.produsen.list(null).stream().map(PengajuanSummary::judul))
                            .contains(kegiatan.stream().filter(x -> x.stage != Stage.NEW).map(x -> x.judul)
                                    .toArray(String[]::new)), clients.produsenJournal);
            case 1 -> ChaosStep.read(sim, "romantik.walidata.daftar", List.of(Route.get("/walidata/pengajuan")),
                    () -> clients.walidata.walidata().list().stream().count(), clients.walidataJournal);
            default -> ChaosStep.read(sim, "romantik.detail", List.of(Route.get(ID)), () -> {
                if (k.stage != Stage.NEW) {
                    assertThat(clients.produsen.detail(k.id).judul()).isEqualTo(k.judul);
                }
            }, clients.produsenJournal);
        };
    }

    private long count(Kegiatan k) {
        return clients.romantik().allPengajuan().stream().filter(p -> p.judul().equals(k.judul)).count();
    }

    private static PengajuanView view(SimulatedRomantik sim, Kegiatan k) {
        return sim.pengajuan(k.id).orElseThrow();
    }

    /** After the run: each kegiatan once on the portal, with every step it confirmed. */
    void verifyEndState() {
        SimulatedRomantik sim = clients.romantik();
        assertThat(sim.duplicateNaturalKeys()).as("Romantik natural keys held twice").isEmpty();
        for (Kegiatan k : kegiatan) {
            assertThat(count(k)).as("pengajuan '%s'", k.judul).isEqualTo(1);
            PengajuanView view = view(sim, k);
            assertThat(view.berkas()).as("Blok IX files of '%s'", k.judul).hasSize(2);
            assertThat(view.savedBlocks()).as("saved blocks of '%s'", k.judul).isNotEmpty();
            assertThat(view.statusWalidata()).as("Walidata's decision on '%s'", k.judul)
                    .isEqualTo(k.approve ? StatusWalidata.DISETUJUI : StatusWalidata.DITOLAK);
            assertThat(clients.produsen.detail(k.id).status()).as("'%s' seen by the client", k.judul)
                    .isEqualTo(k.approve ? PengajuanStatus.AT_PEMBINA : PengajuanStatus.RETURNED_BY_WALIDATA);
        }
    }
}
