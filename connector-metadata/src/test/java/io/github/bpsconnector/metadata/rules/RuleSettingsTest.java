package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.FieldStaffType;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.bpsconnector.metadata.rules.Mutations.keg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled rule data and the ways users override it. */
class RuleSettingsTest {

    private static final MetadataPackage SOSIALISASI = keg(k -> k.title("Sosialisasi dan Survei Layanan Kependudukan"))
            .apply(TestPackages.valid());

    @Test
    void theBundledDefaultsHoldTheDocumentedData() {
        RuleSettings defaults = RuleSettings.defaults();

        assertThat(defaults.forbiddenTitlePrefixes()).containsExactly("JUMLAH", "KUNJUNGAN", "LAPORAN", "DATABASE",
                "VERIFIKASI DATA", "INFORMASI", "BELANJA BAHAN", "PENINGKATAN", "DATA");
        assertThat(defaults.leadTimeDays()).isEqualTo(7);
        assertThat(defaults.leadTimeInWorkingDays()).isTrue();
        assertThat(defaults.titleMethodKeywords().get(CollectionType.SURVEI)).contains("survei");
        assertThat(defaults.otherSynonyms().get(CollectionMode.MAIL)).contains("email");
        assertThat(defaults.requiredSchedulePhases()).containsExactlyInAnyOrder(SchedulePhase.values());
        assertThat(defaults.methodConflicts()).hasSize(3);
        assertThat(defaults.severityOverrides()).isEmpty();
        assertThat(RuleSettings.defaults()).isSameAs(defaults);
    }

    @Test
    void anOverrideFileAddsAForbiddenPrefixAndKeepsEveryOtherDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"title\": {\"forbiddenPrefixes\": [\"DATA\", \"SOSIALISASI\"]},"
                + " \"noBackdate\": {\"leadTimeDays\": 10}}");

        RuleSettings settings = RuleSettings.overriddenBy(file);

        assertThat(settings.forbiddenTitlePrefixes()).containsExactly("DATA", "SOSIALISASI");
        assertThat(settings.leadTimeDays()).isEqualTo(10);
        assertThat(settings.leadTimeInWorkingDays()).isTrue();
        assertThat(settings.titleMethodKeywords()).isEqualTo(RuleSettings.defaults().titleMethodKeywords());
        assertThat(validate(SOSIALISASI, RuleSettings.defaults()).byRule("C12d")).isEmpty();
        assertThat(validate(SOSIALISASI, settings).byRule("C12d")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("\"SOSIALISASI\""));
    }

    @Test
    void theBuilderChangesSingleValues() {
        RuleSettings settings = RuleSettings.defaults().toBuilder().addForbiddenTitlePrefix("Sosialisasi").build();

        assertThat(validate(SOSIALISASI, settings).byRule("C12d")).hasSize(1);
        assertThat(RuleSettings.defaults().forbiddenTitlePrefixes()).doesNotContain("Sosialisasi");
    }

    @Test
    void severitiesCanBeChangedAndRulesSwitchedOff() {
        MetadataPackage dataTitle = keg(k -> k.title("Data Survei Layanan")).apply(TestPackages.valid());
        RuleSettings softer = RuleSettings.overriddenBy(json("{\"severity\": {\"C12d\": \"warning\"},"
                + " \"disabledRules\": [\"E1\"]}"));

        ValidationReport report = MetadataValidator.builder().settings(softer).build()
                .validate(dataTitle.activity(), TestPackages.context());

        assertThat(report.byRule("C12d")).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(validate(keg(k -> k.title("Kepuasan Layanan")).apply(TestPackages.valid()), softer)
                .byRule("E1")).isEmpty();
    }

    @Test
    void excludedCodesAreReadByCodeListAndValue() {
        RuleSettings settings = RuleSettings.overriddenBy(json(
                "{\"excludedCodes\": {\"FieldStaffType\": [\"mitra/tenaga kontrak\"]}}"));

        assertThat(settings.excludedCodes()).containsExactly(FieldStaffType.MITRA_ATAU_TENAGA_KONTRAK);
        assertThat(validate(TestPackages.valid(), settings).byRule("CODE")).extracting(Violation::fieldPath)
                .containsExactly("msKeg.dataCollection.fieldStaffType");
    }

    @Test
    void badOverridesNameTheOffendingKey() {
        assertKey("{\"title\": {\"forbidenPrefixes\": []}}", "title.forbidenPrefixes");
        assertKey("{\"noBackdate\": {\"leadTimeDays\": \"seven\"}}", "noBackdate.leadTimeDays");
        assertKey("{\"noBackdate\": {\"leadTimeDays\": -1}}", "noBackdate.leadTimeDays");
        assertKey("{\"contact\": {\"phonePattern\": \"([0-9\"}}", "contact.phonePattern");
        assertKey("{\"title\": {\"forbiddenPrefixes\": [\"DATA\", \" \"]}}", "title.forbiddenPrefixes[1]");
        assertKey("{\"otherSynonyms\": {\"Sarana\": {}}}", "otherSynonyms.Sarana");
        assertKey("{\"otherSynonyms\": {\"CollectionMode\": {\"FAX\": [\"faks\"]}}}", "otherSynonyms.CollectionMode.FAX");
        assertKey("{\"severity\": {\"C99\": \"ERROR\"}}", "severity.C99");
        assertKey("{\"severity\": {\"C1\": \"FATAL\"}}", "severity.C1");
        assertKey("{\"disabledRules\": [\"E1\", \"C99\"]}", "disabledRules[1]");
        assertKey("{\"methodConflicts\": [{\"collectionType\": \"SENSUS_PENDUDUK\"}]}",
                "methodConflicts[0].collectionType");
        assertKey("{\"requiredSchedulePhases\": [\"PANEN\"]}", "requiredSchedulePhases[0]");
        assertKey("{\"title\": ", "$");
        assertKey("[1, 2]", "$");
    }

    @Test
    void aMissingOverrideFileIsAnIoFailure(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSettings.overriddenBy(dir.resolve("absent.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.json");
    }

    @Test
    void commentKeysAreIgnored() {
        RuleSettings settings = RuleSettings.overriddenBy(json("{\"_why\": \"kebijakan daerah\","
                + " \"staffing\": {\"_note\": \"x\", \"maxRespondentsPerEnumeratorPerDay\": 5}}"));

        assertThat(settings.maxRespondentsPerEnumeratorPerDay()).isEqualTo(5);
    }

    private static void assertKey(String json, String key) {
        assertThatThrownBy(() -> RuleSettings.overriddenBy(json(json)))
                .isInstanceOf(RuleSettingsException.class)
                .satisfies(e -> assertThat(((RuleSettingsException) e).key()).isEqualTo(key))
                .hasMessageContaining(key);
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidationReport validate(MetadataPackage pkg, RuleSettings settings) {
        return MetadataValidator.builder().settings(settings).build().validate(pkg, TestPackages.context());
    }
}
