package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code resume} needs to finish an interrupted {@code indah report}, journaled as the intent
 * {@value #OPERATION} before the first package is sent: the input's absolute path and SHA-256, the INDAH account
 * and whether the packages are submitted. The packages' own intents ({@code indah.report.package}) and the client's
 * writes are journaled beneath it by {@code MetadataReporter} and {@code IndahClient}.
 *
 * @param file    the input file or folder, absolute
 * @param sha256  its digest ({@link InputDigest})
 * @param account the configuration's INDAH account id
 * @param submit  whether {@code --kirim} was given
 */
record ReportIntent(Path file, String sha256, String account, boolean submit) {

    /** The journal operation of one {@code indah report} run. */
    static final String OPERATION = "cli.indah.report";

    private static final String FILE = "file";
    private static final String SHA256 = "fileSha256";
    private static final String ACCOUNT = "account";
    private static final String SUBMIT = "submit";

    ReportIntent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(account, "account");
    }

    /** The natural key: one open run per account and input path. */
    String naturalKey() {
        return Intent.naturalKey(account, file.toString());
    }

    Intent toIntent() {
        return Intent.of(OPERATION, "indah", naturalKey()).withAttribute(FILE, file.toString())
                .withAttribute(SHA256, sha256).withAttribute(ACCOUNT, account)
                .withAttribute(SUBMIT, String.valueOf(submit));
    }

    /**
     * The run an entry of {@value #OPERATION} records.
     *
     * @throws IllegalArgumentException if the entry is of another operation or lacks an attribute
     */
    static ReportIntent of(JournalEntry entry) {
        if (!OPERATION.equals(entry.operation())) {
            throw new IllegalArgumentException("not an " + OPERATION + " intent: " + entry.operation());
        }
        return new ReportIntent(Path.of(required(entry, FILE)), required(entry, SHA256), required(entry, ACCOUNT),
                Boolean.parseBoolean(required(entry, SUBMIT)));
    }

    private static String required(JournalEntry entry, String key) {
        String value = entry.attributes().get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("intent " + entry.intentId() + " has no attribute " + key);
        }
        return value;
    }
}
