package io.github.bpsconnector.romantik.letter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written the Indonesian way, {@code 5 Maret 2026}. */
public final class IndonesianDates {

    private static final List<String> MONTHS = List.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember");
    private static final Pattern LONG_DATE = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");

    private IndonesianDates() {
    }

    /** Parses {@code 5 Maret 2026} (also {@code Nopember}, {@code Agustus} etc.); empty if it is not such a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LONG_DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String month = matcher.group(2).toLowerCase(Locale.ROOT).replace("nopember", "november")
                .replace("pebruari", "februari");
        int index = MONTHS.indexOf(month);
        if (index < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), index + 1,
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
