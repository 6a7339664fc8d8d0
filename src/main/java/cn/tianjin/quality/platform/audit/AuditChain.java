package cn.tianjin.quality.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Hash chain over the append-only audit log: each record stores the SHA-256 of its own content
 * together with the previous record's stored hash, so editing, deleting or reordering rows in the
 * database shows up when the chain is verified.
 *
 * <p>The chain cannot tell that rows were cut off the end; keep the latest hash somewhere else
 * as well (for example in a periodic checkpoint) and compare it with {@link Verifier#lastHash()}.
 */
public final class AuditChain {

    /**
     * Versions the encoding, so that a future change of fields cannot produce the same bytes as
     * an old record.
     */
    private static final String ENCODING_TAG = "tianjin-quality-audit-v1";

    private static final int NULL_LENGTH = -1;

    private AuditChain() {
    }

    /**
     * One audit log entry as stored.
     *
     * @param seq        the record's place in the chain (1, 2, 3, ...), which is hashed, so moving a record shows
     * @param occurredAt with at most microsecond precision (see {@link AuditChain#now(Clock)})
     * @param hash       the stored chain hash; {@code null} before {@link AuditChain#seal sealing}
     */
    public record AuditRecord(long seq, Instant occurredAt, String actor, String role, String objectType,
            String objectId, String action, String summary, String hash) {

        public AuditRecord {
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        public AuditRecord withHash(String newHash) {
            return new AuditRecord(seq, occurredAt, actor, role, objectType, objectId, action, summary, newHash);
        }
    }

    /**
     * The current time cut to microseconds, the precision of a DATETIME(6) column. Use this for
     * {@link AuditRecord#occurredAt()}, so that the value read back hashes the same as the one
     * written.
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Lower-case hex SHA-256 of the record's content chained to the previous hash. Input, in this
     * order: a version tag, previousHash, seq, occurredAt as epoch microseconds, actor, role,
     * objectType, objectId, action, summary. The stored {@link AuditRecord#hash()} is not part of it.
     *
     * @param previousHash the previous record's stored hash; {@code null} or empty for the first record
     * @throws IllegalArgumentException if {@code occurredAt} has sub-microsecond digits, which a
     *                                  DATETIME(6) column would round or cut and so break the chain
     */
    public static String hash(String previousHash, AuditRecord record) {
        CanonicalEncoder encoder = new CanonicalEncoder();
        encoder.string(ENCODING_TAG);
        encoder.string(previousHash == null ? "" : previousHash);
        encoder.number(record.seq());
        encoder.number(epochMicros(record.occurredAt()));
        encoder.string(record.actor());
        encoder.string(record.role());
        encoder.string(record.objectType());
        encoder.string(record.objectId());
        encoder.string(record.action());
        encoder.string(record.summary());
        return HexFormat.of().formatHex(sha256(encoder.bytes()));
    }

    /** The record with its hash filled in, ready to insert after the record whose hash is given. */
    public static AuditRecord seal(String previousHash, AuditRecord record) {
        return record.withHash(hash(previousHash, record));
    }

    /**
     * Verifies a whole chain from its first record.
     *
     * @return the position of the first record that does not verify, or empty if all do
     */
    public static OptionalLong firstBroken(Iterable<AuditRecord> inChainOrder) {
        Verifier verifier = new Verifier();
        for (AuditRecord record : inChainOrder) {
            verifier.accept(record);
        }
        return verifier.firstBroken();
    }

    static long epochMicros(Instant instant) {
        if (instant.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("Audit time " + instant
                    + " has sub-microsecond precision; truncate it to ChronoUnit.MICROS before storing and hashing");
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    /**
     * Checks records one at a time, so a caller can page through millions of rows (in chain order)
     * without holding them. Each record is checked against the previous record's stored hash, so a
     * single edited row is reported at that row and the rows after it still verify.
     */
    public static final class Verifier {

        private String previousHash;
        private long previousSeq;
        private boolean started;
        private long checked;
        private long firstBroken;
        private boolean broken;

        /** Starts at the beginning of the chain. */
        public Verifier() {
            this("");
        }

        /** Resumes after a record whose hash has already been verified or anchored elsewhere. */
        public Verifier(String previousHash) {
            this.previousHash = previousHash == null ? "" : previousHash;
        }

        /**
         * Checks the next record.
         *
         * @return whether this record verifies; a record whose position does not increase never does
         */
        public boolean accept(AuditRecord record) {
            boolean inOrder = !started || record.seq() > previousSeq;
            boolean ok = inOrder && hash(previousHash, record).equals(record.hash());
            if (!ok && !broken) {
                broken = true;
                firstBroken = record.seq();
            }
            started = true;
            previousSeq = record.seq();
            previousHash = record.hash() == null ? "" : record.hash();
            checked++;
            return ok;
        }

        /** Position of the first record that failed, empty while all have verified. */
        public OptionalLong firstBroken() {
            return broken ? OptionalLong.of(firstBroken) : OptionalLong.empty();
        }

        public boolean intact() {
            return !broken;
        }

        /** Number of records accepted so far. */
        public long checked() {
            return checked;
        }

        /** Stored hash of the last record accepted, to compare with an anchor or resume later. */
        public String lastHash() {
            return previousHash;
        }
    }

    /**
     * Length-prefixed encoding: every string is its UTF-8 byte count (4 bytes, -1 for null)
     * followed by the bytes, every number 8 bytes big-endian. No choice of field values can make
     * two different records encode alike, which a separator-joined string could not promise.
     */
    private static final class CanonicalEncoder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void string(String value) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(NULL_LENGTH).array());
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            out.writeBytes(utf8);
        }

        void number(long value) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
