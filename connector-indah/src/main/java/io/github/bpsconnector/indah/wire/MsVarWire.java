package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * MS-Var ↔ the v2 {@code data} object (portal-facts §4.3): {@code konsep}, {@code referensi_pemilihan} and
 * {@code aturan_validasi} are arrays, {@code value_domain} is {@code [{kode, nilai}]}. The header items (Nama
 * Kegiatan, Penyelenggara, Nomor) travel as the envelope's {@code ms_keg_id}, not in {@code data}.
 */
public final class MsVarWire implements FormWire<MsVar> {

    private final IndahProfile profile;

    /** A mapper under the profile's key spellings. */
    public MsVarWire(IndahProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public String title(MsVar form) {
        return form.name();
    }

    @Override
    public ObjectNode write(MsVar form) {
        WireNode data = WireNode.create(profile)
                .text("nama", form.name())
                .text("alias", form.alias())
                .text("definisi", form.definition())
                .texts("konsep", form.concept() == null ? List.of() : List.of(form.concept()))
                .texts("referensi_pemilihan", form.selectionReferences())
                .text("referensi_waktu", form.timeReference())
                .text("ukuran", form.measure())
                .text("satuan", form.unit())
                .text("tipe_data", form.dataType());
        ArrayNode domain = data.array("value_domain");
        for (ValueDomainEntry entry : form.valueDomain()) {
            data.element(domain).text("kode", entry.code()).text("nilai", entry.label());
        }
        return data.text("klasifikasi_rujukan_value_domain", form.classificationReference())
                .texts("aturan_validasi", form.validationRules())
                .text("kalimat_pertanyaan", form.questionText())
                .bool("apakah_variabel_bisa_diakses_umum", form.publiclyAccessible())
                .text("id_sds", form.sdsId())
                .json();
    }

    @Override
    public MsVar read(JsonNode json) {
        WireNode data = WireNode.of(profile, json);
        List<ValueDomainEntry> domain = new ArrayList<>();
        for (WireNode entry : data.objects("value_domain")) {
            domain.add(new ValueDomainEntry(entry.text("kode"), entry.text("nilai")));
        }
        return MsVar.builder()
                .name(data.text("nama"))
                .alias(data.text("alias"))
                .definition(data.text("definisi"))
                .concept(Texts.joined(data.texts("konsep")))
                .selectionReferences(data.texts("referensi_pemilihan"))
                .timeReference(data.text("referensi_waktu"))
                .measure(data.text("ukuran"))
                .unit(data.text("satuan"))
                .dataType(data.text("tipe_data"))
                .valueDomain(domain)
                .classificationReference(data.text("klasifikasi_rujukan_value_domain"))
                .validationRules(data.texts("aturan_validasi"))
                .questionText(data.text("kalimat_pertanyaan"))
                .publiclyAccessible(data.bool("apakah_variabel_bisa_diakses_umum"))
                .sdsId(data.text("id_sds"))
                .build();
    }
}
