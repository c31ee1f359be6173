package io.github.bpsconnector.benchmarks.scene;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.PackageValidator;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.net.URI;
import java.time.Duration;

/**
 * A fresh simulated INDAH on loopback for one measurement: no captcha, tokens that outlive the run, the clock at
 * {@link SkjhiPackages#PLANNING_DAY}; the Walidata of Kabupaten Jember reports for its Dinas Kesehatan.
 */
public final class IndahScene implements AutoCloseable {

    /** The Produsen Data the packages are reported for (Dinas Kesehatan Kabupaten Jember). */
    public static final Producer DINKES = new Producer(IndahDemoData.DINKES_JEMBER,
            "Dinas Kesehatan Kabupaten Jember", "35", "3509");

    private final SimClock clock;
    private final SimulatedIndah indah;

    private IndahScene(SimClock clock, SimulatedIndah indah) {
        this.clock = clock;
        this.indah = indah;
    }

    /** Starts a fresh simulator. */
    public static IndahScene start() {
        SimClock clock = new SimClock(SkjhiPackages.PLANNING_DAY);
        SimulatedIndah indah = new SimulatedIndah(clock, 0, new SimulatedIndah.Options().captchaRequired(false)
                .tokenLifetime(Duration.ofDays(365)));
        indah.start();
        return new IndahScene(clock, indah);
    }

    /** The simulator. */
    public SimulatedIndah simulator() {
        return indah;
    }

    /** The API's base URL. */
    public URI baseUrl() {
        return URI.create(indah.baseUrl());
    }

    /** The Walidata's user name. */
    public String username() {
        return IndahDemoData.WALIDATA_USERNAME;
    }

    /** The Walidata's password. */
    public String password() {
        return IndahDemoData.WALIDATA_PASSWORD;
    }

    /** A client builder for the Walidata: password login, {@link Loopback#SETTINGS} and {@link Loopback#HTTP}. */
    public IndahClient.Builder walidataClient() {
        return IndahClient.builder().apiBaseUrl(baseUrl())
                .login(IndahLogin.password(CredentialsProvider.of(username(), password().toCharArray())))
                .resilienceSettings(Loopback.SETTINGS).httpSettings(Loopback.HTTP);
    }

    /** A reporter through {@code client} whose local checks date by the simulated clock. */
    public MetadataReporter.Builder reporter(IndahClient client) {
        return MetadataReporter.builder(client).validator(PackageValidator.perban(MetadataValidator.builder()
                .clock(clock.asClock(MetadataValidator.JAKARTA)).build()));
    }

    /** How many records (MS-Keg, MS-Var, MS-Ind) the simulator holds. */
    public int records() {
        return indah.records().size();
    }

    /** Stops the simulator. */
    @Override
    public void close() {
        indah.close();
    }
}
