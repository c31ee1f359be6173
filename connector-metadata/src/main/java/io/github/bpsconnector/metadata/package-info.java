/**
 * The statistical metadata forms of Peraturan BPS Nomor 5 Tahun 2020 as immutable Java types: {@link
 * io.github.bpsconnector.metadata.MsKeg} (activity: identity block and Blok I&ndash;VIII), {@link
 * io.github.bpsconnector.metadata.MsVar} (one variable, columns 1&ndash;12 plus INDAH's items) and {@link
 * io.github.bpsconnector.metadata.MsInd} (one indicator, columns 1&ndash;17 plus the SDS link), held together by
 * {@link io.github.bpsconnector.metadata.MetadataPackage}.
 *
 * <p>Conventions: every type has a builder that accepts drafts (any item may be missing; completeness is the
 * validator's job). Blank text becomes {@code null}; lists, multiple choices and blocks are never {@code null};
 * other items are {@code null} when not filled. Only structurally impossible values are rejected (a date range
 * with neither bound, a {@code null} list entry, a date that does not exist). Coded answers are the enums of
 * {@link io.github.bpsconnector.metadata.code}, stored by their named value, never by a version's code number.
 * Javadoc of each item names its form item (e.g. "R.4.2 Frekuensi Penyelenggaraan").
 */
package io.github.bpsconnector.metadata;
