package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MsKeg;
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
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.PresentationLevel;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code ms_kegiatan} row being read: a builder per block of MS-Keg, the schedule's start and end columns, the
 * two columns of each multiple choice, and the rows of {@code ms_kegiatan_variabel} and {@code ms_kegiatan_wilayah}
 * that belong to it. Not thread-safe.
 */
final class KegiatanDraft implements ActivityRow {

    String title;
    final MsKeg.Builder activity = MsKeg.builder();
    final Organizer.Builder organizer = Organizer.builder();
    final ContactDetails.Builder organizerContact = ContactDetails.builder();
    final Responsibility.Builder responsibility = Responsibility.builder();
    final TechnicalContact.Builder technicalContact = TechnicalContact.builder();
    final ContactDetails.Builder technicalContactDetails = ContactDetails.builder();
    final Planning.Builder planning = Planning.builder();
    final Map<SchedulePhase, List<PartialDate>> scheduleStarts = new EnumMap<>(SchedulePhase.class);
    final Map<SchedulePhase, List<PartialDate>> scheduleEnds = new EnumMap<>(SchedulePhase.class);
    final ActivityDesign.Builder design = ActivityDesign.builder();
    final ChoiceDraft<CollectionMethod> collectionMethods = new ChoiceDraft<>();
    final ChoiceDraft<CollectionMode> collectionModes = new ChoiceDraft<>();
    final ChoiceDraft<CollectionUnit> collectionUnits = new ChoiceDraft<>();
    final SampleDesign.Builder sampleDesign = SampleDesign.builder();
    final DataCollection.Builder dataCollection = DataCollection.builder();
    final ChoiceDraft<QualityCheckMethod> qualityCheckMethods = new ChoiceDraft<>();
    final ProcessingSteps.Builder processingSteps = ProcessingSteps.builder();
    final ProcessingAndAnalysis.Builder processing = ProcessingAndAnalysis.builder();
    final ChoiceDraft<AnalysisUnit> analysisUnits = new ChoiceDraft<>();
    final ChoiceDraft<PresentationLevel> presentationLevels = new ChoiceDraft<>();
    final ProductAvailability.Builder printed = ProductAvailability.builder();
    final ProductAvailability.Builder digital = ProductAvailability.builder();
    final ProductAvailability.Builder microdata = ProductAvailability.builder();
    final List<CollectedVariable> collectedVariables = new ArrayList<>();
    final List<CoverageArea> coverageAreas = new ArrayList<>();

    @Override
    public String activityTitle() {
        return title;
    }

    void title(String value) {
        title = value;
        activity.title(value);
    }

    /** The header key of a schedule column: {@code iii_jadwal_<phase>_awal} or {@code _akhir}. */
    static String scheduleKey(SchedulePhase phase, boolean start) {
        return "iii_jadwal_" + phase.indahName() + (start ? "_awal" : "_akhir");
    }

    /** The MS-Keg; a schedule phase whose start and end columns do not pair up is reported and left out. */
    MsKeg build(RowProblems problems) {
        return activity
                .organizer(organizer.contact(organizerContact.build()).build())
                .responsibility(responsibility
                        .technicalContact(technicalContact.contact(technicalContactDetails.build()).build())
                        .build())
                .planning(planning.schedule(schedule(problems)).collectedVariables(collectedVariables).build())
                .design(design
                        .coverageAreas(coverageAreas)
                        .collectionMethods(collectionMethods.build())
                        .collectionModes(collectionModes.build())
                        .collectionUnits(collectionUnits.build())
                        .build())
                .sampleDesign(sampleDesign.build())
                .dataCollection(dataCollection.qualityCheckMethods(qualityCheckMethods.build()).build())
                .processingAndAnalysis(processing
                        .processingSteps(processingSteps.build())
                        .analysisUnits(analysisUnits.build())
                        .presentationLevels(presentationLevels.build())
                        .build())
                .dissemination(Dissemination.builder()
                        .printed(printed.build()).digital(digital.build()).microdata(microdata.build()).build())
                .build();
    }

    private Schedule schedule(RowProblems problems) {
        Schedule.Builder schedule = Schedule.builder();
        for (SchedulePhase phase : SchedulePhase.values()) {
            List<PartialDate> starts = scheduleStarts.getOrDefault(phase, List.of());
            List<PartialDate> ends = scheduleEnds.getOrDefault(phase, List.of());
            if (!starts.isEmpty() && !ends.isEmpty() && starts.size() != ends.size()) {
                problems.error(ImportProblemKind.SCHEDULE_MISMATCH, scheduleKey(phase, true),
                        starts.size() + " awal, " + ends.size() + " akhir", "jumlah putaran di kolom "
                                + scheduleKey(phase, true) + " dan " + scheduleKey(phase, false)
                                + " berbeda; tulis awal dan akhir setiap putaran dalam urutan yang sama");
                continue;
            }
            for (int i = 0; i < Math.max(starts.size(), ends.size()); i++) {
                PartialDate start = i < starts.size() ? starts.get(i) : null;
                PartialDate end = i < ends.size() ? ends.get(i) : null;
                if (start != null || end != null) {
                    schedule.add(phase, DateRange.of(start, end));
                }
            }
        }
        return schedule.build();
    }
}
