package io.github.bpsconnector.indah;

/**
 * Solves INDAH's login captcha: shown the image, returns the code. At the command line a person reads the image
 * and types the code; against the simulated INDAH a test solver asks the simulator's control for the answer.
 */
@FunctionalInterface
public interface CaptchaSolver {

    /**
     * The code the image shows.
     *
     * @param challenge the captcha
     * @return the code, as the person or program read it
     */
    String solve(CaptchaChallenge challenge);
}
