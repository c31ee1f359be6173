package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * C9-REF: INDAH requires the building blocks of an indicator to be known records. Inside a package: each
 * indicator pembangun of a composite names another MS-Ind of the package, and each variabel pembangun of an
 * indicator built from this activity names an MS-Var of the package (compared ignoring case and spacing). A
 * warning, because the name may instead match a Standar Data (SDS) entry.
 */
final class ComponentReferenceRule extends SingleRule implements Rule.OfPackage {

    ComponentReferenceRule() {
        super(RuleInfo.warning("C9-REF", RuleInfo.PACKAGE, "Kolom (12) / (15) Indikator / Variabel Pembangun",
                "Component indicators name an MS-Ind of the package; component variables of an indicator from "
                        + "this activity name an MS-Var of the package", "INDAH (S5 slide 26); S11 builder"));
    }

    @Override
    public void check(MetadataPackage pkg, RuleContext ctx, Findings out) {
        // names normalized once: a package may hold hundreds of MS-Var and MS-Ind, each compared with every name
        Set<String> variableNames = pkg.variables().stream().map(MsVar::name).filter(Objects::nonNull)
                .map(Texts::normalize).collect(Collectors.toSet());
        Map<String, Integer> indicatorNames = new HashMap<>();
        pkg.indicators().stream().map(MsInd::name).filter(Objects::nonNull)
                .forEach(name -> indicatorNames.merge(Texts.normalize(name), 1, Integer::sum));
        String title = pkg.activity().title();
        for (int i = 0; i < pkg.indicators().size(); i++) {
            MsInd indicator = pkg.indicators().get(i);
            String path = FieldPaths.msInd(i);
            if (Boolean.TRUE.equals(indicator.composite())) {
                String self = indicator.name() == null ? null : Texts.normalize(indicator.name());
                List<String> parts = indicator.componentIndicators();
                for (int j = 0; j < parts.size(); j++) {
                    String part = Texts.normalize(parts.get(j));
                    int holders = indicatorNames.getOrDefault(part, 0) - (part.equals(self) ? 1 : 0);
                    if (holders < 1) {
                        out.report(rule, path + ".componentIndicators[" + j + "]",
                                "Kolom (12) Nama Indikator Pembangun", "Indikator pembangun \"" + parts.get(j)
                                        + "\" tidak ditemukan di antara MS-Ind paket ini; INDAH mensyaratkan nama "
                                        + "yang sama dengan MS-Ind atau Standar Data Statistik.");
                    }
                }
            } else if (Boolean.FALSE.equals(indicator.composite()) && title != null
                    && containsName(indicator.sourceActivities(), title)) {
                List<String> parts = indicator.componentVariables();
                for (int j = 0; j < parts.size(); j++) {
                    if (!variableNames.contains(Texts.normalize(parts.get(j)))) {
                        out.report(rule, path + ".componentVariables[" + j + "]", "Kolom (15) Nama Variabel Pembangun",
                                "Variabel pembangun \"" + parts.get(j) + "\" tidak ditemukan di antara MS-Var paket "
                                        + "ini; INDAH mensyaratkan nama yang sama dengan MS-Var atau Standar Data "
                                        + "Statistik.");
                    }
                }
            }
        }
    }

    static boolean containsName(List<String> names, String name) {
        return names.stream().anyMatch(n -> Texts.sameName(n, name));
    }
}
