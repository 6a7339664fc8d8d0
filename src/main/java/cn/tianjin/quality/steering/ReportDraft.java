package cn.tianjin.quality.steering;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A new periodic report as an official fills it in: names, period, first period, days to file, filers and fields. */
public class ReportDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Rows of fields the form offers; blank rows are left out. */
    public static final int FIELD_ROWS = 6;

    private String nameZh;
    private String nameEn;
    private ReportPeriod.Kind kind = ReportPeriod.Kind.QUARTER;
    private String firstPeriod;
    private Integer dueDays = 15;
    private List<Long> filerIds = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();

    /** One figure the report asks for. */
    public static class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private String labelZh;
        private String labelEn;
        private String unit;
        private Long targetId;

        public Field() {
        }

        public Field(String labelZh, String labelEn, String unit, Long targetId) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
            this.unit = unit;
            this.targetId = targetId;
        }

        boolean isBlank() {
            return (labelZh == null || labelZh.isBlank()) && (labelEn == null || labelEn.isBlank())
                    && (unit == null || unit.isBlank()) && targetId == null;
        }

        public String getLabelZh() { return labelZh; }
        public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public Long getTargetId() { return targetId; }
        public void setTargetId(Long targetId) { this.targetId = targetId; }
    }

    public ReportDraft() {
        for (int i = 0; i < FIELD_ROWS; i++) {
            fields.add(new Field());
        }
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public ReportPeriod.Kind getKind() { return kind; }
    public void setKind(ReportPeriod.Kind kind) { this.kind = kind; }
    public String getFirstPeriod() { return firstPeriod; }
    public void setFirstPeriod(String firstPeriod) { this.firstPeriod = firstPeriod; }
    public Integer getDueDays() { return dueDays; }
    public void setDueDays(Integer dueDays) { this.dueDays = dueDays; }
    public List<Long> getFilerIds() { return filerIds; }
    public void setFilerIds(List<Long> filerIds) { this.filerIds = filerIds == null ? new ArrayList<>() : filerIds; }
    public List<Field> getFields() { return fields; }
}
