package io.github.bpsconnector.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDispositionTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "<none>", value = {
        // header value                                                              | expected file name
        "attachment; filename=\"a.pdf\"                                               | a.pdf",
        "attachment; filename=a.pdf                                                   | a.pdf",
        "ATTACHMENT; FILENAME=\"A.PDF\"                                               | A.PDF",
        "attachment; filename = \"spaced.pdf\"                                        | spaced.pdf",
        "attachment; filename=\"a \\\"b\\\".pdf\"                                     | `a \"b\".pdf`",
        "attachment; filename=\"back\\\\slash.pdf\"                                   | back\\slash.pdf",
        "attachment; filename=my file.pdf                                             | my file.pdf",
        "attachment;;filename=a.pdf;                                                  | a.pdf",
        "attachment; foo=\"bar; filename=evil.pdf\"; filename=good.pdf                | good.pdf",
        "attachment; filename=first.pdf; filename=second.pdf                          | first.pdf",
        "attachment; filename=\"unterminated.pdf                                      | unterminated.pdf",
        "attachment; filename=\"quoted.pdf\" junk; size=3                             | quoted.pdf",
        "attachment; filename*=UTF-8''%e2%82%ac%20rates.pdf                           | € rates.pdf",
        "attachment; filename*=utf-8''%E2%82%AC.pdf                                   | €.pdf",
        "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%e2%82%ac.pdf        | €.pdf",
        "attachment; filename*=UTF-8''%e2%82%ac.pdf; filename=\"fallback.pdf\"        | €.pdf",
        "attachment; filename*=ISO-8859-1'en'%A3%20rates.pdf                          | £ rates.pdf",
        "attachment; filename*=UTF-8'id'%C3%A9t%C3%A9.pdf                             | été.pdf",
        "attachment; filename*=\"UTF-8''quoted%20ext.pdf\"                            | quoted ext.pdf",
        "attachment; filename*=UTF-8''%zz.pdf; filename=\"fallback.pdf\"              | fallback.pdf",
        "attachment; filename*=UTF-8''%e2%82.pdf; filename=\"fallback.pdf\"           | fallback.pdf",
        "attachment; filename*=UTF-8''%e2%82%ac%; filename=\"fallback.pdf\"           | fallback.pdf",
        "attachment; filename*=UTF-8''raw€.pdf; filename=\"fallback.pdf\"             | fallback.pdf",
        "attachment; filename*=no-such-charset''abc.pdf; filename=\"fallback.pdf\"    | fallback.pdf",
        "attachment; filename*=abc.pdf; filename=\"fallback.pdf\"                     | fallback.pdf",
        "attachment; filename*=''abc.pdf; filename=\"fallback.pdf\"                   | fallback.pdf",
        "attachment; filename*=UTF-8''%e2%82.pdf                                      | <none>",
        "attachment; filename*=UTF-8''%2e%2e%2f%2e%2e%2fx                             | ../../x",
        "attachment; filename*=UTF-8''a%00b.pdf                                       | `a\u0000b.pdf`",
        "attachment; filename=\"Ã©tÃ©.pdf\"                                           | été.pdf",
        "attachment; filename=\"caf\u00e9.pdf\"                                       | café.pdf",
        "attachment; filename=\"\"                                                    | ``",
        "attachment; filename=                                                        | ``",
        "attachment; filename                                                         | <none>",
        "attachment                                                                   | <none>",
        "inline                                                                       | <none>",
        "                                                                             | <none>",
    })
    void decodesTheFileName(String header, String expected) {
        assertThat(ContentDisposition.parse(header == null ? "" : header.strip()).fileName().orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void keepsTheTypeAndRawParameters() {
        ContentDisposition parsed = ContentDisposition.parse(
                "Attachment; filename*=UTF-8''%e2%82%ac.pdf; Size=\"123\"");

        assertThat(parsed.type()).isEqualTo("attachment");
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.parameter("FILENAME*")).contains("UTF-8''%e2%82%ac.pdf");
        assertThat(parsed.parameter("size")).contains("123");
        assertThat(parsed.parameter("creation-date")).isEmpty();
    }

    @Test
    void nullAndBlankHaveNothing() {
        assertThat(ContentDisposition.parse(null).fileName()).isEmpty();
        assertThat(ContentDisposition.parse(null).type()).isEmpty();
        assertThat(ContentDisposition.parse("  ").isAttachment()).isFalse();
    }

    @Test
    void inlineIsNotAnAttachment() {
        ContentDisposition parsed = ContentDisposition.parse("inline; filename=\"view.pdf\"");

        assertThat(parsed.isAttachment()).isFalse();
        assertThat(parsed.fileName()).contains("view.pdf");
    }
}
