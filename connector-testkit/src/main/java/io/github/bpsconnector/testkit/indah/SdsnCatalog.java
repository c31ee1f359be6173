package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The public Standar Data Statistik Nasional list, seeded from a sample of real records downloaded from INDAH
 * (kept byte for byte, with their data-quality quirks).
 */
final class SdsnCatalog {

    static final String RESOURCE = "indah-sdsn-standar-data-sample.json";

    private final List<ObjectNode> records;

    private SdsnCatalog(List<ObjectNode> records) {
        this.records = List.copyOf(records);
    }

    static SdsnCatalog load() {
        try (InputStream in = SdsnCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            JsonNode root = SimJson.read(in.readAllBytes());
            List<ObjectNode> records = new ArrayList<>();
            root.path("records").forEach(node -> records.add((ObjectNode) node));
            return new SdsnCatalog(records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return deep copies of the records, in the order of the source */
    List<ObjectNode> records() {
        return records.stream().map(ObjectNode::deepCopy).toList();
    }
}
