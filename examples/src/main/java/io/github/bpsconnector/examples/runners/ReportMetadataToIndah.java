package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.OrganizationQuery;
import io.github.bpsconnector.indah.report.ItemResult;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportResult;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;

import java.net.URI;
import java.util.List;

/**
 * SOP step 9: the Walidata reports a kegiatan's metadata (MS-Keg, MS-Var, MS-Ind) on INDAH and submits it for
 * review. Runs against the embedded simulated INDAH; against the live portal, drop the simulator and use
 * {@code IndahLogin.passwordWithCaptcha} or a saved session (see {@code bps-connector indah login}).
 */
public final class ReportMetadataToIndah {

    private ReportMetadataToIndah() {
    }

    /** Reports one sample package and prints what INDAH holds afterwards. */
    public static void main(String[] args) {
        try (SimulatedPortals portals = SimulatedPortals.builder()
                .indah(options -> options.captchaRequired(false))
                .start()) {
            System.out.println(run(URI.create(portals.indah().baseUrl())));
        }
    }

    /** Reports the Dinas Kesehatan sample to the INDAH at {@code indahApi}; returns what was done. */
    public static String run(URI indahApi) {
        try (IndahClient indah = IndahClient.builder()
                .apiBaseUrl(indahApi)
                .login(IndahLogin.password(CredentialsProvider.of(IndahDemoData.WALIDATA_USERNAME,
                        IndahDemoData.WALIDATA_PASSWORD.toCharArray())))
                .build()) {
            MetadataPackage pkg = SamplePackages.DINKES.toPackage(Examples.today());
            Producer dinkes = Producer.of(indah.organizations(OrganizationQuery.producersOf("3509")
                    .withName("Dinas Kesehatan")).iterator().next());

            ReportResult result = MetadataReporter.builder(indah).submit(true).build()
                    .report(List.of(new ReportItem(dinkes, pkg.activity().year(), pkg)));

            ItemResult item = result.items().get(0);
            return item.title() + ": " + item.outcome() + ", MS-Keg " + item.msKegId() + ", status " + item.status();
        }
    }
}
