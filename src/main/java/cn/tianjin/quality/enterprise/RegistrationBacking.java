package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Self-registration of an enterprise and its first user (/public/register). */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Districts allDistricts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    Language language;

    private final Enterprise enterprise = new Enterprise();
    private final UserAccount user = new UserAccount();
    private String password;
    private String repeat;
    private List<District> districts;
    private boolean done;
    private boolean codeTaken;
    private boolean outsideTianjin;
    private String registeredEmail;

    @PostConstruct
    void init() {
        districts = allDistricts.all();
    }

    public void register() {
        codeTaken = false;
        if (password == null || !password.equals(repeat)) {
            Pages.error(BusinessException.onField("repeat", "password.repeatDiffers"));
            return;
        }
        try {
            Enterprise e = enterprises.register(enterprise, new EnterpriseService.FirstUser(user.getUsername(),
                    user.getDisplayName(), user.getEmail(), user.getPhone(), password, language.getTag()));
            outsideTianjin = e.isOutsideTianjin();
            registeredEmail = user.getEmail();
            done = true;
        } catch (BusinessException e) {
            codeTaken = "enterprise.code.taken".equals(e.messageKey());
            Pages.error(e);
        }
    }

    public Industry[] getIndustries() { return Industry.values(); }
    public SizeClass[] getSizes() { return SizeClass.values(); }
    public List<District> getDistricts() { return districts; }
    public Enterprise getEnterprise() { return enterprise; }
    public UserAccount getUser() { return user; }
    public String getPassword() { return password; }
    public void setPassword(String value) { this.password = value; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public boolean isDone() { return done; }
    public boolean isCodeTaken() { return codeTaken; }
    public boolean isOutsideTianjin() { return outsideTianjin; }
    public String getRegisteredEmail() { return registeredEmail; }
}
