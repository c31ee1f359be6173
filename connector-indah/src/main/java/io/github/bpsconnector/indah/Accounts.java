package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.indah.wire.EnvelopeWire;
import java.util.ArrayList;
import java.util.List;

/** Reads the camelCase {@code /api/*} answers: the account, organisations, SDSN entries. */
final class Accounts {

    private Accounts() {
    }

    static IndahAccount read(IndahProfile profile, JsonNode node) {
        List<String> authorities = new ArrayList<>();
        node.path(profile.key("account.authorities")).forEach(a -> authorities.add(a.asText()));
        JsonNode organization = node.get(profile.key("account.organization"));
        return new IndahAccount(EnvelopeWire.text(node.get(profile.key("account.username"))),
                EnvelopeWire.text(node.get(profile.key("account.name"))),
                EnvelopeWire.text(node.get(profile.key("account.email"))),
                authorities,
                organization == null || !organization.isObject() ? null : organization(profile, organization));
    }

    /** An organisation: {@code provinceCode}/{@code cityCode} at the top, or inside {@code details}. */
    static IndahOrganization organization(IndahProfile profile, JsonNode node) {
        JsonNode details = node.path("details");
        String province = first(EnvelopeWire.text(node.get("provinceCode")),
                EnvelopeWire.text(details.path("province").get("code")));
        String city = first(EnvelopeWire.text(node.get("cityCode")),
                EnvelopeWire.text(details.path("city").get("code")));
        Long id = EnvelopeWire.longValue(node.get("id"));
        return new IndahOrganization(id == null ? -1 : id, EnvelopeWire.text(node.get("name")), province, city,
                EnvelopeWire.text(details.get("address")));
    }

    static SdsnEntry sdsn(JsonNode node) {
        Long id = EnvelopeWire.longValue(node.get("id"));
        return new SdsnEntry(id == null ? -1 : id, EnvelopeWire.text(node.get("idSds")),
                EnvelopeWire.text(node.get("konsep")), EnvelopeWire.text(node.get("definisi")),
                EnvelopeWire.text(node.get("namaKlasifikasi")), EnvelopeWire.text(node.get("klasifikasi")),
                EnvelopeWire.text(node.get("ukuran")), EnvelopeWire.text(node.get("satuan")),
                EnvelopeWire.text(node.get("flag")), EnvelopeWire.text(node.get("sumberContent")));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
