package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedTextTest {

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = ("\uFEFFjudul;é").getBytes(StandardCharsets.UTF_8);

        DecodedText text = DecodedText.decode(bytes);

        assertThat(text.text()).isEqualTo("judul;é");
        assertThat(text.hasMalformed()).isFalse();
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsExcelsUnicodeTextWritesIt() {
        byte[] bytes = "\uFEFFjudul\tΣ".getBytes(StandardCharsets.UTF_16LE);

        assertThat(DecodedText.decode(bytes).text()).isEqualTo("judul\tΣ");
    }

    @Test
    void marksWhereWindows1252BytesBreakUtf8() {
        byte[] bytes = "ok,caf\u00e9 \u2013 2018".getBytes(Charset.forName("windows-1252"));

        DecodedText text = DecodedText.decode(bytes);

        assertThat(text.hasMalformed()).isTrue();
        assertThat(text.text()).isEqualTo("ok,caf\uFFFD \uFFFD 2018");
        assertThat(text.hasMalformed(0, 3)).isFalse();
        assertThat(text.hasMalformed(3, text.text().length())).isTrue();
    }

    @Test
    void aGenuineReplacementCharacterIsNotMalformed() {
        assertThat(DecodedText.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)).hasMalformed()).isFalse();
    }
}
