package io.github.bpsconnector.metadata.io;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaToLatexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Σx | \\sum x",
        "∑ xᵢ / n | \\sum x_{i} / n",
        "φ(x) | \\varphi(x)",
        "a × b ÷ c | a \\times b \\div c",
        "2πr | 2\\pi r",
        "x ≤ y ≥ z ≠ w | x \\leq y \\geq z \\neq w",
        "x² + y³ | x^{2} + y^{3}",
        "x²³ | x^{23}",
        "√x | \\sqrt{x}",
        "√(a+b) | \\sqrt{a+b}",
        "√{a+b}/2 | \\sqrt{a+b}/2",
        "√2π | \\sqrt{2\\pi}",
        "√x²+1 | \\sqrt{x^{2}}+1",
        "√(√(x)+1) | \\sqrt{\\sqrt{x}+1}",
        "∛27 | \\sqrt[3]{27}",
        "√ | \\sqrt{}",
        "100% | 100\\%",
        "a & b # c $ | a \\& b \\# c \\$",
        "α+β=γ | \\alpha+\\beta=\\gamma",
        "ΔP / P · 100 | \\Delta P / P \\cdot 100",
        "½ × n | \\frac{1}{2} \\times n",
        "35°C | 35^{\\circ}C",
        "x − y ± z | x - y \\pm z",
        "μ ∈ ℝ | \\mu \\in ℝ",
    })
    void convertsTheSymbolsOfTheTable(String formula, String latex) {
        assertThat(FormulaToLatex.convert(formula)).isEqualTo(latex);
    }

    @Test
    void leavesLatexAsItIs() {
        String latex = "\\frac{Jumlah}{Total}\\times100\\%";

        assertThat(FormulaToLatex.convert(latex)).isEqualTo(latex);
        assertThat(FormulaToLatex.convert("\\sqrt{\\pi r^2} \\\\ 50\\% ")).isEqualTo("\\sqrt{\\pi r^2} \\\\ 50\\% ");
    }

    @Test
    void keepsAnUnclosedRootGroupToTheEnd() {
        assertThat(FormulaToLatex.convert("√(a+b")).isEqualTo("\\sqrt{a+b}");
    }

    @Test
    void refusesRootsNestedBeyondTheLimitInsteadOfOverflowingTheStack() {
        String deep = "√(".repeat(FormulaToLatex.MAX_ROOT_DEPTH + 5) + "x";
        String ok = "√(".repeat(FormulaToLatex.MAX_ROOT_DEPTH) + "x";

        assertThatThrownBy(() -> FormulaToLatex.convert(deep)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FormulaToLatex.convert(ok)).isEqualTo("\\sqrt{".repeat(FormulaToLatex.MAX_ROOT_DEPTH) + "x"
                + "}".repeat(FormulaToLatex.MAX_ROOT_DEPTH));
    }

    @Test
    void theTableMapsEverySymbolToACommand() {
        assertThat(FormulaToLatex.symbols()).containsEntry("Σ", "\\sum").containsEntry("φ", "\\varphi")
                .containsEntry("×", "\\times").containsEntry("÷", "\\div").containsEntry("≤", "\\leq")
                .containsEntry("≥", "\\geq").containsEntry("π", "\\pi");
    }

    @Property(tries = 500)
    void convertingTwiceGivesTheSameAsOnce(@ForAll String formula) {
        String once = FormulaToLatex.convert(formula);

        assertThat(FormulaToLatex.convert(once)).isEqualTo(once);
    }
}
