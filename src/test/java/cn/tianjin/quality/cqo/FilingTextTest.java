package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.enterprise.SizeClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilingTextTest {

    @Test
    void shortfallsReadBackAsStored() {
        List<QualificationRules.Shortfall> all = QualificationRules.DEFAULTS
                .check(SizeClass.LARGE, new QualificationRules.Candidate(Education.ASSOCIATE, 3, false)).shortfalls();
        String stored = FilingText.shortfalls(all);
        assertThat(stored).isEqualTo("cqo.rule.education|cqo.education.BACHELOR|cqo.education.ASSOCIATE\n"
                + "cqo.rule.years|5|3\ncqo.rule.training");
        List<QualificationRules.Shortfall> back = FilingText.shortfalls(stored);
        assertThat(back).extracting(QualificationRules.Shortfall::messageKey)
                .containsExactly("cqo.rule.education", "cqo.rule.years", "cqo.rule.training");
        assertThat(back.get(1).args()).containsExactly("5", "3");
        assertThat(back.get(2).args()).isEmpty();
        assertThat(FilingText.shortfalls("")).isEmpty();
    }

    @Test
    void aSnapshotKeepsLineBreaksAndBackslashesInValues() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personName", "张明远");
        fields.put("duties", "一、质量否决\n二、体系建设 C:\\n 不是换行");
        fields.put("trainingCertificate", null);
        Map<String, String> back = FilingText.snapshot(FilingText.snapshot(fields));
        assertThat(back).containsEntry("personName", "张明远")
                .containsEntry("duties", "一、质量否决\n二、体系建设 C:\\n 不是换行")
                .containsEntry("trainingCertificate", "");
        assertThat(back.keySet()).containsExactly("personName", "duties", "trainingCertificate");
    }
}
