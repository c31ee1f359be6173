package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahHttp.KEGIATAN;
import static io.github.bpsconnector.testkit.indah.IndahHttp.VARIABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.RawHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** §1.4: every status transition is allowed or refused as the table says, with role checks and reviews. */
class IndahStatusMachineTest extends IndahTestBase {

    /** The table of portal-model §1.4: from → to → who. */
    private static final Map<MetadataStatus, Map<MetadataStatus, String>> ALLOWED = Map.of(
            MetadataStatus.DRAFT, Map.of(MetadataStatus.SUBMITTED, "producer"),
            MetadataStatus.CORRECTION_REQUIRED, Map.of(MetadataStatus.REVISED, "producer"),
            MetadataStatus.SUBMITTED, Map.of(MetadataStatus.UNDER_REVIEW, "walidata"),
            MetadataStatus.REVISED, Map.of(MetadataStatus.UNDER_REVIEW, "walidata"),
            MetadataStatus.UNDER_REVIEW, Map.of(MetadataStatus.APPROVED, "walidata",
                    MetadataStatus.CORRECTION_REQUIRED, "walidata", MetadataStatus.REJECTED, "walidata"),
            MetadataStatus.APPROVED, Map.of(MetadataStatus.PUBLISHED, "pembina",
                    MetadataStatus.CORRECTION_REQUIRED, "pembina"));

    static Stream<Arguments> everyStatusChange() {
        List<Arguments> pairs = new ArrayList<>();
        for (MetadataStatus from : MetadataStatus.values()) {
            for (MetadataStatus to : MetadataStatus.values()) {
                if (from != to) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @BeforeEach
    void noCaptcha() {
        indah.captchaRequired(false);
    }

    /** Brings a new MS-Keg to a status through the HTTP API and the reviewer. */
    private long recordIn(MetadataStatus status, String walidata) {
        long id = api.createKegiatan(walidata, "Kegiatan " + status, 2026,
                IndahDemoData.DINKES_JEMBER);
        if (status == MetadataStatus.DRAFT) {
            return id;
        }
        assertThat(api.putStatus(walidata, KEGIATAN, id, "SUBMITTED", null).status()).isEqualTo(200);
        switch (status) {
            case SUBMITTED -> {
            }
            case UNDER_REVIEW -> indah.asWalidata().startReview(id);
            case CORRECTION_REQUIRED -> {
                indah.asWalidata().startReview(id);
                indah.asWalidata().requestCorrection(id, "Lengkapi blok III");
            }
            case REVISED -> {
                indah.asWalidata().startReview(id);
                indah.asWalidata().requestCorrection(id, "Lengkapi blok III");
                assertThat(api.putStatus(walidata, KEGIATAN, id, "REVISED", null).status()).isEqualTo(200);
            }
            case APPROVED -> {
                indah.asWalidata().startReview(id);
                indah.asWalidata().approve(id);
            }
            case PUBLISHED -> {
                indah.asWalidata().startReview(id);
                indah.asWalidata().approve(id);
                indah.asPembinaData().publish(id);
            }
            case REJECTED -> {
                indah.asWalidata().startReview(id);
                indah.asWalidata().reject(id, "Bukan kegiatan statistik");
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertThat(indah.record(id).orElseThrow().status()).isEqualTo(status);
        return id;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStatusChange")
    void eachTransitionIsAllowedOrRefusedAsTheModelSays(MetadataStatus from, MetadataStatus to) {
        String walidata = api.walidata();
        String pembina = api.pembina();
        long id = recordIn(from, walidata);
        String who = ALLOWED.getOrDefault(from, Map.of()).get(to);

        if (who == null) {
            for (String token : List.of(walidata, pembina)) {
                RawHttp.Reply reply = api.putStatus(token, KEGIATAN, id, to.name(), "catatan");
                assertThat(reply.status()).as(reply.text()).isEqualTo(400);
                assertThat(reply.json().get("detail").asText())
                        .isEqualTo("Perubahan status dari " + from + " ke " + to + " tidak diizinkan");
            }
            assertThat(indah.record(id).orElseThrow().status()).isEqualTo(from);
        } else {
            RawHttp.Reply reply = api.putStatus(who.equals("pembina") ? pembina : walidata, KEGIATAN, id,
                    to.name(), "catatan");
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.json().at("/result/0/status").asText()).isEqualTo(to.name());
            assertThat(indah.record(id).orElseThrow().status()).isEqualTo(to);
        }
    }

    @Test
    void theWholeRoundTripLeavesAReviewsTrail() {
        indah.tokenLifetime(Duration.ofDays(30));
        String walidata = api.walidata();
        String pembina = api.pembina();
        long id = api.createKegiatan(walidata, "Survei Angkatan Kerja Daerah", 2026,
                IndahDemoData.DINKES_JEMBER);

        assertThat(api.putStatus(walidata, KEGIATAN, id, "SUBMITTED", null).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        assertThat(api.putStatus(walidata, KEGIATAN, id, "UNDER_REVIEW", null).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        RawHttp.Reply correction = api.putStatus(walidata, KEGIATAN, id, "CORRECTION_REQUIRED",
                "Jadwal pengumpulan data belum diisi");
        assertThat(correction.json().at("/result/0/rejection_note").asText())
                .isEqualTo("Jadwal pengumpulan data belum diisi");

        ObjectNode fixed = (ObjectNode) indah.record(id).orElseThrow().envelope();
        ((ObjectNode) fixed.get("data")).put("latar_belakang_kegiatan", "Diperbaiki");
        fixed.put("status", "REVISED");
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + id, fixed).status()).isEqualTo(200);
        assertThat(api.putStatus(walidata, KEGIATAN, id, "UNDER_REVIEW", null).status()).isEqualTo(200);
        assertThat(api.putStatus(walidata, KEGIATAN, id, "APPROVED", null).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(3));
        RawHttp.Reply published = api.putStatus(pembina, KEGIATAN, id, "PUBLISHED", null);

        assertThat(published.status()).isEqualTo(200);
        JsonNode record = api.get(walidata, KEGIATAN + "/" + id).json();
        assertThat(record.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(record.at("/data/latar_belakang_kegiatan").asText()).isEqualTo("Diperbaiki");
        JsonNode reviews = record.get("reviews");
        assertThat(reviews).hasSize(5);
        assertThat(reviews.get(0).fieldNames()).toIterable()
                .containsExactly("reviewer", "role", "decision", "note", "at");
        assertThat(reviews).extracting(r -> r.get("decision").asText())
                .containsExactly("UNDER_REVIEW", "CORRECTION_REQUIRED", "UNDER_REVIEW", "APPROVED", "PUBLISHED");
        assertThat(reviews.get(1).get("note").asText()).isEqualTo("Jadwal pengumpulan data belum diisi");
        assertThat(reviews.get(1).get("reviewer").asText()).isEqualTo("walidata.jember");
        assertThat(reviews.get(1).get("role").asText()).isEqualTo("WALIDATA");
        assertThat(reviews.get(1).get("at").asText()).isEqualTo("2026-03-04T01:00:00Z");
        assertThat(reviews.get(4).get("reviewer").asText()).isEqualTo("pembina.jember");
        assertThat(reviews.get(4).get("role").asText()).isEqualTo("PEMBINA_DATA");
        assertThat(reviews.get(4).get("at").asText()).isEqualTo("2026-03-07T01:00:00Z");
        assertThat(record.get("rejection_note").isNull()).isTrue();
    }

    @Test
    void reviewerRolesAreChecked() {
        indah.addAccount(new IndahAccount("operator.jember", "op", "Operator Walidata", null,
                IndahDemoData.DISKOMINFO_JEMBER, EnumSet.of(IndahFunction.OPERATOR)));
        String walidata = api.walidata();
        long submitted = recordIn(MetadataStatus.SUBMITTED, walidata);

        RawHttp.Reply operatorOnly = api.putStatus(api.login("operator.jember", "op"), KEGIATAN, submitted,
                "UNDER_REVIEW", null);
        assertThat(operatorOnly.status()).isEqualTo(403);
        assertThat(operatorOnly.json().get("detail").asText()).contains("Walidata dengan fungsi APPROVAL");
        assertThat(api.putStatus(api.produsen(), KEGIATAN, submitted, "UNDER_REVIEW", null).status())
                .isEqualTo(403);
        assertThat(api.putStatus(api.pembina(), KEGIATAN, submitted, "UNDER_REVIEW", null).status())
                .isEqualTo(403);

        long approved = recordIn(MetadataStatus.APPROVED, walidata);
        assertThat(api.putStatus(walidata, KEGIATAN, approved, "PUBLISHED", null).json().get("detail").asText())
                .contains("Pembina Data dengan fungsi APPROVAL");

        long draft = recordIn(MetadataStatus.DRAFT, walidata);
        assertThat(api.putStatus(api.pembina(), KEGIATAN, draft, "SUBMITTED", null).status()).isEqualTo(403);
        assertThat(api.putStatus(api.produsen(), KEGIATAN, draft, "SUBMITTED", null).status()).isEqualTo(200);
        assertThat(indah.record(submitted).orElseThrow().status()).isEqualTo(MetadataStatus.SUBMITTED);
    }

    @Test
    void aWalidataOfAnotherRegionCannotSeeNorReview() {
        indah.addOrganization(new IndahOrganization(3508001, "Diskominfo Kabupaten Lumajang", IndahRole.WALIDATA,
                "35", "JAWA TIMUR", "3508", "KABUPATEN LUMAJANG", null, null, null, null));
        indah.addAccount(new IndahAccount("walidata.lumajang", "lj", "Walidata Lumajang", null, 3508001,
                EnumSet.of(IndahFunction.OPERATOR, IndahFunction.APPROVAL)));
        indah.addAccount(new IndahAccount("walidata.jatim", "jt", "Walidata Jawa Timur", null,
                IndahDemoData.DISKOMINFO_JATIM, EnumSet.of(IndahFunction.APPROVAL)));
        long id = recordIn(MetadataStatus.SUBMITTED, api.walidata());

        assertThat(api.putStatus(api.login("walidata.lumajang", "lj"), KEGIATAN, id, "UNDER_REVIEW", null).status())
                .isEqualTo(404);
        assertThatThrownBy(() -> indah.reviewerAs("walidata.lumajang").startReview(id))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(api.putStatus(api.login("walidata.jatim", "jt"), KEGIATAN, id, "UNDER_REVIEW", null).status())
                .as("a province-level Walidata covers its regencies").isEqualTo(200);
    }

    @Test
    void dataCanBeEditedOnlyInDraftOrCorrectionRequired() {
        String walidata = api.walidata();
        long id = recordIn(MetadataStatus.DRAFT, walidata);
        ObjectNode edit = (ObjectNode) indah.record(id).orElseThrow().envelope();
        ((ObjectNode) edit.get("data")).put("tujuan_kegiatan", "Baru");
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + id, edit).json().at("/result/0/data/tujuan_kegiatan")
                .asText()).isEqualTo("Baru");

        long submitted = recordIn(MetadataStatus.SUBMITTED, walidata);
        ObjectNode unchanged = (ObjectNode) indah.record(submitted).orElseThrow().envelope();
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + submitted, unchanged).status()).isEqualTo(200);
        ObjectNode changed = unchanged.deepCopy();
        ((ObjectNode) changed.get("data")).put("tujuan_kegiatan", "Diam-diam");
        RawHttp.Reply refused = api.send("PUT", walidata, KEGIATAN + "/" + submitted, changed);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("hanya dapat diubah pada status DRAFT");

        long underReview = recordIn(MetadataStatus.UNDER_REVIEW, walidata);
        ObjectNode approveWithEdit = (ObjectNode) indah.record(underReview).orElseThrow().envelope();
        ((ObjectNode) approveWithEdit.get("data")).put("tujuan_kegiatan", "Diam-diam");
        approveWithEdit.put("status", "APPROVED");
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + underReview, approveWithEdit).status()).isEqualTo(400);
        assertThat(indah.record(underReview).orElseThrow().status()).isEqualTo(MetadataStatus.UNDER_REVIEW);

        long correction = recordIn(MetadataStatus.CORRECTION_REQUIRED, walidata);
        ObjectNode fix = (ObjectNode) indah.record(correction).orElseThrow().envelope();
        ((ObjectNode) fix.get("data")).put("tujuan_kegiatan", "Diperbaiki");
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + correction, fix).status()).isEqualTo(200);
        assertThat(indah.record(correction).orElseThrow().status()).isEqualTo(MetadataStatus.CORRECTION_REQUIRED);
    }

    @Test
    void correctionNeedsANoteAndStatusMustBeKnown() {
        String walidata = api.walidata();
        long id = recordIn(MetadataStatus.UNDER_REVIEW, walidata);
        RawHttp.Reply noNote = api.putStatus(walidata, KEGIATAN, id, "CORRECTION_REQUIRED", null);
        assertThat(noNote.json().at("/result/0/message").asText()).contains("rejection_note");
        assertThat(api.putStatus(walidata, KEGIATAN, id, "DONE", null).json().at("/result/0/message").asText())
                .contains("status tidak dikenal: DONE");
        ObjectNode noStatus = (ObjectNode) indah.record(id).orElseThrow().envelope();
        noStatus.remove("status");
        assertThat(api.send("PUT", walidata, KEGIATAN + "/" + id, noStatus).json().at("/result/0/message").asText())
                .contains("status: wajib diisi");
        assertThat(indah.record(id).orElseThrow().status()).isEqualTo(MetadataStatus.UNDER_REVIEW);
    }

    @Test
    void childrenFollowTheSameMachine() {
        String walidata = api.walidata();
        long keg = recordIn(MetadataStatus.DRAFT, walidata);
        long var = api.createChild(walidata, IndahHttp.VARIABEL, keg, "Umur");
        assertThat(api.putStatus(walidata, VARIABEL, var, "SUBMITTED", null).status()).isEqualTo(200);
        indah.asWalidata().startReview(var);
        indah.asWalidata().approve(var);
        assertThat(api.putStatus(walidata, VARIABEL, var, "PUBLISHED", null).status()).isEqualTo(403);
        assertThat(api.putStatus(api.pembina(), VARIABEL, var, "PUBLISHED", null).status()).isEqualTo(200);
    }

    @Test
    void javaReviewerRefusesWhatTheModelRefuses() {
        long draft = recordIn(MetadataStatus.DRAFT, api.walidata());
        assertThatThrownBy(() -> indah.asWalidata().approve(draft))
                .isInstanceOf(IndahRejection.class)
                .hasMessage("Perubahan status dari DRAFT ke APPROVED tidak diizinkan");
        long approved = recordIn(MetadataStatus.APPROVED, api.walidata());
        assertThatThrownBy(() -> indah.asWalidata().publish(approved))
                .isInstanceOf(IndahRejection.class)
                .satisfies(e -> assertThat(((IndahRejection) e).httpStatus()).isEqualTo(403));
        assertThatThrownBy(() -> indah.asPembinaData().requestCorrection(approved, " "))
                .isInstanceOf(IndahRejection.class).hasMessageContaining("rejection_note");
        assertThat(indah.asPembinaData().requestCorrection(approved, "Satuan salah").reviews())
                .last().extracting(IndahReview::role).isEqualTo(IndahRole.PEMBINA_DATA);
        assertThatThrownBy(() -> indah.asWalidata().startReview(999_999)).isInstanceOf(NoSuchElementException.class);
    }

    private RawHttp.Reply review(long id, String json) {
        return api.http.postJson("/__sim/records/" + id + "/review", json);
    }

    @Test
    void reviewerControlOverHttp() {
        long id = recordIn(MetadataStatus.SUBMITTED, api.walidata());

        RawHttp.Reply started = review(id, "{\"as\":\"WALIDATA\",\"action\":\"START_REVIEW\"}");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        RawHttp.Reply correction = review(id,
                "{\"as\":\"WALIDATA\",\"action\":\"REQUEST_CORRECTION\",\"note\":\"Perbaiki definisi\"}");
        assertThat(correction.json().get("rejection_note").asText()).isEqualTo("Perbaiki definisi");
        RawHttp.Reply refused = review(id, "{\"as\":\"PEMBINA_DATA\",\"action\":\"PUBLISH\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("tidak diizinkan");
        assertThat(review(id, "{\"username\":\"pembina.jember\",\"action\":\"APPROVE\"}").status()).isEqualTo(400);
        assertThat(review(424242, "{\"action\":\"APPROVE\"}").status()).isEqualTo(404);
        assertThat(review(id, "{\"action\":\"SMILE\"}").status()).isEqualTo(400);
    }
}
