package cn.tianjin.quality.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why this request's login was refused when the password was right, for the login page to say so: the account's
 * organisation (an alliance member) is suspended. Any other refusal says only that the login failed, telling nothing to
 * someone guessing passwords.
 */
@RequestScoped
public class LoginRefusal {
    private String messageKey;

    void refuse(String key) {
        this.messageKey = key;
    }

    /** The bundle key of the reason, or null when the login failed for a reason not to be told. */
    public String getMessageKey() {
        return messageKey;
    }
}
