package io.github.bpsconnector.romantik;

/**
 * One option of a select on a Romantik page.
 *
 * @param value the value sent
 * @param label the text shown
 */
public record Choice(String value, String label) {
}
