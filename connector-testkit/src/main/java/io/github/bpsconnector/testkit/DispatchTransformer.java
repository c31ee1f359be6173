package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The one WireMock extension of a simulated portal: the catch-all stub names it, and it hands every request to
 * the portal's Java router. Not global, so it touches nothing else.
 */
final class DispatchTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "bps-simulated-portal";

    private final SimulatedPortal portal;

    DispatchTransformer(SimulatedPortal portal) {
        this.portal = portal;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return portal.dispatch(new SimRequest(serveEvent.getRequest())).toResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
