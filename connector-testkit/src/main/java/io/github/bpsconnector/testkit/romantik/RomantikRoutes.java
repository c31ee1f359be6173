package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.Router;

/** Declares every route of §2 on the kernel's router, each wrapped by the {@link SessionGate}. */
final class RomantikRoutes {

    private RomantikRoutes() {
    }

    static void register(Router router, RomantikState state, SessionGate gate, AuthRoutes auth) {
        ProdusenRoutes produsen = new ProdusenRoutes(state);
        WalidataRoutes walidata = new WalidataRoutes(state);
        PublicRoutes pages = new PublicRoutes(state);
        String sso = AuthRoutes.SSO_PREFIX;
        router.get("/", gate.open(auth::root))
                .get("/login", gate.open(auth::loginPage))
                .post("/login", gate.open(auth::formLogin))
                .get(SsoRealm.CALLBACK_PATH, gate.open(auth::callback))
                .post("/logout", gate.action(auth::logout))
                .get(sso + SsoRealm.AUTH_PATH, auth::ssoAuthorize)
                .post(sso + SsoRealm.AUTHENTICATE_PATH, auth::ssoAuthenticate)
                .get("/beranda", gate.page(produsen::beranda))
                .get("/profil", gate.page(produsen::profil))
                .post("/profil", gate.action(produsen::saveProfil))
                .get("/pengajuan", gate.page(produsen::daftar))
                .post("/pengajuan", gate.action(produsen::create))
                .get("/pengajuan/baru", gate.page(produsen::baru))
                .get("/pengajuan/{id}", gate.page(produsen::detail))
                .get("/pengajuan/{id}/blok/{n}", gate.page(produsen::showBlok))
                .post("/pengajuan/{id}/blok/{n}", gate.action(produsen::saveBlok))
                .post("/pengajuan/{id}/berkas", gate.action(produsen::berkas))
                .get("/pengajuan/{id}/ringkasan", gate.page(produsen::ringkasan))
                .post("/pengajuan/{id}/kirim", gate.action(produsen::kirim))
                .get("/pengajuan/{id}/cetak", gate.page(produsen::cetak))
                .post("/pengajuan/{id}/hapus", gate.action(produsen::hapus))
                .post("/pengajuan/{id}/batalkan", gate.action(produsen::batalkan))
                .get("/pengajuan/{id}/surat-rekomendasi", gate.page(produsen::surat))
                .post("/pengajuan/{id}/komitmen", gate.action(produsen::komitmen))
                .post("/pengajuan/{id}/rating", gate.action(produsen::rating))
                .get("/walidata/pengajuan", gate.page(walidata::daftar))
                .get("/walidata/pengajuan/{id}", gate.page(walidata::detail))
                .post("/walidata/pengajuan/{id}", gate.action(walidata::decide))
                .get("/rekomendasi-terbit", gate.open((request, session) -> pages.list(request,
                        gate.viewer(session))))
                .get("/rekomendasi-terbit/{token}", gate.open((request, session) -> pages.detail(request,
                        gate.viewer(session))));
    }
}
