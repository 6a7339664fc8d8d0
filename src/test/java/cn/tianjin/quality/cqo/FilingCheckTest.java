package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.platform.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilingCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static FilingForm complete() {
        FilingForm f = new FilingForm();
        f.setPersonName(" 张明远 ");
        f.setIdKind(IdentityDocument.RESIDENT_ID);
        f.setIdNumber("11010519491231002x");
        f.setEducation(Education.BACHELOR);
        f.setProfessionalTitle("高级工程师");
        f.setPositionTitle("副总经理");
        f.setReportsTo("总经理");
        f.setYearsQuality(8);
        f.setTrainingCertificate("TJ-CQO-2025-0031");
        f.setAppointedOn(LocalDate.of(2026, 3, 1));
        f.setDuties("统筹企业质量管理体系建设，对不合格产品出厂行使否决权");
        f.setTeam(new ArrayList<>(List.of(new FilingForm.Member("李娜", TeamRole.QUALITY_MANAGER, "注册质量工程师"),
                new FilingForm.Member("", null, " "))));
        return f;
    }

    @Test
    void aCompleteFormPassesAndIsNormalised() {
        FilingForm f = complete();
        assertThat(FilingCheck.problems(f, TODAY, true)).isEmpty();
        assertThat(f.getPersonName()).isEqualTo("张明远");
        assertThat(f.getIdNumber()).isEqualTo("11010519491231002X");
        assertThat(f.getTeam()).as("the empty row is dropped").hasSize(1);
    }

    @Test
    void everyBadFieldIsReportedAtOnceBesideItsField() {
        FilingForm f = complete();
        f.setPersonName("  ");
        f.setIdNumber("110105194912310021");
        f.setYearsQuality(61);
        f.setAppointedOn(TODAY.plusDays(1));
        f.setDuties("很".repeat(2001));
        f.getTeam().add(new FilingForm.Member("王强", null, ""));
        assertThat(FilingCheck.problems(f, TODAY, true)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("personName", "cqo.field.required"),
                        tuple("idNumber", "cqo.id.checkCharacter"),
                        tuple("yearsQuality", "cqo.field.years"),
                        tuple("appointedOn", "cqo.field.appointedFuture"),
                        tuple("duties", "cqo.field.tooLong"),
                        tuple("team.1.role", "cqo.field.required"),
                        tuple("team.1.qualification", "cqo.field.required"));
    }

    @Test
    void anEmptyNumberIsAcceptedWhenTheFilingKeepsItsOwn() {
        FilingForm f = complete();
        f.setIdNumber(" ");
        assertThat(FilingCheck.problems(f, TODAY, false)).isEmpty();
        assertThat(FilingCheck.problems(f, TODAY, true)).extracting(FieldProblem::messageKey)
                .containsExactly("cqo.id.empty");
    }

    @Test
    void anOptionalCertificateLeftEmptyIsNone() {
        FilingForm f = complete();
        f.setTrainingCertificate("   ");
        assertThat(FilingCheck.problems(f, TODAY, true)).isEmpty();
        assertThat(f.getTrainingCertificate()).isNull();
    }

    @Test
    void aTeamTooLargeIsRefused() {
        FilingForm f = complete();
        for (int i = 0; i < FilingCheck.TEAM_MAX; i++) {
            f.getTeam().add(new FilingForm.Member("成员" + i, TeamRole.QUALITY_ENGINEER, "工程师"));
        }
        assertThat(FilingCheck.teamProblems(f)).extracting(FieldProblem::messageKey).containsExactly("cqo.team.tooMany");
    }
}
