package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Password pages: forgotten password (/public/password-forgot), reset or first password through an e-mailed link
 * (/public/password-reset), invitation (/public/accept-invitation), confirmation of a registration (/public/confirm)
 * and change by a logged-in user (/account/password).
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApplicantAccountService applicantAccounts;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String token;
    private String usernameOrEmail;
    private String username;
    private String current;
    private String password;
    private String repeat;
    private boolean done;
    private boolean linkUsable;

    /** viewAction of the pages reached through an e-mailed link. */
    public void checkLink(String purpose) {
        linkUsable = passwords.linkUsable(token, purpose);
    }

    public void requestReset() {
        passwords.requestPasswordReset(usernameOrEmail, language.getTag());
        done = true;
    }

    public void reset() {
        if (!repeated()) {
            return;
        }
        Pages.attempt(() -> {
            passwords.resetPassword(token, password);
            done = true;
        });
    }

    public void acceptInvitation() {
        if (!repeated()) {
            return;
        }
        Pages.attempt(() -> {
            applicantAccounts.acceptInvitation(token, username, password);
            done = true;
        });
    }

    public void confirm() {
        Pages.attempt(() -> {
            applicantAccounts.confirm(token);
            done = true;
        });
    }

    public void change() {
        if (!repeated()) {
            return;
        }
        Pages.attempt(() -> {
            passwords.changePassword(currentUser.actor(), current, password);
            Pages.info("password.changed");
            current = null;
            password = null;
            repeat = null;
        });
    }

    private boolean repeated() {
        if (password == null || !password.equals(repeat)) {
            Pages.error(BusinessException.onField("repeat", "password.repeatDiffers"));
            return false;
        }
        return true;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsernameOrEmail() { return usernameOrEmail; }
    public void setUsernameOrEmail(String usernameOrEmail) { this.usernameOrEmail = usernameOrEmail; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String value) { this.password = value; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public boolean isDone() { return done; }
    public boolean isLinkUsable() { return linkUsable; }
}
