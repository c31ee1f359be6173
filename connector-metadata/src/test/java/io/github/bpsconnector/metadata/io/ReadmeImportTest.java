package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/import.md documents what the code does: every column, symbol, problem kind and exception reason. */
class ReadmeImportTest {

    private static String readme;

    @BeforeAll
    static void read() throws Exception {
        readme = Files.readString(Path.of("docs/import.md"));
    }

    @Test
    void documentsEveryColumnAndAlias() {
        for (TemplateSheet sheet : TemplateSheet.values()) {
            assertThat(readme).contains("`" + sheet.sheetName() + "`");
            for (Column<?> column : TemplateLayouts.of(sheet).columns()) {
                assertThat(readme).contains("| `" + column.key() + "`");
                column.aliases().forEach(alias -> assertThat(readme).contains("`" + alias + "`"));
            }
        }
    }

    @Test
    void documentsEverySymbolEveryProblemKindAndEveryReason() {
        FormulaToLatex.symbols().forEach((symbol, latex) -> assertThat(readme).contains(symbol, "`" + latex + "`"));
        for (ImportProblemKind kind : ImportProblemKind.values()) {
            assertThat(readme).contains("`" + kind.name() + "`");
        }
        for (MetadataImportException.Reason reason : MetadataImportException.Reason.values()) {
            assertThat(readme).contains("`" + reason.name() + "`");
        }
    }
}
