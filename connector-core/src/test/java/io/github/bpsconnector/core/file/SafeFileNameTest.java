package io.github.bpsconnector.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFileNameTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "../../etc/passwd                      | passwd",
        "`..\\..\\x`                           | x",
        "C:\\Users\\walidata\\surat.pdf        | surat.pdf",
        "/absolute/path/report.pdf             | report.pdf",
        "`a\u0000b`                            | ab",
        "`line\r\nbreak.pdf`                   | linebreak.pdf",
        "`tab\there.pdf`                       | tabhere.pdf",
        "`what?<is>*this|\":.pdf`              | whatisthis.pdf",
        "`invoice\u202Efdp.exe`                | invoicefdp.exe",
        "`  .hidden.pdf. . `                   | hidden.pdf",
        "CON                                   | _CON",
        "con.txt                               | _con.txt",
        "Nul.tar.gz                            | _Nul.tar.gz",
        "`aux .pdf`                            | `_aux .pdf`",
        "COM1                                  | _COM1",
        "lpt9.log                              | _lpt9.log",
        "COM\u00b9.txt                         | _COM\u00b9.txt",
        "CONSOLE.txt                           | CONSOLE.txt",
        "COM10                                 | COM10",
        "Surat Rekomendasi – Jember €.pdf      | Surat Rekomendasi – Jember €.pdf",
        "`e\u0301te\u0301.pdf`                 | `\u00e9t\u00e9.pdf`",
    })
    void makesNamesSafe(String untrusted, String expected) {
        assertThat(SafeFileName.sanitize(untrusted)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", ".", "..", "...", "../", "..\\..\\", "dir/", "\u0000", "\"?*", ". . ."})
    void refusesWhatLeavesNothing(String untrusted) {
        assertThat(SafeFileName.sanitize(untrusted)).isEmpty();
    }

    @Test
    void capsALongNameKeepingTheExtension() {
        String name = SafeFileName.sanitize("a".repeat(1000) + ".pdf").orElseThrow();

        assertThat(name).isEqualTo("a".repeat(196) + ".pdf");
        assertThat(utf8Length(name)).isEqualTo(SafeFileName.MAX_UTF8_BYTES);
    }

    @Test
    void capsMultiByteNamesWithoutSplittingACodePoint() {
        String euros = SafeFileName.sanitize("€".repeat(1000) + ".pdf").orElseThrow();
        String emoji = SafeFileName.sanitize("\uD83D\uDCC4".repeat(1000) + ".xlsx").orElseThrow(); // 📄, 4 bytes

        assertThat(euros).isEqualTo("€".repeat(65) + ".pdf"); // 195 + 4 bytes: a 66th € would need 201
        assertThat(emoji).endsWith(".xlsx").startsWith("\uD83D\uDCC4");
        assertThat(utf8Length(emoji)).isLessThanOrEqualTo(SafeFileName.MAX_UTF8_BYTES);
        assertThat(emoji.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE)).isEmpty();
        assertThat(emoji.length() % 2).isEqualTo(1); // pairs of surrogates plus the five characters of ".xlsx"
    }

    @Test
    void capsANameWhoseLastDotIsNoExtension() {
        String name = SafeFileName.sanitize("v1." + "x".repeat(300)).orElseThrow();

        assertThat(utf8Length(name)).isEqualTo(SafeFileName.MAX_UTF8_BYTES);
        assertThat(name).startsWith("v1.xxx");
    }

    @Test
    void trimsWhatTheCutLeavesAtTheEnd() {
        String name = SafeFileName.sanitize("a".repeat(195) + " . b.pdf").orElseThrow();

        assertThat(name).isEqualTo("a".repeat(195) + ".pdf");
    }

    @Test
    void generatesSortableNamesWithAnExtensionFromTheContentType() {
        String pdf = SafeFileName.generate("application/pdf");
        String unknown = SafeFileName.generate("application/x-unknown");

        assertThat(pdf).matches("download-[0-9A-HJKMNP-TV-Z]{26}\\.pdf");
        assertThat(unknown).endsWith(".bin");
        assertThat(SafeFileName.sanitizeOrGenerate("..", "image/png")).endsWith(".png").startsWith("download-");
        assertThat(SafeFileName.sanitizeOrGenerate("ok.pdf", "image/png")).isEqualTo("ok.pdf");
    }

    @ParameterizedTest
    @CsvSource({
        "application/pdf, pdf",
        "APPLICATION/PDF; charset=binary, pdf",
        "image/png, png",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, xlsx",
        "text/csv; charset=UTF-8, csv",
        "text/html, html",
        "application/octet-stream, bin",
        "nonsense, bin",
    })
    void mapsContentTypesToExtensions(String contentType, String extension) {
        assertThat(SafeFileName.extensionFor(contentType)).isEqualTo(extension);
    }

    @Test
    void numbersAlternativesBeforeTheExtension() {
        assertThat(SafeFileName.withCounter("report.pdf", 1)).isEqualTo("report (1).pdf");
        assertThat(SafeFileName.withCounter("README", 2)).isEqualTo("README (2)");
        assertThat(SafeFileName.withCounter("v1.2 final", 3)).isEqualTo("v1.2 final (3)");
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
