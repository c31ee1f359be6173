package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.metadata.MetadataPackage;
import java.util.Objects;

/**
 * One package to report: for whom ({@code produsen_data}), for which period, and the forms.
 *
 * @param producer         the Produsen Data the activity belongs to
 * @param submissionPeriod the reporting period (a year)
 * @param pkg              the MS-Keg with its MS-Var and MS-Ind
 */
public record ReportItem(Producer producer, int submissionPeriod, MetadataPackage pkg) {

    public ReportItem {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(pkg, "pkg");
    }

    /** The MS-Keg title, or {@code null} when missing. */
    public String title() {
        return pkg.activity().title();
    }
}
