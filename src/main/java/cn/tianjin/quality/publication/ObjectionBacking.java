package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The public objection form (/public/objection?display=): no login, a real name, contact, grounds and evidence. */
@Named
@ViewScoped
public class ObjectionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    DisplayService display;

    @Inject
    cn.tianjin.quality.platform.web.Language language;

    private String displayParam;
    private Long displayId;
    private String displayTitle;
    private boolean open;
    private final List<Choice> entries = new ArrayList<>();
    private Long entryId;
    private String name;
    private String phone;
    private String email;
    private String grounds;
    private transient UploadedFile file1;
    private transient UploadedFile file2;
    private transient UploadedFile file3;
    private String reference;

    /** An entry the objection may concern, as the select shows it. */
    public record Choice(Long entryId, String label) implements Serializable {
    }

    public void load() {
        DisplayService.View d = display.view(Ids.parse(displayParam));
        displayId = d.display().getId();
        displayTitle = d.display().getTitle();
        open = d.display().runsOn(clock.today());
        entries.clear();
        d.proposed().forEach(l -> entries.add(new Choice(l.entry().getId(), l.entry().getEnterpriseName() + "（"
                + l.entry().getSubjectName() + "）")));
        String entry = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("entry");
        if (entryId == null && entry != null) {
            // The entry's own link preselects it; anything else leaves the choice to the objector.
            entries.stream().filter(c -> c.entryId().toString().equals(entry.strip())).findFirst()
                    .ifPresent(c -> entryId = c.entryId());
        }
    }

    public void submit() {
        List<DisplayService.Evidence> evidence = new ArrayList<>();
        try {
            for (UploadedFile f : new UploadedFile[] {file1, file2, file3}) {
                if (f != null && f.getSize() > 0) {
                    evidence.add(new DisplayService.Evidence(f.getFileName(), f.getInputStream()));
                }
            }
            var request = (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest();
            Objection o = display.object(displayId, new ObjectionForm(entryId, name, phone, email, grounds), evidence,
                    cn.tianjin.quality.platform.web.ClientAddress.of(request), language.getTag());
            reference = o.getReference();
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (IOException e) {
            Pages.error("upload.storageUnavailable");
        }
    }

    public String getDisplay() { return displayParam; }
    public void setDisplay(String display) { this.displayParam = display; }
    public Long getDisplayId() { return displayId; }
    public String getDisplayTitle() { return displayTitle; }
    public boolean isOpen() { return open; }
    public List<Choice> getEntries() { return entries; }
    public Long getEntryId() { return entryId; }
    public void setEntryId(Long entryId) { this.entryId = entryId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public UploadedFile getFile1() { return file1; }
    public void setFile1(UploadedFile f) { this.file1 = f; }
    public UploadedFile getFile2() { return file2; }
    public void setFile2(UploadedFile f) { this.file2 = f; }
    public UploadedFile getFile3() { return file3; }
    public void setFile3(UploadedFile f) { this.file3 = f; }
    public String getReference() { return reference; }
}
