/**
 * The documents the SOP asks the Produsen Data for, as PDF (PDFBox, A4, Standard 14 fonts):
 *
 * <ul>
 *   <li>{@link io.github.bpsconnector.workflow.document.SuratKomitmenPdf}: the Surat Komitmen Pelaksanaan
 *       (step 6), from a {@link io.github.bpsconnector.workflow.document.SuratRekomendasiInfo} and the
 *       producer's {@link io.github.bpsconnector.workflow.document.ProducerDetails}.</li>
 *   <li>{@link io.github.bpsconnector.workflow.document.MetadataFormsPdf}: the MS-Var and MS-Ind of a metadata
 *       package for Romantik's Blok IX (step 2).</li>
 * </ul>
 *
 * Bad input is reported field by field with {@link io.github.bpsconnector.workflow.document.DocumentInputException};
 * files are written atomically and never over an existing one ({@link
 * io.github.bpsconnector.workflow.document.GeneratedDocument} carries the SHA-256).
 */
package io.github.bpsconnector.workflow.document;
