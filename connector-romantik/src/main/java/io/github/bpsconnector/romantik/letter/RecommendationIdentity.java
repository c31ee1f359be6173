package io.github.bpsconnector.romantik.letter;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Identitas Rekomendasi such as {@code V-26.3509.004}: the kind ({@code V} survei, {@code K} kompromin), the
 * two-digit year, the issuing BPS office ({@code 0000} BPS Pusat, {@code 3509} BPS Kabupaten Jember) and the
 * office's sequence number ({@code portal-model.md} §2.7). It must be printed on the data-collection instrument.
 *
 * @param text the identity as written
 * @param kind {@code V} or {@code K}
 * @param year the two-digit year
 * @param officeCode the issuing office's four-digit code
 * @param sequence the sequence number
 */
public record RecommendationIdentity(String text, char kind, int year, String officeCode, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("([VK])-(\\d{2})\\.(\\d{4})\\.(\\d{3,})");

    /** Requires the text. */
    public RecommendationIdentity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(officeCode, "officeCode");
    }

    /** Parses {@code V-26.3509.004}; empty when the text does not have that form. */
    public static Optional<RecommendationIdentity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RecommendationIdentity(text.strip(), matcher.group(1).charAt(0),
                Integer.parseInt(matcher.group(2)), matcher.group(3), Integer.parseInt(matcher.group(4))));
    }

    /** Whether it is the recommendation of a survey ({@code V}); otherwise of a kompromin ({@code K}). */
    public boolean isSurvei() {
        return kind == 'V';
    }
}
