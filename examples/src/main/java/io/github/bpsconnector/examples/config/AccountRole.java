package io.github.bpsconnector.examples.config;

import java.util.Locale;

/** Whom an account acts for in the SOP. */
public enum AccountRole {

    /** A perangkat daerah that runs statistical activities (steps 1, 2, 6, 7, 8). */
    PRODUSEN_DATA,

    /** The Walidata (Diskominfo), reviewing for all perangkat daerah and reporting on INDAH (steps 3, 9, 11). */
    WALIDATA;

    /**
     * The role named {@code text}: {@code produsen}, {@code produsen_data}, {@code walidata} (any case).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static AccountRole parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "produsen", "produsen_data" -> PRODUSEN_DATA;
            case "walidata" -> WALIDATA;
            default -> throw new IllegalArgumentException("unknown role '" + text.strip()
                    + "' (produsen or walidata)");
        };
    }
}
