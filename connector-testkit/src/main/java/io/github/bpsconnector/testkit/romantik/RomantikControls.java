package io.github.bpsconnector.testkit.romantik;

import static io.github.bpsconnector.testkit.ControlSupport.badRequest;
import static io.github.bpsconnector.testkit.ControlSupport.body;
import static io.github.bpsconnector.testkit.ControlSupport.ok;
import static io.github.bpsconnector.testkit.ControlSupport.optionalLong;
import static io.github.bpsconnector.testkit.ControlSupport.optionalText;
import static io.github.bpsconnector.testkit.ControlSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.ControlSupport;
import io.github.bpsconnector.testkit.RequestHandler;
import io.github.bpsconnector.testkit.Router;
import io.github.bpsconnector.testkit.SimJson;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The {@code /__sim/romantik/...} controls (JSON): accounts and organisations, login mode and sessions, the
 * reviewer as Walidata and Pembina Data, the numbering, queries and counters. A refused transition answers
 * {@code 409 {"error": …, "fieldErrors": {…}}}, an unknown id {@code 404}.
 */
final class RomantikControls {

    private static final String BASE = "/romantik";

    private final SimulatedRomantik romantik;

    private RomantikControls(SimulatedRomantik romantik) {
        this.romantik = romantik;
    }

    static void register(Router router, SimulatedRomantik romantik) {
        RomantikControls c = new RomantikControls(romantik);
        router.get(BASE + "/accounts", guarded(request -> c.accounts()))
                .post(BASE + "/accounts", guarded(c::addAccount))
                .get(BASE + "/instansi", guarded(request -> c.instansi()))
                .post(BASE + "/instansi", guarded(c::addInstansi))
                .post(BASE + "/wilayah", guarded(c::addWilayah))
                .get(BASE + "/login-mode", guarded(request -> c.loginMode()))
                .put(BASE + "/login-mode", guarded(c::setLoginMode))
                .put(BASE + "/sessions/idle-timeout", guarded(c::setIdleTimeout))
                .post(BASE + "/sessions/expire", guarded(c::expireSessions))
                .post(BASE + "/sessions", guarded(c::importSession))
                .get(BASE + "/pengajuan", guarded(request -> c.allPengajuan()))
                .get(BASE + "/pengajuan/{id}", guarded(request -> ok(pengajuan(c.find(request)))))
                .post(BASE + "/pengajuan/{id}/walidata", guarded(c::walidata))
                .post(BASE + "/pengajuan/{id}/pemeriksaan", guarded(request -> c.review(request, id ->
                        c.romantik.reviewer().asPembinaData().startExamination(id))))
                .post(BASE + "/pengajuan/{id}/perbaikan", guarded(request -> c.review(request, id ->
                        c.romantik.reviewer().asPembinaData().requestCorrection(id, note(request)))))
                .post(BASE + "/pengajuan/{id}/tidak-layak", guarded(request -> c.review(request, id ->
                        c.romantik.reviewer().asPembinaData().declareTidakLayak(id, note(request)))))
                .post(BASE + "/pengajuan/{id}/layak", guarded(request -> c.review(request, id ->
                        c.romantik.reviewer().asPembinaData().declareLayak(id, catatanRekomendasi(request)))))
                .post(BASE + "/pengajuan/{id}/terbitkan", guarded(request -> c.review(request, id ->
                        c.romantik.reviewer().asPembinaData().issueLetter(id))))
                .put(BASE + "/numbering", guarded(c::setNumbering))
                .get(BASE + "/counters", guarded(request -> c.counters()))
                .get(BASE + "/natural-keys/count", guarded(c::countByKey));
    }

    /** Turns refusals into 409, unknown ids into 404 and bad values into 400. */
    private static RequestHandler guarded(RequestHandler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (RomantikRefusedException refusal) {
                ObjectNode error = SimJson.object().put("error", refusal.getMessage());
                refusal.fieldErrors().forEach(error.putObject("fieldErrors")::put);
                return SimResponse.json(409, error);
            } catch (NoSuchElementException notFound) {
                return ControlSupport.error(404, notFound.getMessage());
            } catch (IllegalArgumentException invalid) {
                return ControlSupport.error(400, invalid.getMessage());
            }
        };
    }

    private SimResponse accounts() {
        ArrayNode list = SimJson.mapper().createArrayNode();
        romantik.accounts().forEach(account -> list.add(account(account)));
        return ok(SimJson.object().set("accounts", list));
    }

    private SimResponse addAccount(SimRequest request) {
        ObjectNode body = body(request);
        Peran peran = Peran.valueOf(optionalText(body, "peran").orElse(Peran.PRODUSEN_DATA.name()));
        String email = text(body, "email");
        String password = text(body, "password");
        String nama = optionalText(body, "nama").orElse(email);
        RomantikAccount account = optionalText(body, "instansiId")
                .map(instansiId -> peran == Peran.WALIDATA ? romantik.addWalidata(email, password, nama, instansiId)
                        : romantik.addProdusenData(email, password, nama, instansiId))
                .orElseGet(() -> romantik.addAccount(RomantikAccount.of(email, password, nama, peran)));
        return SimResponse.json(201, account(account));
    }

    private static ObjectNode account(RomantikAccount account) {
        Profil profil = account.profil();
        ObjectNode node = SimJson.object().put("email", account.email()).put("nama", account.nama())
                .put("peran", account.peran().name());
        node.putObject("profil").put("tingkatInstansi", profil.tingkat() == null ? null : profil.tingkat().name())
                .put("wilayah", profil.kodeWilayah()).put("instansiId", profil.instansiId())
                .put("noHp", profil.noHp());
        return node;
    }

    private SimResponse instansi() {
        ArrayNode wilayah = SimJson.mapper().createArrayNode();
        romantik.master().allWilayah().forEach(area -> wilayah.addObject().put("kode", area.kode())
                .put("nama", area.nama()));
        ArrayNode instansi = SimJson.mapper().createArrayNode();
        romantik.master().allInstansi().forEach(entry -> instansi.add(instansi(entry)));
        ObjectNode result = SimJson.object();
        result.set("wilayah", wilayah);
        result.set("instansi", instansi);
        return ok(result);
    }

    private static ObjectNode instansi(Instansi entry) {
        return SimJson.object().put("id", entry.id()).put("nama", entry.nama()).put("tingkat", entry.tingkat().name())
                .put("kodeWilayah", entry.kodeWilayah()).put("induk", entry.induk()).put("alamat", entry.alamat())
                .put("telepon", entry.telepon()).put("email", entry.email())
                .put("kodeKantorBps", entry.kodeKantorBps());
    }

    private SimResponse addInstansi(SimRequest request) {
        ObjectNode body = body(request);
        Instansi entry = new Instansi(text(body, "id"), text(body, "nama"),
                TingkatInstansi.valueOf(text(body, "tingkat")), optionalText(body, "kodeWilayah").orElse(null),
                text(body, "induk"), optionalText(body, "alamat").orElse("-"),
                optionalText(body, "telepon").orElse("-"), optionalText(body, "email").orElse("-"));
        romantik.master().addInstansi(entry);
        return SimResponse.json(201, instansi(entry));
    }

    private SimResponse addWilayah(SimRequest request) {
        ObjectNode body = body(request);
        Wilayah area = new Wilayah(text(body, "kode"), text(body, "nama"));
        romantik.master().addWilayah(area);
        return SimResponse.json(201, Map.of("kode", area.kode(), "nama", area.nama()));
    }

    private SimResponse loginMode() {
        return ok(Map.of("mode", romantik.loginMode().name(), "ssoBaseUrl", romantik.ssoBaseUrl()));
    }

    private SimResponse setLoginMode(SimRequest request) {
        romantik.loginMode(LoginMode.valueOf(text(body(request), "mode")));
        return loginMode();
    }

    private SimResponse setIdleTimeout(SimRequest request) {
        ObjectNode body = body(request);
        optionalLong(body, "seconds").ifPresent(s -> romantik.sessionIdleTimeout(Duration.ofSeconds(s)));
        optionalLong(body, "ssoSeconds").ifPresent(s -> romantik.ssoSessionIdleTimeout(Duration.ofSeconds(s)));
        return ok(Map.of("updated", true));
    }

    private SimResponse expireSessions(SimRequest request) {
        optionalText(body(request), "email").ifPresentOrElse(romantik::expireSessionsOf, romantik::expireAllSessions);
        return ok(Map.of("expired", true));
    }

    private SimResponse importSession(SimRequest request) {
        String value = romantik.importSession(text(body(request), "email"));
        return SimResponse.json(201, Map.of("cookie", SimulatedRomantik.SESSION_COOKIE, "value", value));
    }

    private SimResponse allPengajuan() {
        ArrayNode list = SimJson.mapper().createArrayNode();
        romantik.allPengajuan().forEach(view -> list.add(pengajuan(view)));
        return ok(SimJson.object().set("pengajuan", list));
    }

    private PengajuanView find(SimRequest request) {
        return romantik.pengajuan(id(request)).orElseThrow(() -> new NoSuchElementException(
                "No pengajuan " + request.pathParam("id")));
    }

    private SimResponse walidata(SimRequest request) {
        ObjectNode body = body(request);
        String keputusan = text(body, "keputusan");
        String note = optionalText(body, "catatan").orElse("");
        return review(request, id -> {
            switch (keputusan) {
                case "SETUJUI" -> romantik.reviewer().asWalidata().approve(id, note);
                case "TOLAK" -> romantik.reviewer().asWalidata().reject(id, note);
                default -> throw badRequest("Field 'keputusan' must be SETUJUI or TOLAK");
            }
        });
    }

    /** Runs one reviewer step and answers with the submission as it is afterwards. */
    private SimResponse review(SimRequest request, LongConsumer step) {
        long id = id(request);
        step.accept(id);
        return ok(pengajuan(romantik.pengajuan(id).orElseThrow()));
    }

    private static String note(SimRequest request) {
        return optionalText(body(request), "catatan").orElse("");
    }

    private static List<String> catatanRekomendasi(SimRequest request) {
        JsonNode node = body(request).get("catatanRekomendasi");
        if (node == null || !node.isArray()) {
            throw badRequest("Field 'catatanRekomendasi' must be an array of strings");
        }
        List<String> catatan = new ArrayList<>();
        node.forEach(item -> catatan.add(item.asText()));
        return catatan;
    }

    private SimResponse setNumbering(SimRequest request) {
        ObjectNode body = body(request);
        romantik.setNextRecommendationSequence(text(body, "kodeKantor"),
                Math.toIntExact(optionalLong(body, "tahun").orElseThrow(() -> badRequest("Field 'tahun' is required"))),
                Math.toIntExact(optionalLong(body, "next").orElseThrow(() -> badRequest("Field 'next' is required"))));
        return ok(Map.of("updated", true));
    }

    private SimResponse counters() {
        RomantikCounters counters = romantik.romantikCounters();
        return ok(Map.of("pengajuanCreated", counters.pengajuanCreated(), "pengajuanDeleted",
                counters.pengajuanDeleted(), "kirim", counters.kirim(), "berkasUploaded", counters.berkasUploaded(),
                "lettersIssued", counters.lettersIssued(), "loginsSucceeded", counters.loginsSucceeded(),
                "loginsFailed", counters.loginsFailed(), "csrfRejected", counters.csrfRejected()));
    }

    private SimResponse countByKey(SimRequest request) {
        String tahun = request.query("tahun").filter(t -> t.matches("\\d{4}"))
                .orElseThrow(() -> badRequest("Query 'tahun' (yyyy) is required"));
        NaturalKey key = new NaturalKey(request.query("judul").orElseThrow(() -> badRequest("Query 'judul' is required")),
                Integer.parseInt(tahun), request.query("instansiId")
                        .orElseThrow(() -> badRequest("Query 'instansiId' is required")));
        return ok(Map.of("key", SimulatedRomantik.keyText(key), "count", romantik.countByNaturalKey(key)));
    }

    private static long id(SimRequest request) {
        String id = request.pathParam("id");
        if (!id.matches("\\d{1,15}")) {
            throw new NoSuchElementException("No pengajuan " + id);
        }
        return Long.parseLong(id);
    }

    /** A submission as JSON: statuses by raw label, values, files (no content), trail, letter, follow-up. */
    static ObjectNode pengajuan(PengajuanView view) {
        ObjectNode node = SimJson.object().put("id", view.id()).put("ownerEmail", view.ownerEmail())
                .put("judul", view.judul()).put("tahun", view.tahun())
                .put("statusPengajuan", view.statusPengajuan().label())
                .put("statusWalidata", view.statusWalidata() == null ? null : view.statusWalidata().label())
                .put("statusPerbaikan", view.statusPerbaikan() == null ? null : view.statusPerbaikan().label())
                .put("nomorRekomendasi", view.nomorRekomendasi()).put("publicToken", view.publicToken())
                .put("dibuat", view.dibuat().toString())
                .put("dikirim", view.dikirim() == null ? null : view.dikirim().toString());
        node.putObject("instansi").put("id", view.instansi().id()).put("nama", view.instansi().nama());
        ObjectNode values = node.putObject("values");
        new TreeMap<>(view.values()).forEach((name, list) -> {
            ArrayNode array = values.putArray(name);
            list.forEach(array::add);
        });
        ArrayNode berkas = node.putArray("berkas");
        view.berkas().forEach(file -> berkas.addObject().put("jenis", file.jenis().name())
                .put("namaFile", file.namaFile()).put("ukuran", file.ukuran()));
        ArrayNode catatan = node.putArray("catatan");
        view.catatan().forEach(entry -> catatan.addObject().put("waktu", entry.waktu().toString())
                .put("peran", entry.peran().label()).put("keputusan", entry.keputusan())
                .put("catatan", entry.catatan()));
        ArrayNode aksi = node.putArray("aksi");
        view.aksi().stream().sorted().forEach(aksi::add);
        if (view.surat() != null) {
            SuratRekomendasi surat = view.surat();
            ObjectNode letter = node.putObject("surat").put("nomorSurat", surat.nomorSurat())
                    .put("tanggal", surat.tanggal().toString())
                    .put("identitasRekomendasi", surat.identitasRekomendasi()).put("kantor", surat.kantor())
                    .put("pemberiRekomendasi", surat.pemberiRekomendasi()).put("fileName", surat.fileName());
            ArrayNode notes = letter.putArray("catatan");
            surat.catatan().forEach(notes::add);
        }
        if (view.komitmen() != null) {
            node.putObject("komitmen").put("namaFile", view.komitmen().namaFile())
                    .put("ukuran", view.komitmen().ukuran());
        }
        if (view.penilaian() != null) {
            node.putObject("penilaian").put("nilai", view.penilaian().nilai())
                    .put("komentar", view.penilaian().komentar());
        }
        return node;
    }
}
