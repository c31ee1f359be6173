package io.github.bpsconnector.indah;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** A simulated INDAH for a test, and clients of its demo accounts that log in with the captcha solved. */
public final class SimIndahAccess implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    static final ResilienceSettings FAST = ResilienceSettings.builder()
            .backoff(Duration.ofMillis(20), 2.0, Duration.ofSeconds(5))
            .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(5))
            .build();

    final SimClock clock = new SimClock(START);
    final SimulatedIndah indah = new SimulatedIndah(clock, 0);

    public SimIndahAccess() {
        indah.start();
    }

    URI baseUrl() {
        return URI.create(indah.baseUrl());
    }

    /** A solver that reads the answer from the simulator's {@code /__sim/captcha/{id}} control, over HTTP. */
    public CaptchaSolver solver() {
        HttpClient http = HttpClient.newHttpClient();
        return challenge -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(indah.baseUrl() + "/__sim/captcha/" + challenge.captchaId())).build(),
                        HttpResponse.BodyHandlers.ofString());
                return IndahResponses.MAPPER.readTree(answer.body()).path("answer").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    public IndahClient.Builder clientBuilder(String username, String password) {
        return IndahClient.builder()
                .apiBaseUrl(baseUrl())
                .resilienceSettings(FAST)
                .login(IndahLogin.passwordWithCaptcha(CredentialsProvider.of(username, password.toCharArray()),
                        solver()));
    }

    public SimulatedIndah indah() {
        return indah;
    }

    public IndahClient walidata(Journal journal) {
        return clientBuilder(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD).journal(journal)
                .build();
    }

    public IndahClient pembina() {
        return clientBuilder(IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD).build();
    }

    public static Producer dinkes() {
        return new Producer(IndahDemoData.DINKES_JEMBER, "Dinas Kesehatan Kabupaten Jember", "35", "3509");
    }

    @Override
    public void close() {
        indah.close();
    }
}
