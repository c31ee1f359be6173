package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.indah.MetadataRecords;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a package locally before the reporter sends anything; every problem is reported at once and a package
 * with any problem is not sent.
 */
@FunctionalInterface
public interface PackageValidator {

    /** Every problem of the package; empty when it may be sent. */
    List<ValidationProblem> validate(MetadataPackage pkg);

    /**
     * What INDAH needs to take the package at all: a title for the MS-Keg, a name for every MS-Var and MS-Ind, and
     * names unique within the package (the natural key of a child is its name under its MS-Keg).
     */
    static PackageValidator structural() {
        return pkg -> {
            List<ValidationProblem> problems = new ArrayList<>();
            if (pkg.activity().title() == null) {
                problems.add(new ValidationProblem("activity.title", "WAJIB",
                        "Judul Kegiatan wajib diisi"));
            }
            names(pkg.variables(), MsVar::name, "variables", "Nama Variabel", problems);
            names(pkg.indicators(), MsInd::name, "indicators", "Nama Indikator", problems);
            return problems;
        };
    }

    /**
     * The rules of Peraturan BPS 5/2020 and the SOP ({@link MetadataValidator}): its errors are problems, its
     * warnings and infos are not (they do not stop a package).
     */
    static PackageValidator perban(MetadataValidator validator) {
        return pkg -> validator.validate(pkg).errors().stream()
                .map(v -> new ValidationProblem(v.fieldPath(), v.ruleId(), v.message()))
                .toList();
    }

    /** This validator, then {@code next}; the problems of both. */
    default PackageValidator and(PackageValidator next) {
        return pkg -> {
            List<ValidationProblem> all = new ArrayList<>(validate(pkg));
            all.addAll(next.validate(pkg));
            return all;
        };
    }

    private static <T> void names(List<T> forms, Function<T, String> name, String path, String label,
            List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            String value = name.apply(forms.get(i));
            if (value == null) {
                problems.add(new ValidationProblem(path + "[" + i + "].name", "WAJIB", label + " wajib diisi"));
            } else if (!seen.add(MetadataRecords.normalize(value))) {
                problems.add(new ValidationProblem(path + "[" + i + "].name", "UNIK",
                        label + " '" + value + "' muncul lebih dari sekali dalam paket yang sama"));
            }
        }
    }
}
