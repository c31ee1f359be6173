/**
 * The code lists of the metadata forms as enums implementing {@link io.github.bpsconnector.metadata.code.CodeList}:
 * each value carries its named value (the constant), its Indonesian label, its code number per
 * {@link io.github.bpsconnector.metadata.code.FormVersion}, its INDAH name and the alias spellings of public
 * integrations. {@link io.github.bpsconnector.metadata.code.CodeLists} parses any of them and throws
 * {@link io.github.bpsconnector.metadata.code.UnknownCodeException} naming the list and the value otherwise.
 */
package io.github.bpsconnector.metadata.code;
