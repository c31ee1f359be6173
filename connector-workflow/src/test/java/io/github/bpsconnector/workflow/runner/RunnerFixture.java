package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.workflow.document.ProducerDetails;
import io.github.bpsconnector.workflow.document.Signatory;
import io.github.bpsconnector.workflow.port.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small kegiatan for the runner's tests. */
final class RunnerFixture {

    static final String TITLE = "Survei Kepuasan Masyarakat Dinas Kesehatan Kabupaten Jember 2026";
    static final String INSTANSI = "Dinas Kesehatan Kabupaten Jember";

    static final ProducerDetails PRODUCER = ProducerDetails.builder()
            .governmentName("Pemerintah Kabupaten Jember").institution("Dinas Kesehatan")
            .address("Jalan Srikoyo No. 3, Patrang, Jember 68111").letterNumber("000.8.3/1234/35.09.311/2026")
            .place("Jember").date(LocalDate.of(2026, 3, 12))
            .signatory(new Signatory("dr. Siti Aminah, M.Kes.", "Kepala Dinas Kesehatan Kabupaten Jember",
                    "Pembina Utama Muda (IV/c)", "19750317 200003 2 004"))
            .build();

    private RunnerFixture() {
    }

    static MetadataPackage metadata(String definition) {
        ActivityHeader header = ActivityHeader.builder().title(TITLE).organizer(INSTANSI).build();
        return MetadataPackage.builder()
                .activity(MsKeg.builder().title(TITLE).year(2026).collectionType(CollectionType.SURVEI).build())
                .addVariable(MsVar.builder().header(header).number(1).name("Tingkat kepuasan")
                        .definition(definition).build())
                .addIndicator(MsInd.builder().header(header).number(1).name("Indeks Kepuasan Masyarakat")
                        .definition("Rata-rata tertimbang nilai kepuasan").build())
                .build();
    }

    static Kegiatan kegiatan(Path folder, String definition) throws IOException {
        Path kak = folder.resolve("kak.pdf");
        if (!Files.exists(kak)) {
            Files.writeString(kak, "%PDF-1.7\nKerangka Acuan Kerja\n%%EOF\n");
        }
        return Kegiatan.of(metadata(definition), INSTANSI, List.of(new Attachment(AttachmentKind.KAK, kak)),
                PRODUCER);
    }
}
