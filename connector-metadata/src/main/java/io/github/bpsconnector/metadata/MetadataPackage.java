package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Produsen Data hands to the Walidata for one statistical activity (SOP step 8): its MS-Keg, the MS-Var of
 * each variable and the MS-Ind of each indicator, and references to its supporting documents (KAK, kuesioner,
 * surat permohonan, ...). Immutable; the lists are never {@code null}.
 *
 * @param activity    the MS-Keg; never {@code null} (empty when not filled)
 * @param variables   the MS-Var, one per variable
 * @param indicators  the MS-Ind, one per indicator
 * @param attachments the supporting documents
 */
public record MetadataPackage(MsKeg activity, List<MsVar> variables, List<MsInd> indicators,
                              List<AttachmentRef> attachments) {

    /** A package with nothing filled. */
    public static final MetadataPackage EMPTY = builder().build();

    /** Normalises a missing MS-Keg to empty and copies the lists. */
    public MetadataPackage {
        activity = Values.orEmpty(activity, MsKeg.EMPTY);
        variables = Values.list(variables, "variables");
        indicators = Values.list(indicators, "indicators");
        attachments = Values.list(attachments, "attachments");
    }

    /** The attachments of the given kind, in package order. */
    public List<AttachmentRef> attachments(AttachmentKind kind) {
        return attachments.stream().filter(a -> a.kind() == kind).toList();
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this package's values. */
    public Builder toBuilder() {
        return new Builder().activity(activity).variables(variables).indicators(indicators).attachments(attachments);
    }

    /** Builds a {@link MetadataPackage}. Not thread-safe. */
    public static final class Builder {
        private MsKeg activity;
        private final List<MsVar> variables = new ArrayList<>();
        private final List<MsInd> indicators = new ArrayList<>();
        private final List<AttachmentRef> attachments = new ArrayList<>();

        private Builder() {
        }

        /** Sets the MS-Keg. */
        public Builder activity(MsKeg value) {
            this.activity = value;
            return this;
        }

        /** Replaces the MS-Var list. */
        public Builder variables(List<MsVar> values) {
            Values.replace(variables, values);
            return this;
        }

        /** Adds one MS-Var. */
        public Builder addVariable(MsVar value) {
            variables.add(value);
            return this;
        }

        /** Replaces the MS-Ind list. */
        public Builder indicators(List<MsInd> values) {
            Values.replace(indicators, values);
            return this;
        }

        /** Adds one MS-Ind. */
        public Builder addIndicator(MsInd value) {
            indicators.add(value);
            return this;
        }

        /** Replaces the attachment list. */
        public Builder attachments(List<AttachmentRef> values) {
            Values.replace(attachments, values);
            return this;
        }

        /** Adds one attachment. */
        public Builder addAttachment(AttachmentRef value) {
            attachments.add(value);
            return this;
        }

        /** The package; never throws for a missing item. */
        public MetadataPackage build() {
            return new MetadataPackage(activity, variables, indicators, attachments);
        }
    }
}
