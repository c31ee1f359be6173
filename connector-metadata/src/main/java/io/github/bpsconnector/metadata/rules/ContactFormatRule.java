package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.MsKeg;

import java.util.List;
import java.util.regex.Pattern;

/**
 * FMT-EMAIL and FMT-PHONE: the e-mail addresses and the telephone and fax numbers of R.1.2 and R.2.2 have the
 * settings' formats. A fax may be the settings' "none" marker (e.g. {@code "-"}).
 */
final class ContactFormatRule implements Rule.OfKeg {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./()]");

    private static final RuleInfo EMAIL = RuleInfo.error("FMT-EMAIL", RuleInfo.KEG, "R.1.2, R.2.2 E-mail",
            "E-mail addresses match settings: contact.emailPattern", "Perban 5/2020 p.88");
    private static final RuleInfo PHONE = RuleInfo.error("FMT-PHONE", RuleInfo.KEG,
            "R.1.2, R.2.2 Telepon, Faksimile",
            "Phone and fax numbers match settings: contact.phonePattern after removing separators; fax may be "
                    + "a noFaxMarker", "Perban 5/2020 p.88");

    @Override
    public List<RuleInfo> infos() {
        return List.of(EMAIL, PHONE);
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        check(keg.organizer().contact(), "organizer.contact", "R.1.2 Alamat Lengkap Instansi Penyelenggara",
                ctx, out);
        check(keg.responsibility().technicalContact().contact(), "responsibility.technicalContact.contact",
                "R.2.2 Penanggung Jawab Teknis", ctx, out);
    }

    private static void check(ContactDetails contact, String path, String formItem, RuleContext ctx,
                              Findings out) {
        RuleSettings settings = ctx.settings();
        if (contact.email() != null && !settings.emailPattern().matcher(contact.email().strip()).matches()) {
            out.report(EMAIL, path + ".email", formItem, "Alamat e-mail \"" + contact.email()
                    + "\" tidak valid; tulis satu alamat seperti nama@instansi.go.id.");
        }
        if (contact.phone() != null && !isPhone(contact.phone(), settings)) {
            out.report(PHONE, path + ".phone", formItem, "Nomor telepon \"" + contact.phone()
                    + "\" tidak valid; tulis satu nomor Indonesia, misalnya (0331) 487552 atau +62 812 3456 7890.");
        }
        if (contact.fax() != null && !settings.noFaxMarkers().contains(contact.fax().strip())
                && !isPhone(contact.fax(), settings)) {
            out.report(PHONE, path + ".fax", formItem, "Nomor faksimile \"" + contact.fax()
                    + "\" tidak valid; tulis satu nomor Indonesia, atau \"-\" jika tidak ada.");
        }
    }

    private static boolean isPhone(String number, RuleSettings settings) {
        return settings.phonePattern().matcher(SEPARATORS.matcher(number).replaceAll("")).matches();
    }
}
