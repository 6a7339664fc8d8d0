package cn.tianjin.quality.credit;

import java.io.Serializable;
import java.time.LocalDate;

/** What an official types or a row of the inspection system's export gives for one spot-check result. */
public class SpotCheckForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String creditCode;
    private String enterpriseName;
    private String product;
    private String batch;
    private LocalDate checkedOn;
    private Boolean passed;
    private String failedItems;
    private String inspectionBody;
    private LocalDate rectifyBy;

    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getBatch() { return batch; }
    public void setBatch(String batch) { this.batch = batch; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    public Boolean getPassed() { return passed; }
    public void setPassed(Boolean passed) { this.passed = passed; }
    public String getFailedItems() { return failedItems; }
    public void setFailedItems(String failedItems) { this.failedItems = failedItems; }
    public String getInspectionBody() { return inspectionBody; }
    public void setInspectionBody(String inspectionBody) { this.inspectionBody = inspectionBody; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public void setRectifyBy(LocalDate rectifyBy) { this.rectifyBy = rectifyBy; }
}
