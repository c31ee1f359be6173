package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A parsed Romantik page with the profile it is read with. Every lookup goes through a selector key of the profile;
 * a required element that is missing is a {@link PortalChangedException} that names the key and its selector, with a
 * redacted snapshot of the page saved.
 */
public final class Page {

    private final Document document;
    private final RomantikProfile profile;
    private final PageSnapshots snapshots;
    private final String operation;

    /**
     * @param document the parsed page (with its base URI, so relative links resolve)
     * @param profile the profile
     * @param snapshots where to save a page that does not match
     * @param operation the operation, for errors
     */
    public Page(Document document, RomantikProfile profile, PageSnapshots snapshots, String operation) {
        this.document = Objects.requireNonNull(document, "document");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /** Parses HTML text fetched from {@code uri}. */
    public static Page parse(String html, URI uri, RomantikProfile profile, PageSnapshots snapshots,
            String operation) {
        return new Page(Jsoup.parse(html, uri.toString()), profile, snapshots, operation);
    }

    /** The jsoup document. */
    public Document document() {
        return document;
    }

    /** The profile. */
    public RomantikProfile profile() {
        return profile;
    }

    /** The operation this page was fetched for. */
    public String operation() {
        return operation;
    }

    /** The first element matching the profile selector {@code key}. */
    public Element expect(String key) {
        return expectIn(document, key);
    }

    /** The first element inside {@code scope} matching the profile selector {@code key}. */
    public Element expectIn(Element scope, String key) {
        Element found = scope.selectFirst(profile.selector(key));
        if (found == null) {
            throw changed(key, "not found");
        }
        return found;
    }

    /** The first element matching the selector {@code key}, if any. */
    public Optional<Element> optional(String key) {
        return Optional.ofNullable(document.selectFirst(profile.selector(key)));
    }

    /** The first element inside {@code scope} matching the selector {@code key}, if any. */
    public Optional<Element> optionalIn(Element scope, String key) {
        return Optional.ofNullable(scope.selectFirst(profile.selector(key)));
    }

    /** Every element matching the selector {@code key}. */
    public Elements all(String key) {
        return document.select(profile.selector(key));
    }

    /** The text of the required element {@code key}. */
    public String text(String key) {
        return expect(key).text().strip();
    }

    /** The text of the required element {@code key} inside {@code scope}. */
    public String textIn(Element scope, String key) {
        return expectIn(scope, key).text().strip();
    }

    /** The whole number in the required element {@code key} inside {@code scope}. */
    public long numberIn(Element scope, String key) {
        String text = textIn(scope, key);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw changed(key, "holds '" + abbreviate(text) + "', not a number");
        }
    }

    /**
     * A {@link PortalChangedException} for the selector {@code key}, with a snapshot of this page saved.
     *
     * @param key the selector key
     * @param problem what is wrong, e.g. {@code "not found"}
     */
    public PortalChangedException changed(String key, String problem) {
        String expectation = "selectors." + key + " = " + profile.selector(key);
        return changedExpectation(expectation, problem);
    }

    /** A {@link PortalChangedException} for any expectation (a text, an attribute), with a snapshot saved. */
    public PortalChangedException changedExpectation(String expectation, String problem) {
        Path snapshot = snapshots.save(document, operation).orElse(null);
        String title = abbreviate(document.title());
        return new PortalChangedException(ErrorContext.of("romantik", operation),
                operation + ": the page '" + title + "' does not match the profile: " + expectation + " " + problem
                        + (snapshot == null ? "" : " (redacted page saved as " + snapshot.getFileName() + ")"),
                expectation, snapshot);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
