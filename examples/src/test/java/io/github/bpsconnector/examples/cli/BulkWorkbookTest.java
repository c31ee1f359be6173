package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.indah.report.PackageValidator;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.io.ImportResult;
import io.github.bpsconnector.metadata.io.MetadataImporter;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash test's workbook imports cleanly and passes the reporter's local checks. */
class BulkWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void importsToOneValidPackageWithEveryRecord() throws Exception {
        Path file = dir.resolve("big.xlsx");
        BulkWorkbook.write(file, "Survei Uji Laporan Besar Kabupaten Jember", LocalDate.now(MetadataValidator.JAKARTA),
                40, 10);

        ImportResult result = new MetadataImporter().importPath(file);

        assertThat(result.report().errors()).as(result.report().format()).isEmpty();
        MetadataPackage pkg = result.packages().get(0);
        assertThat(pkg.variables()).hasSize(40);
        assertThat(pkg.indicators()).hasSize(10);
        assertThat(PackageValidator.structural().and(PackageValidator.perban(MetadataValidator.defaults()))
                .validate(pkg)).isEmpty();
    }
}
