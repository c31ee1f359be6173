/**
 * Plumbing shared by the workflow packages. Not API: may change without notice.
 */
package io.github.bpsconnector.workflow.internal;
