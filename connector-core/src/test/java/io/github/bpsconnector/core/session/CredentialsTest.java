package io.github.bpsconnector.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void toStringShowsTheUserButNeverThePassword() {
        try (Credentials credentials = Credentials.of("walidata", "s3cret-Pass".toCharArray())) {
            assertThat(credentials.toString()).contains("walidata").doesNotContain("s3cret").contains("****");
        }
    }

    @Test
    void keepsItsOwnCopySoTheCallerCanClearTheirs() {
        char[] callers = "s3cret".toCharArray();
        Credentials credentials = Credentials.of("walidata", callers);
        java.util.Arrays.fill(callers, '\0');

        assertThat(credentials.copyPassword()).containsExactly("s3cret".toCharArray());
    }

    @Test
    void withPasswordClearsTheCopyItHandsOut() {
        Credentials credentials = Credentials.of("walidata", "s3cret".toCharArray());
        AtomicReference<char[]> handedOut = new AtomicReference<>();

        int length = credentials.withPassword(password -> {
            handedOut.set(password);
            return password.length;
        });

        assertThat(length).isEqualTo(6);
        assertThat(handedOut.get()).containsOnly('\0');
        assertThat(credentials.copyPassword()).containsExactly("s3cret".toCharArray());
    }

    @Test
    void withPasswordClearsTheCopyEvenWhenTheUseThrows() {
        Credentials credentials = Credentials.of("walidata", "s3cret".toCharArray());
        AtomicReference<char[]> handedOut = new AtomicReference<>();

        assertThatThrownBy(() -> credentials.withPassword(password -> {
            handedOut.set(password);
            throw new IllegalStateException("login failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(handedOut.get()).containsOnly('\0');
    }

    @Test
    void closeWipesThePasswordAndRefusesFurtherUse() throws Exception {
        Credentials credentials = Credentials.of("walidata", "s3cret".toCharArray());
        Field field = Credentials.class.getDeclaredField("password");
        field.setAccessible(true);
        char[] inside = (char[]) field.get(credentials);

        credentials.close();

        assertThat(inside).containsOnly('\0');
        assertThat(credentials.isClosed()).isTrue();
        assertThatThrownBy(credentials::copyPassword).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> credentials.withPassword(p -> p)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalityIsIdentitySoThePasswordCannotBeProbed() {
        Credentials a = Credentials.of("walidata", "s3cret".toCharArray());
        Credentials b = Credentials.of("walidata", "s3cret".toCharArray());

        assertThat(a).isNotEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(System.identityHashCode(a));
    }

    @Test
    void refusesABlankUserOrAnEmptyPassword() {
        assertThatThrownBy(() -> Credentials.of(" ", "x".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> Credentials.of("walidata", new char[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
    }

    @Test
    void staticProviderHandsOutIndependentCopies() {
        char[] password = "s3cret".toCharArray();
        CredentialsProvider provider = CredentialsProvider.of("walidata", password);
        java.util.Arrays.fill(password, '\0');

        Credentials first = provider.get();
        first.close();
        try (Credentials second = provider.get()) {
            assertThat(second.username()).isEqualTo("walidata");
            assertThat(second.copyPassword()).containsExactly("s3cret".toCharArray());
        }
        assertThat(provider.toString()).doesNotContain("s3cret");
    }
}
