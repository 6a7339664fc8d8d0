package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.web.Messages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of an application's eligibility checklist: the portal's automatic result and the official's finding. The
 * automatic result's explanation is kept as a message key with its arguments and shown in the reader's language.
 */
@Entity
@Table(name = "eligibility_item")
public class EligibilityItem implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Separates stored arguments; no typed text contains it. */
    private static final char SEPARATOR = '\u001f';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "check_code", nullable = false)
    private String check;

    @Enumerated(EnumType.STRING)
    @Column(name = "auto_result", nullable = false)
    private EligibilityRules.Result autoResult;

    /** The bundle key explaining the automatic result. */
    @Column(name = "auto_key")
    private String autoKey;

    /** Its arguments, each marked as a number ({@code n}) or a text ({@code s}). */
    @Column(name = "auto_args")
    private String autoArgs;

    /** The explanation as rendered in Chinese by the portal before checklists kept keys; null since. */
    @Column(name = "auto_detail")
    private String autoDetail;

    /** The official's result; null while only the automatic result stands. */
    @Enumerated(EnumType.STRING)
    private EligibilityRules.Result result;

    private String finding;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Version
    private int version;

    protected EligibilityItem() {
    }

    EligibilityItem(Long applicationId, EligibilityRules.Outcome o) {
        this.applicationId = applicationId;
        this.check = o.check();
        this.autoResult = o.result();
        this.autoKey = o.messageKey();
        this.autoArgs = encode(o.args());
    }

    void record(EligibilityRules.Result r, String finding, String by, LocalDateTime at) {
        this.result = r;
        this.finding = finding;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** The result that counts: the official's where recorded, otherwise the automatic one. */
    public EligibilityRules.Result getEffective() {
        return result != null ? result : autoResult;
    }

    /** Why the automatic result is what it is, in the reader's language. */
    public String autoText(Locale locale) {
        return autoKey == null ? autoDetail : Messages.get(locale, autoKey, decode(autoArgs).toArray());
    }

    static String encode(List<Object> args) {
        StringBuilder b = new StringBuilder();
        for (Object a : args) {
            if (!b.isEmpty()) {
                b.append(SEPARATOR);
            }
            b.append(a instanceof Number ? 'n' : 's').append(String.valueOf(a).replace(SEPARATOR, ' '));
        }
        return b.length() > 2000 ? b.substring(0, 2000) : b.toString();
    }

    static List<Object> decode(String stored) {
        List<Object> args = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return args;
        }
        for (String a : stored.split(String.valueOf(SEPARATOR), -1)) {
            if (a.isEmpty()) {
                continue;
            }
            args.add(a.charAt(0) == 'n' ? (Object) Long.valueOf(a.substring(1)) : a.substring(1));
        }
        return args;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getCheck() { return check; }
    public EligibilityRules.Result getAutoResult() { return autoResult; }
    public EligibilityRules.Result getResult() { return result; }
    public String getFinding() { return finding; }
    public String getCheckedBy() { return checkedBy; }
    public LocalDateTime getCheckedAt() { return checkedAt; }
    public int getVersion() { return version; }
}
