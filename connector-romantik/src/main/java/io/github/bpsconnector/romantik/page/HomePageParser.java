package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.AccountInfo;

/** The home page ({@code /beranda}) → {@link AccountInfo}. */
public final class HomePageParser {

    private HomePageParser() {
    }

    /** Reads the user's name, e-mail, instansi (may be empty) and role. */
    public static AccountInfo parse(Page page) {
        return new AccountInfo(page.text("home.userName"), page.text("home.userEmail"),
                page.text("home.userInstansi"), page.text("home.userPeran"));
    }
}
