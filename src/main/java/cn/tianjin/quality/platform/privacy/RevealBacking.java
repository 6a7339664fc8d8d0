package cn.tianjin.quality.platform.privacy;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Masked contact details on a staff page, and the "show, because ..." beside them. It holds no personal data itself:
 * the page passes the values it loaded for objects it may show, and gets them back masked until the reveal of that
 * object has been audited; the object comes from the row the button sits in, which the server knows, never from the
 * browser.
 */
@Named("reveal")
@ViewScoped
public class RevealBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PersonalDataReveal reveals;

    @Inject
    CurrentUser currentUser;

    private final Map<String, String> reasons = new HashMap<>();
    private final Set<String> shown = new HashSet<>();

    public String key(String objectType, Object objectId) {
        return objectType + ":" + objectId;
    }

    public boolean shown(String objectType, Object objectId) {
        return shown.contains(key(objectType, objectId));
    }

    public String phone(String objectType, Object objectId, String number) {
        return shown(objectType, objectId) ? number : Masks.phone(number);
    }

    public String email(String objectType, Object objectId, String address) {
        return shown(objectType, objectId) ? address : Masks.email(address);
    }

    /**
     * Shows the details of one object once its reveal is audited; a refusal (no reason) is shown beside the reason
     * field of the row whose button was pressed.
     */
    public void reveal(String objectType, Object objectId, String whose) {
        String key = key(objectType, objectId);
        try {
            reveals.reveal(currentUser.actor(), objectType, objectId, whose, reasons.get(key));
            shown.add(key);
            reasons.remove(key);
        } catch (BusinessException e) {
            String button = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get("jakarta.faces.source");
            Pages.errorAt(button == null ? null : button.replaceFirst("revealContact$", "revealReason"), e);
        }
    }

    public Map<String, String> getReasons() { return reasons; }
}
