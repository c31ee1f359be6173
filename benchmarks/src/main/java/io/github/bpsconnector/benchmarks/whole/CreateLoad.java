package io.github.bpsconnector.benchmarks.whole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.benchmarks.scene.IndahScene;
import io.github.bpsconnector.benchmarks.scene.SkjhiPackages;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.wire.EnvelopeWire;
import io.github.bpsconnector.indah.wire.MsIndWire;
import io.github.bpsconnector.indah.wire.MsKegWire;
import io.github.bpsconnector.indah.wire.MsVarWire;
import io.github.bpsconnector.metadata.MetadataPackage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The simulator's ceiling for a package's creates: the same create requests as the reporter sends (the MS-Keg, then
 * every MS-Var and MS-Ind under it) from a raw HttpClient 5 at the same concurrency, with the least client work: the
 * bodies are rendered before the clock starts, and only the parent id is set into each child's body.
 */
final class CreateLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String bearer;
    private final byte[] kegiatan;
    private final List<Child> children;

    private record Child(String path, ObjectNode envelope) {
    }

    private CreateLoad(String base, String bearer, byte[] kegiatan, List<Child> children) {
        this.base = base;
        this.bearer = bearer;
        this.kegiatan = kegiatan;
        this.children = children;
    }

    /** Renders the requests of {@code pkg} for {@code account}, who holds the token {@code token}. */
    static CreateLoad of(IndahScene scene, IndahAccount account, String token, MetadataPackage pkg)
            throws IOException {
        IndahProfile profile = IndahProfile.defaults();
        EnvelopeWire envelopes = new EnvelopeWire(profile);
        byte[] kegiatan = JSON.writeValueAsBytes(envelopes.create(MetadataKind.KEGIATAN, SkjhiPackages.PERIOD,
                new MsKegWire(profile).write(pkg.activity()), MetadataStatus.DRAFT, IndahScene.DINKES, account, null));
        List<Child> children = new ArrayList<>();
        MsVarWire variables = new MsVarWire(profile);
        pkg.variables().forEach(v -> children.add(new Child("variabel", envelopes.create(MetadataKind.VARIABEL,
                SkjhiPackages.PERIOD, variables.write(v), MetadataStatus.DRAFT, IndahScene.DINKES, account, 0L))));
        MsIndWire indicators = new MsIndWire(profile);
        pkg.indicators().forEach(i -> children.add(new Child("indikator", envelopes.create(MetadataKind.INDIKATOR,
                SkjhiPackages.PERIOD, indicators.write(i), MetadataStatus.DRAFT, IndahScene.DINKES, account, 0L))));
        return new CreateLoad(scene.baseUrl().toString(), "Bearer " + token, kegiatan, children);
    }

    /** How many records one {@link #run} creates. */
    int records() {
        return 1 + children.size();
    }

    /** Creates the MS-Keg, then its children {@code concurrency} at a time; returns the nanoseconds taken. */
    long run(int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(concurrency).setMaxConnTotal(concurrency).build())
                .build()) {
            long start = System.nanoTime();
            long parent = create(http, "kegiatan", kegiatan);
            List<Future<Long>> created = new ArrayList<>();
            for (Child child : children) {
                created.add(pool.submit(() -> create(http, child.path(),
                        JSON.writeValueAsBytes(child.envelope().put("ms_keg_id", parent)))));
            }
            for (Future<Long> one : created) {
                one.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    private long create(CloseableHttpClient http, String kind, byte[] body) throws IOException {
        HttpPost post = new HttpPost(base + "/sdi/v2/metadata-statistik/" + kind);
        post.addHeader("Authorization", bearer);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            JsonNode answer = JSON.readTree(EntityUtils.toByteArray(response.getEntity()));
            JsonNode id = answer.path("result").path(0).path("id");
            if (response.getCode() != 200 || !id.canConvertToLong()) {
                throw new IllegalStateException("INDAH refused a " + kind + ": " + answer);
            }
            return id.asLong();
        });
    }
}
