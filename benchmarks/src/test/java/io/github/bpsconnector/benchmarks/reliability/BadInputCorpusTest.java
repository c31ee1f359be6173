package io.github.bpsconnector.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds every case of the bad-input corpus to its public entry point, one dynamic test per case: each must end in
 * a result or a typed {@code PortalException} within 30 s (the machine may be shared); an uncaught exception or a hang fails that case.
 */
class BadInputCorpusTest {

    private static final Duration PER_CASE = Duration.ofSeconds(30);

    private static IndahBodyCorpus indahBodies;

    @TempDir
    Path dir;

    private List<BadInput> corpus() throws Exception {
        List<BadInput> corpus = new ArrayList<>(MetadataJsonCorpus.cases());
        corpus.addAll(FileCorpus.cases(dir));
        corpus.addAll(RomantikPageCorpus.cases(dir));
        corpus.addAll(indahBodies().cases());
        corpus.addAll(ProfileCorpus.cases(dir));
        return corpus;
    }

    private static synchronized IndahBodyCorpus indahBodies() {
        if (indahBodies == null) {
            indahBodies = new IndahBodyCorpus(SavedIndahAnswers.get());
        }
        return indahBodies;
    }

    @AfterAll
    static void stopServer() {
        if (indahBodies != null) {
            indahBodies.close();
        }
    }

    @Test
    void theCorpusHasAtLeast200Cases() throws Exception {
        List<BadInput> corpus = corpus();
        System.out.println("bad-input corpus: " + corpus.size() + " cases, by category "
                + corpus.stream().collect(Collectors.groupingBy(BadInput::category, TreeMap::new,
                Collectors.counting())));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200)
                .extracting(BadInput::category).contains("metadata file", "file name", "PDF upload", "spreadsheet",
                        "Romantik page", "INDAH JSON", "profile file");
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputEndsInAResultOrATypedError() throws Exception {
        return corpus().stream().map(input -> DynamicTest.dynamicTest(input.toString(),
                () -> assertTimeoutPreemptively(PER_CASE, input::feed, input::toString)));
    }
}
