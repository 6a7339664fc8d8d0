package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of spot-check results, as plain code: the check of a result field by field (every problem at once, each
 * with its field, normalising the form in place), when a rectification's reminders are due, and the rectification
 * rate of a year.
 */
public final class SpotCheckRules {
    public static final int PRODUCT_MAX = 200;
    public static final int BATCH_MAX = 100;
    public static final int ITEMS_MAX = 1000;
    public static final int BODY_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int MEASURES_MAX = 4000;
    public static final int REASON_MAX = 1000;
    /** How many days before its deadline a rectification is reminded of. */
    public static final int DUE_SOON_DAYS = 7;


    private SpotCheckRules() {
    }

    /** Checks a result; the enterprise name may be empty (the service takes the registered one). */
    public static List<FieldProblem> problems(SpotCheckForm f, LocalDate today) {
        List<FieldProblem> out = new ArrayList<>();
        String raw = f.getCreditCode() == null ? "" : f.getCreditCode().strip();
        if (raw.isEmpty()) {
            out.add(new FieldProblem("creditCode", "field.required"));
        } else {
            CreditCode.Check check = CreditCode.check(raw);
            if (check.valid()) {
                f.setCreditCode(check.code());
            } else {
                out.add(new FieldProblem("creditCode", check.messageKey(), check.messageArgs()));
            }
        }
        f.setEnterpriseName(text(f.getEnterpriseName(), "enterpriseName", NAME_MAX, false, out));
        f.setProduct(text(f.getProduct(), "product", PRODUCT_MAX, true, out));
        f.setBatch(text(f.getBatch(), "batch", BATCH_MAX, true, out));
        if (f.getCheckedOn() == null) {
            out.add(new FieldProblem("checkedOn", "field.required"));
        } else if (f.getCheckedOn().isAfter(today)) {
            out.add(new FieldProblem("checkedOn", "spotCheck.checkedOn.future"));
        }
        f.setInspectionBody(text(f.getInspectionBody(), "inspectionBody", BODY_MAX, true, out));
        if (f.getPassed() == null) {
            out.add(new FieldProblem("passed", "field.required"));
        } else if (f.getPassed()) {
            f.setFailedItems(null);
            f.setRectifyBy(null);
        } else {
            f.setFailedItems(text(f.getFailedItems(), "failedItems", ITEMS_MAX, true, out));
            if (f.getRectifyBy() == null) {
                out.add(new FieldProblem("rectifyBy", "spotCheck.rectifyBy.required"));
            } else if (f.getCheckedOn() != null && !f.getRectifyBy().isAfter(f.getCheckedOn())) {
                out.add(new FieldProblem("rectifyBy", "spotCheck.rectifyBy.beforeCheck"));
            }
        }
        return out;
    }


    /**
     * The reminder due on {@code today} for a rectification awaiting the enterprise with this deadline: "due soon" in
     * the week up to the deadline, "overdue" after it; null before the week starts.
     */
    public static String reminderDue(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return null;
        }
        if (today.isAfter(deadline)) {
            return SpotCheckReminder.OVERDUE;
        }
        return today.isBefore(deadline.minusDays(DUE_SOON_DAYS)) ? null : SpotCheckReminder.DUE_SOON;
    }

    /**
     * A year's failures and where their rectification stands. The rate is of the failures rectified, in per cent with
     * one decimal, rounded down (99.96 shows as 99.9, never as a 100 the city has not reached); null without failures.
     */
    public record YearFigures(int year, long checks, long failures, long rectified, long awaitingBureau, long open,
                              long overdue) implements Serializable {
        public Double rate() {
            if (failures == 0) {
                return null;
            }
            return Math.floor(rectified * 1000.0 / failures) / 10.0;
        }
    }

    private static String text(String raw, String field, int max, boolean required, List<FieldProblem> out) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (required) {
                out.add(new FieldProblem(field, "field.required"));
            }
            return required ? s : null;
        }
        if (s.codePointCount(0, s.length()) > max) {
            out.add(new FieldProblem(field, "spotCheck.tooLong", max));
        }
        return s;
    }
}
