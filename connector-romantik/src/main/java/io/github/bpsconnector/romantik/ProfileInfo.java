package io.github.bpsconnector.romantik;

import java.util.List;

/**
 * The user's Romantik profile ({@code /profil}): tingkat instansi, wilayah and instansi (from BPS's master instansi),
 * which Blok I and R.2.1 of the form are filled from, and the phone number. Empty values are {@code ""}.
 *
 * @param tingkatInstansi {@code PUSAT}, {@code PROVINSI} or {@code KABUPATEN_KOTA}
 * @param wilayah the province or regency code, when not PUSAT
 * @param instansiId the id of the instansi in the master instansi
 * @param noHp the phone number
 * @param tingkatChoices the levels offered
 * @param wilayahChoices the regions offered
 * @param instansiChoices the instansi offered
 */
public record ProfileInfo(String tingkatInstansi, String wilayah, String instansiId, String noHp,
        List<Choice> tingkatChoices, List<Choice> wilayahChoices, List<Choice> instansiChoices) {

    /** Copies the lists. */
    public ProfileInfo {
        tingkatChoices = List.copyOf(tingkatChoices);
        wilayahChoices = List.copyOf(wilayahChoices);
        instansiChoices = List.copyOf(instansiChoices);
    }

    /** Whether an instansi is chosen. */
    public boolean hasInstansi() {
        return !instansiId.isBlank();
    }
}
