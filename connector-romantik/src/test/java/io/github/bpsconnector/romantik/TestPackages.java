package io.github.bpsconnector.romantik;

import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.Organizer;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.Planning;
import io.github.bpsconnector.metadata.ProcessingAndAnalysis;
import io.github.bpsconnector.metadata.ProcessingSteps;
import io.github.bpsconnector.metadata.ProductAvailability;
import io.github.bpsconnector.metadata.Responsibility;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.Schedule;
import io.github.bpsconnector.metadata.TechnicalContact;
import io.github.bpsconnector.metadata.code.AnalysisMethod;
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.CollectionDesign;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.Education;
import io.github.bpsconnector.metadata.code.FieldStaffType;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.GeoCoverage;
import io.github.bpsconnector.metadata.code.PresentationLevel;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;
import io.github.bpsconnector.metadata.code.Repetition;
import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SampleStageType;
import io.github.bpsconnector.metadata.code.SamplingFrame;
import io.github.bpsconnector.metadata.code.SamplingMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.Sector;
import io.github.bpsconnector.metadata.code.StatisticsType;
import java.time.LocalDate;

/** A complete survey of Dinas Kesehatan Kabupaten Jember whose field work starts 30 days after {@code today}. */
final class TestPackages {

    static final String JUDUL = "Survei Kepuasan Pasien Puskesmas Kabupaten Jember";

    private TestPackages() {
    }

    static MetadataPackage survey(LocalDate today) {
        return survey(JUDUL, today, today.plusDays(30));
    }

    static MetadataPackage survey(String judul, LocalDate today, LocalDate fieldWork) {
        return MetadataPackage.builder().activity(kegiatan(judul, today, fieldWork)).build();
    }

    static MsKeg kegiatan(String judul, LocalDate today, LocalDate fieldWork) {
        ContactDetails office = ContactDetails.builder().address("Jl. Srikoyo No. 1, Jember").phone("0331487577")
                .fax("-").email("dinkes@jemberkab.go.id").build();
        Schedule.Builder schedule = Schedule.builder();
        SchedulePhase[] phases = SchedulePhase.values();
        LocalDate start = today.plusDays(1);
        for (SchedulePhase phase : phases) {
            LocalDate begin = phase == SchedulePhase.PENGUMPULAN_DATA ? fieldWork
                    : phase.ordinal() < SchedulePhase.PENGUMPULAN_DATA.ordinal() ? start.plusDays(phase.ordinal() * 5L)
                    : fieldWork.plusDays(phase.ordinal() * 10L);
            schedule.add(phase, DateRange.of(PartialDate.of(begin), PartialDate.of(begin.plusDays(
                    phase == SchedulePhase.PENGUMPULAN_DATA ? 20 : 4))));
        }
        return MsKeg.builder()
                .title(judul)
                .year(today.getYear())
                .collectionType(CollectionType.SURVEI)
                .sector(Sector.values()[0])
                .hasBpsRecommendation(false)
                .statisticsType(StatisticsType.STATISTIK_SEKTORAL)
                .organizer(Organizer.builder().institutionName("Dinas Kesehatan Kabupaten Jember").contact(office)
                        .build())
                .responsibility(Responsibility.builder().echelon1("Pemerintah Kabupaten Jember")
                        .echelon2("Dinas Kesehatan Kabupaten Jember")
                        .technicalContact(TechnicalContact.builder().name("dr. Siti Aminah")
                                .position("Kepala Bidang Pelayanan Kesehatan").contact(office).build()).build())
                .planning(Planning.builder().background("Puskesmas perlu mengukur kepuasan pasien.")
                        .objective("Mengukur indeks kepuasan pasien per puskesmas.")
                        .schedule(schedule.build())
                        .addCollectedVariable(CollectedVariable.builder().name("Tingkat Kepuasan")
                                .concept("Kepuasan Pasien").definition("Penilaian pasien atas layanan puskesmas")
                                .timeReference("Kunjungan terakhir").build())
                        .build())
                .design(ActivityDesign.builder().repetition(Repetition.BERULANG).frequency(Frequency.TAHUNAN)
                        .collectionDesign(CollectionDesign.CROSS_SECTIONAL)
                        .geoCoverage(GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA)
                        .addCoverageArea(CoverageArea.builder().provinceCode("35").provinceName("Jawa Timur")
                                .regencyCode("3509").regencyName("Kabupaten Jember").build())
                        .collectionMethods(MultiChoice.of(CollectionMethod.WAWANCARA))
                        .collectionModes(MultiChoice.of(CollectionMode.CAPI))
                        .collectionUnits(MultiChoice.of(CollectionUnit.INDIVIDU)).build())
                .sampleDesign(SampleDesign.builder().stageType(SampleStageType.SINGLE_STAGE_ATAU_PHASE)
                        .lastStageSelection(SampleSelection.SAMPEL_PROBABILITAS)
                        .samplingMethod(SamplingMethod.SYSTEMATIC_RANDOM_SAMPLING)
                        .samplingFrame(SamplingFrame.LIST_FRAME).overallSamplingFraction("0.05")
                        .expectedSamplingError("0.02").samplingUnit("Pasien").observationUnit("Pasien")
                        .respondentCount(1500).build())
                .dataCollection(DataCollection.builder().pilotSurvey(true)
                        .qualityCheckMethods(MultiChoice.of(QualityCheckMethod.SUPERVISI))
                        .nonresponseAdjustment(false).fieldStaffType(FieldStaffType.STAF_INSTANSI_PENYELENGGARA)
                        .minFieldStaffEducation(Education.SMA_ATAU_SMK).supervisorCount(5).enumeratorCount(50)
                        .fieldStaffTraining(true).build())
                .processingAndAnalysis(ProcessingAndAnalysis.builder()
                        .processingSteps(ProcessingSteps.builder().editing(true).coding(false).dataEntry(true)
                                .validation(true).build())
                        .analysisMethod(AnalysisMethod.DESKRIPTIF)
                        .analysisUnits(MultiChoice.of(AnalysisUnit.INDIVIDU))
                        .presentationLevels(MultiChoice.of(PresentationLevel.KABUPATEN_ATAU_KOTA)).build())
                .dissemination(Dissemination.builder()
                        .printed(ProductAvailability.builder().available(false).build())
                        .digital(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.of(fieldWork.plusDays(90))).build())
                        .microdata(ProductAvailability.builder().available(false).build()).build())
                .build();
    }
}
