package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of a CQO filing form, field by field: every problem found, each with the field it belongs to, so the page
 * can show all of them beside their fields at once. {@link CqoService} runs the same check again before it stores
 * anything. The form is normalised in place (text trimmed, empty team rows dropped, the identity number as the check
 * read it).
 */
public final class FilingCheck {
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 100;
    public static final int CERTIFICATE_MAX = 60;
    public static final int DUTIES_MAX = 2000;
    public static final int QUALIFICATION_MAX = 200;
    public static final int TEAM_MAX = 30;
    public static final int YEARS_MAX = 60;


    private FilingCheck() {
    }

    /**
     * Checks a form. {@code idRequired} is false when a filing filed again keeps the number it had (the field left
     * empty); the number is then not checked.
     */
    public static List<FieldProblem> problems(FilingForm f, LocalDate today, boolean idRequired) {
        List<FieldProblem> out = new ArrayList<>();
        f.setPersonName(text(f.getPersonName(), "personName", NAME_MAX, true, out));
        if (f.getIdKind() == null) {
            out.add(new FieldProblem("idKind", "cqo.field.required"));
        } else if (idRequired || (f.getIdNumber() != null && !f.getIdNumber().isBlank())) {
            IdentityDocument.Check check = f.getIdKind().check(f.getIdNumber(), today);
            if (check.valid()) {
                f.setIdNumber(check.number());
            } else {
                out.add(new FieldProblem("idNumber", check.messageKey(), check.messageArgs()));
            }
        }
        if (f.getEducation() == null) {
            out.add(new FieldProblem("education", "cqo.field.required"));
        }
        f.setProfessionalTitle(text(f.getProfessionalTitle(), "professionalTitle", TEXT_MAX, true, out));
        f.setPositionTitle(text(f.getPositionTitle(), "positionTitle", TEXT_MAX, true, out));
        f.setReportsTo(text(f.getReportsTo(), "reportsTo", TEXT_MAX, true, out));
        if (f.getYearsQuality() == null) {
            out.add(new FieldProblem("yearsQuality", "cqo.field.required"));
        } else if (f.getYearsQuality() < 0 || f.getYearsQuality() > YEARS_MAX) {
            out.add(new FieldProblem("yearsQuality", "cqo.field.years", YEARS_MAX));
        }
        f.setTrainingCertificate(text(f.getTrainingCertificate(), "trainingCertificate", CERTIFICATE_MAX, false, out));
        if (f.getAppointedOn() == null) {
            out.add(new FieldProblem("appointedOn", "cqo.field.required"));
        } else if (f.getAppointedOn().isAfter(today)) {
            out.add(new FieldProblem("appointedOn", "cqo.field.appointedFuture"));
        } else if (f.getAppointedOn().isBefore(LocalDate.of(1980, 1, 1))) {
            out.add(new FieldProblem("appointedOn", "cqo.field.appointedEarly"));
        }
        f.setDuties(text(f.getDuties(), "duties", DUTIES_MAX, true, out));
        team(f, out);
        return out;
    }


    /** Checks the team alone (a change of a registered CQO's team). */
    public static List<FieldProblem> teamProblems(FilingForm f) {
        List<FieldProblem> out = new ArrayList<>();
        team(f, out);
        return out;
    }

    private static void team(FilingForm f, List<FieldProblem> out) {
        List<FilingForm.Member> kept = new ArrayList<>();
        for (FilingForm.Member m : f.getTeam() == null ? List.<FilingForm.Member>of() : f.getTeam()) {
            boolean blank = (m.getName() == null || m.getName().isBlank()) && m.getRole() == null
                    && (m.getQualification() == null || m.getQualification().isBlank());
            if (!blank) {
                kept.add(m);
            }
        }
        if (kept.size() > TEAM_MAX) {
            out.add(new FieldProblem("team", "cqo.team.tooMany", TEAM_MAX));
        }
        for (int i = 0; i < kept.size(); i++) {
            FilingForm.Member m = kept.get(i);
            String at = "team." + i + ".";
            m.setName(text(m.getName(), at + "name", NAME_MAX, true, out));
            if (m.getRole() == null) {
                out.add(new FieldProblem(at + "role", "cqo.field.required"));
            }
            m.setQualification(text(m.getQualification(), at + "qualification", QUALIFICATION_MAX, true, out));
        }
        f.setTeam(kept);
    }

    private static String text(String raw, String field, int max, boolean required, List<FieldProblem> out) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (required) {
                out.add(new FieldProblem(field, "cqo.field.required"));
            }
            return required ? s : null;
        }
        if (s.codePointCount(0, s.length()) > max) {
            out.add(new FieldProblem(field, "cqo.field.tooLong", max));
        }
        return s;
    }
}
