package io.github.bpsconnector.examples.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void withoutATerminalEachStepIsALine() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, false);

        bar.step("MS-Keg");
        bar.step("MS-Var 1");
        bar.finish();

        assertThat(text.toString().lines()).containsExactly(
                "[#####...............] 1/4 MS-Keg",
                "[##########..........] 2/4 MS-Var 1");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 2, true);

        bar.step("MS-Keg dengan judul panjang");
        bar.step("MS-Ind");
        bar.finish();

        assertThat(text.toString()).startsWith("\r[##########..........] 1/2 MS-Keg dengan judul panjang")
                .contains("\r[####################] 2/2 MS-Ind        ").endsWith(System.lineSeparator());
        assertThat(bar.done()).isEqualTo(2);
    }

    @Test
    void neverPastTheTotal() {
        assertThat(ProgressBar.line(0, 0, "")).isEqualTo("[####################] 0/0");
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 1, false);
        bar.step("a");
        bar.step("b");
        assertThat(bar.done()).isEqualTo(1);
    }
}
