package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahOrganization;
import io.github.bpsconnector.indah.OrganizationQuery;
import io.github.bpsconnector.indah.Producer;

import java.util.Optional;

/** Finds a perangkat daerah's producer organisation on INDAH by its name, in the account's regency. */
final class IndahProducers {

    private IndahProducers() {
    }

    /** The organisation named {@code name} (ignoring case and outer spaces), if INDAH knows it. */
    static Optional<Producer> named(IndahClient indah, IndahAccount me, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String city = me.organization() == null ? null : me.organization().cityCode();
        OrganizationQuery query = (city == null ? OrganizationQuery.all() : OrganizationQuery.producersOf(city))
                .withName(name);
        for (IndahOrganization organization : indah.organizations(query)) {
            if (organization.name().strip().equalsIgnoreCase(name.strip())) {
                return Optional.of(Producer.of(organization));
            }
        }
        return Optional.empty();
    }
}
