package io.github.bpsconnector.metadata.json;

import io.github.bpsconnector.metadata.MetadataArbitraries;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonPropertiesTest {

    @Property(tries = 100)
    void anyPackageRoundTripsExactly(@ForAll("packages") MetadataPackage pkg) {
        String json = MetadataJson.write(pkg);
        MetadataPackage read = MetadataJson.readPackage(json);

        assertThat(read).isEqualTo(pkg);
        assertThat(MetadataJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 60)
    void anyPackageValidatesAgainstTheSchemas(@ForAll("packages") MetadataPackage pkg) {
        assertThat(MetadataSchema.METADATA_PACKAGE.validate(MetadataJson.write(pkg))).isEmpty();
        assertThat(MetadataSchema.MS_KEG.validate(MetadataJson.write(pkg.activity()))).isEmpty();
        for (MsVar variable : pkg.variables()) {
            assertThat(MetadataSchema.MS_VAR.validate(MetadataJson.write(variable))).isEmpty();
        }
        for (MsInd indicator : pkg.indicators()) {
            assertThat(MetadataSchema.MS_IND.validate(MetadataJson.write(indicator))).isEmpty();
        }
    }

    @Provide
    Arbitrary<MetadataPackage> packages() {
        return MetadataArbitraries.packages();
    }
}
