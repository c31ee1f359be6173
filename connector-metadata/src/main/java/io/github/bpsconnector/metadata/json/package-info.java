/**
 * The canonical JSON form of the metadata model and its JSON Schemas. {@link
 * io.github.bpsconnector.metadata.json.MetadataJson} reads and writes MS-Keg, MS-Var, MS-Ind and packages
 * (deterministic output, strict input, typed errors with a JSON Pointer); {@link
 * io.github.bpsconnector.metadata.json.MetadataSchema} gives the bundled draft 2020-12 schemas and validates
 * documents against them, for systems that do not use the Java model.
 */
package io.github.bpsconnector.metadata.json;
