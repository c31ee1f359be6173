package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.ProductAvailability;

import java.util.function.Function;

/** The product lines of MS-Keg Blok VIII, with their paths and names in messages. */
enum Product {

    PRINTED("printed", "tercetak", Dissemination::printed),
    DIGITAL("digital", "digital", Dissemination::digital),
    MICRODATA("microdata", "data mikro", Dissemination::microdata);

    private final String key;
    private final String label;
    private final Function<Dissemination, ProductAvailability> get;

    Product(String key, String label, Function<Dissemination, ProductAvailability> get) {
        this.key = key;
        this.label = label;
        this.get = get;
    }

    /** The path of this product's release plan below {@code msKeg}. */
    String releasePlanPath() {
        return "dissemination." + key + ".releasePlan";
    }

    /** The product's name in Indonesian messages. */
    String label() {
        return label;
    }

    ProductAvailability of(MsKeg keg) {
        return get.apply(keg.dissemination());
    }
}
