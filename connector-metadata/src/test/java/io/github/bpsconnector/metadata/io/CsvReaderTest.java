package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    private final CsvReader reader = new CsvReader(1_000, 50, 1_000);

    private List<List<String>> texts(CsvReader.Result result) {
        return result.records().stream().map(r -> r.fields().stream().map(CsvReader.Field::text).toList()).toList();
    }

    @Test
    void readsQuotedFieldsWithDelimitersEscapedQuotesAndLineBreaks() {
        String csv = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line 1\nline 2\r\nline 3\",x,\r\n";

        CsvReader.Result result = reader.read(csv, ',');

        assertThat(texts(result)).containsExactly(
                List.of("a", "b,c", "say \"hi\""),
                List.of("line 1\nline 2\r\nline 3", "x", ""));
        assertThat(result.records()).extracting(CsvReader.Record::number).containsExactly(1, 2);
        assertThat(result.unclosedQuoteRow()).isZero();
    }

    @Test
    void acceptsLfCrAndMissingFinalLineBreak() {
        assertThat(texts(reader.read("a;b\rc;d\ne;f", ';')))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
    }

    @Test
    void skipsBlankRecordsButKeepsTheirNumbers() {
        CsvReader.Result result = reader.read("h1,h2\r\n\r\n,\r\nv1,v2\r\n", ',');

        assertThat(texts(result)).containsExactly(List.of("h1", "h2"), List.of("v1", "v2"));
        assertThat(result.records()).extracting(CsvReader.Record::number).containsExactly(1, 4);
    }

    @Test
    void keepsStrayQuotesAsWrittenLikeSpreadsheetsDo() {
        assertThat(texts(reader.read("5\" disk,\"ab\"cd\n", ','))).containsExactly(List.of("5\" disk", "abcd"));
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAtTheRowWhereItOpened() {
        CsvReader.Result result = reader.read("h\nok\n\"opened here\nand never\nclosed", ',');

        assertThat(result.unclosedQuoteRow()).isEqualTo(3);
        assertThat(texts(result)).last().isEqualTo(List.of("opened here\nand never\nclosed"));
    }

    @Test
    void cutsOversizedCellsAndFlagsThem() {
        String huge = "x".repeat(5_000);
        CsvReader.Result result = new CsvReader(10, 10, 100).read("a," + huge + "\n", ',');

        CsvReader.Field field = result.records().get(0).fields().get(1);
        assertThat(field.truncated()).isTrue();
        assertThat(field.text()).hasSize(101);
        assertThat(result.records().get(0).fields().get(0).truncated()).isFalse();
    }

    @Test
    void keepsAtMostTheColumnLimitAndFlagsTheRecord() {
        CsvReader.Result result = new CsvReader(10, 3, 100).read("1,2,3,4,5\n1,2,3\n", ',');

        assertThat(result.records().get(0).fields()).hasSize(3);
        assertThat(result.records().get(0).tooManyColumns()).isTrue();
        assertThat(result.records().get(1).tooManyColumns()).isFalse();
    }

    @Test
    void stopsAfterTheRecordLimit() {
        CsvReader.Result result = new CsvReader(3, 10, 100).read("1\n2\n3\n4\n5\n", ',');

        assertThat(result.tooManyRecords()).isTrue();
        assertThat(texts(result)).hasSize(3);
        assertThat(new CsvReader(3, 10, 100).read("1\n2\n3\n", ',').tooManyRecords()).isFalse();
    }

    @Test
    void detectsTheDelimiterFromTheHeaderLineOutsideQuotes() {
        assertThat(CsvReader.detectDelimiter("judul_kegiatan;tahun;\"a,b,c,d\"\n1,2,3,4,5,6")).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("judul_kegiatan,tahun\n1;2;3;4")).isEqualTo(',');
        assertThat(CsvReader.detectDelimiter("judul_kegiatan")).isEqualTo(',');
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(reader.read("", ',').records()).isEmpty();
    }
}
