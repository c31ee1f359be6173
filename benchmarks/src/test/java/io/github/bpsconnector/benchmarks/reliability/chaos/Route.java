package io.github.bpsconnector.benchmarks.reliability.chaos;

/**
 * One kind of request an operation makes: its method and a regular expression of its path, as a simulator's fault
 * plan matches them.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param pathRegex the whole path
 */
record Route(String method, String pathRegex) {

    static Route get(String pathRegex) {
        return new Route("GET", pathRegex);
    }

    static Route post(String pathRegex) {
        return new Route("POST", pathRegex);
    }

    static Route put(String pathRegex) {
        return new Route("PUT", pathRegex);
    }

    boolean write() {
        return !method.equals("GET");
    }
}
