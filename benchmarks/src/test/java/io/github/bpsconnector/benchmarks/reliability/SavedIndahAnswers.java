package io.github.bpsconnector.benchmarks.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real answers of the simulated INDAH, fetched once over loopback after an MS-Keg with one MS-Var was created
 * through the client: the seeds the JSON corpus breaks.
 *
 * @param kegiatanId the MS-Keg
 * @param variabelId its MS-Var
 * @param token a bearer token of the Walidata (for the client that reads the broken answers)
 * @param bodies the answer of each path
 */
record SavedIndahAnswers(long kegiatanId, long variabelId, String token, Map<String, JsonNode> bodies) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SavedIndahAnswers saved;

    /** The answers, fetched the first time. */
    static synchronized SavedIndahAnswers get() {
        if (saved == null) {
            saved = fetch();
        }
        return saved;
    }

    JsonNode body(String path) {
        JsonNode body = bodies.get(path);
        if (body == null) {
            throw new IllegalArgumentException("no saved answer of " + path);
        }
        return body;
    }

    private static SavedIndahAnswers fetch() {
        try (SimulatedIndah sim = new SimulatedIndah(new SimClock(), 0)) {
            sim.start();
            String token = sim.issueToken(IndahDemoData.WALIDATA_USERNAME);
            MetadataPackage skjhi = Fixtures.skjhi2018();
            long keg;
            long var;
            try (IndahClient client = IndahClient.builder().apiBaseUrl(URI.create(sim.baseUrl()))
                    .login(IndahLogin.browserToken(token)).build()) {
                keg = client.kegiatan().createDraft(new Producer(IndahDemoData.DINKES_JEMBER,
                        "Dinas Kesehatan Kabupaten Jember", "35", "3509"), 2018, skjhi.activity()).id();
                var = client.variabel().createDraft(keg, skjhi.variables().get(0)).id();
            }
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            for (String path : new String[] {"/api/account", "/sdi/v2/metadata-statistik/kegiatan/" + keg,
                    "/sdi/v2/metadata-statistik/kegiatan", "/sdi/v2/metadata-statistik/variabel/" + var,
                    "/sdi/metadata-statistik-kegiatan/" + keg + "/metadata-statistik-variabel",
                    "/api/standar-data-statistik-nasional"}) {
                bodies.put(path, read(sim, path, token));
            }
            return new SavedIndahAnswers(keg, var, token, Map.copyOf(bodies));
        }
    }

    private static JsonNode read(SimulatedIndah sim, String path, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
