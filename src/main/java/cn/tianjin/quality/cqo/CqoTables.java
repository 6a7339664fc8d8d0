package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import cn.tianjin.quality.platform.tables.TableText;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two tables officials upload for chief quality officers, read row by row with every problem reported (line,
 * column, reason) before anything is stored: a training body's list of completions, and the CQOs enterprises
 * registered before the portal. What needs the database (the enterprise, a registration already there) is checked by
 * the service after this.
 */
public final class CqoTables {
    public static final int MAX_ROWS = 5_000;

    /** A training body's list: who completed CQO training, with which certificate, when, where. */
    public enum TrainingColumn implements Columns.Spec {
        ID_KIND(new Columns.Header("idKind", "证件类型", false)),
        ID_NUMBER(new Columns.Header("idNumber", "证件号码", true)),
        NAME(new Columns.Header("name", "姓名", true)),
        CERTIFICATE(new Columns.Header("certificate", "证书编号", true)),
        COMPLETED_ON(new Columns.Header("completedOn", "结业日期", true)),
        BODY(new Columns.Header("trainingBody", "培训机构", true));

        private final Columns.Header spec;

        TrainingColumn(Columns.Header spec) {
            this.spec = spec;
        }

        @Override
        public Columns.Header spec() {
            return spec;
        }
    }

    /** CQOs registered before the portal: the enterprise, the person and the registration's date. */
    public enum ExistingColumn implements Columns.Spec {
        CODE(new Columns.Header("creditCode", "统一社会信用代码", true)),
        NAME(new Columns.Header("name", "姓名", true)),
        ID_KIND(new Columns.Header("idKind", "证件类型", false)),
        ID_NUMBER(new Columns.Header("idNumber", "证件号码", true)),
        EDUCATION(new Columns.Header("education", "学历", true)),
        TITLE(new Columns.Header("professionalTitle", "职称", true)),
        POSITION(new Columns.Header("position", "职务", true)),
        REPORTS_TO(new Columns.Header("reportsTo", "直接向谁报告", true)),
        YEARS(new Columns.Header("yearsInQuality", "从事质量工作年限", true)),
        CERTIFICATE(new Columns.Header("trainingCertificate", "培训证书编号", false)),
        APPOINTED_ON(new Columns.Header("appointedOn", "任命日期", true)),
        DUTIES(new Columns.Header("duties", "职责", true)),
        REGISTERED_ON(new Columns.Header("registeredOn", "登记日期", true));

        private final Columns.Header spec;

        ExistingColumn(Columns.Header spec) {
            this.spec = spec;
        }

        @Override
        public Columns.Header spec() {
            return spec;
        }
    }

    public record TrainingRow(int line, IdentityDocument kind, String number, String name, String certificate,
                              LocalDate completedOn, String body) {
    }

    public record ExistingRow(int line, String creditCode, FilingForm form, LocalDate registeredOn) {
    }

    public record Parsed<R>(List<R> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private CqoTables() {
    }

    /** Reads a training list; a person and certificate named twice is a problem of the second line. */
    public static Parsed<TrainingRow> training(List<TableRecord> records, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<TrainingRow> rows = new ArrayList<>();
        Optional<TableRows.Body<TrainingColumn>> body = TableRows.body(TrainingColumn.class, records, MAX_ROWS, errors);
        if (body.isEmpty()) {
            return new Parsed<>(rows, errors);
        }
        Columns<TrainingColumn> cols = body.get().columns();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRecord r : body.get().records()) {
            int before = errors.size();
            int line = r.line();
            IdentityDocument kind = kind(r, cols.value(r, TrainingColumn.ID_KIND), TrainingColumn.ID_KIND, errors);
            String number = number(r, kind, cols.value(r, TrainingColumn.ID_NUMBER), TrainingColumn.ID_NUMBER, today, errors);
            String name = TableRows.required(r, cols.value(r, TrainingColumn.NAME), TrainingColumn.NAME, FilingCheck.NAME_MAX, errors);
            String certificate = TableRows.required(r, cols.value(r, TrainingColumn.CERTIFICATE), TrainingColumn.CERTIFICATE,
                    FilingCheck.CERTIFICATE_MAX, errors);
            LocalDate completed = TableRows.date(r, cols.value(r, TrainingColumn.COMPLETED_ON), TrainingColumn.COMPLETED_ON, today, errors);
            String trainingBody = TableRows.required(r, cols.value(r, TrainingColumn.BODY), TrainingColumn.BODY, 200, errors);
            if (errors.size() == before) {
                Integer first = seen.putIfAbsent(kind + ":" + number + ":" + certificate, line);
                if (first != null) {
                    errors.add(RowError.of(line, null, TableRows.DUPLICATE_ROW, first));
                } else {
                    rows.add(new TrainingRow(line, kind, number, name, certificate, completed, trainingBody));
                }
            }
        }
        return new Parsed<>(rows, errors);
    }

    /** Reads a list of CQOs registered before the portal; an enterprise or a person named twice is a problem. */
    public static Parsed<ExistingRow> existing(List<TableRecord> records, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<ExistingRow> rows = new ArrayList<>();
        Optional<TableRows.Body<ExistingColumn>> body = TableRows.body(ExistingColumn.class, records, MAX_ROWS, errors);
        if (body.isEmpty()) {
            return new Parsed<>(rows, errors);
        }
        Columns<ExistingColumn> cols = body.get().columns();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (TableRecord r : body.get().records()) {
            int before = errors.size();
            int line = r.line();
            String code = CreditCode.fromCell(line, cols.value(r, ExistingColumn.CODE), ExistingColumn.CODE, errors);
            FilingForm form = new FilingForm();
            form.setPersonName(cols.value(r, ExistingColumn.NAME));
            form.setIdKind(kind(r, cols.value(r, ExistingColumn.ID_KIND), ExistingColumn.ID_KIND, errors));
            form.setIdNumber(number(r, form.getIdKind(), cols.value(r, ExistingColumn.ID_NUMBER), ExistingColumn.ID_NUMBER,
                    today, errors));
            form.setEducation(education(r, cols.value(r, ExistingColumn.EDUCATION), errors));
            form.setProfessionalTitle(cols.value(r, ExistingColumn.TITLE));
            form.setPositionTitle(cols.value(r, ExistingColumn.POSITION));
            form.setReportsTo(cols.value(r, ExistingColumn.REPORTS_TO));
            form.setYearsQuality(TableRows.whole(r, cols.value(r, ExistingColumn.YEARS), ExistingColumn.YEARS, errors));
            form.setTrainingCertificate(cols.value(r, ExistingColumn.CERTIFICATE));
            form.setAppointedOn(TableRows.date(r, cols.value(r, ExistingColumn.APPOINTED_ON), ExistingColumn.APPOINTED_ON, today, errors));
            form.setDuties(cols.value(r, ExistingColumn.DUTIES));
            LocalDate registeredOn = TableRows.date(r, cols.value(r, ExistingColumn.REGISTERED_ON), ExistingColumn.REGISTERED_ON, today, errors);
            // The rest of the checks a filing gets, for the columns not already found wrong above.
            java.util.Set<String> reported = new java.util.HashSet<>();
            errors.subList(before, errors.size()).forEach(e -> reported.add(e.column()));
            for (FieldProblem p : FilingCheck.problems(form, today, false)) {
                ExistingColumn column = columnOf(p.field());
                String header = column == null ? null : column.chineseHeader();
                if (!reported.contains(header)) {
                    errors.add(RowError.of(line, header, p.messageKey(), p.args()));
                }
            }
            if (errors.size() == before) {
                Integer firstCode = codes.putIfAbsent(code, line);
                Integer firstPerson = people.putIfAbsent(form.getIdKind() + ":" + form.getIdNumber(), line);
                if (firstCode != null) {
                    errors.add(RowError.of(line, ExistingColumn.CODE.chineseHeader(), "cqo.import.duplicateEnterprise", firstCode));
                } else if (firstPerson != null) {
                    errors.add(RowError.of(line, ExistingColumn.ID_NUMBER.chineseHeader(), "cqo.import.duplicatePerson", firstPerson));
                } else {
                    rows.add(new ExistingRow(line, code, form, registeredOn));
                }
            }
        }
        return new Parsed<>(rows, errors);
    }

    private static ExistingColumn columnOf(String field) {
        return switch (field) {
            case "personName" -> ExistingColumn.NAME;
            case "idKind" -> ExistingColumn.ID_KIND;
            case "idNumber" -> ExistingColumn.ID_NUMBER;
            case "education" -> ExistingColumn.EDUCATION;
            case "professionalTitle" -> ExistingColumn.TITLE;
            case "positionTitle" -> ExistingColumn.POSITION;
            case "reportsTo" -> ExistingColumn.REPORTS_TO;
            case "yearsQuality" -> ExistingColumn.YEARS;
            case "trainingCertificate" -> ExistingColumn.CERTIFICATE;
            case "appointedOn" -> ExistingColumn.APPOINTED_ON;
            case "duties" -> ExistingColumn.DUTIES;
            default -> null;
        };
    }

    /** The document kind as people write it: the portal's names, 身份证, 护照, 港澳…, 台湾…; empty is a resident identity card. */
    static IdentityDocument kind(TableRecord r, String value, Columns.Spec column, List<RowError> errors) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (v.isEmpty() || v.contains("身份证") || v.contains("居住证")) {
            return IdentityDocument.RESIDENT_ID;
        }
        if (v.contains("港澳")) {
            return IdentityDocument.HK_MACAO_PERMIT;
        }
        if (v.contains("台湾") || v.contains("台胞")) {
            return IdentityDocument.TAIWAN_PERMIT;
        }
        if (v.contains("护照")) {
            return IdentityDocument.FOREIGN_PASSPORT;
        }
        for (IdentityDocument d : IdentityDocument.values()) {
            if (d.name().equalsIgnoreCase(v.replace(' ', '_').replace('-', '_'))) {
                return d;
            }
        }
        errors.add(TableRows.error(r.line(), column, "cqo.import.idKind", v));
        return null;
    }

    private static String number(TableRecord r, IdentityDocument kind, String value, Columns.Spec column, LocalDate today,
                                 List<RowError> errors) {
        if (kind == null) {
            return null;
        }
        IdentityDocument.Check check = kind.check(value, today);
        if (!check.valid()) {
            errors.add(RowError.of(r.line(), column.chineseHeader(), check.messageKey(), check.messageArgs()));
            return null;
        }
        return check.number();
    }

    /** The education as people write it: the portal's names, or 中专、技校、职高、大专、专科、本科、硕士、研究生、博士. */
    static Education education(TableRecord r, String value, List<RowError> errors) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            errors.add(TableRows.error(r.line(), ExistingColumn.EDUCATION, "csv.required"));
            return null;
        }
        if (v.contains("博士")) {
            return Education.DOCTORATE;
        }
        if (v.contains("硕士") || v.contains("研究生")) {
            return Education.MASTER;
        }
        if (v.contains("本科") || v.contains("学士")) {
            return Education.BACHELOR;
        }
        if (v.contains("大专") || v.contains("专科")) {
            return Education.ASSOCIATE;
        }
        if (v.contains("中专") || v.contains("技校") || v.contains("职高") || v.contains("中技")) {
            return Education.SECONDARY_TECHNICAL;
        }
        for (Education e : Education.values()) {
            if (e.name().equals(v.replace(' ', '_'))) {
                return e;
            }
        }
        errors.add(TableRows.error(r.line(), ExistingColumn.EDUCATION, "cqo.import.education", value));
        return null;
    }
}
