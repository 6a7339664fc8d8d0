package cn.tianjin.quality.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One key of an enterprise's name ({@link NameGrams}), read only by the officials' search; the rows are written by
 * {@link EnterpriseService} in plain SQL, outside the persistence context, whenever a name is stored.
 */
@Entity
@Table(name = "enterprise_name_gram")
@IdClass(EnterpriseNameGram.Key.class)
public class EnterpriseNameGram {
    @Id
    private int gram;

    @Id
    @Column(name = "enterprise_id")
    private long enterpriseId;

    protected EnterpriseNameGram() {
    }

    public int getGram() { return gram; }
    public long getEnterpriseId() { return enterpriseId; }

    public record Key(int gram, long enterpriseId) implements Serializable {
    }
}
