package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;

/**
 * The service rating the producer gave after receiving the letter.
 *
 * @param nilai 1 to 5
 * @param komentar the comment (may be empty)
 * @param waktu when it was given (simulated clock)
 */
public record Penilaian(int nilai, String komentar, Instant waktu) {
}
