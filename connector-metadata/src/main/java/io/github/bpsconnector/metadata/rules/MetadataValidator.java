package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.code.FormVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Checks MS-Keg, MS-Var, MS-Ind and whole {@link MetadataPackage}s against the rules of Peraturan BPS 5/2020, the
 * consistency checks BPS raises in reviews, the examiner checks of Romantik, the SDS konsep naming rules and the
 * SOP's no-backdate rule (see {@link RuleCatalogue}), and reports every violation at once.
 *
 * <pre>{@code
 * MetadataValidator validator = MetadataValidator.builder()
 *         .producerLevel(ProducerLevel.KABUPATEN_KOTA)
 *         .formVersion(FormVersion.ROMANTIK_2023)
 *         .build();
 * ValidationReport report = validator.validate(pkg);
 * if (!report.isValid()) {
 *     System.out.println(report.toText());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance can serve many threads. The submission date of a validation is today
 * in the builder's clock (Asia/Jakarta by default) unless a {@link ValidationContext} is passed.
 */
public final class MetadataValidator {

    /** The zone of the default clock: submissions are dated in Western Indonesian Time. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final RuleSettings settings;
    private final Clock clock;
    private final ProducerLevel producerLevel;
    private final FormVersion formVersion;

    private MetadataValidator(Builder b) {
        this.settings = b.settings != null ? b.settings : RuleSettings.defaults();
        this.clock = b.clock;
        this.producerLevel = b.producerLevel;
        this.formVersion = b.formVersion;
    }

    /** A validator with the bundled settings, the system clock in Asia/Jakarta and the Perban 5/2020 forms. */
    public static MetadataValidator defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this validator applies. */
    public RuleSettings settings() {
        return settings;
    }

    /** The context a validation without an explicit one uses: today in the clock, the configured level and form. */
    public ValidationContext currentContext() {
        return new ValidationContext(LocalDate.now(clock), producerLevel, formVersion);
    }

    /** Validates a whole package in the {@link #currentContext()}. */
    public ValidationReport validate(MetadataPackage pkg) {
        return validate(pkg, currentContext());
    }

    /**
     * Validates a whole package: the MS-Keg (paths {@code msKeg...}), each MS-Var ({@code msVar[i]...}), each
     * MS-Ind ({@code msInd[i]...}) and the rules across them (C9-REF, C10, C11, ALIAS-UNIQUE).
     */
    public ValidationReport validate(MetadataPackage pkg, ValidationContext context) {
        Objects.requireNonNull(pkg, "pkg");
        return run(context, (ctx, out) -> {
            checkKeg(pkg.activity(), ctx, out.at(FieldPaths.MS_KEG));
            for (int i = 0; i < pkg.variables().size(); i++) {
                checkVar(pkg.variables().get(i), ctx, out.at(FieldPaths.msVar(i)));
            }
            for (int i = 0; i < pkg.indicators().size(); i++) {
                checkInd(pkg.indicators().get(i), ctx, out.at(FieldPaths.msInd(i)));
            }
            for (Rule.OfPackage rule : Rules.PACKAGE) {
                rule.check(pkg, ctx, out);
            }
        });
    }

    /** Validates one MS-Keg on its own in the {@link #currentContext()}. */
    public ValidationReport validate(MsKeg keg) {
        return validate(keg, currentContext());
    }

    /** Validates one MS-Keg on its own (paths {@code msKeg...}). */
    public ValidationReport validate(MsKeg keg, ValidationContext context) {
        Objects.requireNonNull(keg, "keg");
        return run(context, (ctx, out) -> checkKeg(keg, ctx, out.at(FieldPaths.MS_KEG)));
    }

    /** Validates one MS-Var on its own in the {@link #currentContext()}; the package rules need the package. */
    public ValidationReport validate(MsVar variable) {
        return validate(variable, currentContext());
    }

    /** Validates one MS-Var on its own (paths {@code msVar...}). */
    public ValidationReport validate(MsVar variable, ValidationContext context) {
        Objects.requireNonNull(variable, "variable");
        return run(context, (ctx, out) -> checkVar(variable, ctx, out.at(FieldPaths.MS_VAR)));
    }

    /** Validates one MS-Ind on its own in the {@link #currentContext()}; the package rules need the package. */
    public ValidationReport validate(MsInd indicator) {
        return validate(indicator, currentContext());
    }

    /** Validates one MS-Ind on its own (paths {@code msInd...}). */
    public ValidationReport validate(MsInd indicator, ValidationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        return run(context, (ctx, out) -> checkInd(indicator, ctx, out.at(FieldPaths.MS_IND)));
    }

    /**
     * Returns {@code pkg} when it has no error in the {@link #currentContext()}.
     *
     * @throws MetadataValidationException carrying the whole report when there is an error
     */
    public MetadataPackage requireValid(MetadataPackage pkg) {
        return requireValid(pkg, validate(pkg));
    }

    /**
     * Returns {@code keg} when it has no error in the {@link #currentContext()}.
     *
     * @throws MetadataValidationException carrying the whole report when there is an error
     */
    public MsKeg requireValid(MsKeg keg) {
        return requireValid(keg, validate(keg));
    }

    private static <T> T requireValid(T subject, ValidationReport report) {
        if (!report.isValid()) {
            throw new MetadataValidationException(report);
        }
        return subject;
    }

    private ValidationReport run(ValidationContext context, BiConsumer<RuleContext, Findings> checks) {
        Objects.requireNonNull(context, "context");
        List<Violation> violations = new ArrayList<>();
        checks.accept(new RuleContext(settings, context), new Findings("", settings, violations));
        return ValidationReport.of(violations);
    }

    private static void checkKeg(MsKeg keg, RuleContext ctx, Findings out) {
        for (Rule.OfKeg rule : Rules.KEG) {
            rule.check(keg, ctx, out);
        }
    }

    private static void checkVar(MsVar variable, RuleContext ctx, Findings out) {
        for (Rule.OfVar rule : Rules.VAR) {
            rule.check(variable, ctx, out);
        }
    }

    private static void checkInd(MsInd indicator, RuleContext ctx, Findings out) {
        for (Rule.OfInd rule : Rules.IND) {
            rule.check(indicator, ctx, out);
        }
    }

    /** Builds a {@link MetadataValidator}. Not thread-safe. */
    public static final class Builder {
        private RuleSettings settings;
        private Clock clock = Clock.system(JAKARTA);
        private ProducerLevel producerLevel;
        private FormVersion formVersion = FormVersion.PERBAN_5_2020;

        private Builder() {
        }

        /** The rule settings; {@link RuleSettings#defaults()} when not set. */
        public Builder settings(RuleSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** The clock whose date is the submission date; the system clock in Asia/Jakarta when not set. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The producer's level; unknown ({@code null}) when not set. */
        public Builder producerLevel(ProducerLevel value) {
            this.producerLevel = value;
            return this;
        }

        /** The form version answers are checked against; {@link FormVersion#PERBAN_5_2020} when not set. */
        public Builder formVersion(FormVersion value) {
            this.formVersion = Objects.requireNonNull(value, "formVersion");
            return this;
        }

        /** The validator. */
        public MetadataValidator build() {
            return new MetadataValidator(this);
        }
    }
}
