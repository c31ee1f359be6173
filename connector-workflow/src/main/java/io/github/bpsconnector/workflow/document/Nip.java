package io.github.bpsconnector.workflow.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The NIP (Nomor Induk Pegawai) of a civil servant: 18 digits made of the date of birth ({@code yyyyMMdd}), the
 * year and month of appointment ({@code yyyyMM}), the sex (1 male, 2 female) and a three-digit sequence number.
 * Letters print it grouped, e.g. {@code 19800101 200501 1 001}; spaces are accepted on input.
 */
public final class Nip {

    private static final int LENGTH = 18;

    private Nip() {
    }

    /** The digits of {@code nip} without spaces; {@code null} stays {@code null}. */
    public static String digits(String nip) {
        return nip == null ? null : nip.replaceAll("\\s+", "");
    }

    /**
     * What is wrong with {@code nip}, in Indonesian; empty when it is a well-formed NIP.
     *
     * @param nip the NIP, with or without the usual spaces
     */
    public static Optional<String> problem(String nip) {
        String digits = digits(nip);
        if (digits == null || digits.isEmpty()) {
            return Optional.of("NIP belum diisi");
        }
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("NIP harus 18 digit angka, tertulis '" + nip.strip() + "'");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(number(digits, 0, 4), number(digits, 4, 6), number(digits, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("NIP: digit 1-8 harus tanggal lahir yang valid (tahun, bulan, tanggal)");
        }
        int appointedYear = number(digits, 8, 12);
        int appointedMonth = number(digits, 12, 14);
        if (appointedMonth < 1 || appointedMonth > 12 || appointedYear <= birth.getYear()) {
            return Optional.of("NIP: digit 9-14 harus tahun dan bulan pengangkatan yang valid");
        }
        char sex = digits.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("NIP: digit ke-15 harus 1 (laki-laki) atau 2 (perempuan)");
        }
        return Optional.empty();
    }

    /**
     * {@code nip} grouped as letters print it, e.g. {@code 19800101 200501 1 001}.
     *
     * @throws IllegalArgumentException if it is not a well-formed NIP
     */
    public static String format(String nip) {
        problem(nip).ifPresent(p -> {
            throw new IllegalArgumentException("not a well-formed NIP (" + p + ")");
        });
        String d = digits(nip);
        return d.substring(0, 8) + " " + d.substring(8, 14) + " " + d.charAt(14) + " " + d.substring(15);
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }
}
