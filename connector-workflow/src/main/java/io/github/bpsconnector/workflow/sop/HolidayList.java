package io.github.bpsconnector.workflow.sop;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holidays a {@link WorkingDayCalendar} skips, and for which years the list is complete.
 *
 * <p>{@link #bundled()} holds Indonesia's national holidays and cuti bersama: 2026 complete (from the SKB of the
 * Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB No. 1497, 2 and 5 of 2025); 2027 only partly, because
 * the SKB for 2027 was not at hand when the list was written: it holds the holidays fixed by date (Keputusan
 * Presiden No. 8 of 2024) and those that follow Easter, and is marked incomplete. Each year in the file names its
 * source. The list can be replaced or extended: {@link #load(Path)} reads a file of the same format, and
 * {@link #plus(HolidayList)} merges lists.
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayList {

    /** The bundled list's resource, next to this class. */
    public static final String BUNDLED_RESOURCE = "hari-libur-indonesia.json";

    private static final HolidayList EMPTY = new HolidayList(Map.of(), Map.of(), Set.of());

    private final Map<LocalDate, Holiday> byDate;
    /** The years the list declares, with the source of each; only complete years are in {@link #complete}. */
    private final Map<Integer, String> sources;
    private final Set<Integer> complete;

    private HolidayList(Map<LocalDate, Holiday> byDate, Map<Integer, String> sources, Set<Integer> complete) {
        this.byDate = Collections.unmodifiableMap(new TreeMap<>(byDate));
        this.sources = Collections.unmodifiableMap(new TreeMap<>(sources));
        this.complete = Collections.unmodifiableSet(new TreeSet<>(complete));
    }

    /** No holidays. */
    public static HolidayList empty() {
        return EMPTY;
    }

    /**
     * The given holidays.
     *
     * @param holidays      the days off; a later entry for the same date replaces an earlier one
     * @param completeYears the years for which these are all the holidays there are
     */
    public static HolidayList of(Collection<Holiday> holidays, Collection<Integer> completeYears) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        holidays.forEach(h -> byDate.put(h.date(), h));
        Map<Integer, String> sources = new TreeMap<>();
        completeYears.forEach(year -> sources.put(year, "given in code"));
        return new HolidayList(byDate, sources, Set.copyOf(completeYears));
    }

    /** Indonesia's national holidays and cuti bersama bundled with the library (see the class comment). */
    public static HolidayList bundled() {
        return Bundled.LIST;
    }

    /** Reads the bundled list once, when first asked for; it is immutable. */
    private static final class Bundled {
        static final HolidayList LIST =
                DefinitionReader.bundled(HolidayList.class, BUNDLED_RESOURCE, HolidayList::from);
    }

    /**
     * A holiday list from a file in the format of the bundled one.
     *
     * @throws IOException               if the file cannot be read
     * @throws DefinitionFormatException if it is not a valid holiday list
     */
    public static HolidayList load(Path file) throws IOException {
        return DefinitionReader.file(file, HolidayList::from);
    }

    /**
     * A holiday list read from {@code in} (not closed here), in the format of the bundled one.
     *
     * @param source a name for the list in error messages
     * @throws IOException               if the stream cannot be read
     * @throws DefinitionFormatException if it is not a valid holiday list
     */
    public static HolidayList read(InputStream in, String source) throws IOException {
        return DefinitionReader.stream(in, source, HolidayList::from);
    }

    private static HolidayList from(DefinitionReader reader, JsonNode root) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        Set<Integer> complete = new TreeSet<>();
        List<JsonNode> years = reader.array(root, "", "years");
        for (int y = 0; y < years.size(); y++) {
            JsonNode yearNode = years.get(y);
            String yearPath = DefinitionReader.element("", "years", y);
            int year = reader.integer(yearNode, yearPath, "year");
            if (sources.put(year, reader.text(yearNode, yearPath, "source")) != null) {
                throw reader.fail(yearPath + ".year", "year " + year + " appears twice");
            }
            if (reader.bool(yearNode, yearPath, "complete")) {
                complete.add(year);
            }
            List<JsonNode> holidays = reader.array(yearNode, yearPath, "holidays");
            for (int h = 0; h < holidays.size(); h++) {
                String path = DefinitionReader.element(yearPath, "holidays", h);
                Holiday holiday = holiday(reader, holidays.get(h), path);
                if (holiday.date().getYear() != year) {
                    throw reader.fail(path + ".date", holiday.date() + " is not in " + year);
                }
                if (byDate.put(holiday.date(), holiday) != null) {
                    throw reader.fail(path + ".date", holiday.date() + " is listed twice");
                }
            }
        }
        return new HolidayList(byDate, sources, complete);
    }

    private static Holiday holiday(DefinitionReader reader, JsonNode node, String path) {
        String date = reader.text(node, path, "date");
        try {
            return new Holiday(LocalDate.parse(date), reader.text(node, path, "name"),
                    reader.enumValue(node, path, "kind", Holiday.Kind.class));
        } catch (DateTimeException e) {
            throw reader.fail(path + ".date", "not a date in the form yyyy-MM-dd: '" + date + "'", e);
        }
    }

    /** The holiday on {@code date}, if there is one. */
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Whether {@code date} is a holiday. */
    public boolean contains(LocalDate date) {
        return byDate.containsKey(date);
    }

    /** All holidays, in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(byDate.values());
    }

    /** The holidays of {@code year}, in date order. */
    public List<Holiday> in(int year) {
        return byDate.values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** Whether the list declares that it holds every holiday of {@code year}. */
    public boolean isComplete(int year) {
        return complete.contains(year);
    }

    /** Where the holidays of {@code year} come from, if the list declares the year. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(sources.get(year));
    }

    /**
     * This list and {@code other}: the holidays of both (where both have a date, {@code other}'s entry wins) and
     * the years either declares complete.
     */
    public HolidayList plus(HolidayList other) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>(this.byDate);
        byDate.putAll(other.byDate);
        Map<Integer, String> sources = new TreeMap<>(this.sources);
        other.sources.forEach((year, source) -> sources.merge(year, source, (a, b) -> a + "; " + b));
        Set<Integer> complete = new TreeSet<>(this.complete);
        complete.addAll(other.complete);
        return new HolidayList(byDate, sources, complete);
    }

    /** This list with {@code holiday} added (replacing any entry on the same date). */
    public HolidayList plus(Holiday holiday) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>(this.byDate);
        byDate.put(holiday.date(), holiday);
        return new HolidayList(byDate, sources, complete);
    }

    /** This list without the holidays of {@code kind}, e.g. without cuti bersama for an office that works then. */
    public HolidayList without(Holiday.Kind kind) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>(this.byDate);
        byDate.values().removeIf(h -> h.kind() == kind);
        return new HolidayList(byDate, sources, complete);
    }

    @Override
    public String toString() {
        return "HolidayList[" + byDate.size() + " holidays, complete for " + complete + "]";
    }
}
