package io.github.bpsconnector.testkit.romantik;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Plays the reviewers of the simulated Romantik: the Walidata (who may also act through its own pages) and the
 * Pembina Data (BPS, whose webadmin the clients never see). Every method refuses a step that §2.6 does not allow in
 * the current status with {@link RomantikRefusedException}, and an unknown id with
 * {@link NoSuchElementException}.
 *
 * <pre>{@code
 * romantik.reviewer().asWalidata().approve(id, "Tidak duplikasi.");
 * PembinaDataReviewer bps = romantik.reviewer().asPembinaData();
 * bps.startExamination(id);
 * bps.requestCorrection(id, "Lengkapi definisi variabel.");
 * // ... the producer fixes and sends again ...
 * SuratRekomendasi surat = bps.recommend(id, List.of("catatan 1", "catatan 2", "catatan 3"));
 * }</pre>
 */
public final class RomantikReviewer {

    private final RomantikState state;

    RomantikReviewer(RomantikState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The Walidata's decisions (step 3 of the SOP). */
    public WalidataReviewer asWalidata() {
        return new WalidataReviewer(state);
    }

    /** The Pembina Data's stages (steps 4 and 5 of the SOP). */
    public PembinaDataReviewer asPembinaData() {
        return new PembinaDataReviewer(state);
    }

    /** The Walidata: approve (forward to BPS) or reject (back to the producer) a submission it is checking. */
    public static final class WalidataReviewer {
        private final RomantikState state;

        private WalidataReviewer(RomantikState state) {
            this.state = state;
        }

        /** Status-walidata {@code pemeriksaan} → {@code disetujui}; the note may be empty. */
        public void approve(long id, String note) {
            state.reviewAsWalidata(id, true, note);
        }

        /** Status-walidata {@code pemeriksaan} → {@code ditolak}; the note is required. */
        public void reject(long id, String note) {
            state.reviewAsWalidata(id, false, note);
        }
    }

    /** The Pembina Data: Pemeriksaan, Perbaikan, Pengesahan (Layak / Tidak Layak), Penerbitan. */
    public static final class PembinaDataReviewer {
        private final RomantikState state;

        private PembinaDataReviewer(RomantikState state) {
            this.state = state;
        }

        /**
         * Pemeriksaan: status-pengajuan → {@code pemeriksaan}, for a submission the Walidata approved or one whose
         * correction the producer sent ({@code sudah diperbaiki}).
         */
        public void startExamination(long id) {
            state.startExamination(id);
        }

        /** Perbaikan: {@code pemeriksaan} → {@code perbaikan} with the correction note (required). */
        public void requestCorrection(long id, String note) {
            state.requestCorrection(id, note);
        }

        /** Pengesahan, Tidak Layak: {@code pemeriksaan} → {@code ditolak} with the reason (required). */
        public void declareTidakLayak(long id, String reason) {
            state.declareTidakLayak(id, reason);
        }

        /** Pengesahan, Layak, with at least three catatan rekomendasi; the status stays {@code pemeriksaan}. */
        public void declareLayak(long id, List<String> catatanRekomendasi) {
            state.declareLayak(id, List.copyOf(catatanRekomendasi));
        }

        /**
         * Penerbitan: numbers the letter (Identitas Rekomendasi per issuing office and year), writes its PDF and
         * publishes it on {@code /rekomendasi-terbit}; status-pengajuan → {@code layak}.
         */
        public SuratRekomendasi issueLetter(long id) {
            return state.issueLetter(id);
        }

        /**
         * The whole happy path from where it stands: starts the examination if it has not started, declares it
         * Layak and issues the letter.
         */
        public SuratRekomendasi recommend(long id, List<String> catatanRekomendasi) {
            PengajuanView view = state.find(id).orElseThrow(() -> new NoSuchElementException(
                    "No pengajuan " + id));
            if (view.statusPengajuan() != StatusPengajuan.PEMERIKSAAN) {
                startExamination(id);
            }
            declareLayak(id, catatanRekomendasi);
            return issueLetter(id);
        }
    }
}
