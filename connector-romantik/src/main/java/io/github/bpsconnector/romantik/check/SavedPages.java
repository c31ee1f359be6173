package io.github.bpsconnector.romantik.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads saved pages: HTML files, and HAR files exported from a browser's developer tools. Of a HAR only each
 * entry's URL, status, content type and HTML response text are read: request headers, cookies, form data and
 * other responses are ignored, so they can never reach a report.
 */
public final class SavedPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

    private SavedPages() {
    }

    /**
     * The pages in these files: {@code .har} files give their HTML responses, other files are read as one HTML page.
     *
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when a HAR file is not valid HAR JSON (the message names the file)
     */
    public static List<SavedPage> read(List<Path> files) {
        List<SavedPage> pages = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".har")) {
                pages.addAll(fromHar(name, text));
            } else {
                pages.add(new SavedPage(name, savedFrom(text), text));
            }
        }
        return pages;
    }

    /** The HTML responses of a HAR document. */
    static List<SavedPage> fromHar(String name, String har) {
        JsonNode entries;
        try {
            entries = JSON.readTree(har).path("log").path("entries");
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not a HAR file (not JSON)");
        }
        if (!entries.isArray()) {
            throw new IllegalArgumentException(name + " is not a HAR file (no log.entries)");
        }
        List<SavedPage> pages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode content = entry.path("response").path("content");
            String text = content.path("text").asText("");
            if (!content.path("mimeType").asText("").toLowerCase(Locale.ROOT).contains("html") || text.isEmpty()) {
                continue;
            }
            if ("base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
                try {
                    text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    continue;
                }
            }
            pages.add(new SavedPage(name + " #" + (i + 1), uri(entry.path("request").path("url").asText("")), text));
        }
        return pages;
    }

    private static Optional<URI> savedFrom(String html) {
        Matcher matcher = SAVED_FROM.matcher(html);
        return matcher.find() ? uri(matcher.group(1)) : Optional.empty();
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
