package io.github.bpsconnector.indah;

import java.util.Objects;

/**
 * A captcha INDAH asks to be solved before a login ({@code GET /api/captcha}).
 *
 * @param captchaId the portal's id of this captcha (single-use)
 * @param mediaType the image type, e.g. {@code image/png}
 * @param image     the image bytes
 */
public record CaptchaChallenge(String captchaId, String mediaType, byte[] image) {

    public CaptchaChallenge {
        Objects.requireNonNull(captchaId, "captchaId");
        Objects.requireNonNull(mediaType, "mediaType");
        image = image.clone();
    }

    /** A copy of the image bytes. */
    @Override
    public byte[] image() {
        return image.clone();
    }

    /** The id, type and size; never the image. */
    @Override
    public String toString() {
        return "CaptchaChallenge[" + captchaId + ", " + mediaType + ", " + image.length + " bytes]";
    }
}
