package io.github.bpsconnector.romantik;

import io.github.bpsconnector.metadata.MetadataPackage;
import java.time.LocalDate;
import java.util.List;

/**
 * A local check of a package before it is submitted to or sent on Romantik. The client runs its checks before the
 * first request of {@code submit} and {@code send}; any problem stops the call with {@link LocalCheckException}. The
 * metadata module's rules ({@link MetadataRulesCheck}: completeness, the no-backdate rule, the examiner checks) are
 * always on; a caller may add its own.
 */
@FunctionalInterface
public interface SubmissionCheck {

    /**
     * @param pkg the package
     * @param today the day of filling (Asia/Jakarta)
     * @return every problem found; empty when it passes
     */
    List<CheckProblem> check(MetadataPackage pkg, LocalDate today);
}
