package io.github.bpsconnector.metadata.code;

/**
 * R.4.3 Tipe Pengumpulan Data. <strong>The code numbers differ between the versions</strong>: Perban 5/2020
 * prints 1 Longitudinal Panel, 2 Longitudinal Cross Sectional, 3 Cross Sectional; Romantik 2023 (and INDAH
 * integrations) 1 Longitudinal Panel, 2 Cross Sectional, 3 Longitudinal Cross Sectional.
 */
public enum CollectionDesign implements CodeList {

    /** Longitudinal panel: the same units observed over time (code 1 in both versions). */
    LONGITUDINAL_PANEL(CodeInfo.of("Longitudinal Panel", 1).aliases("PANEL")),

    /** Repeated cross sections (Perban 2, Romantik 3). */
    LONGITUDINAL_CROSS_SECTIONAL(CodeInfo.of("Longitudinal Cross Sectional", 2, 3)),

    /** One cross section (Perban 3, Romantik 2). */
    CROSS_SECTIONAL(CodeInfo.of("Cross Sectional", 3, 2));

    private final CodeInfo info;

    CollectionDesign(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.3 Tipe Pengumpulan Data";
    }
}
