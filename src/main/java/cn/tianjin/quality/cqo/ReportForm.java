package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.FieldProblem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly work report as the enterprise types it: quality goals and results, improvement projects, complaints and
 * their handling, training, and the use of the CQO's veto inside the enterprise (how often and on what).
 */
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 4000;
    public static final int VETO_MAX = 9999;

    private String goalsResults;
    private String improvementProjects;
    private String complaints;
    private String training;
    private String vetoUse;
    private Integer vetoCount;

    /**
     * The problems of the form, each as {field, message key, argument}; a draft may leave fields empty
     * ({@code complete} false), a submitted report may not. Text is trimmed in place.
     */
    public List<FieldProblem> problems(boolean complete) {
        List<FieldProblem> out = new ArrayList<>();
        goalsResults = text(goalsResults, "goalsResults", complete, out);
        improvementProjects = text(improvementProjects, "improvementProjects", complete, out);
        complaints = text(complaints, "complaints", complete, out);
        training = text(training, "training", complete, out);
        vetoUse = text(vetoUse, "vetoUse", complete, out);
        if (vetoCount == null) {
            if (complete) {
                out.add(new FieldProblem("vetoCount", "cqo.field.required"));
            }
        } else if (vetoCount < 0 || vetoCount > VETO_MAX) {
            out.add(new FieldProblem("vetoCount", "cqo.report.vetoCount", VETO_MAX));
        }
        return out;
    }

    private static String text(String raw, String field, boolean required, List<FieldProblem> out) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty() && required) {
            out.add(new FieldProblem(field, "cqo.field.required"));
        } else if (s.codePointCount(0, s.length()) > TEXT_MAX) {
            out.add(new FieldProblem(field, "cqo.field.tooLong", TEXT_MAX));
        }
        return s;
    }

    public String getGoalsResults() { return goalsResults; }
    public void setGoalsResults(String goalsResults) { this.goalsResults = goalsResults; }
    public String getImprovementProjects() { return improvementProjects; }
    public void setImprovementProjects(String improvementProjects) { this.improvementProjects = improvementProjects; }
    public String getComplaints() { return complaints; }
    public void setComplaints(String complaints) { this.complaints = complaints; }
    public String getTraining() { return training; }
    public void setTraining(String training) { this.training = training; }
    public String getVetoUse() { return vetoUse; }
    public void setVetoUse(String vetoUse) { this.vetoUse = vetoUse; }
    public Integer getVetoCount() { return vetoCount; }
    public void setVetoCount(Integer vetoCount) { this.vetoCount = vetoCount; }
}
