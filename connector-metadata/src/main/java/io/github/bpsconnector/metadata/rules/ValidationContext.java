package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.FormVersion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts a validation depends on besides the forms themselves.
 *
 * @param submissionDate the day the forms are (to be) submitted; the no-backdate rules compare the data collection
 *                       schedule with it
 * @param producerLevel  the level of the Produsen Data, or {@code null} when unknown (then rules that need it guess
 *                       from the institution's name using {@link RuleSettings#regionalProducerHints()})
 * @param formVersion    the printed form the answers will be sent on: {@link FormVersion#PERBAN_5_2020} for INDAH
 *                       and the regulation, {@link FormVersion#ROMANTIK_2023} for a Romantik recommendation request
 */
public record ValidationContext(LocalDate submissionDate, ProducerLevel producerLevel, FormVersion formVersion) {

    /** @throws NullPointerException when {@code submissionDate} or {@code formVersion} is {@code null} */
    public ValidationContext {
        Objects.requireNonNull(submissionDate, "submissionDate");
        Objects.requireNonNull(formVersion, "formVersion");
    }

    /** A context for submitting on {@code submissionDate} on the Perban 5/2020 forms, producer level unknown. */
    public static ValidationContext of(LocalDate submissionDate) {
        return new ValidationContext(submissionDate, null, FormVersion.PERBAN_5_2020);
    }

    /** This context with another submission date. */
    public ValidationContext withSubmissionDate(LocalDate date) {
        return new ValidationContext(date, producerLevel, formVersion);
    }

    /** This context with another producer level ({@code null} for unknown). */
    public ValidationContext withProducerLevel(ProducerLevel level) {
        return new ValidationContext(submissionDate, level, formVersion);
    }

    /** This context with another target form version. */
    public ValidationContext withFormVersion(FormVersion version) {
        return new ValidationContext(submissionDate, producerLevel, version);
    }
}
