package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTest {

    @Test
    void anEmptyDraftBuildsWithEveryBlockPresentAndEmpty() {
        MsKeg draft = MsKeg.builder().build();

        assertThat(draft).isEqualTo(MsKeg.EMPTY);
        assertThat(draft.title()).isNull();
        assertThat(draft.organizer()).isEqualTo(Organizer.EMPTY);
        assertThat(draft.organizer().contact()).isEqualTo(ContactDetails.EMPTY);
        assertThat(draft.planning().schedule()).isEqualTo(Schedule.EMPTY);
        assertThat(draft.design().collectionModes().selected()).isEmpty();
        assertThat(draft.sampleDesign()).isEqualTo(SampleDesign.EMPTY);
        assertThat(draft.dissemination().printed().releasePlan()).isEmpty();
        assertThat(new MsKeg(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null)).isEqualTo(draft);
    }

    @Test
    void blankTextMeansNotFilled() {
        Organizer organizer = Organizer.builder().institutionName("  ").build();
        MsVar variable = MsVar.builder().name("").alias("B1R5K1").build();

        assertThat(organizer.institutionName()).isNull();
        assertThat(variable.name()).isNull();
        assertThat(variable.alias()).isEqualTo("B1R5K1");
        assertThat(MsVar.builder().definition(" teks apa adanya ").build().definition())
                .isEqualTo(" teks apa adanya ");
    }

    @Test
    void buildersCopyCollectionsAndResultsAreUnmodifiable() {
        List<String> references = new ArrayList<>(List.of("PermenPANRB 14/2017"));
        MsVar variable = MsVar.builder().selectionReferences(references).build();
        references.add("added later");

        assertThat(variable.selectionReferences()).containsExactly("PermenPANRB 14/2017");
        assertThatThrownBy(() -> variable.selectionReferences().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);

        List<MsVar> variables = new ArrayList<>(List.of(variable));
        MetadataPackage pkg = MetadataPackage.builder().variables(variables).build();
        variables.clear();
        assertThat(pkg.variables()).containsExactly(variable);

        Set<CollectionMode> modes = new HashSet<>(Set.of(CollectionMode.CAPI));
        MultiChoice<CollectionMode> choice = MultiChoice.of(modes, null);
        modes.add(CollectionMode.PAPI);
        assertThat(choice.selected()).containsExactly(CollectionMode.CAPI);
        assertThatThrownBy(() -> choice.selected().add(CollectionMode.MAIL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderCanBeReusedWithoutChangingWhatItBuilt() {
        MsInd.Builder builder = MsInd.builder().addComponentIndicator("Tingkat Kepuasan Pelayanan Ibadah");
        MsInd first = builder.build();
        builder.addComponentIndicator("Tingkat Kepuasan Pelayanan Katering");

        assertThat(first.componentIndicators()).hasSize(1);
        assertThat(builder.build().componentIndicators()).hasSize(2);
    }

    @Test
    void toBuilderReproducesTheValue() {
        MsKeg keg = MsKeg.builder().title("Survei X 2026").year(2026)
                .design(ActivityDesign.builder().frequency(Frequency.TAHUNAN)
                        .collectionModes(MultiChoice.of(CollectionMode.LAINNYA).withOtherText("Email")).build())
                .build();

        assertThat(keg.toBuilder().build()).isEqualTo(keg);
        assertThat(keg.design().toBuilder().build()).isEqualTo(keg.design());
        assertThat(keg.toBuilder().year(2027).build().year()).isEqualTo(2027);
    }

    @Test
    void nullEntriesAndBlankTextEntriesAreStructurallyImpossible() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> MsInd.builder().componentVariables(withNull).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("componentVariables[0]");
        assertThatThrownBy(() -> MsVar.builder().addValidationRule(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validationRules[0]");
        assertThatThrownBy(() -> MetadataPackage.builder().addIndicator(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indicators[0]");
    }

    @Test
    void aDateRangeNeedsAtLeastOneBound() {
        assertThatThrownBy(() -> DateRange.of(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DateRange.parse("2018-08", null).end()).isNull();
    }

    @Test
    void scheduleKeepsPhasesInBusinessOrderAndDropsEmptyOnes() {
        Schedule schedule = Schedule.builder()
                .add(SchedulePhase.DISEMINASI_HASIL, DateRange.parse("2018-12", "2018-12"))
                .add(SchedulePhase.PERENCANAAN_KEGIATAN, DateRange.parse("2018-01-02", "2018-03-31"))
                .ranges(SchedulePhase.EVALUASI, List.of())
                .build();

        assertThat(schedule.phases().keySet())
                .containsExactly(SchedulePhase.PERENCANAAN_KEGIATAN, SchedulePhase.DISEMINASI_HASIL);
        assertThat(schedule.ranges(SchedulePhase.EVALUASI)).isEmpty();
        assertThat(new Schedule(Map.of(SchedulePhase.DESAIN, List.of()))).isEqualTo(Schedule.EMPTY);
        assertThat(schedule.toBuilder().build()).isEqualTo(schedule);
    }

    @Test
    void multiChoiceIteratesInFormOrder() {
        MultiChoice<CollectionMode> choice = MultiChoice.of(CollectionMode.LAINNYA, CollectionMode.PAPI,
                CollectionMode.CAWI);

        assertThat(choice.selected()).containsExactly(CollectionMode.PAPI, CollectionMode.CAWI,
                CollectionMode.LAINNYA);
        assertThat(choice.contains(CollectionMode.CAWI)).isTrue();
        assertThat(choice.withOtherText(" ").otherText()).isNull();
        assertThat(choice).isEqualTo(MultiChoice.of(Set.of(CollectionMode.values()[0], CollectionMode.CAWI,
                CollectionMode.LAINNYA), null));
    }

    @Test
    void attachmentReferencesNeedAKindAndAPath() {
        assertThatThrownBy(() -> AttachmentRef.of(null, "kak.pdf")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AttachmentRef.of(AttachmentKind.KAK, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentRef(AttachmentKind.KAK, "kak.pdf", null, "abc"))
                .isInstanceOf(IllegalArgumentException.class);
        String digest = "AB".repeat(32);
        assertThat(new AttachmentRef(AttachmentKind.KAK, "kak.pdf", null, digest).sha256())
                .isEqualTo("ab".repeat(32));

        MetadataPackage pkg = MetadataPackage.builder()
                .addAttachment(AttachmentRef.of(AttachmentKind.KAK, "kak.pdf"))
                .addAttachment(AttachmentRef.of(AttachmentKind.KUESIONER, "q.pdf"))
                .build();
        assertThat(pkg.attachments(AttachmentKind.KUESIONER)).extracting(AttachmentRef::path)
                .containsExactly("q.pdf");
        assertThat(pkg.activity()).isEqualTo(MsKeg.EMPTY);
    }
}
