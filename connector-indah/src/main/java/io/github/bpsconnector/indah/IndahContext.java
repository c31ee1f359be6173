package io.github.bpsconnector.indah;

import io.github.bpsconnector.indah.wire.EnvelopeWire;
import java.util.function.Supplier;

/**
 * What the record operations of one client share: the API, the envelope mapping, the write guard and the
 * logged-in account (for {@code submitter}).
 */
record IndahContext(IndahApi api, EnvelopeWire envelopes, WriteGuard guard, Supplier<IndahAccount> account) {

    IndahProfile profile() {
        return api.profile();
    }
}
