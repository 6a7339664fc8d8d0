package cn.tianjin.quality.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Marks the public read-only views transient as soon as their root is created, so that nothing (view scope,
 * PrimeFaces' CSP nonce) opens an HTTP session for an anonymous visitor. Marking them in the page's f:view would be
 * too late: PrimeFaces asks for the view map before the page is built. The views are listed in web.xml
 * (context-param cn.tianjin.quality.STATELESS_VIEWS; an entry ending in '/' covers a folder).
 */
public class StatelessViews extends ViewHandlerWrapper {
    static final String PARAM = "cn.tianjin.quality.STATELESS_VIEWS";

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && listed(context, root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    /**
     * Whether the view is one of the stateless ones. The layout's f:view asks it too: a stateless view posted back
     * (its "log out" button) is built afresh without this handler, and must come out transient again.
     */
    public static boolean listed(FacesContext context, String viewId) {
        Map<String, Object> application = context.getExternalContext().getApplicationMap();
        @SuppressWarnings("unchecked")
        List<String> views = (List<String>) application.computeIfAbsent(PARAM, k -> {
            String param = context.getExternalContext().getInitParameter(PARAM);
            return param == null ? List.of() : Arrays.stream(param.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        });
        return viewId != null && views.stream().anyMatch(v -> v.endsWith("/") ? viewId.startsWith(v) : v.equals(viewId));
    }
}
