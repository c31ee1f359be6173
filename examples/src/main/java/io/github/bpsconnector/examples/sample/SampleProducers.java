package io.github.bpsconnector.examples.sample;

import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.document.ProducerDetails;
import io.github.bpsconnector.workflow.document.Signatory;

import java.time.LocalDate;

/** Who signs the Surat Komitmen of a sample kegiatan: an invented head of office with a well-formed NIP. */
public final class SampleProducers {

    private SampleProducers() {
    }

    /** The producer's details of {@code sample}'s perangkat daerah, on {@code letterDate}. */
    public static ProducerDetails of(SamplePackages sample, LocalDate letterDate) {
        String organizer = sample.organizer();
        return ProducerDetails.builder()
                .governmentName("Pemerintah Kabupaten Jember")
                .institution(organizer)
                .address("Jl. Sudarman No. 1, Jember 68118")
                .letterNumber("000.8.3/" + (100 + Math.abs(sample.title().hashCode() % 900)) + "/35.09/"
                        + letterDate.getYear())
                .place("Jember")
                .date(letterDate)
                .signatory(new Signatory("Kepala " + organizer.replace(" Kabupaten Jember", "") + " (contoh)",
                        "Kepala " + organizer, "Pembina Utama Muda (IV/c)", "19750317 200003 1 004"))
                .build();
    }
}
