package io.github.bpsconnector.metadata.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeListsTest {

    static Stream<Class<? extends CodeList>> allLists() {
        return CodeLists.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("allLists")
    void everyValueParsesFromItsNamedValueIndahNameLabelAndAliases(Class<? extends CodeList> type) {
        for (CodeList value : type.getEnumConstants()) {
            assertThat(parseRaw(type, value.name())).isSameAs(value);
            assertThat(parseRaw(type, value.indahName())).isSameAs(value);
            assertThat(parseRaw(type, value.label())).isSameAs(value);
            assertThat(parseRaw(type, value.name().toLowerCase(Locale.ROOT).replace('_', ' '))).isSameAs(value);
            assertThat(parseRaw(type, "  " + value.name().replace("_", "-") + " ")).isSameAs(value);
            for (String alias : value.aliases()) {
                assertThat(parseRaw(type, alias)).as(alias).isSameAs(value);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allLists")
    void junkIsRejectedWithATypedErrorNamingTheListAndValue(Class<? extends CodeList> type) {
        assertThatThrownBy(() -> parseRaw(type, "TIDAK_ADA_YANG_SEPERTI_INI"))
                .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
                    assertThat(e.codeList()).isEqualTo(type.getSimpleName());
                    assertThat(e.formItem()).isEqualTo(CodeLists.formItem(type)).isNotBlank();
                    assertThat(e.value()).isEqualTo("TIDAK_ADA_YANG_SEPERTI_INI");
                    assertThat(e.getMessage()).contains(type.getSimpleName(), "TIDAK_ADA_YANG_SEPERTI_INI");
                });
        assertThatThrownBy(() -> parseRaw(type, "  -- ")).isInstanceOf(UnknownCodeException.class);
    }

    @ParameterizedTest
    @MethodSource("allLists")
    void everyCodeOfAVersionIsUniqueWithinItsListExceptSamplingGroups(Class<? extends CodeList> type) {
        for (FormVersion version : FormVersion.values()) {
            for (CodeList value : type.getEnumConstants()) {
                OptionalInt code = value.code(version);
                if (code.isPresent() && type != SamplingMethod.class) {
                    assertThat(fromCodeRaw(type, version, code.getAsInt())).isSameAs(value);
                    assertThat(parseWithVersionRaw(type, version, " " + code.getAsInt())).isSameAs(value);
                }
            }
        }
    }

    @Test
    void registryListsEveryCodeListOnce() {
        assertThat(CodeLists.ALL).doesNotHaveDuplicates().hasSize(22);
    }

    @Test
    void aliasesSeenInPublicIntegrationsParse() {
        assertThat(CodeLists.parse(SampleStageType.class, "SINGLE_STAGE_PHASE"))
                .isEqualTo(SampleStageType.SINGLE_STAGE_ATAU_PHASE);
        assertThat(CodeLists.parse(SampleStageType.class, "Single Stage/Phase"))
                .isEqualTo(SampleStageType.SINGLE_STAGE_ATAU_PHASE);
        assertThat(CodeLists.parse(Education.class, "DIPLOMA_I_II_III"))
                .isEqualTo(Education.DIPLOMA_I_ATAU_II_ATAU_III);
        assertThat(CodeLists.parse(Education.class, "DIPLOMA_IV_S1_S2_S3"))
                .isEqualTo(Education.DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3);
        assertThat(CodeLists.parse(CollectionType.class, "CARA_LAIN_SESUAI_PERKEMBANGAN_TEKNOLOGI_DAN_INFORMASI"))
                .isEqualTo(CollectionType.CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI);
        assertThat(CodeLists.parse(CollectionMode.class, "PAPER_ASSISTED_TELEPHONES_INTERVIEWING_ATAU_CATI"))
                .isEqualTo(CollectionMode.CATI);
        assertThat(CodeLists.parse(QualityCheckMethod.class, "taskforce")).isEqualTo(QualityCheckMethod.TASK_FORCE);
        assertThat(CodeLists.parse(Repetition.class, "sekali")).isEqualTo(Repetition.HANYA_SEKALI);
        assertThat(CodeLists.parse(YesNo.class, "true")).isEqualTo(YesNo.YA);
    }

    @Test
    void collectionDesignCodesDifferBetweenVersions() {
        assertThat(CollectionDesign.CROSS_SECTIONAL.code(FormVersion.PERBAN_5_2020)).hasValue(3);
        assertThat(CollectionDesign.CROSS_SECTIONAL.code(FormVersion.ROMANTIK_2023)).hasValue(2);
        assertThat(CodeLists.fromCode(CollectionDesign.class, FormVersion.PERBAN_5_2020, 2))
                .isEqualTo(CollectionDesign.LONGITUDINAL_CROSS_SECTIONAL);
        assertThat(CodeLists.fromCode(CollectionDesign.class, FormVersion.ROMANTIK_2023, 2))
                .isEqualTo(CollectionDesign.CROSS_SECTIONAL);
    }

    @Test
    void optionsMissingFromAVersionHaveNoCodeThere() {
        assertThat(SamplingMethod.MULTI_STAGE_SAMPLING.code(FormVersion.ROMANTIK_2023)).isEmpty();
        assertThat(SamplingMethod.PROBABILITY_PROPORTIONAL_TO_SIZE.code(FormVersion.PERBAN_5_2020)).isEmpty();
        assertThat(FieldStaffType.LAINNYA.code(FormVersion.PERBAN_5_2020)).isEmpty();
        assertThat(FieldStaffType.LAINNYA.code(FormVersion.ROMANTIK_2023)).hasValue(4);
        assertThatThrownBy(() -> CodeLists.fromCode(FieldStaffType.class, FormVersion.ROMANTIK_2023, 3))
                .isInstanceOf(UnknownCodeException.class).hasMessageContaining("ROMANTIK_2023");
    }

    @Test
    void samplingMethodCodesNeedTheirGroupInRomantik() {
        assertThatThrownBy(() -> CodeLists.fromCode(SamplingMethod.class, FormVersion.ROMANTIK_2023, 1))
                .isInstanceOf(UnknownCodeException.class).hasMessageContaining("ambiguous");
        assertThat(SamplingMethod.fromCode(FormVersion.ROMANTIK_2023, SampleSelection.SAMPEL_NONPROBABILITAS, 1))
                .isEqualTo(SamplingMethod.QUOTA_SAMPLING);
        assertThat(SamplingMethod.fromCode(FormVersion.ROMANTIK_2023, SampleSelection.SAMPEL_PROBABILITAS, 5))
                .isEqualTo(SamplingMethod.PROBABILITY_PROPORTIONAL_TO_SIZE);
        assertThat(SamplingMethod.fromCode(FormVersion.PERBAN_5_2020, SampleSelection.SAMPEL_NONPROBABILITAS, 6))
                .isEqualTo(SamplingMethod.QUOTA_SAMPLING);
        assertThat(CodeLists.fromCode(SamplingMethod.class, FormVersion.PERBAN_5_2020, 10))
                .isEqualTo(SamplingMethod.SATURATION_SAMPLING);
        assertThatThrownBy(() -> SamplingMethod.fromCode(
                FormVersion.PERBAN_5_2020, SampleSelection.SAMPEL_PROBABILITAS, 6))
                .isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void multiChoiceSumsDecodeAndEncode() {
        assertThat(CodeLists.fromCodeSum(CollectionMode.class, FormVersion.PERBAN_5_2020, 1 + 4 + 32))
                .containsExactly(CollectionMode.PAPI, CollectionMode.CATI, CollectionMode.LAINNYA);
        assertThat(CodeLists.codeSum(CollectionMethod.class, FormVersion.PERBAN_5_2020,
                EnumSet.of(CollectionMethod.WAWANCARA, CollectionMethod.PENGUMPULAN_DATA_SEKUNDER))).isEqualTo(9);
        assertThat(CodeLists.fromCodeSum(CollectionUnit.class, FormVersion.PERBAN_5_2020, 0)).isEmpty();
        assertThatThrownBy(() -> CodeLists.fromCodeSum(CollectionUnit.class, FormVersion.PERBAN_5_2020, 16))
                .isInstanceOf(UnknownCodeException.class).hasMessageContaining("16");
        assertThatThrownBy(() -> CodeLists.fromCodeSum(AnalysisUnit.class, FormVersion.ROMANTIK_2023, 3))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(UnknownCodeException.class);
        assertThat(CodeLists.fromCodeSum(AnalysisUnit.class, FormVersion.PERBAN_5_2020, 12))
                .isEqualTo(Set.of(AnalysisUnit.USAHA_ATAU_PERUSAHAAN, AnalysisUnit.LAINNYA));
    }

    @Test
    void multiChoiceIndahNamesAreTheBooleanKeys() {
        assertThat(Stream.of(CollectionMethod.values()).map(CodeList::indahName)).containsExactly(
                "wawancara", "mengisi_kuesioner_sendiri", "pengamatan", "pengumpulan_data_sekunder", "lainnya");
        assertThat(QualityCheckMethod.TASK_FORCE.indahName()).isEqualTo("taskforce");
        assertThat(Frequency.TAHUNAN.indahName()).isEqualTo("TAHUNAN");
    }

    @Test
    void schedulePhasesAreInBusinessProcessOrder() {
        assertThat(List.of(SchedulePhase.values())).extracting(p -> p.code(FormVersion.PERBAN_5_2020).getAsInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(CodeLists.parse(SchedulePhase.class, "Pelaksanaan Lapangan"))
                .isEqualTo(SchedulePhase.PENGUMPULAN_DATA);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeList parseRaw(Class<? extends CodeList> type, String value) {
        return (CodeList) CodeLists.parse((Class) type, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeList parseWithVersionRaw(Class<? extends CodeList> type, FormVersion v, String value) {
        return (CodeList) CodeLists.parse((Class) type, v, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeList fromCodeRaw(Class<? extends CodeList> type, FormVersion v, int code) {
        return (CodeList) CodeLists.fromCode((Class) type, v, code);
    }
}
