package io.github.bpsconnector.testkit.indah;

import io.github.bpsconnector.testkit.SimClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a fresh simulated INDAH (demo data, captcha on) on a free port for each test. */
abstract class IndahTestBase {

    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    SimClock clock;
    SimulatedIndah indah;
    IndahHttp api;

    @BeforeEach
    void startIndah() {
        clock = new SimClock(START);
        indah = new SimulatedIndah(clock, 0);
        indah.start();
        api = new IndahHttp(indah);
    }

    @AfterEach
    void stopIndah() {
        api.close();
        indah.close();
    }
}
