package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CollectionMode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** C5: R.6.4&ndash;6.7 (field staff) are filled exactly when R.4.7 includes PAPI, CAPI or CATI. */
final class FieldStaffRule extends SingleRule implements Rule.OfKeg {

    /** The modes with interviewers in the field or on the phone. */
    static final Set<CollectionMode> STAFFED_MODES = EnumSet.of(CollectionMode.PAPI, CollectionMode.CAPI,
            CollectionMode.CATI);

    private static final List<Item> ITEMS = List.of(
            new Item("dataCollection.fieldStaffType", "R.6.4 Petugas Pengumpulan Data",
                    d -> d.fieldStaffType() != null),
            new Item("dataCollection.minFieldStaffEducation", "R.6.5 Persyaratan Pendidikan Terendah Petugas",
                    d -> d.minFieldStaffEducation() != null),
            new Item("dataCollection.supervisorCount", "R.6.6 Jumlah Petugas (supervisor)",
                    d -> d.supervisorCount() != null),
            new Item("dataCollection.enumeratorCount", "R.6.6 Jumlah Petugas (enumerator)",
                    d -> d.enumeratorCount() != null),
            new Item("dataCollection.fieldStaffTraining", "R.6.7 Apakah Melakukan Pelatihan Petugas?",
                    d -> d.fieldStaffTraining() != null));

    FieldStaffRule() {
        super(RuleInfo.error("C5", RuleInfo.KEG, "R.6.4-6.7 Petugas Pengumpulan Data",
                "R.6.4-6.7 filled when R.4.7 includes PAPI, CAPI or CATI, blank otherwise",
                "Perban 5/2020 p.92, p.44"));
    }

    static boolean hasFieldStaff(MsKeg keg) {
        return keg.design().collectionModes().selected().stream().anyMatch(STAFFED_MODES::contains);
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.design().collectionModes().selected().isEmpty()) {
            return;
        }
        boolean staffed = hasFieldStaff(keg);
        for (Item item : ITEMS) {
            boolean filled = item.filled.test(keg.dataCollection());
            if (staffed && !filled) {
                out.report(rule, item.path, item.formItem, item.formItem
                        + " wajib diisi karena sarana pengumpulan data mencakup PAPI, CAPI atau CATI.");
            } else if (!staffed && filled) {
                out.report(rule, item.path, item.formItem, item.formItem + " hanya diisi jika sarana pengumpulan "
                        + "data mencakup PAPI, CAPI atau CATI; isian ini harus dikosongkan.");
            }
        }
    }

    private record Item(String path, String formItem, Predicate<DataCollection> filled) {
    }
}
