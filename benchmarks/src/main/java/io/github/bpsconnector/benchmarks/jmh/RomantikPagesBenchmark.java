package io.github.bpsconnector.benchmarks.jmh;

import io.github.bpsconnector.benchmarks.scene.RomantikScene;
import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.StatusNormalizer;
import io.github.bpsconnector.romantik.page.ListPage;
import io.github.bpsconnector.romantik.page.Page;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import io.github.bpsconnector.romantik.page.PengajuanDetailParser;
import io.github.bpsconnector.romantik.page.PengajuanListParser;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading Romantik pages with the bundled profile, as {@code RomantikClient} does after each request: jsoup parse,
 * then the profile's selectors. The pages are rendered by the simulated Romantik in {@link RomantikScene}'s state:
 * the Daftar Pengajuan with a whole page of rows (10), and the detail page of a recommended pengajuan with its
 * four catatan (Walidata return and approval, Pembina Data correction and Layak).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RomantikPagesBenchmark {

    private RomantikProfile profile;
    private StatusNormalizer statuses;
    private URI listUri;
    private URI detailUri;
    private String listHtml;
    private String detailHtml;

    /** Renders both pages on a simulator once; the simulator is stopped before measuring. */
    @Setup
    public void setUp() {
        try (RomantikScene scene = RomantikScene.start()) {
            profile = scene.profile();
            listUri = profile.uri("pengajuanList");
            detailUri = profile.uri("pengajuanDetail", scene.recommendedId());
            listHtml = scene.pageHtml(listUri.getRawPath());
            detailHtml = scene.pageHtml(detailUri.getRawPath());
        }
        statuses = new StatusNormalizer(profile);
        if (listPage().items().size() != RomantikScene.PAGE_SIZE || detailPage().catatan().size() != 4) {
            throw new IllegalStateException("the simulator did not render the pages the benchmark expects");
        }
    }

    /** The Daftar Pengajuan: 10 rows, each with its three status columns and actions. */
    @Benchmark
    public ListPage<PengajuanSummary> listPage() {
        return PengajuanListParser.parseProducerList(Page.parse(listHtml, listUri, profile, PageSnapshots.none(),
                "pengajuan.daftar"), statuses);
    }

    /** A pengajuan's detail page: the status list, the catatan table and what may be done next. */
    @Benchmark
    public PengajuanDetail detailPage() {
        return PengajuanDetailParser.parse(Page.parse(detailHtml, detailUri, profile, PageSnapshots.none(),
                "pengajuan.detail"), statuses);
    }
}
