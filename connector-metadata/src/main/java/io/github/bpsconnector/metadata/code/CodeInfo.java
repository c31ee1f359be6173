package io.github.bpsconnector.metadata.code;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The data behind one value of a {@link CodeList}: its Indonesian label, its code number in each
 * {@link FormVersion} (absent where that version has no such option), its INDAH name when it differs from the
 * enum constant, and the other spellings that public integrations use for it. Immutable.
 */
public final class CodeInfo {

    private static final int NONE = 0;

    private final String label;
    private final int perbanCode;
    private final int romantikCode;
    private final String indahName;
    private final List<String> aliases;

    private CodeInfo(String label, int perbanCode, int romantikCode, String indahName, List<String> aliases) {
        this.label = Objects.requireNonNull(label, "label");
        this.perbanCode = perbanCode;
        this.romantikCode = romantikCode;
        this.indahName = indahName;
        this.aliases = List.copyOf(aliases);
    }

    /**
     * A value with the same code number in both form versions.
     *
     * @param label the label printed on the form
     * @param code  the code number, or 0 when neither form prints one
     */
    public static CodeInfo of(String label, int code) {
        return new CodeInfo(label, code, code, null, List.of());
    }

    /**
     * A value whose code number differs between the form versions.
     *
     * @param label        the label printed on the Perban 5/2020 form
     * @param perbanCode   the code on the Perban 5/2020 form, or 0 when that form lacks the option
     * @param romantikCode the code on the Romantik 2023 form, or 0 when that form lacks the option
     */
    public static CodeInfo of(String label, int perbanCode, int romantikCode) {
        return new CodeInfo(label, perbanCode, romantikCode, null, List.of());
    }

    /** A copy whose INDAH name is {@code indahName} instead of the enum constant's name. */
    public CodeInfo indah(String indahName) {
        return new CodeInfo(label, perbanCode, romantikCode, Objects.requireNonNull(indahName), aliases);
    }

    /** A copy that also accepts the given spellings when parsed. */
    public CodeInfo aliases(String... moreAliases) {
        return new CodeInfo(label, perbanCode, romantikCode, indahName, List.of(moreAliases));
    }

    /** The label printed on the form (Perban 5/2020 wording), in Indonesian. */
    public String label() {
        return label;
    }

    /** The code number in {@code version}, or empty when that version has no such option. */
    public OptionalInt code(FormVersion version) {
        int code = version == FormVersion.PERBAN_5_2020 ? perbanCode : romantikCode;
        return code == NONE ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** The INDAH name if it differs from the enum constant's name, else {@code null}. */
    String indahNameOverride() {
        return indahName;
    }

    /** Other accepted spellings, possibly empty. */
    public List<String> aliases() {
        return aliases;
    }
}
