/**
 * {@link io.github.bpsconnector.workflow.runner.SopRunner}: drives a kegiatan through SOP steps 1–11 over the
 * portal ports, resumable and idempotent, journaled step by step, with every document kept in the arsip.
 */
package io.github.bpsconnector.workflow.runner;
