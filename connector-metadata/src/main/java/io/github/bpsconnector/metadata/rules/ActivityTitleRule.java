package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;

/**
 * C10: the Nama Kegiatan in the header of every MS-Var and MS-Ind equals the MS-Keg Judul Kegiatan (white space
 * aside; case counts, since INDAH links the forms by this name).
 */
final class ActivityTitleRule extends SingleRule implements Rule.OfPackage {

    ActivityTitleRule() {
        super(RuleInfo.error("C10", RuleInfo.PACKAGE, "Nama Kegiatan (MS-Var, MS-Ind)",
                "Each MS-Var and MS-Ind Nama Kegiatan equals the MS-Keg Judul Kegiatan",
                "Perban 5/2020 p.53, p.68"));
    }

    @Override
    public void check(MetadataPackage pkg, RuleContext ctx, Findings out) {
        String title = pkg.activity().title();
        if (title == null) {
            return;
        }
        for (int i = 0; i < pkg.variables().size(); i++) {
            compare(title, pkg.variables().get(i).header().title(), FieldPaths.msVar(i), out);
        }
        for (int i = 0; i < pkg.indicators().size(); i++) {
            compare(title, pkg.indicators().get(i).header().title(), FieldPaths.msInd(i), out);
        }
    }

    private void compare(String title, String activityTitle, String formPath, Findings out) {
        if (activityTitle != null && !Texts.sameIgnoringSpaces(title, activityTitle)) {
            out.report(rule, formPath + ".header.title", "Nama Kegiatan \"" + activityTitle
                    + "\" tidak sama dengan Judul Kegiatan MS-Keg \"" + title + "\".");
        }
    }
}
