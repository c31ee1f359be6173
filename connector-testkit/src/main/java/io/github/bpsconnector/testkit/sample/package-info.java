/**
 * Sample metadata packages of Kabupaten Jember's perangkat daerah that pass the clients' local checks, shared by the
 * demo, the example runners and the tests: {@link io.github.bpsconnector.testkit.sample.SamplePackages}, with the KAK and questionnaire
 * PDFs of {@link io.github.bpsconnector.testkit.sample.SampleDocuments}.
 */
package io.github.bpsconnector.testkit.sample;
