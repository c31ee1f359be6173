package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;

/** The JSON shapes of INDAH's organisations and users, keys exactly as the API spells them. */
final class IndahJson {

    private IndahJson() {
    }

    /** An item of {@code GET /api/sdi-organizations}. */
    static ObjectNode organization(IndahOrganization org) {
        ObjectNode node = SimJson.object()
                .put("id", org.id())
                .put("name", org.name())
                .put("provinceCode", org.provinceCode())
                .put("cityCode", org.cityCode());
        node.set("details", details(org));
        return node;
    }

    /** {@code details}: address, phone, email, fax, province and city. */
    static ObjectNode details(IndahOrganization org) {
        ObjectNode details = SimJson.object()
                .put("address", org.address())
                .put("phone", org.phone())
                .put("email", org.email())
                .put("fax", org.fax());
        return withRegion(details, org);
    }

    /** {@code GET /api/account}. */
    static ObjectNode account(IndahAccount account, IndahOrganization org) {
        ObjectNode node = SimJson.object()
                .put("username", account.username())
                .put("name", account.name())
                .put("email", account.email());
        ArrayNode authorities = node.putArray("authorities").add(org.role().authority());
        account.functions().stream().sorted().forEach(f -> authorities.add(f.authority()));
        ObjectNode sdi = node.putObject("sdiOrganization").put("id", org.id()).put("name", org.name());
        sdi.set("details", withRegion(SimJson.object().put("address", org.address()), org));
        return node;
    }

    /** The envelope's {@code produsen_data}. */
    static ObjectNode producer(IndahOrganization org) {
        return SimJson.object()
                .put("id", org.id())
                .put("name", org.name())
                .put("province_code", org.provinceCode())
                .put("city_code", org.cityCode());
    }

    /** The envelope's {@code submitter}: the user and their organisation. */
    static ObjectNode submitter(Actor actor) {
        ObjectNode node = SimJson.object()
                .put("username", actor.username())
                .put("name", actor.name())
                .put("email", actor.email());
        IndahOrganization org = actor.organization();
        if (org != null) {
            node.set("organization", withRegion(SimJson.object()
                    .put("id", org.id()).put("name", org.name()).put("address", org.address()), org));
        }
        return node;
    }

    /** Adds {@code province{code,name}} and {@code city{code,name}}. */
    private static ObjectNode withRegion(ObjectNode node, IndahOrganization org) {
        node.putObject("province").put("code", org.provinceCode()).put("name", org.provinceName());
        node.putObject("city").put("code", org.cityCode()).put("name", org.cityName());
        return node;
    }
}
