/**
 * Where each kegiatan stands in the SOP: {@link io.github.bpsconnector.workflow.tracking.KegiatanCase}, rebuilt by
 * {@link io.github.bpsconnector.workflow.tracking.CaseTracker} from the portals' statuses and the journal.
 */
package io.github.bpsconnector.workflow.tracking;
