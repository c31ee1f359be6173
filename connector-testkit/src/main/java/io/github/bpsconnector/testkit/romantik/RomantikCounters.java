package io.github.bpsconnector.testkit.romantik;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of what happened on the simulated Romantik, for assertions. Thread-safe. */
public final class RomantikCounters {

    private final AtomicLong pengajuanCreated = new AtomicLong();
    private final AtomicLong pengajuanDeleted = new AtomicLong();
    private final AtomicLong kirim = new AtomicLong();
    private final AtomicLong berkasUploaded = new AtomicLong();
    private final AtomicLong lettersIssued = new AtomicLong();
    private final AtomicLong loginsSucceeded = new AtomicLong();
    private final AtomicLong loginsFailed = new AtomicLong();
    private final AtomicLong csrfRejected = new AtomicLong();

    RomantikCounters() {
    }

    /** Submissions created (Blok 0 posted successfully), deleted ones included. */
    public long pengajuanCreated() {
        return pengajuanCreated.get();
    }

    /** Drafts deleted by their producer. */
    public long pengajuanDeleted() {
        return pengajuanDeleted.get();
    }

    /** Successful "Kirim Formulir" posts (first sends and re-sends). */
    public long kirim() {
        return kirim.get();
    }

    /** Files accepted (Blok IX and Surat Komitmen). */
    public long berkasUploaded() {
        return berkasUploaded.get();
    }

    /** Surat Rekomendasi issued. */
    public long lettersIssued() {
        return lettersIssued.get();
    }

    /** Successful logins (SSO or form). */
    public long loginsSucceeded() {
        return loginsSucceeded.get();
    }

    /** Refused logins (bad credentials). */
    public long loginsFailed() {
        return loginsFailed.get();
    }

    /** POSTs answered {@code 419} (missing or stale {@code _token}). */
    public long csrfRejected() {
        return csrfRejected.get();
    }

    void countDeleted() {
        pengajuanDeleted.incrementAndGet();
    }

    void countKirim() {
        kirim.incrementAndGet();
    }

    void countBerkas() {
        berkasUploaded.incrementAndGet();
    }

    void countLetter() {
        lettersIssued.incrementAndGet();
    }

    void countLogin(boolean succeeded) {
        (succeeded ? loginsSucceeded : loginsFailed).incrementAndGet();
    }

    void countCsrfRejected() {
        csrfRejected.incrementAndGet();
    }

    void countCreated() {
        pengajuanCreated.incrementAndGet();
    }

    /** Sets every counter to zero. */
    public void reset() {
        for (AtomicLong counter : new AtomicLong[] {pengajuanCreated, pengajuanDeleted, kirim, berkasUploaded,
            lettersIssued, loginsSucceeded, loginsFailed, csrfRejected}) {
            counter.set(0);
        }
    }

    @Override
    public String toString() {
        return "RomantikCounters[created=" + pengajuanCreated + ", deleted=" + pengajuanDeleted + ", kirim=" + kirim
                + ", berkas=" + berkasUploaded + ", letters=" + lettersIssued + ", logins=" + loginsSucceeded + "/"
                + loginsFailed + ", csrfRejected=" + csrfRejected + "]";
    }
}
