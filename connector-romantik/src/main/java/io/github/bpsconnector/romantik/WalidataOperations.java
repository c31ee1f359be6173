package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.romantik.page.PengajuanDetailParser;
import io.github.bpsconnector.romantik.page.PengajuanListParser;
import io.github.bpsconnector.romantik.page.PublicPagesParser;
import io.github.bpsconnector.romantik.similarity.TitleSimilarity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.core5.net.URIBuilder;

/**
 * What the Walidata does on Romantik (step 3 of the SOP): the submissions its producers have sent, approve (forward
 * to the Pembina Data) or reject with catatan, and a duplication check to support the decision. Obtained from
 * {@link RomantikClient#walidata()} of a client logged in with a Walidata account; thread-safe.
 */
public final class WalidataOperations {

    /** Titles scoring at least this much are reported as possible duplicates unless another threshold is given. */
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.5;
    private static final int SEARCH_WORDS = 3;

    private final RomantikWeb web;
    private final RomantikProfile profile;
    private final StatusNormalizer statuses;
    private final WriteGuard guard;

    WalidataOperations(RomantikWeb web, StatusNormalizer statuses, WriteGuard guard) {
        this.web = web;
        this.profile = web.profile();
        this.statuses = statuses;
        this.guard = guard;
    }

    /** The submissions the Walidata's producers have sent, page by page as read. */
    public PagedList<PengajuanSummary> list() {
        return new PagedList<>(profile.uri("walidataList"), page -> PengajuanListParser.parseWalidataList(
                web.get("walidata.daftar", page), statuses), profile.maxListPages(), "walidata.daftar");
    }

    /** A submission as the Walidata sees it: its statuses and catatan. */
    public PengajuanDetail detail(long id) {
        return PengajuanDetailParser.parse(web.get("walidata.detail", profile.uri("walidataDetail", id)), statuses);
    }

    /** Approves: forwards the submission to the Pembina Data. Nothing happens if it is approved already. */
    public void approve(long id, String catatan) {
        decide(id, true, catatan);
    }

    /**
     * Rejects with catatan: the producer may edit and send again. Nothing happens if it is rejected already.
     *
     * @param catatan what the producer has to fix (required by the portal)
     */
    public void reject(long id, String catatan) {
        decide(id, false, Objects.requireNonNull(catatan, "catatan"));
    }

    private void decide(long id, boolean approve, String catatan) {
        String operation = approve ? "walidata.setujui" : "walidata.tolak";
        PengajuanStatus target = approve ? PengajuanStatus.AT_PEMBINA : PengajuanStatus.RETURNED_BY_WALIDATA;
        Intent intent = Intent.of("romantik." + operation, "romantik", Intent.naturalKey("pengajuan",
                Long.toString(id)));
        PengajuanDetail current = detail(id);
        if (decided(current, approve)) {
            guard.foundDone(intent, Map.of("pengajuanId", Long.toString(id)));
            return;
        }
        if (current.status() != PengajuanStatus.AT_WALIDATA) {
            throw new PortalRejectedException(ErrorContext.of("romantik", operation), operation + ": pengajuan " + id
                    + " is not waiting for the Walidata (status " + current.status() + ")", List.of());
        }
        guard.journaled(intent, () -> decided(detail(id), approve) ? Optional.of(target) : Optional.empty(),
                () -> {
                    guard.once(operation, () -> decided(detail(id), approve), () -> web.submitForm(operation,
                            profile.uri("walidataDetail", id), "walidataDetail.form", form -> form
                                    .with(profile.field("walidata.keputusan"),
                                            profile.value(approve ? "walidata.setujui" : "walidata.tolak"))
                                    .with(profile.field("walidata.catatan"), catatan == null ? "" : catatan)));
                    return target;
                }, done -> Map.of("pengajuanId", Long.toString(id)));
    }

    private boolean decided(PengajuanDetail detail, boolean approve) {
        StatusNormalizer.WalidataStage stage = walidataStage(detail);
        return stage == (approve ? StatusNormalizer.WalidataStage.APPROVED : StatusNormalizer.WalidataStage.REJECTED);
    }

    private StatusNormalizer.WalidataStage walidataStage(PengajuanDetail detail) {
        String name = profile.statusLabels(RomantikProfile.STATUS_WALIDATA).get(StatusNormalizer.normalizeLabel(
                detail.labels().statusWalidata()));
        return name == null ? null : StatusNormalizer.WalidataStage.valueOf(name);
    }

    /**
     * The duplication check of a submission: titles like its title among the region's other submissions and on the
     * public {@code rekomendasi-terbit} list, most alike first, with the {@link #DEFAULT_DUPLICATE_THRESHOLD}.
     */
    public List<DuplicateCandidate> duplicates(long id) {
        PengajuanDetail detail = detail(id);
        return duplicates(detail.judul(), id, TitleSimilarity.defaults(), DEFAULT_DUPLICATE_THRESHOLD);
    }

    /**
     * Titles like {@code judul} among the region's submissions (except {@code excludeId}) and on the public list,
     * scored by {@code similarity}, at least {@code threshold}, most alike first. The public list is searched for
     * the title's most distinctive words (the longest ones left after the stop words).
     */
    public List<DuplicateCandidate> duplicates(String judul, Long excludeId, TitleSimilarity similarity,
            double threshold) {
        Objects.requireNonNull(judul, "judul");
        List<DuplicateCandidate> found = new ArrayList<>();
        list().forEach(row -> {
            if (excludeId == null || row.id() != excludeId) {
                double score = similarity.score(judul, row.judul());
                if (score >= threshold) {
                    found.add(new DuplicateCandidate(DuplicateCandidate.Source.REGION, row.judul(), row.tahun(),
                            row.instansi(), Long.toString(row.id()), score));
                }
            }
        });
        Map<String, PublishedRecommendation> published = new LinkedHashMap<>();
        similarity.tokens(judul).stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .limit(SEARCH_WORDS).forEach(word -> published(PublicSearch.forTitle(word))
                        .forEach(row -> published.putIfAbsent(row.token(), row)));
        published.values().forEach(row -> {
            double score = similarity.score(judul, row.judul());
            if (score >= threshold) {
                found.add(new DuplicateCandidate(DuplicateCandidate.Source.PUBLISHED, row.judul(), null,
                        row.instansi(), row.nomor(), score));
            }
        });
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed());
        return found;
    }

    /** The public list of issued recommendations (also used by {@link RomantikClient}). */
    PagedList<PublishedRecommendation> published(PublicSearch search) {
        Objects.requireNonNull(search, "search");
        URIBuilder first = new URIBuilder(profile.uri("terbitList"));
        add(first, "terbit.search", search.search());
        add(first, "terbit.tahun", search.tahun() == null ? null : search.tahun().toString());
        add(first, "terbit.provinsi", search.provinsi());
        add(first, "terbit.kabkot", search.kabkot());
        add(first, "terbit.instansi", search.instansi());
        URI uri;
        try {
            uri = first.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot build the search URI", e);
        }
        return new PagedList<>(uri, page -> PublicPagesParser.parseList(web.get("rekomendasi-terbit.daftar", page)),
                profile.maxListPages(), "rekomendasi-terbit.daftar");
    }

    private void add(URIBuilder builder, String fieldKey, String value) {
        if (value != null && !value.isBlank()) {
            builder.addParameter(profile.field(fieldKey), value);
        }
    }
}
