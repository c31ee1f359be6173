package io.github.bpsconnector.workflow.journal;

/** Makes JDBC URLs safe to show. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    /**
     * {@code url} without user information ({@code //user:password@host}) and without its parameters (after
     * {@code ?} or {@code ;}), where drivers accept a password: {@code jdbc:postgresql://db:5432/bps?password=x}
     * becomes {@code jdbc:postgresql://db:5432/bps}.
     */
    static String redact(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        String shown = url;
        int parameters = indexOfAny(shown, '?', ';');
        if (parameters >= 0) {
            shown = shown.substring(0, parameters);
        }
        int authority = shown.indexOf("//");
        if (authority >= 0) {
            int at = shown.indexOf('@', authority);
            int slash = shown.indexOf('/', authority + 2);
            if (at >= 0 && (slash < 0 || at < slash)) {
                shown = shown.substring(0, authority + 2) + "****@" + shown.substring(at + 1);
            }
        }
        return shown;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
