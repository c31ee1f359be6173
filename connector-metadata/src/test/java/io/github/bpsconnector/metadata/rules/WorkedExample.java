package io.github.bpsconnector.metadata.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.json.MetadataJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked example of Peraturan BPS 5/2020 (Survei Kepuasan Jamaah Haji Indonesia 2018): the shared fixture
 * {@code fixtures/skjhi-2018-package.json} as printed, and completed with the synthetic values of
 * {@code fixtures/skjhi-2018-completion.json} (both described in {@code fixtures/README.md}).
 */
final class WorkedExample {

    private final MetadataPackage printed;
    private final JsonNode completion;

    private WorkedExample(MetadataPackage printed, JsonNode completion) {
        this.printed = printed;
        this.completion = completion;
    }

    static WorkedExample load() {
        try {
            return new WorkedExample(MetadataJson.readPackage(text("skjhi-2018-package.json")),
                    new ObjectMapper().readTree(text("skjhi-2018-completion.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The (invented) day the package is submitted, before the example's data collection. */
    LocalDate submissionDate() {
        return LocalDate.parse(completion.get("submissionDate").asText());
    }

    /** The example as the shared fixture holds it. */
    MetadataPackage printed() {
        return printed;
    }

    /** The example completed: C10 corrected, a collection period that ends before the release, MS-Ind 2-8 filled. */
    MetadataPackage completed() {
        String title = printed.activity().title();
        JsonNode period = completion.get("collectionPeriod");
        MetadataPackage withPeriod = Mutations.phase(SchedulePhase.PENGUMPULAN_DATA,
                DateRange.parse(period.get(0).asText(), period.get(1).asText())).apply(printed);
        List<MsVar> variables = withPeriod.variables().stream()
                .map(v -> v.toBuilder().header(v.header().toBuilder().title(title).build()).build()).toList();
        List<MsInd> indicators = new ArrayList<>();
        for (MsInd indicator : withPeriod.indicators()) {
            MsInd.Builder b = indicator.toBuilder().header(indicator.header().toBuilder().title(title).build());
            indicators.add(Boolean.TRUE.equals(indicator.composite()) ? b.build() : complete(b, title, variables));
        }
        return withPeriod.toBuilder().variables(variables).indicators(indicators).build();
    }

    private MsInd complete(MsInd.Builder indicator, String title, List<MsVar> variables) {
        JsonNode fill = completion.get("componentIndicators");
        List<String> classifications = new ArrayList<>();
        fill.get("presentationClassifications").forEach(c -> classifications.add(c.asText()));
        return indicator
                .concept(fill.get("concept").asText())
                .interpretation(fill.get("interpretation").asText())
                .calculationMethod(fill.get("calculationMethod").asText())
                .measure(fill.get("measure").asText())
                .unit(fill.get("unit").asText())
                .presentationClassifications(classifications)
                .composite(false)
                .sourceActivities(List.of(title))
                .componentVariables(variables.stream().map(MsVar::name).toList())
                .estimationLevel(fill.get("estimationLevel").asText())
                .publiclyAccessible(true)
                .build();
    }

    private static String text(String name) {
        try (InputStream in = WorkedExample.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
