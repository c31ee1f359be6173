package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CollectionType;

/**
 * C7: a survey answers whether it has a BPS recommendation; Identitas Rekomendasi is given exactly when the answer
 * is Ya. On the Romantik 2023 form BPS fills the identity itself, so a missing one is not reported there.
 */
final class RecommendationRule extends SingleRule implements Rule.OfKeg {

    private static final String ANSWER = "hasBpsRecommendation";
    private static final String IDENTITY = "recommendationId";

    RecommendationRule() {
        super(RuleInfo.error("C7", RuleInfo.KEG, "Identitas Rekomendasi",
                "Survei: the recommendation question answered; Identitas Rekomendasi given only when Ya (Romantik "
                        + "2023: filled by BPS)", "Perban 5/2020 p.87, p.25; Romantik 2023 (T1)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        Boolean answer = keg.hasBpsRecommendation();
        if (answer == null && keg.collectionType() == CollectionType.SURVEI) {
            out.report(rule, ANSWER, "Rekomendasi BPS",
                    "Pertanyaan apakah survei mendapat rekomendasi BPS wajib dijawab untuk survei statistik sektoral.");
        }
        if (Boolean.TRUE.equals(answer) && keg.recommendationId() == null && ctx.isPerban()) {
            out.report(rule, IDENTITY,
                    "Identitas Rekomendasi wajib diisi karena kegiatan mendapat rekomendasi BPS.");
        }
        if (!Boolean.TRUE.equals(answer) && keg.recommendationId() != null) {
            out.report(rule, IDENTITY, "Identitas Rekomendasi hanya diisi jika kegiatan mendapat rekomendasi BPS "
                    + "(jawaban Ya); lengkapi jawabannya atau kosongkan identitas.");
        }
    }
}
