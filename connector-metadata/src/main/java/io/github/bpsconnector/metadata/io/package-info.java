/**
 * Import of statistical metadata from spreadsheets, and the templates for it. {@link
 * io.github.bpsconnector.metadata.io.MetadataTemplates} writes an empty template (XLSX with drop-down lists, or
 * CSV/TSV files); {@link io.github.bpsconnector.metadata.io.MetadataImporter} reads a filled one into {@link
 * io.github.bpsconnector.metadata.MetadataPackage}s plus an {@link io.github.bpsconnector.metadata.io.ImportReport}
 * that names the sheet, row and column of every problem. {@link io.github.bpsconnector.metadata.io.FormulaToLatex}
 * turns the symbols of an indicator formula into the LaTeX that INDAH stores.
 *
 * <p>The format of the template (sheets, columns, list syntax, dates, schedule layout, limits) is described in
 * {@code connector-metadata/docs/import.md}.
 */
package io.github.bpsconnector.metadata.io;
