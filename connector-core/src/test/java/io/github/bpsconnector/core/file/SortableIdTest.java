package io.github.bpsconnector.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortableIdTest {

    @Test
    void encodesTimeThenRandomnessInCrockfordBase32() {
        byte[] zeros = new byte[10];
        byte[] ones = new byte[10];
        Arrays.fill(ones, (byte) 0xff);

        assertThat(SortableId.encode(0, zeros)).isEqualTo("0".repeat(26));
        assertThat(SortableId.encode(0xFFFF_FFFF_FFFFL, ones)).isEqualTo("7" + "Z".repeat(25));
        assertThat(SortableId.encode(1, zeros)).isEqualTo("0".repeat(9) + "1" + "0".repeat(16)); // 1 << 80: 16 characters of randomness below it
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        Clock earlier = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2026-03-01T08:00:00.001Z"), ZoneOffset.UTC);

        for (int i = 0; i < 100; i++) {
            assertThat(SortableId.next(earlier)).isLessThan(SortableId.next(later));
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(SortableId.next());
        }
        assertThat(ids).hasSize(10_000);
    }
}
