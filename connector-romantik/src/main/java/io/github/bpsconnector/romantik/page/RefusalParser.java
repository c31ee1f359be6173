package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** A refused form ({@code 422}) → {@link PortalRejectedException} with the portal's message and field messages. */
public final class RefusalParser {

    private RefusalParser() {
    }

    /**
     * @param page the page that came back
     * @param context the operation and HTTP status
     */
    public static PortalRejectedException parse(Page page, ErrorContext context) {
        String message = page.optional("refusal.alert").map(alert -> {
            Element first = alert.selectFirst("p");
            return (first != null ? first.text() : alert.ownText()).strip();
        }).filter(text -> !text.isEmpty()).orElse("the portal refused the request (HTTP " + context.httpStatus()
                + ")");
        List<PortalRejectedException.FieldMessage> fields = new ArrayList<>();
        for (Element feedback : page.all("refusal.field")) {
            fields.add(new PortalRejectedException.FieldMessage(feedback.attr("data-field"), feedback.text().strip()));
        }
        return new PortalRejectedException(context, message, fields);
    }
}
