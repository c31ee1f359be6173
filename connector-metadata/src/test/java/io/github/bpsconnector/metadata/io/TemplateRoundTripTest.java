package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated template, filled as a user would, imports back to exactly the packages that were typed in. */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    private final SkjhiExample example = new SkjhiExample();

    @Test
    void aFilledXlsxTemplateImportsToTheSamePackages() throws Exception {
        Path template = dir.resolve("templat.xlsx");
        MetadataTemplates.writeXlsx(template);
        Path filled = dir.resolve("skjhi.xlsx");
        TemplateFiller.fillXlsx(template, example.rows, filled);
        byte[] before = Files.readAllBytes(filled);

        ImportResult result = new MetadataImporter().importXlsx(filled);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.isComplete()).isTrue();
        assertThat(result.packages()).containsExactlyElementsOf(example.expected);
        assertThat(Files.readAllBytes(filled)).as("the input is opened read-only").isEqualTo(before);
    }

    @Test
    void filledCsvTemplatesImportToTheSamePackages() throws Exception {
        MetadataTemplates.writeCsv(dir);
        TemplateFiller.fillDelimited(dir, "csv", ';', example.rows);

        ImportResult result = new MetadataImporter().importCsv(dir);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.packages()).containsExactlyElementsOf(example.expected);
    }

    @Test
    void filledTsvTemplatesImportToTheSamePackages() throws Exception {
        MetadataTemplates.writeTsv(dir);
        TemplateFiller.fillDelimited(dir, "tsv", '\t', example.rows);

        ImportResult result = new MetadataImporter().importPath(dir);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.packages()).containsExactlyElementsOf(example.expected);
    }

    @Test
    void theExampleRelatesMsVarAndMsIndToTheirActivity() {
        assertThat(example.expected.get(0).variables()).hasSize(2)
                .allSatisfy(v -> assertThat(v.header().title()).isEqualTo(example.title));
        assertThat(example.expected.get(0).indicators()).hasSize(8);
        assertThat(example.expected.get(1).variables()).isEmpty();
    }
}
