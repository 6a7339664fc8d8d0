package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One row of the append-only audit log. Never updated or deleted: there are no setters. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

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

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(AuditChain.AuditRecord r, String prevHash) {
        this.id = r.id();
        this.occurredAt = LocalDateTime.ofInstant(r.occurredAt(), PortalConfig.ZONE);
        this.actor = r.actor();
        this.actorRole = r.role();
        this.objectType = r.objectType();
        this.objectId = r.objectId();
        this.action = r.action();
        this.summary = r.summary();
        this.prevHash = prevHash;
        this.hash = r.hash();
    }

    AuditChain.AuditRecord toRecord() {
        return new AuditChain.AuditRecord(id, occurredAt.atZone(PortalConfig.ZONE).toInstant(), actor, actorRole,
                objectType, objectId, action, summary, hash);
    }

    public Long getId() { return id; }
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
