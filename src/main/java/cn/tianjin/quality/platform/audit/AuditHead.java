package cn.tianjin.quality.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of the chain. Writers lock this single row, so entries get consecutive ids and one order. */
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

    long lastId() { return lastId; }
    String lastHash() { return lastHash; }

    void advance(long id, String hash) {
        this.lastId = id;
        this.lastHash = hash;
    }
}
