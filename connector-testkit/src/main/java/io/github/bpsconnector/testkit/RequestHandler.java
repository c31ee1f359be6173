package io.github.bpsconnector.testkit;

/** Answers one request of a route of a simulated portal. */
@FunctionalInterface
public interface RequestHandler {

    /**
     * @param request the request, with the path parameters of the matched route
     * @return the answer
     * @throws SimResponseException to answer early with its response
     */
    SimResponse handle(SimRequest request);
}
