package io.github.bpsconnector.testkit.romantik;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The BPS <i>master instansi</i> and the areas it refers to. Thread-safe; tests and the standalone server add
 * organisations through the controls.
 */
public final class MasterInstansi {

    private final Map<String, Wilayah> wilayah = new LinkedHashMap<>();
    private final Map<String, Instansi> instansi = new LinkedHashMap<>();

    /** An empty master list. */
    public MasterInstansi() {
    }

    /**
     * A master list with Jawa Timur, Kabupaten Jember and its perangkat daerah (Dinas Kesehatan, Bappeda,
     * Diskominfo, ...), a few other regions and two central bodies. Addresses and phone numbers are made up.
     */
    public static MasterInstansi withDefaults() {
        MasterInstansi master = new MasterInstansi();
        master.addWilayah(new Wilayah("35", "Jawa Timur"));
        master.addWilayah(new Wilayah("3509", "Kabupaten Jember"));
        master.addWilayah(new Wilayah("3510", "Kabupaten Banyuwangi"));
        master.addWilayah(new Wilayah("3578", "Kota Surabaya"));
        master.addWilayah(new Wilayah("33", "Jawa Tengah"));
        master.addWilayah(new Wilayah("3374", "Kota Semarang"));

        String jember = "Pemerintah Kabupaten Jember";
        master.addJember("350901", "Dinas Kesehatan Kabupaten Jember", "Jl. Srikoyo No. 1, Jember", jember);
        master.addJember("350902", "Badan Perencanaan Pembangunan Daerah Kabupaten Jember",
                "Jl. Sudarman No. 2, Jember", jember);
        master.addJember("350903", "Dinas Komunikasi dan Informatika Kabupaten Jember",
                "Jl. Dharmawangsa No. 3, Jember", jember);
        master.addJember("350904", "Dinas Pendidikan Kabupaten Jember", "Jl. Dr. Soebandi No. 4, Jember", jember);
        master.addJember("350905", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jember",
                "Jl. Jawa No. 5, Jember", jember);
        master.addJember("350906", "Dinas Sosial Kabupaten Jember", "Jl. Kalimantan No. 6, Jember", jember);
        master.addInstansi(new Instansi("351001", "Dinas Kesehatan Kabupaten Banyuwangi",
                TingkatInstansi.KABUPATEN_KOTA, "3510", "Pemerintah Kabupaten Banyuwangi",
                "Jl. Ahmad Yani No. 1, Banyuwangi", "0333-000001", "dinkes@banyuwangikab.example"));
        master.addInstansi(new Instansi("357801", "Dinas Komunikasi dan Informatika Kota Surabaya",
                TingkatInstansi.KABUPATEN_KOTA, "3578", "Pemerintah Kota Surabaya",
                "Jl. Jimerto No. 1, Surabaya", "031-000001", "diskominfo@surabaya.example"));
        master.addInstansi(new Instansi("3501", "Dinas Kesehatan Provinsi Jawa Timur", TingkatInstansi.PROVINSI,
                "35", "Pemerintah Provinsi Jawa Timur", "Jl. Ahmad Yani No. 118, Surabaya", "031-000002",
                "dinkes@jatimprov.example"));
        master.addInstansi(new Instansi("0001", "Kementerian Kesehatan", TingkatInstansi.PUSAT, null,
                "Kementerian Kesehatan", "Jl. H.R. Rasuna Said, Jakarta", "021-000001", "kontak@kemkes.example"));
        return master;
    }

    private void addJember(String id, String nama, String alamat, String induk) {
        addInstansi(new Instansi(id, nama, TingkatInstansi.KABUPATEN_KOTA, "3509", induk, alamat,
                "0331-" + id.substring(2), "opd" + id + "@jemberkab.example"));
    }

    /** Adds or replaces an area. */
    public synchronized void addWilayah(Wilayah area) {
        Objects.requireNonNull(area, "area");
        wilayah.put(area.kode(), area);
    }

    /**
     * Adds or replaces an instansi.
     *
     * @throws IllegalArgumentException when its wilayah is not known
     */
    public synchronized void addInstansi(Instansi entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.kodeWilayah() != null && !wilayah.containsKey(entry.kodeWilayah())) {
            throw new IllegalArgumentException("Unknown wilayah " + entry.kodeWilayah() + " for instansi " + entry.id());
        }
        instansi.put(entry.id(), entry);
    }

    /** The instansi with this id, if any. */
    public synchronized Optional<Instansi> instansi(String id) {
        return Optional.ofNullable(id == null ? null : instansi.get(id));
    }

    /** The area with this code, if any. */
    public synchronized Optional<Wilayah> wilayah(String kode) {
        return Optional.ofNullable(kode == null ? null : wilayah.get(kode));
    }

    /** Every instansi, in insertion order. */
    public synchronized List<Instansi> allInstansi() {
        return List.copyOf(instansi.values());
    }

    /** Every area, in insertion order. */
    public synchronized List<Wilayah> allWilayah() {
        return List.copyOf(wilayah.values());
    }

    /** The instansi of one level and area ({@code kodeWilayah} is ignored for {@link TingkatInstansi#PUSAT}). */
    public synchronized List<Instansi> instansiOf(TingkatInstansi tingkat, String kodeWilayah) {
        List<Instansi> result = new ArrayList<>();
        for (Instansi entry : instansi.values()) {
            if (entry.tingkat() == tingkat
                    && (tingkat == TingkatInstansi.PUSAT || Objects.equals(entry.kodeWilayah(), kodeWilayah))) {
                result.add(entry);
            }
        }
        return result;
    }

    /**
     * The name of the BPS office with this code: {@code BPS Kabupaten Jember}, {@code BPS Provinsi Jawa Timur},
     * or {@code BPS RI} for {@code 0000}.
     */
    public synchronized String namaKantorBps(String kodeKantor) {
        if ("0000".equals(kodeKantor)) {
            return "BPS RI";
        }
        if (kodeKantor.endsWith("00")) {
            Wilayah province = wilayah.get(kodeKantor.substring(0, 2));
            return "BPS Provinsi " + (province == null ? kodeKantor.substring(0, 2) : province.nama());
        }
        Wilayah regency = wilayah.get(kodeKantor);
        return "BPS " + (regency == null ? kodeKantor : regency.nama());
    }
}
