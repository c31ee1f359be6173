package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.JournalException;

/**
 * {@link JdbcJournal#begin} refused a second open intent for an operation and natural key: one is still open (no
 * outcome, or {@code UNKNOWN}), perhaps in another process. Running the operation again could do it twice; claim
 * and resume the open intent ({@link #openIntentId()}) instead.
 */
public class OpenIntentExistsException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String naturalKey;
    private final String openIntentId;

    /**
     * @param openIntentId the intent that is still open
     */
    public OpenIntentExistsException(String operation, String naturalKey, String openIntentId) {
        super("intent " + openIntentId + " of " + operation + " '" + naturalKey + "' is still open; claim and "
                + "resume it instead of beginning another", null);
        this.operation = operation;
        this.naturalKey = naturalKey;
        this.openIntentId = openIntentId;
    }

    /** The operation of the refused intent. */
    public String operation() {
        return operation;
    }

    /** The natural key of the refused intent. */
    public String naturalKey() {
        return naturalKey;
    }

    /** The id of the intent that is still open. */
    public String openIntentId() {
        return openIntentId;
    }
}
