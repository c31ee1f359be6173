package io.github.bpsconnector.testkit.indah;

import io.github.bpsconnector.testkit.SimClock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Everything the simulated INDAH holds, shared by its routes, its controls and its Java API. */
final class IndahState {

    final SimClock clock;
    final IndahDirectory directory = new IndahDirectory();
    final TokenStore tokens = new TokenStore();
    final CaptchaStore captchas = new CaptchaStore();
    final MetadataStore records;
    final SdsnCatalog sdsn = SdsnCatalog.load();
    private volatile boolean captchaRequired;
    private volatile Duration tokenLifetime;
    private volatile RejectionStyle rejectionStyle;

    IndahState(SimClock clock, SimulatedIndah.Options options) {
        this.clock = clock;
        this.records = new MetadataStore(clock, directory);
        this.captchaRequired = options.captchaRequired();
        this.tokenLifetime = options.tokenLifetime();
        this.rejectionStyle = options.rejectionStyle();
    }

    boolean captchaRequired() {
        return captchaRequired;
    }

    void captchaRequired(boolean required) {
        this.captchaRequired = required;
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = SimulatedIndah.Options.checkedLifetime(lifetime);
    }

    RejectionStyle rejectionStyle() {
        return rejectionStyle;
    }

    void rejectionStyle(RejectionStyle style) {
        this.rejectionStyle = Objects.requireNonNull(style, "style");
    }

    /** Issues a token for an account, as a successful login does. */
    String issueToken(IndahAccount account) {
        IndahOrganization org = directory.organization(account.organizationId()).orElseThrow();
        StringBuilder authorities = new StringBuilder(org.role().authority());
        account.functions().stream().sorted().forEach(f -> authorities.append(',').append(f.authority()));
        return tokens.issue(account.username(), authorities.toString(), clock.now(), tokenLifetime);
    }

    /** @return the actor of a live bearer token */
    Optional<Actor> actor(String token) {
        return tokens.username(token, clock.now()).flatMap(directory::actor);
    }
}
