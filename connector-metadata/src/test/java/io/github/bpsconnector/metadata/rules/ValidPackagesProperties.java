package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataArbitraries;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.code.FormVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over generated valid packages ({@link ValidPackages}) and over anything the model can hold
 * ({@link MetadataArbitraries}, from the JSON work).
 */
class ValidPackagesProperties {

    private final MetadataValidator validator = MetadataValidator.defaults();

    @Provide
    Arbitrary<ValidPackages.Generated> validPackages() {
        return ValidPackages.packages();
    }

    @Property(tries = 150)
    void anyGeneratedValidPackageValidatesClean(@ForAll("validPackages") ValidPackages.Generated generated) {
        ValidationReport report = validator.validate(generated.pkg(), generated.context());

        assertThat(report.violations()).as(report.toText()).isEmpty();
    }

    @Property(tries = 100)
    void anyPackageTheModelCanHoldGetsAReportNeverAnException(
            @ForAll("anyPackages") MetadataPackage pkg, @ForAll("contexts") ValidationContext context) {
        ValidationReport report = validator.validate(pkg, context);

        assertThat(report.violations()).allSatisfy(v -> {
            assertThat(RuleCatalogue.find(v.ruleId())).isPresent();
            assertThat(v.fieldPath()).matches("(msKeg|msVar\\[\\d+]|msInd\\[\\d+])([.\\[].*)?");
            assertThat(v.message()).isNotBlank();
        });
        assertThat(validator.validate(pkg, context)).isEqualTo(report);
    }

    @Provide
    Arbitrary<MetadataPackage> anyPackages() {
        return MetadataArbitraries.packages();
    }

    @Provide
    Arbitrary<ValidationContext> contexts() {
        return Combinators.combine(Arbitraries.integers().between(0, 20_000), Arbitraries.of(ProducerLevel.class)
                        .injectNull(0.3), Arbitraries.of(FormVersion.class))
                .as((days, level, version) -> new ValidationContext(LocalDate.of(2000, 1, 1).plusDays(days), level,
                        version));
    }

    @Property(tries = 50)
    void reusingAnAliasIsReportedOnceAtTheDuplicate(@ForAll("validPackages") ValidPackages.Generated generated) {
        MetadataPackage pkg = generated.pkg();
        List<MsVar> variables = new ArrayList<>(pkg.variables());
        variables.add(variables.get(0).toBuilder().name("Variabel Tambahan").number(variables.size() + 1).build());

        ValidationReport report = validator.validate(pkg.toBuilder().variables(variables).build(),
                generated.context());

        assertThat(report.violations()).extracting(Violation::ruleId, Violation::fieldPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALIAS-UNIQUE",
                        FieldPaths.msVar(variables.size() - 1) + ".alias"));
    }

    @Property(tries = 50)
    void theReportIsTheSameWhateverTheOrderOfDiscovery(@ForAll("validPackages") ValidPackages.Generated generated) {
        MetadataPackage broken = Mutations.chain(Mutations.keg(k -> k.title(null)),
                Mutations.variable(0, v -> v.definition(null))).apply(generated.pkg());

        ValidationReport report = validator.validate(broken, generated.context());

        assertThat(report.violations()).extracting(Violation::fieldPath)
                .containsExactly("msKeg.title", "msVar[0].definition");
        assertThat(report.violations()).isSortedAccordingTo(
                (a, b) -> FieldPathOrder.INSTANCE.compare(a.fieldPath(), b.fieldPath()));
    }
}
