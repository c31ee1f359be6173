package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    @Test
    void ruleFiresExactlyNTimesThenIsSpent() {
        FaultPlan plan = new FaultPlan();
        FaultRule rule = plan.on("POST", "/items").times(2).fault(Fault.EMPTY_RESPONSE);

        assertThat(plan.strike("POST", "/items")).contains(rule);
        assertThat(plan.strike("POST", "/items")).contains(rule);
        assertThat(plan.strike("POST", "/items")).isEmpty();
        assertThat(rule.fired()).isEqualTo(2);
        assertThat(rule.isSpent()).isTrue();
        assertThat(plan.totalFired()).isEqualTo(2);
    }

    @Test
    void matchesMethodAndWholePath() {
        FaultPlan plan = new FaultPlan();
        plan.on("POST", "/sdi/v2/.*/kegiatan").status(503);

        assertThat(plan.strike("GET", "/sdi/v2/metadata-statistik/kegiatan")).isEmpty();
        assertThat(plan.strike("POST", "/sdi/v2/metadata-statistik/kegiatan/1")).isEmpty();
        assertThat(plan.strike("POST", "/sdi/v2/metadata-statistik/kegiatan")).isPresent();
    }

    @Test
    void anyMethodWithStar() {
        FaultPlan plan = new FaultPlan();
        FaultRule rule = plan.on("*", "/a").times(3).rateLimited(Duration.ofSeconds(2));
        plan.strike("GET", "/a");
        plan.strike("DELETE", "/a");
        assertThat(rule.fired()).isEqualTo(2);
        assertThat(rule.method()).isEmpty();
    }

    @Test
    void firstUnspentMatchingRuleFires() {
        FaultPlan plan = new FaultPlan();
        FaultRule first = plan.on("GET", "/a").status(500);
        FaultRule second = plan.on("GET", "/a").after().sessionExpiry();

        assertThat(plan.strike("GET", "/a")).contains(first);
        assertThat(plan.strike("GET", "/a")).contains(second);
        assertThat(second.timing()).isEqualTo(FaultTiming.AFTER);
        assertThat(plan.strike("GET", "/a")).isEmpty();
    }

    @Test
    void concurrentRequestsSeeExactlyNFirings() throws Exception {
        FaultPlan plan = new FaultPlan();
        FaultRule rule = plan.on("GET", "/a").times(37).delay(Duration.ofMillis(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    int hits = 0;
                    for (int i = 0; i < 100; i++) {
                        hits += plan.strike("GET", "/a").isPresent() ? 1 : 0;
                    }
                    return hits;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(37);
            assertThat(rule.fired()).isEqualTo(37);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clearRemovesRules() {
        FaultPlan plan = new FaultPlan();
        plan.on("GET", "/a").status(500);
        plan.clear();
        assertThat(plan.rules()).isEmpty();
        assertThat(plan.strike("GET", "/a")).isEmpty();
    }

    @Test
    void refusesNonsense() {
        FaultPlan plan = new FaultPlan();
        assertThatThrownBy(() -> plan.on("GET", "/a").times(0).status(500))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.on("GET", "/a").status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.on("GET", "/a").delay(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.on("GET", "[").status(500))
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }
}
