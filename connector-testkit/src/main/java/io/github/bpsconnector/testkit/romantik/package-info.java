/**
 * The simulated Romantik: {@link io.github.bpsconnector.testkit.romantik.SimulatedRomantik}, a stateful,
 * server-rendered model of BPS's recommendation portal as BPS's 2023 guides describe it (portal model §2), with a
 * Keycloak-like SSO, CSRF-bound sessions, the block-by-block form (INDAH flat keys), the Walidata's pages, the
 * {@link io.github.bpsconnector.testkit.romantik.RomantikReviewer} playing the Pembina Data, the Surat Rekomendasi
 * PDF and the public {@code /rekomendasi-terbit} pages. It does not depend on the Romantik client.
 */
package io.github.bpsconnector.testkit.romantik;
