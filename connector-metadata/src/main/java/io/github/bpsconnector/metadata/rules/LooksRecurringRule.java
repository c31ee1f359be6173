package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.Repetition;

import java.util.Optional;

/**
 * E7 (warning part; the error part is C1): an activity declared "hanya sekali" that looks recurring, because its
 * title has a word such as "tahunan" or its data collection is scheduled in several rounds.
 */
final class LooksRecurringRule extends SingleRule implements Rule.OfKeg {

    LooksRecurringRule() {
        super(RuleInfo.warning("E7", RuleInfo.KEG, "R.4.1 Kegiatan Ini Dilakukan",
                "R.4.1 = Hanya sekali but the title has a recurring word (settings: title.recurringWords) or data "
                        + "collection has several rounds", "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.design().repetition() != Repetition.HANYA_SEKALI) {
            return;
        }
        Optional<String> word = keg.title() == null ? Optional.empty()
                : Texts.firstPhraseIn(keg.title(), ctx.settings().recurringTitleWords());
        int rounds = FieldWork.of(keg).ranges().size();
        String reason = word.map(w -> "judulnya memuat kata \"" + w + "\"")
                .orElse(rounds > 1 ? "pengumpulan data dijadwalkan " + rounds + " kali" : null);
        if (reason != null) {
            out.report(rule, "design.repetition", "Kegiatan dinyatakan hanya sekali, tetapi " + reason
                    + "; pemeriksa BPS akan menanyakan apakah kegiatan ini sebenarnya berulang.");
        }
    }
}
