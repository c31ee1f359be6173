package io.github.bpsconnector.indah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.MetadataKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndahClientOperationsTest {

    private final SimIndahAccess sim = new SimIndahAccess();
    private final IndahClient walidata = sim.walidata(null);

    @AfterEach
    void close() {
        walidata.close();
        sim.close();
    }

    @Test
    void logsInWithTheCaptchaSolvedAndReadsTheAccount() {
        IndahAccount account = walidata.authenticate();

        assertThat(account.username()).isEqualTo(IndahDemoData.WALIDATA_USERNAME);
        assertThat(account.hasAuthority("WALIDATA")).isTrue();
        assertThat(account.hasAuthority("ROLE_APPROVAL")).isTrue();
        assertThat(account.organization().id()).isEqualTo(IndahDemoData.DISKOMINFO_JEMBER);
        assertThat(sim.indah.counters().count("POST", "/api/authenticate")).isEqualTo(1);
    }

    @Test
    void createsReadsUpdatesAndSubmitsAnMsKegWithItsChildren() {
        IndahRecord<MsKeg> draft = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg("Survei Imunisasi Kabupaten Jember 2026"));
        assertThat(draft.statusValue()).isEqualTo(MetadataStatus.DRAFT);
        assertThat(walidata.kegiatan().get(draft.id()).form()).isEqualTo(draft.form());

        IndahRecord<MsVar> variable = walidata.variabel().createDraft(draft, TestForms.msVar("Status Imunisasi"));
        IndahRecord<MsInd> indicator = walidata.indikator().createDraft(draft.id(), TestForms.msInd("Persentase IDL"));
        assertThat(variable.msKegId()).isEqualTo(draft.id());
        assertThat(walidata.kegiatan().variables(draft.id())).extracting(IndahRecord::id).containsExactly(variable.id());
        assertThat(walidata.kegiatan().indicators(draft.id())).extracting(IndahRecord::id)
                .containsExactly(indicator.id());

        MsKeg changed = draft.form().toBuilder().year(2027).build();
        assertThat(walidata.kegiatan().update(draft.id(), changed).form().year()).isEqualTo(2027);

        IndahRecord<MsKeg> submitted = walidata.kegiatan().submit(draft.id());
        assertThat(submitted.statusValue()).isEqualTo(MetadataStatus.SUBMITTED);
        assertThat(sim.indah.record(draft.id()).orElseThrow().status().name()).isEqualTo("SUBMITTED");

        assertThatThrownBy(() -> walidata.kegiatan().update(draft.id(), draft.form()))
                .isInstanceOf(InvalidTransitionException.class);
        assertThat(sim.indah.countChildren(draft.id(), MetadataKind.VARIABEL)).isEqualTo(1);
    }

    @Test
    void aRefusalIsAPortalRejectedExceptionWithTheFieldMessages() {
        IndahRecord<MsKeg> draft = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg("Survei Imunisasi Kabupaten Jember 2026"));
        assertThatThrownBy(() -> walidata.kegiatan().cycle(draft.id(), 2025))
                .isInstanceOf(PortalRejectedException.class)
                .hasMessageContaining("submission_period");
    }

    @Test
    void listsOrganisationsLazilyWithFilters() {
        List<IndahOrganization> producers = walidata.organizations(OrganizationQuery.producersOf("3509")).stream()
                .toList();

        assertThat(producers).extracting(IndahOrganization::id).contains(IndahDemoData.DINKES_JEMBER,
                IndahDemoData.DISDIK_JEMBER).doesNotContain(IndahDemoData.DISKOMINFO_JEMBER,
                IndahDemoData.DINKES_LUMAJANG);
        assertThat(walidata.organizations(OrganizationQuery.all().withName("Kesehatan")).stream()
                .map(IndahOrganization::id).toList())
                .containsExactlyInAnyOrder(IndahDemoData.DINKES_JEMBER, IndahDemoData.DINKES_LUMAJANG);
    }

    @Test
    void readsThePublicSdsnListWithoutLoginAndFindsAKonsepByName() {
        assertThat(walidata.sdsn().stream().count()).isEqualTo(13);
        assertThat(walidata.findKonsep("  acquired immuno deficiency SYNDROME (aids) "))
                .hasSize(2).allSatisfy(e -> assertThat(e.idSds()).isNotBlank());
        assertThat(sim.indah().counters().count("POST", "/api/authenticate")).isZero();
    }

    @Test
    void cyclesAnMsKegIntoTheNextPeriodAndDeletesADraft() {
        IndahRecord<MsKeg> draft = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                TestForms.msKeg("Survei Imunisasi Kabupaten Jember"));

        IndahRecord<MsKeg> next = walidata.kegiatan().cycle(draft.id(), 2027);

        assertThat(next.baseId()).isEqualTo(draft.id());
        assertThat(next.submissionPeriod()).isEqualTo(2027);
        assertThat(next.statusValue()).isEqualTo(MetadataStatus.DRAFT);
        assertThat(walidata.kegiatan().findByNaturalKey("survei imunisasi kabupaten jember", 2027,
                SimIndahAccess.dinkes().id())).map(KegiatanSummary::id).contains(next.id());
        walidata.kegiatan().delete(next.id());
        assertThat(walidata.kegiatan().find(next.id())).isEmpty();
        walidata.kegiatan().submit(draft.id());
        assertThatThrownBy(() -> walidata.kegiatan().delete(draft.id()))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(MetadataStatus.SUBMITTED));
    }
}
