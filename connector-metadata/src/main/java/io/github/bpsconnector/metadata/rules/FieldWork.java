package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The data collection (field work) of an MS-Keg as its R.3.3 schedule gives it: the ranges of
 * {@link SchedulePhase#PENGUMPULAN_DATA}.
 */
final class FieldWork {

    /** The path of the data collection phase below {@code msKeg}. */
    static final String PATH = "planning.schedule." + SchedulePhase.PENGUMPULAN_DATA.name();

    private final List<DateRange> ranges;

    private FieldWork(List<DateRange> ranges) {
        this.ranges = ranges;
    }

    static FieldWork of(MsKeg keg) {
        return new FieldWork(keg.planning().schedule().ranges(SchedulePhase.PENGUMPULAN_DATA));
    }

    List<DateRange> ranges() {
        return ranges;
    }

    /** The earliest start of data collection and the path of its field below {@code msKeg}, if any is given. */
    Optional<Start> earliestStart() {
        return earliestStartIndex(ranges).map(i -> new Start(ranges.get(i).start(), PATH + "[" + i + "].start"));
    }

    /**
     * A start of data collection.
     *
     * @param date the start as written
     * @param path its path below {@code msKeg}
     */
    record Start(PartialDate date, String path) {
    }

    /** The index of the range of {@code ranges} with the earliest start, if any has a start. */
    static Optional<Integer> earliestStartIndex(List<DateRange> ranges) {
        Integer best = null;
        for (int i = 0; i < ranges.size(); i++) {
            PartialDate start = ranges.get(i).start();
            if (start != null && (best == null || start.firstDay().isBefore(ranges.get(best).start().firstDay()))) {
                best = i;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The end of the round that ends first (the latest day it may mean), if any range has an end. */
    Optional<PartialDate> firstRoundEnd() {
        return ranges.stream().map(DateRange::end).filter(e -> e != null)
                .min(Comparator.comparing(PartialDate::lastDay));
    }

    /**
     * The number of days of data collection over all rounds, counting both ends, when every range has both ends in
     * order; empty otherwise.
     */
    OptionalLong days() {
        if (ranges.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        for (DateRange range : ranges) {
            if (range.start() == null || range.end() == null) {
                return OptionalLong.empty();
            }
            LocalDate from = range.start().firstDay();
            LocalDate to = range.end().lastDay();
            if (to.isBefore(from)) {
                return OptionalLong.empty();
            }
            total += ChronoUnit.DAYS.between(from, to) + 1;
        }
        return OptionalLong.of(total);
    }
}
