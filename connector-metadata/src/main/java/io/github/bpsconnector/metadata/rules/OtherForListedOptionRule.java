package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * C12c: a "Lainnya (sebutkan)" text names an option the form already lists (e.g. "Email" for Mail, "PAPI dan
 * CAPI"). An option is recognised by its name, its aliases and the settings' extra synonyms.
 */
final class OtherForListedOptionRule extends SingleRule implements Rule.OfKeg {

    OtherForListedOptionRule() {
        super(RuleInfo.warning("C12c", RuleInfo.KEG, "Lainnya (sebutkan)",
                "A Lainnya text names a listed option (its name, aliases or settings: otherSynonyms)",
                "BPS Prov. Riau 2023 (S4 slides 57-61)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        for (MultiChoiceItem item : MultiChoiceItem.of(keg)) {
            if (item.other() == null) {
                continue;
            }
            List<String> listed = new ArrayList<>();
            for (CodeList option : item.type().getEnumConstants()) {
                if (!option.name().equals(MultiChoiceItem.OTHER) && mentions(item.other(), option, ctx)) {
                    listed.add(option.label());
                }
            }
            if (!listed.isEmpty()) {
                out.report(rule, item.otherTextPath(), item.formItem(), "Isian Lainnya \"" + item.other()
                        + "\" sudah tersedia sebagai pilihan: " + String.join(", ", listed)
                        + ". Centang pilihan tersebut.");
            }
        }
    }

    private static boolean mentions(String text, CodeList option, RuleContext ctx) {
        List<String> words = new ArrayList<>();
        words.add(spaced(option.name()));
        option.aliases().forEach(alias -> words.add(spaced(alias)));
        words.addAll(ctx.settings().otherSynonyms().getOrDefault(option, List.of()));
        return Texts.firstPhraseIn(text, words).isPresent();
    }

    private static String spaced(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
