package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahHttp.INDIKATOR;
import static io.github.bpsconnector.testkit.indah.IndahHttp.KEGIATAN;
import static io.github.bpsconnector.testkit.indah.IndahHttp.VARIABEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.RawHttp;
import org.junit.jupiter.api.Test;

/** §1.3: MS-Keg, MS-Var, MS-Ind create, read, list (both page styles), update, delete, children, Cycle. */
class IndahMetadataTest extends IndahTestBase {

    private static final String[] ENVELOPE_KEYS = {"id", "base_id", "submission_period", "data", "reviews",
        "changes", "status", "rejection_note", "submitter", "produsen_data", "walidata_pusat", "version"};
    private static final String[] CHILD_KEYS = {"id", "base_id", "ms_keg_id", "submission_period", "data", "reviews",
        "changes", "status", "rejection_note", "submitter", "produsen_data", "walidata_pusat", "version"};

    @Test
    void createKegiatanAnswersTheResultEnvelopeWithTheModelsKeysAndMisspellings() {
        RawHttp.Reply reply = api.send("POST", api.walidata(), KEGIATAN,
                IndahHttp.kegiatan("Survei Kepuasan Layanan Kesehatan", 2026, IndahDemoData.DINKES_JEMBER));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.fieldNames()).toIterable().containsExactly("status", "result");
        assertThat(body.get("status").asInt()).isEqualTo(200);
        assertThat(body.get("result")).hasSize(1);
        JsonNode item = body.at("/result/0");
        assertThat(item.fieldNames()).toIterable().containsExactly(ENVELOPE_KEYS);
        assertThat(item.get("id").asLong()).isEqualTo(MetadataStore.FIRST_ID);
        assertThat(item.get("status").asText()).isEqualTo("DRAFT");
        assertThat(item.get("base_id").isNull()).isTrue();
        assertThat(item.get("rejection_note").isNull()).isTrue();
        assertThat(item.get("reviews")).isEmpty();
        assertThat(item.get("version").asText()).isEqualTo("v2");
        assertThat(item.at("/data/blok_i/instansi_penyelanggara").asText()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(item.at("/data/blok_iv/frekuensi_penyelanggara").asText()).isEqualTo("TAHUNAN");
        assertThat(item.at("/data/blok_vii/unit_analsis/individu").asBoolean()).isTrue();
        assertThat(item.get("produsen_data").fieldNames()).toIterable()
                .containsExactly("id", "name", "province_code", "city_code");
        assertThat(item.at("/produsen_data/name").asText()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(item.at("/produsen_data/city_code").asText()).isEqualTo("3509");
        assertThat(item.at("/submitter/username").asText()).isEqualTo("walidata.jember");
        assertThat(item.at("/submitter/organization/id").asLong()).isEqualTo(IndahDemoData.DISKOMINFO_JEMBER);
    }

    @Test
    void readReturnsTheBareEnvelope() {
        String token = api.walidata();
        long id = api.createKegiatan(token, "Pendataan Sekolah", 2026,
                IndahDemoData.DISDIK_JEMBER);

        RawHttp.Reply reply = api.get(token, KEGIATAN + "/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().fieldNames()).toIterable().containsExactly(ENVELOPE_KEYS);
        assertThat(reply.json().at("/data/judul_kegiatan").asText()).isEqualTo("Pendataan Sekolah");
        assertThat(api.get(token, KEGIATAN + "/999999").status()).isEqualTo(404);
        assertThat(api.get(token, KEGIATAN + "/abc").status()).isEqualTo(400);
    }

    @Test
    void idsAreNumericAndIncreasingAcrossKinds() {
        String token = api.walidata();
        long keg = api.createKegiatan(token, "A", 2026, IndahDemoData.DINKES_JEMBER);
        long var = api.createChild(token, IndahHttp.VARIABEL, keg, "Jumlah Pasien");
        long ind = api.createChild(token, IndahHttp.INDIKATOR, keg, "Rasio Pasien");
        assertThat(var).isGreaterThan(keg);
        assertThat(ind).isGreaterThan(var);
        assertThat(api.get(token, VARIABEL + "/" + keg).status()).isEqualTo(404);
    }

    @Test
    void listUsesTheV2PageStyleWithFlattenedItemsAndFilters() {
        String token = api.walidata();
        api.create(token, KEGIATAN, IndahHttp.kegiatan("Survei Gizi Balita", 2026, IndahDemoData.DINKES_JEMBER));
        api.create(token, KEGIATAN, IndahHttp.kegiatan("Survei Gizi Balita", 2027, IndahDemoData.DINKES_JEMBER));
        api.create(token, KEGIATAN, IndahHttp.kegiatan("Pendataan Guru", 2026, IndahDemoData.DISDIK_JEMBER));

        JsonNode body = api.get(token, KEGIATAN + "?name=gizi%20BALITA&submissionPeriod=2026&page=0&size=50").json();

        assertThat(body.fieldNames()).toIterable().containsExactly("status", "result");
        assertThat(body.get("result")).hasSize(1);
        assertThat(body.at("/result/0").fieldNames()).toIterable().containsExactly("content", "total_pages");
        assertThat(body.at("/result/0/total_pages").asInt()).isEqualTo(1);
        JsonNode item = body.at("/result/0/content/0");
        assertThat(body.at("/result/0/content")).hasSize(1);
        assertThat(item.fieldNames()).toIterable().containsExactly("id", "status", "name", "data", "produsen_data_id",
                "produsen_data_name", "produsen_data_province_code", "produsen_data_city_code", "walidata_pusat_id",
                "walidata_pusat_name", "submission_period", "base_id");
        assertThat(item.get("name").asText()).isEqualTo("Survei Gizi Balita");
        assertThat(item.at("/data/judul_kegiatan").asText()).isEqualTo("Survei Gizi Balita");
        assertThat(item.get("produsen_data_id").asLong()).isEqualTo(IndahDemoData.DINKES_JEMBER);
        assertThat(item.get("produsen_data_city_code").asText()).isEqualTo("3509");
        assertThat(item.get("submission_period").asInt()).isEqualTo(2026);

        JsonNode paged = api.get(token, KEGIATAN + "?page=1&size=2").json();
        assertThat(paged.at("/result/0/total_pages").asInt()).isEqualTo(2);
        assertThat(paged.at("/result/0/content")).hasSize(1);
        assertThat(api.get(token, KEGIATAN + "?submissionPeriod=next").status()).isEqualTo(400);
    }

    @Test
    void produsenDataSeesOnlyItsOwnRecordsAndWalidataSeesItsRegion() {
        String walidata = api.walidata();
        long dinkes = api.createKegiatan(walidata, "Dinkes", 2026, IndahDemoData.DINKES_JEMBER);
        long disdik = api.createKegiatan(walidata, "Disdik", 2026, IndahDemoData.DISDIK_JEMBER);
        String produsen = api.produsen();

        assertThat(api.get(produsen, KEGIATAN + "/" + dinkes).status()).isEqualTo(200);
        assertThat(api.get(produsen, KEGIATAN + "/" + disdik).status()).isEqualTo(404);
        assertThat(api.get(produsen, KEGIATAN).json().at("/result/0/content")).hasSize(1);
        assertThat(api.get(walidata, KEGIATAN).json().at("/result/0/content")).hasSize(2);
    }

    @Test
    void childrenAreCreatedReadUpdatedDeletedAndListedAsSpringPages() {
        String token = api.walidata();
        long keg = api.createKegiatan(token, "Survei", 2026, IndahDemoData.DINKES_JEMBER);
        JsonNode var = api.create(token, VARIABEL, IndahHttp.child(keg, "Umur", 2026));
        api.create(token, VARIABEL, IndahHttp.child(keg, "Jenis Kelamin", 2026));
        JsonNode ind = api.create(token, INDIKATOR, IndahHttp.child(keg, "Angka Kesakitan", 2026));

        assertThat(var.fieldNames()).toIterable().containsExactly(CHILD_KEYS);
        assertThat(var.get("ms_keg_id").asLong()).isEqualTo(keg);
        assertThat(var.at("/produsen_data/id").asLong()).isEqualTo(IndahDemoData.DINKES_JEMBER);
        assertThat(var.at("/walidata_pusat/id").isNull()).isTrue();
        assertThat(api.get(token, INDIKATOR + "/" + ind.get("id").asLong()).json().at("/data/nama").asText())
                .isEqualTo("Angka Kesakitan");

        JsonNode page = api.get(token, "/sdi/metadata-statistik-kegiatan/" + keg
                + "/metadata-statistik-variabel?page=0&size=10").json();
        assertThat(page.get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.get("content")).extracting(n -> n.at("/data/nama").asText())
                .containsExactly("Umur", "Jenis Kelamin");
        assertThat(page.at("/content/0").fieldNames()).toIterable().containsExactly(CHILD_KEYS);
        assertThat(api.get(token, "/sdi/metadata-statistik-kegiatan/" + keg + "/metadata-statistik-indikator").json()
                .get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get(token, "/sdi/metadata-statistik-kegiatan/424242/metadata-statistik-variabel").status())
                .isEqualTo(404);

        long varId = var.get("id").asLong();
        ObjectNode edit = (ObjectNode) indah.record(varId).orElseThrow().envelope();
        ((ObjectNode) edit.get("data")).put("nama", "Umur (tahun)");
        RawHttp.Reply updated = api.send("PUT", token, VARIABEL + "/" + varId, edit);
        assertThat(updated.json().at("/result/0/data/nama").asText()).isEqualTo("Umur (tahun)");

        RawHttp.Reply deleted = api.delete(token, VARIABEL + "/" + varId);
        assertThat(deleted.json().toString()).isEqualTo("{\"status\":200,\"result\":[{\"id\":" + varId + "}]}");
        assertThat(indah.record(varId)).isEmpty();
        assertThat(indah.countChildren(keg, MetadataKind.VARIABEL)).isEqualTo(1);

        long indId = ind.get("id").asLong();
        assertThat(api.putStatus(token, INDIKATOR, indId, "SUBMITTED", null).json().at("/result/0/status").asText())
                .isEqualTo("SUBMITTED");
        assertThat(api.delete(token, INDIKATOR + "/" + indId).status()).isEqualTo(400);
        long draftInd = api.createChild(token, INDIKATOR, keg, "Angka Kematian");
        assertThat(api.delete(token, INDIKATOR + "/" + draftInd).status()).isEqualTo(200);
        assertThat(api.delete(token, INDIKATOR + "/" + draftInd).status()).isEqualTo(404);
    }

    @Test
    void childrenMayBeCreatedSubmittedButKegiatanOnlyAsDraft() {
        String token = api.walidata();
        ObjectNode keg = IndahHttp.kegiatan("Langsung", 2026, IndahDemoData.DINKES_JEMBER).put("status", "SUBMITTED");
        RawHttp.Reply refused = api.send("POST", token, KEGIATAN, keg);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(indah.records()).isEmpty();

        long id = api.createKegiatan(token, "Draft", 2026, IndahDemoData.DINKES_JEMBER);
        JsonNode child = api.create(token, VARIABEL, IndahHttp.child(id, "Umur", 2026).put("status", "SUBMITTED"));
        assertThat(child.get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void invalidContentIsRefusedNamingEveryField() {
        String token = api.walidata();
        ObjectNode bad = IndahHttp.kegiatan(" ", 2026, IndahDemoData.DINKES_JEMBER);
        bad.remove("submission_period");

        RawHttp.Reply reply = api.send("POST", token, KEGIATAN, bad);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/result/0/status").asInt()).isEqualTo(400);
        assertThat(reply.json().at("/result/0/message").asText())
                .contains("submission_period: wajib diisi", "data.judul_kegiatan: wajib diisi");
        assertThat(indah.records()).isEmpty();

        RawHttp.Reply orphan = api.send("POST", token, VARIABEL, IndahHttp.child(777, "Umur", 2026));
        assertThat(orphan.json().at("/result/0/message").asText()).contains("ms_keg_id: MS-Keg 777 tidak ditemukan");
        RawHttp.Reply unknownProducer = api.send("POST", token, KEGIATAN, IndahHttp.kegiatan("X", 2026, 5));
        assertThat(unknownProducer.json().at("/result/0/message").asText()).contains("produsen_data.id");
        RawHttp.Reply pembinaAsProducer = api.send("POST", token, KEGIATAN,
                IndahHttp.kegiatan("X", 2026, IndahDemoData.BPS_JEMBER));
        assertThat(pembinaAsProducer.json().at("/result/0/message").asText()).contains("bukan Produsen Data");
        assertThat(api.http.call("POST", KEGIATAN).bearer(token).json("{oops").send().status()).isEqualTo(400);
        assertThat(indah.records()).isEmpty();
    }

    @Test
    void idsGivenAsStringsAreAccepted() {
        String token = api.walidata();
        ObjectNode keg = IndahHttp.kegiatan("String ids", 2026, IndahDemoData.DINKES_JEMBER);
        ((ObjectNode) keg.get("produsen_data")).put("id", String.valueOf(IndahDemoData.DINKES_JEMBER));
        long id = api.create(token, KEGIATAN, keg).get("id").asLong();
        ObjectNode child = IndahHttp.child(id, "Umur", 2026).put("ms_keg_id", String.valueOf(id));
        assertThat(api.create(token, VARIABEL, child).get("ms_keg_id").asLong()).isEqualTo(id);
    }

    @Test
    void writesNeedTheRightAccountAndRegion() {
        RawHttp.Reply pembina = api.send("POST", api.pembina(), KEGIATAN,
                IndahHttp.kegiatan("X", 2026, IndahDemoData.DINKES_JEMBER));
        assertThat(pembina.status()).isEqualTo(403);
        assertThat(pembina.json().get("title").asText()).isEqualTo("Forbidden");

        RawHttp.Reply outsideRegion = api.send("POST", api.walidata(), KEGIATAN,
                IndahHttp.kegiatan("X", 2026, IndahDemoData.DINKES_LUMAJANG));
        assertThat(outsideRegion.status()).isEqualTo(403);
        assertThat(outsideRegion.json().get("detail").asText()).contains("di luar wilayah");

        RawHttp.Reply otherProducer = api.send("POST", api.produsen(), KEGIATAN,
                IndahHttp.kegiatan("X", 2026, IndahDemoData.DISDIK_JEMBER));
        assertThat(otherProducer.status()).isEqualTo(403);

        assertThat(api.create(api.produsen(), KEGIATAN, IndahHttp.kegiatan("Milik sendiri", 2026,
                IndahDemoData.DINKES_JEMBER)).at("/submitter/username").asText()).isEqualTo("dinkes.jember");
        assertThat(indah.records()).hasSize(1);
    }

    @Test
    void deleteOnlyDraftsWithoutChildren() {
        String token = api.walidata();
        long keg = api.createKegiatan(token, "Hapus", 2026, IndahDemoData.DINKES_JEMBER);
        long var = api.createChild(token, IndahHttp.VARIABEL, keg, "Umur");

        RawHttp.Reply withChildren = api.delete(token, KEGIATAN + "/" + keg);
        assertThat(withChildren.status()).isEqualTo(400);
        assertThat(withChildren.json().get("detail").asText()).contains("masih memiliki");

        api.putStatus(token, VARIABEL, var, "SUBMITTED", null);
        assertThat(api.delete(token, VARIABEL + "/" + var).status()).isEqualTo(400);
        assertThat(indah.record(var)).isPresent();
        assertThat(api.delete(api.pembina(), KEGIATAN + "/" + keg).status()).isEqualTo(403);
        assertThat(api.delete(token, KEGIATAN + "/424242").status()).isEqualTo(404);

        long lonely = api.createKegiatan(token, "Tanpa anak", 2026, IndahDemoData.DINKES_JEMBER);
        assertThat(api.delete(token, KEGIATAN + "/" + lonely).json().at("/result/0/id").asLong()).isEqualTo(lonely);
        assertThat(api.get(token, KEGIATAN + "/" + lonely).status()).isEqualTo(404);
    }

    @Test
    void cycleCreatesTheNextRoundAsDraftWithoutChildren() {
        String token = api.walidata();
        long keg = api.createKegiatan(token, "Survei Tahunan", 2026, IndahDemoData.DINKES_JEMBER);
        api.create(token, VARIABEL, IndahHttp.child(keg, "Umur", 2026));
        api.putStatus(token, KEGIATAN, keg, "SUBMITTED", null);

        RawHttp.Reply reply = api.send("POST", token, KEGIATAN + "/" + keg + "/cycle",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("submission_period", 2027));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode next = reply.json().at("/result/0");
        assertThat(next.fieldNames()).toIterable().containsExactly(ENVELOPE_KEYS);
        assertThat(next.get("base_id").asLong()).isEqualTo(keg);
        assertThat(next.get("status").asText()).isEqualTo("DRAFT");
        assertThat(next.get("submission_period").asInt()).isEqualTo(2027);
        assertThat(next.get("data")).isEqualTo(indah.record(keg).orElseThrow().envelope().get("data"));
        assertThat(indah.countChildren(next.get("id").asLong(), MetadataKind.VARIABEL)).isZero();

        RawHttp.Reply samePeriod = api.send("POST", token, KEGIATAN + "/" + keg + "/cycle",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("submission_period", 2026));
        assertThat(samePeriod.json().at("/result/0/message").asText()).contains("harus setelah periode 2026");
    }

    @Test
    void msKegIdOfAChildCannotChange() {
        String token = api.walidata();
        long a = api.createKegiatan(token, "A", 2026, IndahDemoData.DINKES_JEMBER);
        long b = api.createKegiatan(token, "B", 2026, IndahDemoData.DINKES_JEMBER);
        long var = api.createChild(token, IndahHttp.VARIABEL, a, "Umur");
        ObjectNode moved = (ObjectNode) indah.record(var).orElseThrow().envelope();
        moved.put("ms_keg_id", b);
        assertThat(api.send("PUT", token, VARIABEL + "/" + var, moved).json().at("/result/0/message").asText())
                .contains("ms_keg_id: tidak dapat diubah");
    }

    @Test
    void unknownEndpointIs404Problem() {
        RawHttp.Reply reply = api.get(api.walidata(), "/sdi/v3/nothing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("title").asText()).isEqualTo("Not Found");
    }
}
