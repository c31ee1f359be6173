package io.github.bpsconnector.benchmarks.whole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code --quick} run of the whole-run harness: every part runs against the simulators and prints its table. */
class WholeRunHarnessSmokeTest {

    private static final Pattern OPERATION_ROW = Pattern.compile(
            "\\| (.+?) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| ([\\d.]+)× \\| ([\\d.]+)× \\| (yes|no) \\| (\\d+) / (\\d+) \\| ([\\d.]+×|-) \\|");
    private static final Pattern BULK_ROW = Pattern.compile(
            "\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) % \\| (yes|no) \\| ([\\d, ]+) \\| ([\\d, ]+) \\| (\\d+) / (\\d+) \\| (\\d+ %|-) \\|");
    private static final Pattern GROWTH_ROW = Pattern.compile(
            "\\| (\\d+) \\| (\\d+) \\| ([\\d.]+) \\| (\\d+) \\| (.+?) \\| (yes|no|-) \\| ([\\d.]+) \\| (\\d+) \\|");

    @Test
    void quickRunMeasuresEveryPart() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HarnessSettings quick = HarnessSettings.quick();
        new WholeRunHarness(quick, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        List<Matcher> operations = matching(lines, OPERATION_ROW);
        assertThat(operations).extracting(m -> m.group(1)).containsExactly(
                "Romantik login (SSO: 5 requests)", "Romantik Daftar Pengajuan (1 page, 10 rows)",
                "Romantik status (detail page, 4 catatan)",
                "Romantik Surat Rekomendasi (detail + PDF to disk + SHA-256 + text)",
                "INDAH login (new client: authenticate + account)", "INDAH create MS-Keg (1 POST)");
        for (Matcher row : operations) {
            assertThat(Integer.parseInt(row.group(2))).isEqualTo(quick.rounds()
                    * (row.group(1).contains("Surat") ? quick.slowCalls() : quick.calls()));
            assertThat(Long.parseLong(row.group(3))).isPositive();
            assertThat(Long.parseLong(row.group(5))).isPositive();
        }

        List<Matcher> bulk = matching(lines, BULK_ROW);
        assertThat(bulk).extracting(m -> Integer.parseInt(m.group(1))).isEqualTo(quick.concurrencies());
        for (Matcher row : bulk) {
            assertThat(Integer.parseInt(row.group(2))).isEqualTo(1 + quick.variables() + quick.indicators());
            assertThat(Long.parseLong(row.group(3))).isPositive();
            assertThat(Long.parseLong(row.group(4))).isPositive();
        }

        List<Matcher> growth = matching(lines, GROWTH_ROW);
        assertThat(growth).extracting(m -> Integer.parseInt(m.group(1))).isEqualTo(quick.growthSizes());
        assertThat(growth).allSatisfy(row -> assertThat(Double.parseDouble(row.group(7))).isPositive());
        assertThat(lines).filteredOn(line -> line.startsWith("Load average")).hasSize(6);
    }

    private static List<Matcher> matching(List<String> lines, Pattern row) {
        return lines.stream().map(row::matcher).filter(Matcher::matches).toList();
    }
}
