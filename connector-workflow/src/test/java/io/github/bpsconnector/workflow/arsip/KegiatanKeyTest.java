package io.github.bpsconnector.workflow.arsip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KegiatanKeyTest {

    private static final KegiatanKey SKM = new KegiatanKey("Survei Kepuasan Masyarakat Dinas Kesehatan 2026", 2026,
            "Dinas Kesehatan Kabupaten Jember");

    @Test
    void theFolderNameIsAReadableStableSlugWithAHash() {
        assertThat(SKM.folderName()).isEqualTo("survei-kepuasan-masyarakat-dinas-kesehatan-2026-2026-"
                + SKM.folderName().substring(SKM.folderName().length() - 12));
        assertThat(SKM.folderName()).matches("[a-z0-9-]+-2026-[0-9a-f]{12}");
        assertThat(new KegiatanKey("Pendataan Ékonomi Kreatif — Jember", 2027, "Disparbud").folderName())
                .startsWith("pendataan-ekonomi-kreatif-jember-2027-");
        assertThat(new KegiatanKey("中文", 2027, "X").folderName()).startsWith("kegiatan-2027-");
        assertThat(new KegiatanKey("x".repeat(300), 2027, "X").folderName()).hasSizeLessThan(80);
    }

    @Test
    void caseAndSpacingDoNotMakeAnotherKegiatanButTheInstitutionDoes() {
        KegiatanKey sameAgain = new KegiatanKey("  survei kepuasan   MASYARAKAT Dinas Kesehatan 2026 ", 2026,
                "dinas kesehatan kabupaten jember");
        KegiatanKey otherInstitution = new KegiatanKey(SKM.title(), 2026, "Dinas Sosial Kabupaten Jember");

        assertThat(sameAgain.folderName()).isEqualTo(SKM.folderName());
        assertThat(sameAgain.sameKegiatan(SKM)).isTrue();
        assertThat(otherInstitution.folderName()).isNotEqualTo(SKM.folderName());
        assertThat(otherInstitution.sameKegiatan(SKM)).isFalse();
        assertThat(new KegiatanKey(SKM.title(), 2027, SKM.institution()).folderName())
                .isNotEqualTo(SKM.folderName());
    }

    @Test
    void aKeyNeedsATitleAnInstitutionAndAYear() {
        assertThatThrownBy(() -> new KegiatanKey(" ", 2026, "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KegiatanKey("T", 2026, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KegiatanKey("T", 26, "X")).isInstanceOf(IllegalArgumentException.class);
    }
}
