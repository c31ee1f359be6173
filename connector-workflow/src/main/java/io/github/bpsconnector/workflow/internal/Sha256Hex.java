package io.github.bpsconnector.workflow.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as 64 lower-case hex digits. Not API. */
public final class Sha256Hex {

    private Sha256Hex() {
    }

    /** A new SHA-256 digest, which every Java runtime provides. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes} in hex. */
    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** {@code digest} in lower-case hex. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
