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
        Keys k = new Keys(profile, "organization.");
        JsonNode details = node.path(k.of("details"));
        String province = first(k.text(node, "provinceCode"),
                EnvelopeWire.text(details.path(k.of("province")).get(k.of("code"))));
        String city = first(k.text(node, "cityCode"),
                EnvelopeWire.text(details.path(k.of("city")).get(k.of("code"))));
        Long id = EnvelopeWire.longValue(node.get(k.of("id")));
        return new IndahOrganization(id == null ? -1 : id, k.text(node, "name"), province, city,
                k.text(details, "address"));
    }

    static SdsnEntry sdsn(IndahProfile profile, JsonNode node) {
        Keys k = new Keys(profile, "sdsn.");
        Long id = EnvelopeWire.longValue(node.get(k.of("id")));
        return new SdsnEntry(id == null ? -1 : id, k.text(node, "idSds"), k.text(node, "konsep"),
                k.text(node, "definisi"), k.text(node, "namaKlasifikasi"), k.text(node, "klasifikasi"),
                k.text(node, "ukuran"), k.text(node, "satuan"), k.text(node, "flag"), k.text(node, "sumberContent"));
    }

    /** The keys of one profile section. */
    private record Keys(IndahProfile profile, String section) {
        String of(String name) {
            return profile.key(section + name);
        }

        String text(JsonNode node, String name) {
            return EnvelopeWire.text(node.get(of(name)));
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
