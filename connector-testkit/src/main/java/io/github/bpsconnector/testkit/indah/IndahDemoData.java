package io.github.bpsconnector.testkit.indah;

import java.util.EnumSet;
import java.util.List;

/**
 * The demo organisations and accounts the simulated INDAH starts with (unless told not to): the Walidata
 * (Diskominfo) of Kabupaten Jember, producers of Jember and of a neighbouring regency, the provincial Walidata of
 * Jawa Timur, and BPS Kabupaten Jember as Pembina Data. Names and addresses are illustrative.
 */
public final class IndahDemoData {

    /** Diskominfo Kabupaten Jember (Walidata). */
    public static final long DISKOMINFO_JEMBER = 3509001;
    /** Dinas Kesehatan Kabupaten Jember (Produsen Data). */
    public static final long DINKES_JEMBER = 3509002;
    /** Dinas Pendidikan Kabupaten Jember (Produsen Data). */
    public static final long DISDIK_JEMBER = 3509003;
    /** Bappeda Kabupaten Jember (Produsen Data). */
    public static final long BAPPEDA_JEMBER = 3509004;
    /** BPS Kabupaten Jember (Pembina Data). */
    public static final long BPS_JEMBER = 3509900;
    /** Diskominfo Provinsi Jawa Timur (Walidata, province level). */
    public static final long DISKOMINFO_JATIM = 3500001;
    /** Dinas Kesehatan Kabupaten Lumajang (Produsen Data outside Jember). */
    public static final long DINKES_LUMAJANG = 3508002;

    /** Walidata of Jember with OPERATOR and APPROVAL. */
    public static final String WALIDATA_USERNAME = "walidata.jember";
    /** Its password. */
    public static final String WALIDATA_PASSWORD = "Walidata#2026";
    /** Produsen Data (Dinas Kesehatan Jember) with OPERATOR. */
    public static final String PRODUSEN_USERNAME = "dinkes.jember";
    /** Its password. */
    public static final String PRODUSEN_PASSWORD = "Produsen#2026";
    /** Pembina Data (BPS Kabupaten Jember) with APPROVAL. */
    public static final String PEMBINA_USERNAME = "pembina.jember";
    /** Its password. */
    public static final String PEMBINA_PASSWORD = "Pembina#2026";

    private IndahDemoData() {
    }

    /** @return the demo organisations */
    public static List<IndahOrganization> organizations() {
        return List.of(
                jember(DISKOMINFO_JEMBER, "Dinas Komunikasi dan Informatika Kabupaten Jember", IndahRole.WALIDATA,
                        "diskominfo"),
                jember(DINKES_JEMBER, "Dinas Kesehatan Kabupaten Jember", IndahRole.PRODUSEN_DATA, "dinkes"),
                jember(DISDIK_JEMBER, "Dinas Pendidikan Kabupaten Jember", IndahRole.PRODUSEN_DATA, "dispendik"),
                jember(BAPPEDA_JEMBER, "Badan Perencanaan Pembangunan Daerah Kabupaten Jember",
                        IndahRole.PRODUSEN_DATA, "bappeda"),
                jember(BPS_JEMBER, "BPS Kabupaten Jember", IndahRole.PEMBINA_DATA, "bps"),
                new IndahOrganization(DISKOMINFO_JATIM, "Dinas Komunikasi dan Informatika Provinsi Jawa Timur",
                        IndahRole.WALIDATA, "35", "JAWA TIMUR", "3500", "PROVINSI JAWA TIMUR",
                        "Jl. Simulasi No. 1, Surabaya", "031-0000000", "diskominfo@jatim.example", null),
                new IndahOrganization(DINKES_LUMAJANG, "Dinas Kesehatan Kabupaten Lumajang", IndahRole.PRODUSEN_DATA,
                        "35", "JAWA TIMUR", "3508", "KABUPATEN LUMAJANG", "Jl. Simulasi No. 2, Lumajang",
                        "0334-000000", "dinkes@lumajang.example", null));
    }

    /** @return the demo accounts */
    public static List<IndahAccount> accounts() {
        return List.of(
                new IndahAccount(WALIDATA_USERNAME, WALIDATA_PASSWORD, "Walidata Diskominfo Jember",
                        "walidata@jember.example", DISKOMINFO_JEMBER,
                        EnumSet.of(IndahFunction.OPERATOR, IndahFunction.APPROVAL)),
                new IndahAccount(PRODUSEN_USERNAME, PRODUSEN_PASSWORD, "Operator Dinas Kesehatan Jember",
                        "dinkes@jember.example", DINKES_JEMBER, EnumSet.of(IndahFunction.OPERATOR)),
                new IndahAccount(PEMBINA_USERNAME, PEMBINA_PASSWORD, "Pembina Data BPS Kabupaten Jember",
                        "pembina@bps-jember.example", BPS_JEMBER, EnumSet.of(IndahFunction.APPROVAL)));
    }

    private static IndahOrganization jember(long id, String name, IndahRole role, String mailbox) {
        return new IndahOrganization(id, name, role, "35", "JAWA TIMUR", "3509", "KABUPATEN JEMBER",
                "Jl. Simulasi No. " + (id % 1000) + ", Jember", "0331-000000", mailbox + "@jember.example", null);
    }
}
