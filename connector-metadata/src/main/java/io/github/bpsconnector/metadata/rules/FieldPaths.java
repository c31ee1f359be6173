package io.github.bpsconnector.metadata.rules;

/**
 * How {@link Violation#fieldPath()} names a place in a package. A path starts with the form, {@code msKeg},
 * {@code msVar[i]} or {@code msInd[i]} ({@code i} is the 0-based position in
 * {@link io.github.bpsconnector.metadata.MetadataPackage#variables()} or {@code indicators()}; a form validated on
 * its own has no index), followed by the model's accessor names joined with dots, list positions in brackets and
 * schedule phases by name: {@code msKeg.design.frequency}, {@code msKeg.planning.schedule.PENGUMPULAN_DATA[0].start},
 * {@code msKeg.organizer.contact.email}, {@code msVar[3].alias}, {@code msInd[0].componentIndicators[2]}. These paths
 * are stable: importers and the command line show them to officials.
 */
public final class FieldPaths {

    /** The MS-Keg of a package. */
    public static final String MS_KEG = "msKeg";

    /** An MS-Var validated on its own; in a package it is {@link #msVar(int)}. */
    public static final String MS_VAR = "msVar";

    /** An MS-Ind validated on its own; in a package it is {@link #msInd(int)}. */
    public static final String MS_IND = "msInd";

    private FieldPaths() {
    }

    /** The path of the MS-Var at {@code index} (0-based) in a package, e.g. {@code msVar[3]}. */
    public static String msVar(int index) {
        return MS_VAR + "[" + index + "]";
    }

    /** The path of the MS-Ind at {@code index} (0-based) in a package, e.g. {@code msInd[0]}. */
    public static String msInd(int index) {
        return MS_IND + "[" + index + "]";
    }

    /** {@code path} followed by {@code child}: a dot before a name, nothing before a bracketed index. */
    static String join(String path, String child) {
        if (path.isEmpty()) {
            return child;
        }
        if (child.isEmpty()) {
            return path;
        }
        return child.charAt(0) == '[' ? path + child : path + "." + child;
    }

    /** {@code path[index]}. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
