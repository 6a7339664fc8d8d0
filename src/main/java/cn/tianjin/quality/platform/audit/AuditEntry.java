package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One row of the append-only audit log. Written by the audited change's own transaction without its place in the
 * chain, which {@link AuditLog#sealPending} gives it shortly after commit (chain position, previous hash, hash); never
 * changed after that, and never deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Place in the chain, in the order rows were sealed; null until then. Equal to the id for rows before V15. */
    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false)
    private String actorRole;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String summary;

    @Column(name = "prev_hash")
    private String prevHash;

    @Column
    private String hash;

    protected AuditEntry() {
    }

    /** A row not yet in the chain: its content, with the position and hashes left for sealing. */
    AuditEntry(LocalDateTime occurredAt, Actor by, String objectType, String objectId, String action, String summary) {
        this.occurredAt = occurredAt;
        this.actor = by.username();
        this.actorRole = by.roleName();
        this.objectType = objectType;
        this.objectId = objectId;
        this.action = action;
        this.summary = summary;
    }

    /** The row's content at a chain position; the stored hash is null before sealing. */
    AuditChain.AuditRecord toRecord(long seq) {
        return new AuditChain.AuditRecord(seq, occurredAt.atZone(PortalConfig.ZONE).toInstant(), actor, actorRole,
                objectType, objectId, action, summary, hash);
    }

    public Long getId() { return id; }
    public Long getChainSeq() { return chainSeq; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public String getObjectType() { return objectType; }
    public String getObjectId() { return objectId; }
    public String getAction() { return action; }
    public String getSummary() { return summary; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
