package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stored texts of a filing as its pages show them, in the reader's language: the shortfalls of a rule check and
 * the fields of a submitted round.
 */
@Named("cqoTexts")
@ApplicationScoped
public class CqoTexts {
    /** A label and a value of a round's snapshot. */
    public record Field(String label, String value) {
    }

    /** The rules a filing did not meet, one sentence each; empty when it met them all. */
    public List<String> shortfalls(String stored) {
        List<String> out = new ArrayList<>();
        for (QualificationRules.Shortfall s : FilingText.shortfalls(stored)) {
            Object[] args = s.args().clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String a && a.startsWith("cqo.education.")) {
                    args[i] = Pages.text(a);
                }
            }
            out.add(Pages.text(s.messageKey(), args));
        }
        return out;
    }

    /** The named values of a timeline line, labelled. */
    public List<Field> detail(String stored) {
        List<Field> out = new ArrayList<>();
        for (Map.Entry<String, String> e : FilingText.snapshot(stored).entrySet()) {
            String value = e.getValue();
            if ("changed".equals(e.getKey())) {
                List<String> labels = new ArrayList<>();
                for (String name : value.split(",")) {
                    if (!name.isBlank()) {
                        labels.add(Pages.text("cqo.label." + name));
                    }
                }
                value = labels.isEmpty() ? Pages.text("cqo.detail.nothingChanged") : String.join("、", labels);
            } else if ("rules".equals(e.getKey())) {
                value = Pages.text(Boolean.parseBoolean(value) ? "cqo.rules.met" : "cqo.rules.notMet");
            } else if ("team".equals(e.getKey()) || "before".equals(e.getKey()) || "after".equals(e.getKey())) {
                value = roles(value);
            }
            out.add(new Field(Pages.text("cqo.detail." + e.getKey()), value));
        }
        return out;
    }

    private static String roles(String team) {
        String value = team;
        for (TeamRole r : TeamRole.values()) {
            value = value.replace("（" + r.name() + "，", "（" + Pages.text(r.messageKey()) + "，");
        }
        return value;
    }

    /** What a round submitted, field by field. */
    public List<Field> snapshot(String stored) {
        List<Field> out = new ArrayList<>();
        for (Map.Entry<String, String> e : FilingText.snapshot(stored).entrySet()) {
            if ("letter".equals(e.getKey())) {
                continue;
            }
            String value = e.getValue();
            if (!value.isEmpty() && "idKind".equals(e.getKey())) {
                value = Pages.text(IdentityDocument.valueOf(value).messageKey());
            } else if (!value.isEmpty() && "education".equals(e.getKey())) {
                value = Pages.text(Education.valueOf(value).messageKey());
            } else if ("team".equals(e.getKey())) {
                value = roles(value);
            }
            out.add(new Field(Pages.text("cqo.label." + e.getKey()), value));
        }
        return out;
    }
}
