package io.github.bpsconnector.testkit.indah;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The organisations and accounts of the simulated INDAH. Thread-safe. */
final class IndahDirectory {

    private final Map<Long, IndahOrganization> organizations = new ConcurrentHashMap<>();
    private final Map<String, IndahAccount> accounts = new ConcurrentHashMap<>();

    void add(IndahOrganization organization) {
        organizations.put(organization.id(), organization);
    }

    void add(IndahAccount account) {
        if (!organizations.containsKey(account.organizationId())) {
            throw new IllegalArgumentException("Account " + account.username() + " names unknown organisation "
                    + account.organizationId());
        }
        accounts.put(account.username(), account);
    }

    Optional<IndahOrganization> organization(long id) {
        return Optional.ofNullable(organizations.get(id));
    }

    Optional<IndahAccount> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    List<IndahOrganization> organizations() {
        return organizations.values().stream().sorted(Comparator.comparingLong(IndahOrganization::id)).toList();
    }

    List<IndahAccount> accounts() {
        return accounts.values().stream().sorted(Comparator.comparing(IndahAccount::username)).toList();
    }

    Optional<Actor> actor(String username) {
        return account(username).flatMap(a -> organization(a.organizationId()).map(o -> Actor.of(a, o)));
    }
}
