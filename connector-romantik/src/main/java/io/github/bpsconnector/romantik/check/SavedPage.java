package io.github.bpsconnector.romantik.check;

import java.net.URI;
import java.util.Optional;

/**
 * A page saved from the live portal: its HTML and, when known, the address it came from (a HAR entry's URL, or the
 * {@code <!-- saved from url=... -->} comment a browser writes into a saved page).
 *
 * @param source where it was read from (file name, or file name and HAR entry number)
 * @param url the address, if known
 * @param html the page
 */
public record SavedPage(String source, Optional<URI> url, String html) {

    /** The path of the address without its query (never the query's values, which may be secrets). */
    public String shownPath() {
        return url.map(URI::getRawPath).filter(path -> !path.isEmpty()).orElse("(alamat tidak diketahui)");
    }
}
