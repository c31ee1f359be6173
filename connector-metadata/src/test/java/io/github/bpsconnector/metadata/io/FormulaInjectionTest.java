package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "=1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|' /C calc'!A0",
        "-cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=HYPERLINK(\"http://x\")", " =A1",
        "+A1", "-(1)", "=", "@"})
    void flagsTextASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(FormulaInjection.isSuspicious(text)).isTrue();
        assertThat(FormulaInjection.neutralize(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+62 21 3811642", "+6281234", "-5", "-", "- IKJHI < 50 : pelayanan (sangat buruk)",
        "--", "Dinas Kesehatan", "1=tidak puas", "a = b", "", "   ", "IKJHI = (x) / (y) × 100"})
    void letsOrdinaryTextThrough(String text) {
        assertThat(FormulaInjection.isSuspicious(text)).isFalse();
        assertThat(FormulaInjection.neutralize(text)).isEqualTo(text);
    }
}
