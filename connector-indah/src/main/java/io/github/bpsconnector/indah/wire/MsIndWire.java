package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.metadata.MsInd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * MS-Ind ↔ the v2 {@code data} object (portal-facts §4.3, the 2026 shapes): {@code konsep} is an array,
 * {@code rumus} is LaTeX, {@code variabel_disaggregasi} is {@code [{nama, sumber}]}, {@code indikator_pembangun}
 * is {@code [{nama, sumber_publikasi:[…]}]} for a composite indicator and {@code variabel_pembangun} is
 * {@code [{nama, kegiatan_penghasil:[…]}]} for the others.
 */
public final class MsIndWire implements FormWire<MsInd> {

    private final IndahProfile profile;

    /** A mapper under the profile's key spellings. */
    public MsIndWire(IndahProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public String title(MsInd form) {
        return form.name();
    }

    @Override
    public ObjectNode write(MsInd form) {
        WireNode data = WireNode.create(profile)
                .text("nama", form.name())
                .text("definisi", form.definition())
                .texts("konsep", form.concept() == null ? List.of() : List.of(form.concept()))
                .text("interpretasi", form.interpretation())
                .text("metode_perhitungan", form.calculationMethod())
                .text("rumus", form.formulaLatex())
                .text("ukuran", form.measure())
                .text("satuan", form.unit());
        String source = profile.value("wire.disaggregationSource");
        ArrayNode disaggregations = data.array("variabel_disaggregasi");
        for (String name : form.presentationClassifications()) {
            data.element(disaggregations).text("nama", name).text("sumber", source);
        }
        data.bool("apakah_indikator_komposit", form.composite());
        ArrayNode components = data.array("indikator_pembangun");
        for (String name : form.componentIndicators()) {
            data.element(components).text("nama", name).texts("sumber_publikasi",
                    form.componentIndicatorPublication() == null ? List.of()
                            : List.of(form.componentIndicatorPublication()));
        }
        ArrayNode variables = data.array("variabel_pembangun");
        for (String name : form.componentVariables()) {
            data.element(variables).text("nama", name).texts("kegiatan_penghasil", form.sourceActivities());
        }
        return data.text("level_estimasi", form.estimationLevel())
                .bool("apakah_indikator_bisa_diakses_umum", form.publiclyAccessible())
                .text("id_sds", form.sdsId())
                .json();
    }

    @Override
    public MsInd read(JsonNode json) {
        WireNode data = WireNode.of(profile, json);
        List<String> componentIndicators = new ArrayList<>();
        String publication = null;
        for (WireNode component : data.objects("indikator_pembangun")) {
            componentIndicators.add(component.text("nama"));
            List<String> publications = component.texts("sumber_publikasi");
            if (publication == null && !publications.isEmpty()) {
                publication = publications.get(0);
            }
        }
        List<String> componentVariables = new ArrayList<>();
        Set<String> sourceActivities = new LinkedHashSet<>();
        for (WireNode variable : data.objects("variabel_pembangun")) {
            componentVariables.add(variable.text("nama"));
            sourceActivities.addAll(variable.texts("kegiatan_penghasil"));
        }
        return MsInd.builder()
                .name(data.text("nama"))
                .definition(data.text("definisi"))
                .concept(Texts.joined(data.texts("konsep")))
                .interpretation(data.text("interpretasi"))
                .calculationMethod(data.text("metode_perhitungan"))
                .formulaLatex(data.text("rumus"))
                .measure(data.text("ukuran"))
                .unit(data.text("satuan"))
                .presentationClassifications(data.texts("variabel_disaggregasi"))
                .composite(data.bool("apakah_indikator_komposit"))
                .componentIndicators(componentIndicators.stream().filter(Objects::nonNull).toList())
                .componentIndicatorPublication(publication)
                .componentVariables(componentVariables.stream().filter(Objects::nonNull).toList())
                .sourceActivities(List.copyOf(sourceActivities))
                .estimationLevel(data.text("level_estimasi"))
                .publiclyAccessible(data.bool("apakah_indikator_bisa_diakses_umum"))
                .sdsId(data.text("id_sds"))
                .build();
    }
}
