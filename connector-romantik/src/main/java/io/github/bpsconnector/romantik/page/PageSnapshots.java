package io.github.bpsconnector.romantik.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a redacted copy of a page that no longer matches the profile, for the bug report. Redacted: the values of
 * hidden and password inputs (the CSRF {@code _token} among them), every value of an input whose name looks like a
 * secret, text areas, and every e-mail address in text and attributes. Scripts are removed. {@link #none()} saves
 * nothing.
 */
public final class PageSnapshots {

    /** What replaces a redacted value. */
    public static final String MASK = "[redacted]";

    private static final Logger LOG = LoggerFactory.getLogger(PageSnapshots.class);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(token|csrf|xsrf|pass|session|secret|code|"
            + "state|otp|captcha|cookie|auth).*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path folder;
    private final Clock clock;

    private PageSnapshots(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Snapshots into {@code folder} (created when needed). */
    public static PageSnapshots into(Path folder) {
        return new PageSnapshots(folder, Clock.systemUTC());
    }

    /** No snapshots. */
    public static PageSnapshots none() {
        return new PageSnapshots(null, Clock.systemUTC());
    }

    /** The folder, if snapshots are saved. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * Saves a redacted copy of {@code page}; never throws (a snapshot that cannot be written is logged and skipped).
     *
     * @param operation the operation, used in the file name
     * @return the file written, if any
     */
    public Optional<Path> save(Document page, String operation) {
        if (folder == null || page == null) {
            return Optional.empty();
        }
        String name = "romantik-" + operation.replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                + STAMP.format(clock.instant()) + "-" + SEQUENCE.incrementAndGet() + ".html";
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".snapshot", ".tmp");
            Files.writeString(temp, redact(page).outerHtml(), StandardCharsets.UTF_8);
            Path target = folder.resolve(name);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not save a page snapshot in {}: {}", folder, e.toString());
            return Optional.empty();
        }
    }

    /** A redacted copy of {@code page}; the original is not changed. */
    public static Document redact(Document page) {
        Document copy = page.clone();
        copy.select("script").remove();
        for (Element input : copy.select("input[value]")) {
            String type = input.attr("type");
            if ("hidden".equalsIgnoreCase(type) || "password".equalsIgnoreCase(type)
                    || SECRET_NAME.matcher(input.attr("name")).matches()) {
                input.attr("value", MASK);
            }
        }
        for (Element area : copy.select("textarea")) {
            if (!area.text().isEmpty()) {
                area.text(MASK);
            }
        }
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(EMAIL.matcher(text.getWholeText()).replaceAll(MASK));
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(EMAIL.matcher(attribute.getValue()).replaceAll(MASK));
                }
            }
        }, copy);
        return copy;
    }
}
