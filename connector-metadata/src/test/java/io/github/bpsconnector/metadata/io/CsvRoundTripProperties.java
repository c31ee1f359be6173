package io.github.bpsconnector.metadata.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any table written by {@link CsvWriter} reads back equal through {@link CsvReader}, blank rows aside. */
class CsvRoundTripProperties {

    @Property(tries = 300)
    void anyTableWrittenAsCsvReadsBackEqual(@ForAll("tables") List<List<String>> table,
                                            @ForAll("delimiters") char delimiter) {
        String text = CsvWriter.write(table, delimiter);

        List<List<String>> read = CsvTestSupport.read(text, delimiter);

        List<List<String>> nonBlank = table.stream().filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
        assertThat(read).isEqualTo(nonBlank);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cells = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab ,;\t\"'\r\n=|é—").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.of("", "\"", "\r\n", "\n\n", "a\"\"b", " x "));
        return cells.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }
}
