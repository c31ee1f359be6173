package io.github.bpsconnector.workflow.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.Organizer;
import io.github.bpsconnector.metadata.ValueDomainEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked example printed in Peraturan BPS 5/2020 (Survei Kepuasan Jamaah Haji Indonesia 2018) as a
 * {@link MetadataPackage}, read from {@code fixtures/perban5-2020-skjhi2018-worked-example.json}.
 */
final class SkjhiFixture {

    private static final String RESOURCE = "/fixtures/perban5-2020-skjhi2018-worked-example.json";

    private SkjhiFixture() {
    }

    static MetadataPackage metadataPackage() {
        JsonNode records = read().get("records");
        MetadataPackage.Builder builder = MetadataPackage.builder();
        for (JsonNode record : records) {
            switch (record.get("form").asText()) {
                case "MS-Keg" -> builder.activity(MsKeg.builder()
                        .title(text(record, "nama_kegiatan"))
                        .year(2018)
                        .organizer(Organizer.builder().institutionName(text(record, "identifikasi_penyelenggara"))
                                .build())
                        .build());
                case "MS-Var" -> builder.addVariable(variable(record));
                case "MS-Ind" -> builder.addIndicator(indicator(record));
                default -> throw new IllegalStateException("unknown form in the fixture");
            }
        }
        return builder.build();
    }

    private static MsVar variable(JsonNode record) {
        List<ValueDomainEntry> domain = new ArrayList<>();
        JsonNode codes = value(record, "klasifikasi_isian_domain_value");
        if (codes != null && codes.isArray()) {
            codes.forEach(c -> domain.add(ValueDomainEntry.builder().code(c.get("kode").asText())
                    .label(c.get("label").asText()).build()));
        }
        return MsVar.builder()
                .header(ActivityHeader.builder().title(text(record, "nama_kegiatan")).build())
                .number(record.get("no").asInt())
                .name(text(record, "nama_variabel"))
                .alias(text(record, "alias"))
                .concept(text(record, "konsep"))
                .definition(text(record, "definisi"))
                .addSelectionReference(text(record, "referensi_pemilihan"))
                .timeReference(text(record, "referensi_waktu"))
                .dataType(text(record, "tipe_data"))
                .valueDomain(domain)
                .addValidationRule(text(record, "aturan_validasi"))
                .questionText(text(record, "kalimat_pertanyaan"))
                .publiclyAccessible(yes(record, "dapat_diakses_umum"))
                .build();
    }

    private static MsInd indicator(JsonNode record) {
        return MsInd.builder()
                .header(ActivityHeader.builder().title(text(record, "nama_kegiatan")).build())
                .number(record.get("no").asInt())
                .name(text(record, "nama_indikator"))
                .concept(text(record, "konsep"))
                .definition(text(record, "definisi"))
                .interpretation(text(record, "interpretasi"))
                .calculationMethod(text(record, "metode_rumus_penghitungan"))
                .measure(text(record, "ukuran"))
                .unit(text(record, "satuan"))
                .presentationClassifications(texts(record, "klasifikasi_penyajian"))
                .composite(yes(record, "apakah_indikator_komposit"))
                .componentIndicatorPublication(text(record, "publikasi_ketersediaan_indikator_pembangun"))
                .componentIndicators(texts(record, "nama_indikator_pembangun"))
                .estimationLevel(text(record, "level_estimasi"))
                .publiclyAccessible(yes(record, "dapat_diakses_umum"))
                .build();
    }

    /** A field's value: the field itself, or its {@code value} when the fixture adds a location. */
    private static JsonNode value(JsonNode record, String field) {
        JsonNode node = record.get(field);
        if (node != null && node.isObject()) {
            return node.get("value");
        }
        return node;
    }

    private static String text(JsonNode record, String field) {
        JsonNode node = value(record, field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode record, String field) {
        JsonNode node = value(record, field);
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static Boolean yes(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || !node.has("code") ? null : node.get("code").asInt() == 1;
    }

    private static JsonNode read() {
        try (InputStream in = SkjhiFixture.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
