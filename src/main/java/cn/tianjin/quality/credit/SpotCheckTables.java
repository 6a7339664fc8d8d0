package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inspection system's export of spot-check results, read row by row with every problem reported (line, column,
 * reason) before anything is stored. What needs the database (a result already stored, an enterprise unknown to the
 * portal without a name in the file) is checked by {@link SpotCheckService} after this.
 */
public final class SpotCheckTables {
    public static final int MAX_ROWS = 5_000;

    /** The columns of the export; the enterprise's name is needed only for enterprises without an account. */
    public enum Column implements Columns.Spec {
        CODE(new Columns.Header("creditCode", "统一社会信用代码", true)),
        NAME(new Columns.Header("enterpriseName", "企业名称", false)),
        PRODUCT(new Columns.Header("product", "产品名称", true)),
        BATCH(new Columns.Header("batch", "批次", true)),
        CHECKED_ON(new Columns.Header("checkedOn", "抽样日期", true)),
        RESULT(new Columns.Header("result", "检验结论", true)),
        FAILED_ITEMS(new Columns.Header("failedItems", "不合格项目", false)),
        BODY(new Columns.Header("inspectionBody", "检验机构", true)),
        RECTIFY_BY(new Columns.Header("rectifyBy", "整改期限", false));

        private final Columns.Header spec;

        Column(Columns.Header spec) {
            this.spec = spec;
        }

        @Override
        public Columns.Header spec() {
            return spec;
        }
    }

    /** A good row: its line and the result it gives. */
    public record Row(int line, SpotCheckForm form) {
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private SpotCheckTables() {
    }

    /** Reads an export; the same enterprise, product, batch and date twice is a problem of the second line. */
    public static Parsed read(List<TableRecord> records, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Optional<TableRows.Body<Column>> body = TableRows.body(Column.class, records, MAX_ROWS, errors);
        if (body.isEmpty()) {
            return new Parsed(rows, errors);
        }
        Columns<Column> cols = body.get().columns();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRecord r : body.get().records()) {
            int before = errors.size();
            SpotCheckForm f = new SpotCheckForm();
            f.setCreditCode(cols.value(r, Column.CODE));
            f.setEnterpriseName(cols.value(r, Column.NAME));
            f.setProduct(cols.value(r, Column.PRODUCT));
            f.setBatch(cols.value(r, Column.BATCH));
            f.setCheckedOn(date(r, cols.value(r, Column.CHECKED_ON), Column.CHECKED_ON, errors));
            f.setPassed(result(r, cols.value(r, Column.RESULT), errors));
            f.setFailedItems(cols.value(r, Column.FAILED_ITEMS));
            f.setInspectionBody(cols.value(r, Column.BODY));
            String deadline = cols.value(r, Column.RECTIFY_BY);
            f.setRectifyBy(deadline.isEmpty() ? null : date(r, deadline, Column.RECTIFY_BY, errors));
            // The rules a hand-typed result gets, for the columns not already found wrong above.
            Set<String> reported = new HashSet<>();
            errors.subList(before, errors.size()).forEach(e -> reported.add(e.column()));
            for (FieldProblem p : SpotCheckRules.problems(f, today)) {
                Column column = columnOf(p.field());
                if (!reported.contains(column.chineseHeader())) {
                    errors.add(problem(r.line(), column, p));
                }
            }
            if (errors.size() == before) {
                Integer first = seen.putIfAbsent(key(f), r.line());
                if (first != null) {
                    errors.add(RowError.of(r.line(), null, TableRows.DUPLICATE_ROW, first));
                } else {
                    rows.add(new Row(r.line(), f));
                }
            }
        }
        return new Parsed(rows, errors);
    }

    /** What makes a result the same result: the enterprise, product, batch and date of the check. */
    static String key(SpotCheckForm f) {
        return f.getCreditCode() + "\u0000" + f.getProduct() + "\u0000" + f.getBatch() + "\u0000" + f.getCheckedOn();
    }

    /** The result as inspection bodies write it: 合格 / 不合格, pass / fail, 是 / 否 for "passed". */
    static Boolean result(TableRecord r, String value, List<RowError> errors) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null; // reported by the rules as a required field
        }
        if (v.equals("不合格") || v.startsWith("fail") || v.equals("否") || v.equals("no")) {
            return false;
        }
        if (v.equals("合格") || v.startsWith("pass") || v.equals("是") || v.equals("yes")) {
            return true;
        }
        errors.add(TableRows.error(r.line(), Column.RESULT, "spotCheck.import.result", value));
        return null;
    }

    /** A date when there is one (a missing one is the rules' to report), not checked against today here. */
    private static LocalDate date(TableRecord r, String value, Column column, List<RowError> errors) {
        return value.isEmpty() ? null : TableRows.date(r, value, column, null, errors);
    }

    private static RowError problem(int line, Column column, FieldProblem p) {
        if (p.messageKey().equals("field.required")) {
            return TableRows.error(line, column, "csv.required");
        }
        if (p.messageKey().equals("spotCheck.tooLong")) {
            return TableRows.error(line, column, TableRows.TOO_LONG, p.args());
        }
        return RowError.of(line, column.chineseHeader(), p.messageKey(), p.args());
    }

    private static Column columnOf(String field) {
        return switch (field) {
            case "creditCode" -> Column.CODE;
            case "enterpriseName" -> Column.NAME;
            case "product" -> Column.PRODUCT;
            case "batch" -> Column.BATCH;
            case "checkedOn" -> Column.CHECKED_ON;
            case "passed" -> Column.RESULT;
            case "failedItems" -> Column.FAILED_ITEMS;
            case "inspectionBody" -> Column.BODY;
            case "rectifyBy" -> Column.RECTIFY_BY;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
