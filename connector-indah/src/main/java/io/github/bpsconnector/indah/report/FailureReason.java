package io.github.bpsconnector.indah.report;

/** Why a package could not be reported. */
public enum FailureReason {
    /** Local validation found problems; nothing was sent. */
    INVALID,
    /** INDAH refused a write ({@code PortalRejectedException}); its messages are in the result. */
    REJECTED,
    /** The record on INDAH is in review or decided and cannot be changed now. */
    NOT_EDITABLE,
    /** The login was refused or cannot be renewed unattended. */
    AUTHENTICATION,
    /** INDAH could not be reached, failed, or asked to slow down; try again later. */
    UNAVAILABLE,
    /** A write's answer was lost and its effect could not be confirmed; the journal keeps it for a resume. */
    OUTCOME_UNKNOWN,
    /** INDAH's answers no longer match the profile. */
    PORTAL_CHANGED
}
