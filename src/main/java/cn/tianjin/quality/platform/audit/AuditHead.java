package cn.tianjin.quality.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last link of the chain: its position (column last_id, named when positions were ids) and hash. Only sealing
 * locks this row, so rows are linked one sealing at a time into one order; audited changes never wait for it.
 */
@Entity
@Table(name = "audit_head")
class AuditHead {
    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    long lastSeq() { return lastId; }
    String lastHash() { return lastHash; }

    void advance(long seq, String hash) {
        this.lastId = seq;
        this.lastHash = hash;
    }
}
