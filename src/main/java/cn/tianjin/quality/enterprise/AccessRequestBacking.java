package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Asking an already registered enterprise's administrator for an account (/public/access-request?code=). */
@Named
@ViewScoped
public class AccessRequestBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseService enterprises;

    private String code;
    private final AccessRequest request = new AccessRequest();
    private boolean done;

    public void send() {
        Pages.attempt(() -> {
            enterprises.requestAccess(code, request);
            done = true;
        });
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public AccessRequest getRequest() { return request; }
    public boolean isDone() { return done; }
}
