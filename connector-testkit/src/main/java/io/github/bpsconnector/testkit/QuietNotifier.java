package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends WireMock's own messages to SLF4J: information at debug level, errors as warnings. */
final class QuietNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.bpsconnector.testkit.wiremock");

    @Override
    public void info(String message) {
        LOG.debug("{}", message);
    }

    @Override
    public void error(String message) {
        LOG.warn("{}", message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.warn("{}", message, t);
    }
}
