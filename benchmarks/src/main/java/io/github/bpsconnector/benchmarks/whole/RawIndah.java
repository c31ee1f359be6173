package io.github.bpsconnector.benchmarks.whole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The hand-written baseline for INDAH: HttpClient 5 classic and Jackson, the API's paths and keys written in,
 * doing the requests {@code IndahClient} does; no profile, no resilience, no checks beyond the status.
 */
final class RawIndah implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient http;
    private final String base;
    private String bearer;

    /** A new client (its own connections) for the API at {@code baseUrl}. */
    RawIndah(String baseUrl) {
        this.http = HttpClients.custom().disableAutomaticRetries().build();
        this.base = baseUrl;
    }

    /** {@code POST /api/authenticate}, then {@code GET /api/account}; returns the account. */
    JsonNode login(String username, String password) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password)
                .put("rememberMe", false);
        bearer = "Bearer " + send(post("/api/authenticate", body)).get("token").asText();
        HttpGet account = new HttpGet(base + "/api/account");
        return send(account);
    }

    /** Creates an MS-Keg: {@code POST} the envelope; returns the created record's envelope. */
    JsonNode createKegiatan(ObjectNode envelope) throws IOException {
        JsonNode answer = send(post("/sdi/v2/metadata-statistik/kegiatan", envelope));
        JsonNode created = answer.path("result").path(0);
        if (!created.path("id").canConvertToLong()) {
            throw new IllegalStateException("INDAH refused the MS-Keg: " + answer);
        }
        return created;
    }

    private HttpPost post(String path, ObjectNode body) throws IOException {
        HttpPost post = new HttpPost(base + path);
        post.setEntity(new ByteArrayEntity(JSON.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        return post;
    }

    private JsonNode send(ClassicHttpRequest request) throws IOException {
        if (bearer != null) {
            request.addHeader("Authorization", bearer);
        }
        return http.execute(request, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException(request.getPath() + ": HTTP " + response.getCode());
            }
            return JSON.readTree(EntityUtils.toByteArray(response.getEntity()));
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
