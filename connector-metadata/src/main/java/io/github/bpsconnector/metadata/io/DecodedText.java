package io.github.bpsconnector.metadata.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The text of a CSV/TSV file, decoded strictly. The file is UTF-8 (a UTF-8 byte order mark is dropped); a UTF-16
 * byte order mark switches to UTF-16, as Excel's "Unicode Text" export writes it. Bytes that are not valid in the
 * encoding are not guessed at: each malformed sequence becomes U+FFFD and its position is remembered, so that the
 * cell holding it can be reported instead of silently importing mojibake.
 */
final class DecodedText {

    private final String text;
    private final BitSet malformed;

    private DecodedText(String text, BitSet malformed) {
        this.text = text;
        this.malformed = malformed;
    }

    static DecodedText decode(byte[] bytes) {
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        return decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip), charset);
    }

    private static DecodedText decode(ByteBuffer in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // every byte yields at most one char (UTF-8, or U+FFFD for a malformed sequence); UTF-16 needs half of that
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        BitSet malformed = new BitSet();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed.set(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            } else {
                throw new IllegalStateException("decoder overflow despite a buffer of one char per byte");
            }
        }
        out.flip();
        return new DecodedText(out.toString(), malformed);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return text;
    }

    /** Whether any malformed sequence was replaced. */
    boolean hasMalformed() {
        return !malformed.isEmpty();
    }

    /** Whether a malformed sequence was replaced between {@code start} (inclusive) and {@code end} (exclusive). */
    boolean hasMalformed(int start, int end) {
        int next = malformed.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
