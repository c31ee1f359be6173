package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.indah.CaptchaChallenge;

import java.nio.file.Path;

/** Shows INDAH's login captcha to a person and returns the code they read. */
@FunctionalInterface
public interface CaptchaPrompt {

    /**
     * The code the captcha shows.
     *
     * @param challenge the captcha
     * @param imageFile where its image was written
     */
    String ask(CaptchaChallenge challenge, Path imageFile);
}
