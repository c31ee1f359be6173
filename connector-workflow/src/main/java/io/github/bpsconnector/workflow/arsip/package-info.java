/**
 * The arsip: every document and decision of a kegiatan kept in one folder per kegiatan with a manifest (SHA-256,
 * source, time), as the SOP asks records to be kept in digital form. See {@link
 * io.github.bpsconnector.workflow.arsip.Arsip}.
 */
package io.github.bpsconnector.workflow.arsip;
