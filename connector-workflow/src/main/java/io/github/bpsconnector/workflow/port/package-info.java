/**
 * What the SOP workflow needs of each portal, in the workflow's own terms: {@link
 * io.github.bpsconnector.workflow.port.RomantikPort} (the Produsen Data's pengajuan), {@link
 * io.github.bpsconnector.workflow.port.WalidataPort} (the Walidata's check on Romantik), {@link
 * io.github.bpsconnector.workflow.port.IndahPort} (the metadata report on INDAH). The Romantik and INDAH clients
 * implement them through thin adapters; the SOP logic stays in the runner.
 */
package io.github.bpsconnector.workflow.port;
