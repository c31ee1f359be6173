package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The whole state of the simulated Romantik: accounts, submissions and what BPS issued. Every method holds the one
 * lock, so each action is atomic and the pages and the controls always see a consistent state. A submission the
 * caller may not see is reported as {@link NoSuchElementException} (the portal answers 404, never "forbidden").
 */
final class RomantikState {

    /** The exact message of §2.3 for a user without an instansi. */
    static final String PROFIL_BELUM_LENGKAP = "Lengkapi profil Anda dan pilih instansi sebelum mengisi formulir";

    private final Clock clock;
    private final MasterInstansi master;
    private final RomantikCounters counters;
    private final Map<String, RomantikAccount> accounts = new LinkedHashMap<>();
    private final TreeMap<Long, Pengajuan> pengajuan = new TreeMap<>();
    private final Map<String, Long> publicTokens = new LinkedHashMap<>();
    private final RecommendationNumbering numbering = new RecommendationNumbering();
    private final PublicTokens tokens = new PublicTokens();
    private long nextId = 1;

    RomantikState(Clock clock, MasterInstansi master, RomantikCounters counters) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.master = Objects.requireNonNull(master, "master");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return IndonesianDates.day(now());
    }

    MasterInstansi master() {
        return master;
    }

    // --- accounts and profile ---

    synchronized void addAccount(RomantikAccount account) {
        Objects.requireNonNull(account, "account");
        if (account.profil().hasInstansi()) {
            checkProfil(account.profil()).ifPresent(problem -> {
                throw new IllegalArgumentException("Profile of " + account.email() + ": " + problem.getMessage());
            });
        }
        accounts.put(account.email(), account);
    }

    synchronized Optional<RomantikAccount> account(String email) {
        return Optional.ofNullable(email == null ? null : accounts.get(RomantikAccount.normalize(email)));
    }

    /** The account whose credentials these are, if any. */
    synchronized Optional<RomantikAccount> authenticate(String email, String password) {
        Optional<RomantikAccount> account = account(email).filter(found -> found.passwordMatches(password));
        counters.countLogin(account.isPresent());
        return account;
    }

    synchronized List<RomantikAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    /** Saves the profile posted on {@code /profil}; refuses it with the problems by field. */
    synchronized void saveProfil(String email, FormValues posted) {
        RomantikAccount account = existing(email);
        TingkatInstansi tingkat = parseTingkat(posted.first("tingkat_instansi"));
        String wilayah = tingkat == TingkatInstansi.PUSAT ? null : emptyToNull(posted.first("wilayah"));
        Profil profil = new Profil(tingkat, wilayah, emptyToNull(posted.first("instansi_id")),
                posted.first("no_hp").replaceAll("[\\s-]", ""));
        checkProfil(profil).ifPresent(problem -> {
            throw problem;
        });
        accounts.put(account.email(), account.withProfil(profil));
    }

    private Optional<RomantikRefusedException> checkProfil(Profil profil) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (profil.tingkat() == null) {
            errors.put("tingkat_instansi", "Tingkat instansi wajib dipilih.");
        } else if (profil.tingkat() != TingkatInstansi.PUSAT) {
            int digits = profil.tingkat() == TingkatInstansi.PROVINSI ? 2 : 4;
            if (profil.kodeWilayah() == null || profil.kodeWilayah().length() != digits
                    || master.wilayah(profil.kodeWilayah()).isEmpty()) {
                errors.put("wilayah", "Wilayah wajib dipilih sesuai tingkat instansi.");
            }
        }
        Optional<Instansi> instansi = master.instansi(profil.instansiId());
        if (instansi.isEmpty()) {
            errors.put("instansi_id", "Instansi wajib dipilih dari daftar.");
        } else if (instansi.get().tingkat() != profil.tingkat()
                || !Objects.equals(instansi.get().kodeWilayah(), profil.kodeWilayah())) {
            errors.put("instansi_id", "Instansi tidak sesuai dengan tingkat dan wilayah yang dipilih.");
        }
        if (profil.noHp() == null || !profil.noHp().matches("\\+?\\d{9,15}")) {
            errors.put("no_hp", "Nomor HP wajib diisi dengan 9 sampai 15 angka.");
        }
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(new RomantikRefusedException("Profil belum lengkap.", errors));
    }

    private static TingkatInstansi parseTingkat(String value) {
        for (TingkatInstansi tingkat : TingkatInstansi.values()) {
            if (tingkat.name().equals(value)) {
                return tingkat;
            }
        }
        return null;
    }

    /** The instansi of the account's profile, if chosen. */
    synchronized Optional<Instansi> instansiOf(RomantikAccount account) {
        return master.instansi(account.profil().instansiId());
    }

    private RomantikAccount existing(String email) {
        return account(email).orElseThrow(() -> new NoSuchElementException("No account " + email));
    }

    // --- the producer ---

    /** Blok 0 of a new submission: creates the draft and returns its id. */
    synchronized long create(String email, FormValues posted) {
        Instansi instansi = requireInstansi(existing(email));
        FormBlock block0 = FormSchema.block(0);
        BlockValidator.Result result = validator().validate(block0, posted, FormValues.EMPTY, instansi);
        requireValid(result);
        Pengajuan created = new Pengajuan(nextId++, RomantikAccount.normalize(email), instansi, now());
        created.saveBlock(block0, FormValues.of(result.values()));
        pengajuan.put(created.id(), created);
        counters.countCreated();
        return created.id();
    }

    /** Saves Blok n and returns the next block that applies, or {@code -1} after the last one. */
    synchronized int saveBlock(String email, long id, int number, FormValues posted) {
        Pengajuan entry = own(email, id);
        FormBlock block = requireApplicableBlock(entry, number);
        if (number == FormSchema.BLOK_BERKAS) {
            entry.saveBlock(block, FormValues.EMPTY);
        } else {
            BlockValidator.Result result = validator().validate(block, posted, entry.values(), entry.instansi());
            requireValid(result);
            entry.saveBlock(block, FormValues.of(result.values()));
        }
        return FormSchema.next(number, entry.values());
    }

    /** The block to show, refused when it does not exist or does not apply (Blok V of a non-survey). */
    synchronized FormBlock blockToShow(String email, long id, int number) {
        return requireApplicableBlock(own(email, id), number);
    }

    private static FormBlock requireApplicableBlock(Pengajuan entry, int number) {
        FormBlock block = FormSchema.block(number);
        if (block == null) {
            throw new NoSuchElementException("No Blok " + number);
        }
        if (!FormSchema.applies(number, entry.values())) {
            throw new RomantikRefusedException("Blok V hanya diisi jika cara pengumpulan data adalah survei.");
        }
        return block;
    }

    synchronized void uploadBerkas(String email, long id, String jenis, String fileName, byte[] content) {
        Pengajuan entry = own(email, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<JenisBerkas> kind = JenisBerkas.parse(jenis);
        if (kind.isEmpty()) {
            errors.put("jenis", "Jenis berkas tidak valid.");
        }
        String problem = UploadPolicy.problem(content, UploadPolicy.MAX_BERKAS_BYTES);
        if (problem != null) {
            errors.put("berkas", problem);
        }
        if (!errors.isEmpty()) {
            throw new RomantikRefusedException("Berkas ditolak.", errors);
        }
        entry.addBerkas(new Berkas(kind.get(), fileName(fileName), content, now()));
        counters.countBerkas();
    }

    /** "Kirim Formulir": checks that the form is complete and valid today, then sends it. */
    synchronized void kirim(String email, long id) {
        Pengajuan entry = own(email, id);
        entry.requireSendable();
        Map<String, String> errors = completenessProblems(entry);
        if (!errors.isEmpty()) {
            throw new RomantikRefusedException("Formulir belum lengkap atau belum sesuai.", errors);
        }
        entry.kirim(now());
        counters.countKirim();
    }

    private Map<String, String> completenessProblems(Pengajuan entry) {
        Map<String, String> errors = new LinkedHashMap<>();
        BlockValidator validator = validator();
        for (FormBlock block : FormSchema.blocks()) {
            if (block.number() == FormSchema.BLOK_BERKAS || !FormSchema.applies(block.number(), entry.values())) {
                continue;
            }
            if (!entry.savedBlocks().contains(block.number())) {
                errors.put("blok_" + block.number(), block.heading() + " belum diisi.");
            } else {
                errors.putAll(validator.validate(block, entry.values(), entry.values(), entry.instansi()).errors());
            }
        }
        if (!entry.hasBerkas(JenisBerkas.KAK)) {
            errors.put("berkas[KAK]", JenisBerkas.KAK.label() + " wajib diunggah.");
        }
        if (FormSchema.SURVEI.equals(entry.values().first(FormSchema.CARA_PENGUMPULAN))
                && !entry.hasBerkas(JenisBerkas.KUESIONER)) {
            errors.put("berkas[KUESIONER]", JenisBerkas.KUESIONER.label() + " wajib diunggah untuk survei.");
        }
        return errors;
    }

    synchronized void hapus(String email, long id) {
        Pengajuan entry = own(email, id);
        entry.requireDeletable();
        pengajuan.remove(id);
        counters.countDeleted();
    }

    synchronized void batalkan(String email, long id) {
        own(email, id).batalkan();
    }

    synchronized void uploadKomitmen(String email, long id, String fileName, byte[] content) {
        Pengajuan entry = own(email, id);
        String problem = UploadPolicy.problem(content, UploadPolicy.MAX_KOMITMEN_BYTES);
        if (problem != null) {
            throw new RomantikRefusedException("Berkas ditolak.", Map.of("berkas", problem));
        }
        entry.uploadKomitmen(new Berkas(null, fileName(fileName), content, now()));
        counters.countBerkas();
    }

    synchronized void beriPenilaian(String email, long id, String nilai, String komentar) {
        Pengajuan entry = own(email, id);
        if (!nilai.matches("[1-5]")) {
            throw new RomantikRefusedException("Penilaian ditolak.", Map.of("nilai", "Nilai harus 1 sampai 5."));
        }
        if (komentar.length() > FieldSpec.MAX_TEXT) {
            throw new RomantikRefusedException("Penilaian ditolak.",
                    Map.of("komentar", "Komentar paling banyak " + FieldSpec.MAX_TEXT + " karakter."));
        }
        entry.beriPenilaian(new Penilaian(Integer.parseInt(nilai), komentar.trim(), now()));
    }

    /** The issued letter of one of the producer's submissions, as PDF bytes. */
    synchronized Optional<byte[]> suratPdf(String email, long id) {
        return Optional.ofNullable(own(email, id).suratPdf());
    }

    synchronized PengajuanView view(String email, long id) {
        return own(email, id).view();
    }

    /** The producer's submissions, newest first, optionally of one year. */
    synchronized Page<PengajuanView> list(String email, Integer tahun, int page) {
        String owner = RomantikAccount.normalize(email);
        return page(entry -> entry.ownerEmail().equals(owner) && (tahun == null || entry.tahun() == tahun), page);
    }

    private Page<PengajuanView> page(Predicate<Pengajuan> filter, int page) {
        List<PengajuanView> views = pengajuan.descendingMap().values().stream().filter(filter)
                .map(Pengajuan::view).toList();
        return Page.of(views, page);
    }

    private Pengajuan own(String email, long id) {
        Pengajuan entry = pengajuan.get(id);
        if (entry == null || !entry.ownerEmail().equals(RomantikAccount.normalize(email))) {
            throw new NoSuchElementException("No pengajuan " + id + " of this account");
        }
        return entry;
    }

    private Instansi requireInstansi(RomantikAccount account) {
        return instansiOf(account).orElseThrow(() -> new RomantikRefusedException(PROFIL_BELUM_LENGKAP));
    }

    // --- the Walidata (logged in) ---

    /** What the Walidata sees: sent submissions of instansi of its own level and area, newest first. */
    synchronized Page<PengajuanView> listForWalidata(String email, int page) {
        Instansi own = requireInstansi(existing(email));
        return page(entry -> entry.sent() && sameArea(entry.instansi(), own), page);
    }

    synchronized PengajuanView viewForWalidata(String email, long id) {
        return forWalidata(email, id).view();
    }

    synchronized void walidataDecide(String email, long id, String keputusan, String catatan) {
        Pengajuan entry = forWalidata(email, id);
        switch (keputusan) {
            case "SETUJUI" -> entry.walidataSetujui(now(), catatan);
            case "TOLAK" -> entry.walidataTolak(now(), catatan);
            default -> throw new RomantikRefusedException("Keputusan tidak valid.",
                    Map.of("keputusan", "Keputusan harus SETUJUI atau TOLAK."));
        }
    }

    private Pengajuan forWalidata(String email, long id) {
        Instansi own = requireInstansi(existing(email));
        Pengajuan entry = pengajuan.get(id);
        if (entry == null || !entry.sent() || !sameArea(entry.instansi(), own)) {
            throw new NoSuchElementException("No pengajuan " + id + " for this Walidata");
        }
        return entry;
    }

    private static boolean sameArea(Instansi a, Instansi b) {
        return a.tingkat() == b.tingkat() && Objects.equals(a.kodeWilayah(), b.kodeWilayah());
    }

    // --- the reviewer (controls) ---

    synchronized void reviewAsWalidata(long id, boolean approve, String note) {
        Pengajuan entry = existingPengajuan(id);
        if (approve) {
            entry.walidataSetujui(now(), note);
        } else {
            entry.walidataTolak(now(), note);
        }
    }

    synchronized void startExamination(long id) {
        existingPengajuan(id).mulaiPemeriksaan();
    }

    synchronized void requestCorrection(long id, String note) {
        existingPengajuan(id).mintaPerbaikan(now(), note);
    }

    synchronized void declareTidakLayak(long id, String reason) {
        existingPengajuan(id).tidakLayak(now(), reason);
    }

    synchronized void declareLayak(long id, List<String> catatanRekomendasi) {
        existingPengajuan(id).layak(now(), catatanRekomendasi);
    }

    /** Penerbitan: numbers, writes and publishes the letter of a submission declared Layak. */
    synchronized SuratRekomendasi issueLetter(long id) {
        Pengajuan entry = existingPengajuan(id);
        entry.requireAwaitingLetter();
        Instansi instansi = entry.instansi();
        String kodeKantor = instansi.kodeKantorBps();
        LocalDate today = today();
        String kantor = master.namaKantorBps(kodeKantor);
        SuratRekomendasi surat = new SuratRekomendasi(
                numbering.nextNomorSurat(today.getYear(), kodeKantor), today, instansi.nama(), entry.judul(),
                entry.tahun(),
                numbering.nextIdentitas(RecommendationNumbering.kind(
                        entry.values().first(FormSchema.CARA_PENGUMPULAN)), today.getYear(), kodeKantor),
                kodeKantor, kantor, "0000".equals(kodeKantor) ? "Direktur Diseminasi Statistik" : "Kepala " + kantor,
                entry.catatanLayak());
        String token = tokens.next();
        entry.terbitkan(surat, SuratRekomendasiPdf.render(surat), token, now());
        publicTokens.put(token, id);
        counters.countLetter();
        return surat;
    }

    synchronized void setNextRecommendationSequence(String kodeKantor, int year, int sequence) {
        numbering.setNextSequence(kodeKantor, year, sequence);
    }

    private Pengajuan existingPengajuan(long id) {
        Pengajuan entry = pengajuan.get(id);
        if (entry == null) {
            throw new NoSuchElementException("No pengajuan " + id);
        }
        return entry;
    }

    // --- public pages ---

    /** The filters of {@code /rekomendasi-terbit}; blank or {@code 0} means "any". */
    record TerbitFilter(String search, Integer tahun, String provinsi, String kabkot, String instansi) {

        static final TerbitFilter ANY = new TerbitFilter(null, null, null, null, null);

        boolean matches(PengajuanView view) {
            Instansi owner = view.instansi();
            String area = owner.kodeWilayah() == null ? "" : owner.kodeWilayah();
            return (isAny(search) || view.judul().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)))
                    && (tahun == null || view.tahun() == tahun)
                    && (isAny(provinsi) || area.startsWith(provinsi))
                    && (isAny(kabkot) || area.equals(kabkot))
                    && (isAny(instansi) || owner.id().equals(instansi));
        }

        private static boolean isAny(String value) {
            return value == null || value.isBlank() || "0".equals(value);
        }
    }

    /** Issued recommendations, newest first. */
    synchronized Page<PengajuanView> terbit(TerbitFilter filter, int page) {
        List<PengajuanView> views = new ArrayList<>();
        for (Long id : publicTokens.values()) {
            Pengajuan entry = pengajuan.get(id);
            if (entry != null && filter.matches(entry.view())) {
                views.add(entry.view());
            }
        }
        views.sort(Comparator.comparing((PengajuanView view) -> view.surat().tanggal())
                .thenComparing(PengajuanView::id).reversed());
        return Page.of(views, page);
    }

    synchronized Optional<PengajuanView> terbitByToken(String token) {
        Long id = token == null ? null : publicTokens.get(token);
        return Optional.ofNullable(id == null ? null : pengajuan.get(id)).map(Pengajuan::view);
    }

    // --- queries ---

    synchronized Optional<PengajuanView> find(long id) {
        return Optional.ofNullable(pengajuan.get(id)).map(Pengajuan::view);
    }

    synchronized List<PengajuanView> all() {
        return pengajuan.values().stream().map(Pengajuan::view).toList();
    }

    synchronized int count(NaturalKey key) {
        return (int) pengajuan.values().stream().filter(entry -> entry.naturalKey().equals(key)).count();
    }

    /** Every natural key held by more than one submission, with its count. */
    synchronized Map<NaturalKey, Integer> duplicates() {
        Map<NaturalKey, Integer> counts = new LinkedHashMap<>();
        pengajuan.values().forEach(entry -> counts.merge(entry.naturalKey(), 1, Integer::sum));
        counts.values().removeIf(count -> count < 2);
        return counts;
    }

    private BlockValidator validator() {
        return new BlockValidator(today());
    }

    private static void requireValid(BlockValidator.Result result) {
        if (!result.ok()) {
            throw new RomantikRefusedException("Isian belum sesuai. Periksa kembali isian yang ditandai.",
                    result.errors());
        }
    }

    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").trim();
        return base.isEmpty() ? "berkas.pdf" : base;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
