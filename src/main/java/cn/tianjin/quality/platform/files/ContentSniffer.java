package cn.tianjin.quality.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Decides what an upload is from its bytes alone. The file name and the browser's content type
 * are chosen by the uploader and prove nothing; the result of {@link #sniff} is what the portal
 * stores and later serves as the content type.
 *
 * <p>Only the formats applicants need are recognised. Everything else is rejected, including the
 * old binary Office formats and password-protected Office files (both are OLE containers that
 * may carry macros and cannot be checked), and Office files with VBA macros.
 */
public final class ContentSniffer {

    /** Bytes needed from the start of a file to recognise any signature. */
    public static final int HEAD_LENGTH = 8;

    /** More entries than any real document has; stops a crafted archive from keeping us busy. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};

    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final String WORD_FOLDER = "word/";
    private static final String EXCEL_FOLDER = "xl/";
    private static final String VBA_PROJECT = "vbaproject.bin";

    private ContentSniffer() {
    }

    /** A recognised upload type, with the content type and extension the portal uses for it. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mimeType;
        private final String extension;

        Kind(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }

        public String mimeType() {
            return mimeType;
        }

        /** Canonical extension without the dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * Sniffs a stored upload. For a ZIP, only the central directory is read (no entry is
     * decompressed), which is also what Word and Excel rely on when they open the file.
     *
     * @return the kind, or empty if the file is not one of the accepted formats
     * @throws IOException if the file cannot be read
     */
    public static Optional<Kind> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_LENGTH);
        }
        Optional<Kind> simple = bySignature(head);
        if (simple.isPresent() || !startsWith(head, ZIP_LOCAL_HEADER)) {
            return simple;
        }
        try {
            if (file.getFileSystem() != FileSystems.getDefault()) {
                // ZipFile needs a java.io.File; other file systems (e.g. in-memory ones) stream instead.
                try (InputStream in = Files.newInputStream(file)) {
                    return officeKindFromStream(in);
                }
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return officeKind(new EntryNames(zip.entries()));
            }
        } catch (ZipException | IllegalArgumentException malformedZip) {
            // IllegalArgumentException: an entry name that is not valid in its declared encoding.
            return Optional.empty();
        }
    }

    /**
     * Sniffs an upload held in memory. A ZIP is read entry by entry, so keep the size bounded
     * (the upload limit does that).
     */
    public static Optional<Kind> sniff(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_LENGTH));
        Optional<Kind> simple = bySignature(head);
        if (simple.isPresent() || !startsWith(head, ZIP_LOCAL_HEADER)) {
            return simple;
        }
        try {
            return officeKindFromStream(new ByteArrayInputStream(content));
        } catch (IOException | IllegalArgumentException malformedZip) {
            return Optional.empty();
        }
    }

    private static Optional<Kind> bySignature(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(Kind.PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    private static Optional<Kind> officeKindFromStream(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            return officeKind(() -> {
                ZipEntry entry = zip.getNextEntry();
                return entry == null ? null : entry.getName();
            });
        }
    }

    /**
     * An Office Open XML package has [Content_Types].xml at its root and its parts in word/ or
     * xl/. Part names are case-insensitive in OPC, so they are compared in lower case.
     */
    private static Optional<Kind> officeKind(NameSource names) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        int count = 0;
        for (String name = names.next(); name != null; name = names.next()) {
            if (++count > MAX_ZIP_ENTRIES) {
                return Optional.empty();
            }
            String part = name.toLowerCase(Locale.ROOT);
            if (part.endsWith(VBA_PROJECT)) {
                // Macro-enabled documents renamed to .docx/.xlsx: refused, they can carry code.
                return Optional.empty();
            }
            contentTypes |= part.equals(CONTENT_TYPES);
            word |= part.startsWith(WORD_FOLDER);
            excel |= part.startsWith(EXCEL_FOLDER);
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? Kind.DOCX : Kind.XLSX);
    }

    /** Entry names from either a ZipFile or a ZipInputStream; {@code null} after the last. */
    @FunctionalInterface
    private interface NameSource {
        String next() throws IOException;
    }

    private static final class EntryNames implements NameSource {

        private final Enumeration<? extends ZipEntry> entries;

        EntryNames(Enumeration<? extends ZipEntry> entries) {
            this.entries = entries;
        }

        @Override
        public String next() {
            return entries.hasMoreElements() ? entries.nextElement().getName() : null;
        }
    }
}
