package io.github.bpsconnector.workflow.port;

import java.util.List;

/** The Walidata's check on Romantik (SOP step 3), through a Walidata account. */
public interface WalidataPort {

    /** Titles of other kegiatan alike the pengajuan's (the duplication check), most alike first. */
    List<String> duplicates(long id);

    /** Approves: forwards the pengajuan to the Pembina Data. Nothing happens if already approved. */
    void approve(long id, String catatan);

    /** Returns the pengajuan to the producer with catatan ("belum memenuhi"). Nothing happens if already done. */
    void reject(long id, String catatan);
}
