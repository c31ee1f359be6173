package io.github.bpsconnector.examples.runners;

import java.time.LocalDate;
import java.time.ZoneId;

/** What the example runners share. */
final class Examples {

    private Examples() {
    }

    /** Today in Western Indonesian Time, the day the SOP's no-backdate rule counts from. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }
}
