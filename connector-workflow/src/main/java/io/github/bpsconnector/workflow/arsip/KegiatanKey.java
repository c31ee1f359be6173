package io.github.bpsconnector.workflow.arsip;

import io.github.bpsconnector.workflow.internal.Sha256Hex;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The natural key of a kegiatan (statistical activity): its title, year and institution, as the portals identify
 * it. Two keys that differ only in case, accents' encoding or runs of white space are the same kegiatan.
 *
 * @param title       Judul Kegiatan
 * @param year        Tahun
 * @param institution the Produsen Data's instansi
 */
public record KegiatanKey(String title, int year, String institution) {

    private static final int SLUG_LENGTH = 48;
    private static final int HASH_HEX_DIGITS = 12;

    /**
     * Strips the texts and checks them.
     *
     * @throws IllegalArgumentException if the title or institution is blank, or the year is not four digits
     */
    public KegiatanKey {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a kegiatan needs a title");
        }
        if (institution == null || institution.isBlank()) {
            throw new IllegalArgumentException("a kegiatan needs an institution");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a kegiatan's year has four digits, got " + year);
        }
        title = title.strip();
        institution = institution.strip();
    }

    /**
     * The name of the kegiatan's folder: a readable slug of the title, the year, and a short hash of the whole key,
     * e.g. {@code survei-kepuasan-masyarakat-2026-3f9a0c1b2d4e}. Stable across runs and platforms; made only of
     * {@code a-z}, {@code 0-9} and {@code -}.
     */
    public String folderName() {
        byte[] identity = (normalize(title) + "\n" + year + "\n" + normalize(institution))
                .getBytes(StandardCharsets.UTF_8);
        return slug(title) + "-" + year + "-" + Sha256Hex.of(identity).substring(0, HASH_HEX_DIGITS);
    }

    /** Whether {@code other} names the same kegiatan (see the class comment). */
    public boolean sameKegiatan(KegiatanKey other) {
        return year == other.year && normalize(title).equals(normalize(other.title))
                && normalize(institution).equals(normalize(other.institution));
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "kegiatan" : slug;
    }
}
