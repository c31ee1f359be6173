package io.github.bpsconnector.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "jdbc:postgresql://db.jemberkab.go.id:5432/bps?user=walidata&password=pw-SECRET ! "
                + "jdbc:postgresql://db.jemberkab.go.id:5432/bps",
        "jdbc:postgresql://walidata:pw-SECRET@db:5432/bps ! jdbc:postgresql://****@db:5432/bps",
        "jdbc:h2:file:/srv/bps/journal;USER=sa;PASSWORD=pw-SECRET ! jdbc:h2:file:/srv/bps/journal",
        "jdbc:postgresql://db/bps ! jdbc:postgresql://db/bps",
        "jdbc:postgresql://db/a@b ! jdbc:postgresql://db/a@b"})
    void userInformationAndParametersAreNotShown(String url, String shown) {
        assertThat(JdbcUrls.redact(url)).isEqualTo(shown).doesNotContain("SECRET");
    }

    @Test
    void anUnknownUrlIsSaidToBeUnknown() {
        assertThat(JdbcUrls.redact(null)).isEqualTo("(unknown URL)");
    }
}
