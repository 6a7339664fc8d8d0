package cn.tianjin.quality.cqo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the enterprise types when it files its CQO: the page binds to it and {@link CqoService} checks every field
 * before anything is stored. The identity number is here in clear only on its way to being sealed.
 */
public class FilingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One member of the quality team as typed. */
    public static class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private TeamRole role;
        private String qualification;

        public Member() {
        }

        public Member(String name, TeamRole role, String qualification) {
            this.name = name;
            this.role = role;
            this.qualification = qualification;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public TeamRole getRole() { return role; }
        public void setRole(TeamRole role) { this.role = role; }
        public String getQualification() { return qualification; }
        public void setQualification(String qualification) { this.qualification = qualification; }
    }

    private String personName;
    private IdentityDocument idKind = IdentityDocument.RESIDENT_ID;
    private String idNumber;
    private Education education;
    private String professionalTitle;
    private String positionTitle;
    private String reportsTo;
    private Integer yearsQuality;
    private String trainingCertificate;
    private LocalDate appointedOn;
    private String duties;
    private List<Member> team = new ArrayList<>();

    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public IdentityDocument getIdKind() { return idKind; }
    public void setIdKind(IdentityDocument idKind) { this.idKind = idKind; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public Education getEducation() { return education; }
    public void setEducation(Education education) { this.education = education; }
    public String getProfessionalTitle() { return professionalTitle; }
    public void setProfessionalTitle(String professionalTitle) { this.professionalTitle = professionalTitle; }
    public String getPositionTitle() { return positionTitle; }
    public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
    public String getReportsTo() { return reportsTo; }
    public void setReportsTo(String reportsTo) { this.reportsTo = reportsTo; }
    public Integer getYearsQuality() { return yearsQuality; }
    public void setYearsQuality(Integer yearsQuality) { this.yearsQuality = yearsQuality; }
    public String getTrainingCertificate() { return trainingCertificate; }
    public void setTrainingCertificate(String trainingCertificate) { this.trainingCertificate = trainingCertificate; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public void setAppointedOn(LocalDate appointedOn) { this.appointedOn = appointedOn; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public List<Member> getTeam() { return team; }
    public void setTeam(List<Member> team) { this.team = team; }
}
