package io.github.bpsconnector.metadata.code;

/**
 * R.4.7 Sarana Pengumpulan Data. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}.
 * <p>The Kutai Timur INDAH integration (2023) used odd enum strings such as
 * {@code PAPER_ASSISTED_TELEPHONES_INTERVIEWING_ATAU_CATI}; they are accepted as aliases.
 */
public enum CollectionMode implements CodeList {

    /** 1 PAPI (Paper-assisted Personal Interviewing; Romantik 2023: Pencil and Paper Interviewing). */
    PAPI(CodeInfo.of("PAPI (Paper-assisted Personal Interviewing)", 1).indah("papi").aliases("PAPER_ASSISTED_PERSONAL_INTERVIEWING", "PENCIL_AND_PAPER_INTERVIEWING")),

    /** 2 CAPI (Computer-assisted Personal Interviewing). */
    CAPI(CodeInfo.of("CAPI (Computer-assisted Personal Interviewing)", 2).indah("capi").aliases("COMPUTER_ASSISTED_PERSONAL_INTERVIEWING")),

    /** 4 CATI (Computer-assisted Telephone Interviewing). */
    CATI(CodeInfo.of("CATI (Computer-assisted Telephone Interviewing)", 4).indah("cati").aliases("COMPUTER_ASSISTED_TELEPHONE_INTERVIEWING", "PAPER_ASSISTED_TELEPHONES_INTERVIEWING_ATAU_CATI")),

    /** 8 CAWI (Computer Aided Web Interviewing). */
    CAWI(CodeInfo.of("CAWI (Computer Aided Web Interviewing)", 8).indah("cawi").aliases("COMPUTER_AIDED_WEB_INTERVIEWING", "COMPUTER_ASSISTED_WEB_INTERVIEWING", "PAPER_AIDED_WEB_INTERVIEWING_ATAU_CAWI")),

    /** 16 Mail. */
    MAIL(CodeInfo.of("Mail", 16).indah("mail")),

    /** 32 Lainnya; the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 32).indah("lainnya"));

    private final CodeInfo info;

    CollectionMode(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.7 Sarana Pengumpulan Data";
    }
}
