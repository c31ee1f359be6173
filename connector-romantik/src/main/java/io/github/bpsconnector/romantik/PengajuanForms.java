package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.file.FileType;
import io.github.bpsconnector.core.file.MultipartUpload;
import io.github.bpsconnector.core.file.UploadFile;
import io.github.bpsconnector.core.http.RequestBody;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.form.MsKegFormValues;
import io.github.bpsconnector.romantik.page.HtmlForm;
import io.github.bpsconnector.romantik.page.PengajuanDetailParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.NameValuePair;

/** The pengajuan form: creating the draft (Blok 0), saving the blocks in the portal's order, Blok IX uploads. */
final class PengajuanForms {

    static final String OP_CREATE = "pengajuan.buat";
    static final String OP_BLOK = "pengajuan.blok";
    static final String OP_BERKAS = "pengajuan.berkas";
    private static final int MAX_BLOCK_STEPS = 12;

    private final RomantikWeb web;
    private final WriteGuard guard;

    PengajuanForms(RomantikWeb web, WriteGuard guard) {
        this.web = web;
        this.guard = guard;
    }

    /** Posts Blok 0 of "Ajukan Rekomendasi"; returns the new draft's id, read from the redirect. */
    Optional<Long> postBlok0(MetadataPackage pkg) {
        RomantikProfile profile = web.profile();
        Map<String, List<String>> values = MsKegFormValues.of(pkg.activity(), profile);
        RomantikWeb.Submitted created = web.submitForm(OP_CREATE, profile.uri("pengajuanNew"), "blok.form",
                form -> fill(form, values));
        return created.location().flatMap(location -> profile.match("blok", location)).map(found -> found.get("id"))
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /**
     * Saves every block from Blok 0, following the portal's "Simpan dan lanjut" redirects (it skips blocks that do
     * not apply, such as Blok V for a kegiatan that is not a survey) until it leaves the blocks for the resume.
     */
    void fillBlocks(long id, MetadataPackage pkg) {
        RomantikProfile profile = web.profile();
        Map<String, List<String>> values = MsKegFormValues.of(pkg.activity(), profile);
        URI next = profile.uri("blok", id, 0);
        for (int step = 0; step < MAX_BLOCK_STEPS; step++) {
            URI page = next;
            RomantikWeb.Submitted[] saved = new RomantikWeb.Submitted[1];
            guard.idempotent(OP_BLOK, () -> saved[0] = web.submitForm(OP_BLOK, page, "blok.form",
                    form -> fill(form, values)));
            Optional<URI> location = saved[0].location();
            if (location.isEmpty() || profile.match("blok", location.get()).isEmpty()) {
                return;
            }
            next = location.get();
        }
        throw new PortalChangedException(ErrorContext.of("romantik", OP_BLOK), OP_BLOK + ": the blocks did not end "
                + "after " + MAX_BLOCK_STEPS + " saves", "paths.blok leading to paths.ringkasan", null);
    }

    /**
     * Uploads each file not on the pengajuan yet (same kind and name), each under a journal intent so that an
     * upload whose answer was lost is not sent again before it has settled; files were checked before.
     */
    void attach(long id, List<Attachment> attachments) {
        Map<String, String> ids = Map.of("pengajuanId", Long.toString(id));
        for (Attachment attachment : attachments) {
            Intent intent = Intent.of("romantik.berkas.unggah", "romantik", Intent.naturalKey("pengajuan",
                    Long.toString(id), attachment.kind().name(), attachment.file().fileName()));
            if (isAttached(id, attachment)) {
                guard.foundDone(intent, ids);
                continue;
            }
            guard.journaled(intent, () -> isAttached(id, attachment) ? Optional.of(id) : Optional.empty(), () -> {
                guard.once(OP_BERKAS, () -> isAttached(id, attachment), () -> upload(id, attachment));
                return id;
            }, done -> ids);
        }
    }

    /** The files on the pengajuan's Blok IX page. */
    List<AttachedFile> attachedFiles(long id) {
        return PengajuanDetailParser.attachedFiles(web.get(OP_BERKAS, web.profile().uri("blok", id, 9)));
    }

    private boolean isAttached(long id, Attachment attachment) {
        String jenis = web.profile().value("berkas." + attachment.kind().name());
        return attachedFiles(id).stream().anyMatch(file -> file.jenis().equalsIgnoreCase(jenis)
                && file.namaFile().equals(attachment.file().fileName()));
    }

    private void upload(long id, Attachment attachment) {
        RomantikProfile profile = web.profile();
        String jenis = profile.value("berkas." + attachment.kind().name());
        web.submit(OP_BERKAS, profile.uri("blok", id, 9), "berkas.form", form -> multipart(
                form.with(profile.field("berkas.jenis"), jenis), profile.field("berkas.file"), attachment.file()));
    }

    /** A multipart body: the form's fields as text parts, then the file. */
    static RequestBody multipart(HtmlForm form, String fileField, UploadFile file) {
        MultipartUpload.Builder body = MultipartUpload.builder();
        for (NameValuePair pair : form.data()) {
            body.text(pair.getName(), pair.getValue() == null ? "" : pair.getValue());
        }
        return RequestBody.entity(body.file(fileField, file).build());
    }

    /** The form with every field it has replaced by the package's values; fields it does not have are left out. */
    static HtmlForm fill(HtmlForm form, Map<String, List<String>> values) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (form.hasField(HtmlForm.baseName(name))) {
                own.put(name, value);
            }
        });
        return form.withAll(own);
    }

    /** Checks every file (PDF, size) before anything is sent. */
    static List<Attachment> check(SupportingFiles files, long maxBytes) {
        List<Attachment> checked = new ArrayList<>();
        files.files().forEach((kind, paths) -> {
            for (Path path : paths) {
                checked.add(new Attachment(kind, UploadFile.check(ErrorContext.of("romantik", OP_BERKAS), path,
                        maxBytes, FileType.PDF)));
            }
        });
        return checked;
    }

    /** A checked Blok IX file. */
    record Attachment(BerkasKind kind, UploadFile file) {
    }
}
