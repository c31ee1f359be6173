package io.github.bpsconnector.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives each test fresh simulated portals on free ports and injects them as parameters of
 * the test, its {@code @BeforeEach} and {@code @AfterEach} methods: {@link SimulatedPortals}, {@link SimClock},
 * or any portal class of the set (e.g. {@code SimulatedIndah}). They are stopped after the test. Parameters of
 * {@code @BeforeAll} methods get one set for the whole class instead.
 *
 * <p>Use {@link WithSimulatedPortals @WithSimulatedPortals} for the defaults, or register it to choose options:
 * <pre>{@code
 * @RegisterExtension
 * static SimulatedPortalsExtension portals = SimulatedPortalsExtension.configured(b -> b.clock(myClock));
 * }</pre>
 */
public final class SimulatedPortalsExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SimulatedPortalsExtension.class);
    private static final String KEY = "portals";

    private final Consumer<SimulatedPortals.Builder> configuration;

    /** The extension with the default set (used by {@link WithSimulatedPortals}). */
    public SimulatedPortalsExtension() {
        this(builder -> {
        });
    }

    private SimulatedPortalsExtension(Consumer<SimulatedPortals.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * @param configuration changes to the default {@link SimulatedPortals.Builder}, applied for every test
     * @return the extension
     */
    public static SimulatedPortalsExtension configured(Consumer<SimulatedPortals.Builder> configuration) {
        return new SimulatedPortalsExtension(configuration);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == SimulatedPortals.class || type == SimClock.class) {
            return true;
        }
        return SimulatedPortal.class.isAssignableFrom(type) && newBuilder().registers(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SimulatedPortals portals = extensionContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> newBuilder().start(), SimulatedPortals.class);
        Class<?> type = parameterContext.getParameter().getType();
        if (type == SimulatedPortals.class) {
            return portals;
        }
        if (type == SimClock.class) {
            return portals.clock();
        }
        return portals.portal(type.asSubclass(SimulatedPortal.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    private static void stop(ExtensionContext context) {
        SimulatedPortals portals = context.getStore(NAMESPACE).remove(KEY, SimulatedPortals.class);
        if (portals != null) {
            portals.close();
        }
    }

    private SimulatedPortals.Builder newBuilder() {
        SimulatedPortals.Builder builder = SimulatedPortals.builder();
        configuration.accept(builder);
        return builder;
    }
}
