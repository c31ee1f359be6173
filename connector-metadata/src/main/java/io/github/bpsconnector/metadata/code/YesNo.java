package io.github.bpsconnector.metadata.code;

/**
 * The Ya/Tidak answer of the forms' yes-no items (Rekomendasi BPS, R.6.1, R.6.3, R.6.7, R.7.1, R.8.1, MS-Var
 * column 12, MS-Ind columns 10 and 17): 1 Ya, 2 Tidak. The model stores these items as {@code Boolean}; this list
 * exists to read the printed codes and labels (INDAH sends JSON booleans, named {@code true}/{@code false}).
 */
public enum YesNo implements CodeList {

    /** 1 Ya. */
    YA(CodeInfo.of("Ya", 1).indah("true").aliases("Y", "YES")),

    /** 2 Tidak. */
    TIDAK(CodeInfo.of("Tidak", 2).indah("false").aliases("T", "N", "NO"));

    private final CodeInfo info;

    YesNo(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "Ya/Tidak";
    }

    /** This answer as a boolean: {@code true} for {@link #YA}. */
    public boolean toBoolean() {
        return this == YA;
    }

    /** The answer for a boolean. */
    public static YesNo of(boolean value) {
        return value ? YA : TIDAK;
    }
}
