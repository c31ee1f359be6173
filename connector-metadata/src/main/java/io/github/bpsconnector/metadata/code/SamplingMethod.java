package io.github.bpsconnector.metadata.code;

import java.util.Arrays;
import java.util.Objects;

/**
 * R.5.3 Metode yang Digunakan (Blok V): the sampling method of the last stage. Which methods apply depends on
 * R.5.2 ({@link #selection()}).
 *
 * <p><strong>The versions differ.</strong> Perban 5/2020 numbers the probability methods 1&ndash;5 (5 = Multi Stage
 * Sampling) and the nonprobability methods 6&ndash;10. Romantik 2023 numbers both groups 1&ndash;5 (R.5.3.A and
 * R.5.3.B) and replaces Multi Stage Sampling with Probability Proportional to Size, so a Romantik code needs its
 * group: use {@link #fromCode(FormVersion, SampleSelection, int)}.
 */
public enum SamplingMethod implements CodeList {

    /** Simple random sampling (Perban 1, Romantik A1). */
    SIMPLE_RANDOM_SAMPLING(SampleSelection.SAMPEL_PROBABILITAS, CodeInfo.of("Simple Random Sampling", 1, 1)),

    /** Systematic random sampling (Perban 2, Romantik A2). */
    SYSTEMATIC_RANDOM_SAMPLING(SampleSelection.SAMPEL_PROBABILITAS,
            CodeInfo.of("Systematic Random Sampling", 2, 2)),

    /** Stratified random sampling (Perban 3, Romantik A3). */
    STRATIFIED_RANDOM_SAMPLING(SampleSelection.SAMPEL_PROBABILITAS,
            CodeInfo.of("Stratified Random Sampling", 3, 3)),

    /** Cluster sampling (Perban 4, Romantik A4). */
    CLUSTER_SAMPLING(SampleSelection.SAMPEL_PROBABILITAS, CodeInfo.of("Cluster Sampling", 4, 4)),

    /** Multi stage sampling (Perban 5 only; continue with R.5.4). */
    MULTI_STAGE_SAMPLING(SampleSelection.SAMPEL_PROBABILITAS, CodeInfo.of("Multi Stage Sampling", 5, 0)),

    /**
     * Probability proportional to size (Romantik A5 only). No INDAH integration shows its enum string; the named
     * value is used.
     */
    PROBABILITY_PROPORTIONAL_TO_SIZE(SampleSelection.SAMPEL_PROBABILITAS,
            CodeInfo.of("Probability Proportional to Size", 0, 5).aliases("PPS")),

    /** Quota sampling (Perban 6, Romantik B1). */
    QUOTA_SAMPLING(SampleSelection.SAMPEL_NONPROBABILITAS, CodeInfo.of("Quota Sampling", 6, 1)),

    /** Accidental sampling (Perban 7, Romantik B2). */
    ACCIDENTAL_SAMPLING(SampleSelection.SAMPEL_NONPROBABILITAS, CodeInfo.of("Accidental Sampling", 7, 2)),

    /** Purposive sampling (Perban 8, Romantik B3). */
    PURPOSIVE_SAMPLING(SampleSelection.SAMPEL_NONPROBABILITAS, CodeInfo.of("Purposive Sampling", 8, 3)),

    /** Snowball sampling (Perban 9, Romantik B4). */
    SNOWBALL_SAMPLING(SampleSelection.SAMPEL_NONPROBABILITAS, CodeInfo.of("Snowball Sampling", 9, 4)),

    /** Saturation sampling (Perban 10, Romantik B5). */
    SATURATION_SAMPLING(SampleSelection.SAMPEL_NONPROBABILITAS, CodeInfo.of("Saturation Sampling", 10, 5));

    private final SampleSelection selection;
    private final CodeInfo info;

    SamplingMethod(SampleSelection selection, CodeInfo info) {
        this.selection = selection;
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.5.3 Metode yang Digunakan";
    }

    /** The R.5.2 answer under which this method is listed (R.5.3.a probability, R.5.3.b nonprobability). */
    public SampleSelection selection() {
        return selection;
    }

    /**
     * The method printed with {@code code} in the group of {@code selection} on the {@code version} form.
     *
     * @throws UnknownCodeException when that group has no such code in that version
     */
    public static SamplingMethod fromCode(FormVersion version, SampleSelection selection, int code) {
        Objects.requireNonNull(selection, "selection");
        return Arrays.stream(values())
                .filter(m -> m.selection == selection && m.code(version).orElse(-1) == code)
                .findFirst()
                .orElseThrow(() -> new UnknownCodeException(SamplingMethod.class.getSimpleName(),
                        SIMPLE_RANDOM_SAMPLING.formItem(), String.valueOf(code),
                        "Unknown value '" + code + "' for SamplingMethod (R.5.3 Metode yang Digunakan): no "
                                + selection + " method has code " + code + " in " + version));
    }
}
