package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsVar;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over generated valid packages (see {@link ValidPackages}). */
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
