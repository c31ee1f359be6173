package io.github.bpsconnector.romantik.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.romantik.RomantikProfile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.NameValuePair;
import org.junit.jupiter.api.Test;

/** What a browser would send: one submit button, checked boxes only, selected options, hidden CSRF token. */
class HtmlFormTest {

    private static HtmlForm form(String html) {
        Page page = Page.parse("<html><body>" + html + "</body></html>", URI.create("https://r.example/pengajuan/7"),
                RomantikProfile.defaults(), PageSnapshots.none(), "test");
        return HtmlForm.read(page.document().selectFirst("form"), page);
    }

    private static List<String> pairs(HtmlForm form) {
        return form.data().stream().map(pair -> pair.getName() + "=" + pair.getValue()).toList();
    }

    @Test
    void sendsOnlyTheFirstSubmitButtonAsABrowserWould() {
        HtmlForm form = form("<form method=post action='blok/3'><input type=hidden name=_token value=t>"
                + "<input type=submit name=aksi value=simpan><input type=submit name=aksi value=hapus>"
                + "<button name=lain value=x>Lain</button><input type=reset name=r value=r></form>");

        assertThat(pairs(form)).containsExactly("_token=t", "aksi=simpan");
        assertThat(form.action()).isEqualTo(URI.create("https://r.example/pengajuan/blok/3"));
        assertThat(form.controlNames()).contains("lain", "r");
    }

    @Test
    void sendsCheckedBoxesSelectedOptionsAndSkipsDisabledAndFiles() {
        HtmlForm form = form("<form method=post enctype='multipart/form-data'>"
                + "<input type=checkbox name=m value=A checked><input type=checkbox name=m value=B>"
                + "<input type=radio name=r value=X><input type=radio name=r value=Y checked>"
                + "<select name=s><option value=''>--</option><option value=2 selected>Dua</option></select>"
                + "<select name=first><option value=a>A</option><option value=b>B</option></select>"
                + "<input name=off value=no disabled><input type=file name=berkas>"
                + "<textarea name=t>teks</textarea></form>");

        assertThat(pairs(form)).containsExactly("m=A", "r=Y", "s=2", "first=a", "t=teks");
        assertThat(form.multipart()).isTrue();
        assertThat(form.action()).isEqualTo(URI.create("https://r.example/pengajuan/7"));
        assertThat(form.hasField("berkas")).isTrue();
    }

    @Test
    void replacesAFieldAndItsRows() {
        HtmlForm form = form("<form method=post><input type=hidden name=_token value=t>"
                + "<input name='iii_variabel[0][nama]' value=lama><input name='iii_variabel[0][definisi]' value=d>"
                + "<input name=judul value=j></form>");

        HtmlForm filled = form.withAll(Map.of("iii_variabel[0][nama]", List.of("Umur"),
                "iii_variabel[1][nama]", List.of("Jenis Kelamin")));

        assertThat(filled.hasField("iii_variabel")).isTrue();
        assertThat(filled.data()).extracting(NameValuePair::getName).containsOnlyOnce("_token", "judul")
                .contains("iii_variabel[0][nama]", "iii_variabel[1][nama]").doesNotContain("iii_variabel[0][definisi]");
        assertThat(filled.value("judul")).hasValue("j");
        assertThat(form.with("judul", "baru").value("judul")).hasValue("baru");
        assertThat(filled.toString()).doesNotContain("Umur").doesNotContain("=t");
    }
}
