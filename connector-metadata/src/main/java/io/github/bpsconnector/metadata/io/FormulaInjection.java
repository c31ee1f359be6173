package io.github.bpsconnector.metadata.io;

/**
 * Recognises text that a spreadsheet program would run as a formula if the value were written back into a CSV or
 * a cell ("CSV injection", e.g. {@code =cmd|' /C calc'!A0}), and neutralises such text when writing.
 *
 * <p>Text is suspicious when, after leading white space (tab and carriage return included), it starts with
 * {@code =} or {@code @}; or with {@code +} or {@code -} followed by a letter or one of {@code ( = @ " '}; or with
 * {@code +} or {@code -} and contains a {@code |} (a DDE call). Phone numbers ({@code +62 21 ...}), negative
 * numbers ({@code -5}), a lone {@code -} and bullet lines ({@code - teks}) are not suspicious.
 */
final class FormulaInjection {

    private FormulaInjection() {
    }

    static boolean isSuspicious(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        if (first == '=' || first == '@') {
            return true;
        }
        if (first != '+' && first != '-') {
            return false;
        }
        if (text.indexOf('|', i) >= 0) {
            return true;
        }
        if (i + 1 == text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return Character.isLetter(next) || "(=@\"'".indexOf(next) >= 0;
    }

    /** The text to write into a CSV cell: a suspicious text gets a leading apostrophe, as spreadsheets expect. */
    static String neutralize(String text) {
        return isSuspicious(text) ? "'" + text : text;
    }
}
