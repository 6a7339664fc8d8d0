package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.Versions;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers for backing beans: messages from the bundle in the page's language, and calls into services. */
public final class Pages {
    private Pages() {
    }

    /** What a backing bean asks of a service: a call, then what the page says and shows after it. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    /**
     * Runs a step of a page: when a service refuses it with something the user can fix, the refusal is shown (beside
     * its field where the page has one) and false returned, and the page keeps what the user typed; a save that lost
     * the race with a colleague's is told so the same way. Other failures are bugs and go on to the incident page.
     */
    public static boolean attempt(Step step) {
        try {
            step.run();
            return true;
        } catch (BusinessException e) {
            error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!Versions.isConflict(e)) {
                throw e;
            }
            error(new BusinessException(Versions.CHANGED));
        }
        return false;
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Shows a business problem beside its field when the page has a component with that id, else at the top. */
    public static void error(BusinessException e) {
        errorAt(e.field() == null ? null : clientIdOf(e.field()), e);
    }

    /** Shows a business problem beside the component of this client id (a row's field in a repeat), else at the top. */
    public static void errorAt(String clientId, BusinessException e) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The client id of the first component in the view whose own id is {@code id}, or null. */
    private static String clientIdOf(String id) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String[] found = new String[1];
        fc.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(fc), (ctx, c) -> {
            if (id.equals(c.getId())) {
                found[0] = c.getClientId(fc);
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** Keeps messages across a redirect (post-redirect-get). */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Shows the page again by a fresh GET of its own address (post-redirect-get), keeping the messages: after a full
     * form post the address keeps its parameters, and reloading it never sends the form twice.
     */
    public static void reload(String path) {
        keepMessages();
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
