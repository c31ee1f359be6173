package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Turns the sheets of one import into {@link MetadataPackage}s: one per {@code ms_kegiatan} row, with the rows of
 * the other sheets linked to it by {@code judul_kegiatan} (compared after trimming and collapsing white space). A
 * package is built only when its own row and every row linked to it are free of errors; after a sheet-level error
 * no package is built at all.
 */
final class PackageAssembler {

    private final ProblemCollector problems;
    private final SheetParser parser;

    PackageAssembler(ProblemCollector problems, int maxCellChars) {
        this.problems = problems;
        this.parser = new SheetParser(problems, maxCellChars);
    }

    /**
     * @param sheets     the sheets found, by template sheet
     * @param sourceName the name a missing sheet is reported under (sheet or file name)
     */
    List<MetadataPackage> assemble(Map<TemplateSheet, RawSheet> sheets, Function<TemplateSheet, String> sourceName) {
        boolean fatal = false;
        for (TemplateSheet sheet : TemplateSheet.values()) {
            if (sheet.required() && !sheets.containsKey(sheet)) {
                problems.sheet(ImportProblemKind.MISSING_SHEET, sourceName.apply(sheet), "lembar/berkas "
                        + sourceName.apply(sheet) + " tidak ada; gunakan templat dari MetadataTemplates");
                fatal = true;
            }
        }
        ParsedSheet<KegiatanDraft> kegiatan = parse(sheets, TemplateLayouts.KEGIATAN);
        Map<String, ParsedRow<KegiatanDraft>> activities = indexByTitle(kegiatan.rows());

        ParsedSheet<LinkedDraft<CollectedVariable.Builder>> collected = parse(sheets, TemplateLayouts.KEGIATAN_VARIABEL);
        link(collected, activities, (keg, row) -> keg.draft().collectedVariables.add(row.draft().builder().build()));
        ParsedSheet<LinkedDraft<CoverageArea.Builder>> areas = parse(sheets, TemplateLayouts.KEGIATAN_WILAYAH);
        link(areas, activities, (keg, row) -> keg.draft().coverageAreas.add(row.draft().builder().build()));

        Map<ParsedRow<KegiatanDraft>, List<MsVar>> variables = new HashMap<>();
        ParsedSheet<LinkedDraft<MsVar.Builder>> variabel = parse(sheets, TemplateLayouts.VARIABEL);
        link(variabel, activities, (keg, row) -> variables.computeIfAbsent(keg, k -> new ArrayList<>())
                .add(row.draft().builder().header(row.draft().header(keg.draft().title)).build()));
        Map<ParsedRow<KegiatanDraft>, List<MsInd>> indicators = new HashMap<>();
        ParsedSheet<LinkedDraft<MsInd.Builder>> indikator = parse(sheets, TemplateLayouts.INDIKATOR);
        link(indikator, activities, (keg, row) -> indicators.computeIfAbsent(keg, k -> new ArrayList<>())
                .add(row.draft().builder().header(row.draft().header(keg.draft().title)).build()));

        fatal |= kegiatan.fatal() || collected.fatal() || areas.fatal() || variabel.fatal() || indikator.fatal();
        List<MetadataPackage> packages = new ArrayList<>();
        for (ParsedRow<KegiatanDraft> keg : kegiatan.rows()) {
            MsKeg activity = keg.draft().build(keg);
            if (keg.hasError()) {
                keg.report(ImportProblemKind.PACKAGE_NOT_IMPORTED, SheetLayout.LINK_COLUMN, keg.draft().title,
                        "paket kegiatan ini tidak diimpor karena barisnya, atau baris MS-Var/MS-Ind/R.3.4/R.4.5 "
                                + "yang terhubung dengannya, mengandung galat");
            } else if (!fatal) {
                packages.add(MetadataPackage.builder().activity(activity)
                        .variables(variables.getOrDefault(keg, List.of()))
                        .indicators(indicators.getOrDefault(keg, List.of()))
                        .build());
            }
        }
        return fatal ? List.of() : packages;
    }

    private <D extends ActivityRow> ParsedSheet<D> parse(Map<TemplateSheet, RawSheet> sheets, SheetLayout<D> layout) {
        RawSheet raw = sheets.get(layout.sheet());
        return raw == null ? ParsedSheet.empty(false) : parser.parse(raw, layout);
    }

    private Map<String, ParsedRow<KegiatanDraft>> indexByTitle(List<ParsedRow<KegiatanDraft>> rows) {
        Map<String, ParsedRow<KegiatanDraft>> index = new LinkedHashMap<>();
        for (ParsedRow<KegiatanDraft> row : rows) {
            String title = row.draft().title;
            if (title == null) {
                continue;
            }
            ParsedRow<KegiatanDraft> first = index.putIfAbsent(titleKey(title), row);
            if (first != null) {
                row.report(ImportProblemKind.DUPLICATE_ACTIVITY, SheetLayout.LINK_COLUMN, title, "judul_kegiatan "
                        + "sama dengan baris " + first.number() + "; setiap kegiatan harus berjudul unik agar MS-Var "
                        + "dan MS-Ind dapat dihubungkan");
                first.markError();
            }
        }
        return index;
    }

    private <D extends ActivityRow> void link(ParsedSheet<D> sheet, Map<String, ParsedRow<KegiatanDraft>> activities,
                                              BiConsumer<ParsedRow<KegiatanDraft>, ParsedRow<D>> attach) {
        for (ParsedRow<D> row : sheet.rows()) {
            String title = row.draft().activityTitle();
            if (title == null) {
                continue;
            }
            ParsedRow<KegiatanDraft> activity = activities.get(titleKey(title));
            if (activity == null) {
                row.report(ImportProblemKind.UNKNOWN_ACTIVITY, SheetLayout.LINK_COLUMN, title,
                        "tidak ada baris ms_kegiatan dengan judul_kegiatan ini" + suggestion(title, activities));
            } else if (row.hasError()) {
                activity.markError();
            } else {
                try {
                    attach.accept(activity, row);
                } catch (IllegalArgumentException e) {
                    row.report(ImportProblemKind.BAD_LIST_ENTRY, null, null, "baris tidak dapat dipakai: "
                            + e.getMessage());
                    activity.markError();
                }
            }
        }
    }

    private static String suggestion(String title, Map<String, ParsedRow<KegiatanDraft>> activities) {
        String lower = titleKey(title).toLowerCase(Locale.ROOT);
        for (ParsedRow<KegiatanDraft> row : activities.values()) {
            if (titleKey(row.draft().title).toLowerCase(Locale.ROOT).equals(lower)) {
                return "; maksud Anda '" + row.draft().title + "' (baris " + row.number() + ")? Huruf besar/kecil "
                        + "harus sama";
            }
        }
        return "";
    }

    /** The form a title is compared in: trimmed, white-space runs as one space. */
    static String titleKey(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }
}
