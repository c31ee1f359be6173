package io.github.bpsconnector.metadata.io;

import java.util.List;

/** Reads delimited text in tests, through the production reader with generous limits. */
final class CsvTestSupport {

    private CsvTestSupport() {
    }

    static List<List<String>> read(String text, char delimiter) {
        CsvReader.Result result = new CsvReader(1_000_000, 10_000, 10_000_000).read(text, delimiter);
        return result.records().stream()
                .map(r -> r.fields().stream().map(CsvReader.Field::text).toList())
                .toList();
    }
}
