package io.github.bpsconnector.benchmarks.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Packages made from the SKJHI 2018 worked example: retitled (a natural key of its own) and grown to any number of
 * MS-Var and MS-Ind, each child a copy of one of the example's under a name of its own. The digital release is
 * planned after the field work ends (the example releases on 22 November 2018, within field work that runs to
 * December, which the DATE-RELEASE rule refuses), and the sample design is put in the terms Romantik's 2023 form
 * accepts (a sampling method of its list, the sampling fraction and error as numbers), so that every package passes
 * the local checks and the portal's.
 */
public final class SkjhiPackages {

    /**
     * A day in the planning of SKJHI 2018 (15 January 2018, 08:00 WIB), before its field work: the simulators'
     * clocks start here so that the no-backdate rule accepts the example.
     */
    public static final Instant PLANNING_DAY = Instant.parse("2018-01-15T01:00:00Z");

    /** The reporting period of the example. */
    public static final int PERIOD = 2018;

    private static final String RELEASE = "2019-01-15";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode EXAMPLE = read();

    private SkjhiPackages() {
    }

    /** The example under another Judul Kegiatan (its MS-Var and MS-Ind name it too). */
    public static MetadataPackage retitled(String title) {
        ObjectNode pkg = activity(title);
        pkg.withArray("variables").forEach(child -> ((ObjectNode) child).withObject("/header").put("title", title));
        pkg.withArray("indicators").forEach(child -> ((ObjectNode) child).withObject("/header").put("title", title));
        return read(pkg);
    }

    /**
     * The example under another Judul Kegiatan with {@code variables} MS-Var and {@code indicators} MS-Ind: copies of
     * its two MS-Var and of its one complete MS-Ind (the example's other MS-Ind are sketches the rules refuse), the
     * first copies under their own names (the MS-Ind names the MS-Var), the others numbered (name and alias).
     */
    public static MetadataPackage withChildren(String title, int variables, int indicators) {
        ObjectNode pkg = activity(title);
        pkg.set("variables", copies((ArrayNode) pkg.get("variables"), 2, variables, title));
        pkg.set("indicators", copies((ArrayNode) pkg.get("indicators"), 1, indicators, title));
        return read(pkg);
    }

    private static ObjectNode activity(String title) {
        ObjectNode pkg = EXAMPLE.deepCopy();
        ObjectNode activity = (ObjectNode) pkg.get("activity");
        activity.put("title", title);
        activity.withObject("/dissemination/digital").putArray("releasePlan").add(RELEASE);
        activity.withObject("/sampleDesign").put("samplingMethod", "STRATIFIED_RANDOM_SAMPLING")
                .put("overallSamplingFraction", "0.03").put("expectedSamplingError", "5");
        return pkg;
    }

    private static ArrayNode copies(ArrayNode originals, int templates, int count, String title) {
        ArrayNode copies = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode copy = originals.get(i % templates).deepCopy();
            copy.put("number", i + 1);
            copy.withObject("/header").put("title", title);
            if (i >= templates) {
                copy.put("name", copy.get("name").asText() + " (" + (i + 1) + ")");
                if (copy.has("alias")) {
                    copy.put("alias", "R" + (i + 1));
                }
            }
            copies.add(copy);
        }
        return copies;
    }

    private static MetadataPackage read(ObjectNode pkg) {
        try {
            return MetadataJson.readPackage(JSON.writeValueAsString(pkg));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read() {
        try {
            JsonNode tree = JSON.readTree(Fixtures.text(Fixtures.SKJHI_2018));
            return (ObjectNode) tree;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
