package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.StatisticsType;

/**
 * C12a: a regional producer (by the validation context's level or, when unknown, by hints in the institution's
 * name) chose Statistik Dasar, which only BPS makes.
 */
final class StatisticsTypeRule extends SingleRule implements Rule.OfKeg {

    StatisticsTypeRule() {
        super(RuleInfo.warning("C12a", RuleInfo.KEG, "Jenis Statistik (INDAH)",
                "A regional producer (context level, else name hints) chose STATISTIK_DASAR",
                "BPS Prov. Riau 2023 (S4 slide 57)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.statisticsType() == StatisticsType.STATISTIK_DASAR && isRegional(keg, ctx)) {
            out.report(rule, "statisticsType", "Statistik dasar hanya diselenggarakan oleh BPS; kegiatan "
                    + "perangkat daerah adalah Statistik Sektoral.");
        }
    }

    private static boolean isRegional(MsKeg keg, RuleContext ctx) {
        ProducerLevel level = ctx.context().producerLevel();
        if (level != null) {
            return level.isRegional();
        }
        String name = keg.organizer().institutionName();
        RuleSettings settings = ctx.settings();
        return name != null && Texts.firstPhraseIn(name, settings.basicStatisticsProducers()).isEmpty()
                && Texts.firstPhraseIn(name, settings.regionalProducerHints()).isPresent();
    }
}
