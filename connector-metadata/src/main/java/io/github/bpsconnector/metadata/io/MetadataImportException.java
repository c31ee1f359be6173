package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

import java.util.Objects;

/**
 * An input that cannot be imported at all: the file is missing, too large, not an XLSX, encrypted, an old
 * {@code .xls}, or a zip bomb. Problems inside a readable file are not thrown but listed in the {@link ImportReport}.
 * Its context is {@code local import}; nothing was sent anywhere ({@link Delivery#NOT_SENT}).
 */
public class MetadataImportException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** Why the input could not be imported. */
    public enum Reason {
        /** The file or directory does not exist or cannot be read. */
        UNREADABLE("berkas tidak ditemukan atau tidak dapat dibaca"),
        /** The file is over {@link ImportLimits#maxFileBytes()}. */
        TOO_LARGE("berkas terlalu besar"),
        /** The file is not an Office Open XML workbook (.xlsx). */
        NOT_XLSX("berkas bukan buku kerja Excel .xlsx"),
        /** The file is an Excel 97&ndash;2003 workbook (.xls). */
        LEGACY_XLS("berkas berformat Excel 97-2003 (.xls); simpan ulang sebagai .xlsx"),
        /** The workbook is protected by a password. */
        ENCRYPTED("buku kerja dilindungi kata sandi; simpan ulang tanpa kata sandi"),
        /** The workbook inflates beyond the limits: a zip bomb or an unreasonably large workbook. */
        ZIP_BOMB("isi buku kerja terlalu besar setelah diekstrak (kemungkinan zip bomb)");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** What went wrong, in Indonesian, for an official. */
        public String label() {
            return label;
        }
    }

    private final Reason reason;
    private final String fileName;

    /**
     * @param reason   why the input cannot be imported
     * @param fileName the file's name (no directory), for messages
     * @param message  what went wrong, in English
     * @param cause    the underlying failure, or {@code null}
     */
    public MetadataImportException(Reason reason, String fileName, String message, Throwable cause) {
        super(ErrorContext.of("local", "import"), Delivery.NOT_SENT, message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = fileName;
    }

    /** Why the input could not be imported. */
    public Reason reason() {
        return reason;
    }

    /** The name of the file that could not be imported. */
    public String fileName() {
        return fileName;
    }
}
