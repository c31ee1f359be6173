package io.github.bpsconnector.benchmarks.reliability.chaos;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.testkit.FaultAction;
import io.github.bpsconnector.testkit.FaultPlan;
import io.github.bpsconnector.testkit.FaultRule;
import io.github.bpsconnector.testkit.SimulatedPortal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The seeded fault schedule. Before an operation, each kind of request it makes gets a one-shot fault with a fixed
 * probability, picked from everything the simulators inject: every WireMock {@link Fault} before and after the
 * request is applied, a delay past the client's response timeout, 502 and 503 answers, 429 with
 * {@code Retry-After}, the session or token expiring and (Romantik forms) a stale CSRF token. Counts what was
 * installed and what struck.
 */
final class ChaosFaults {

    /** The delay injected: past the clients' response timeout ({@link ChaosClients#RESPONSE_TIMEOUT}). */
    static final Duration DELAY = ChaosClients.RESPONSE_TIMEOUT.plusMillis(500);

    private final SplittableRandom random;
    private final int percentPerRoute;
    private final boolean heldWrites;
    private final Map<String, Integer> fired = new TreeMap<>();
    private final List<Installed> pending = new ArrayList<>();
    private int firedTotal;
    private long lastDelayStruck = System.nanoTime() - DELAY.toNanos();

    private record Installed(String kind, FaultRule rule) {
    }

    /**
     * @param percentPerRoute the chance, in percent, that one kind of request of an operation is faulted
     * @param heldWrites whether a write may be held past the client's timeout before it is applied (see
     *     {@code ClientChaosTest}); if not, a delay on a write holds its answer after it was applied
     */
    ChaosFaults(SplittableRandom random, int percentPerRoute, boolean heldWrites) {
        this.random = random;
        this.percentPerRoute = percentPerRoute;
        this.heldWrites = heldWrites;
    }

    /** Installs the faults for one operation on its simulator. */
    void arm(ChaosStep step, boolean romantik) {
        for (Route route : step.routes()) {
            if (random.nextInt(100) < percentPerRoute) {
                FaultPlan.RuleBuilder rule = step.portal().faults().on(route.method(), route.pathRegex()).times(1);
                String kind = pick(rule, route, romantik);
                pending.add(new Installed(kind, lastRule(step.portal())));
            }
        }
    }

    /** Counts the faults that struck during the operation and removes the rest. */
    int disarm(SimulatedPortal... portals) {
        int struck = 0;
        for (Installed installed : pending) {
            if (installed.rule().fired() > 0) {
                fired.merge(installed.kind(), 1, Integer::sum);
                struck++;
                if (installed.rule().action() instanceof FaultAction.Delay) {
                    lastDelayStruck = System.nanoTime();
                }
            }
        }
        pending.clear();
        for (SimulatedPortal portal : portals) {
            portal.faults().clear();
        }
        firedTotal += struck;
        return struck;
    }

    /** Whether every request held by a delay that struck has been let go by the simulator (and applied). */
    boolean heldRequestsLetGo() {
        return System.nanoTime() - lastDelayStruck >= DELAY.toNanos();
    }

    /** The faults that struck, by kind. */
    Map<String, Integer> firedByKind() {
        return fired;
    }

    int firedTotal() {
        return firedTotal;
    }

    private static FaultRule lastRule(SimulatedPortal portal) {
        List<FaultRule> rules = portal.faults().rules();
        return rules.get(rules.size() - 1);
    }

    private String pick(FaultPlan.RuleBuilder rule, Route route, boolean romantik) {
        boolean after = route.write() && random.nextBoolean();
        String timing = after ? " after" : " before";
        if (after) {
            rule.after();
        } else {
            rule.before();
        }
        Fault[] faults = Fault.values();
        // the slow kinds (delay, Retry-After: 1) are rarer so that a run of 1,000 operations stays within minutes
        int pick = random.nextInt(faults.length * 3 + 9);
        if (pick < faults.length * 3) {
            Fault fault = faults[pick % faults.length];
            rule.fault(fault);
            return fault + timing;
        }
        switch (pick - faults.length * 3) {
            case 0 -> {
                if (route.write() && !after && !heldWrites) {
                    rule.after();
                    timing = " after";
                }
                rule.delay(DELAY);
                return "delay past the timeout" + timing;
            }
            // a portal refuses for rate, session or token before it applies anything: these strike before only
            case 1 -> {
                rule.before().rateLimited(Duration.ofSeconds(1));
                return "429 Retry-After 1";
            }
            case 2 -> {
                rule.before().rateLimited(Duration.ZERO);
                return "429 Retry-After 0";
            }
            case 3, 4 -> {
                rule.before().sessionExpiry();
                return romantik ? "session expiry" : "token expiry";
            }
            case 5, 6 -> {
                if (romantik && route.write()) {
                    rule.before().status(419);
                    return "stale CSRF 419";
                }
                rule.before().status(503);
                return "503 before";
            }
            case 7 -> {
                rule.status(502);
                return "502" + timing;
            }
            default -> {
                rule.status(503);
                return "503" + timing;
            }
        }
    }
}
