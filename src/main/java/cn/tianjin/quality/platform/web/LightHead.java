package cn.tianjin.quality.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.primefaces.renderkit.HeadRenderer;

/**
 * The page head. A page with no PrimeFaces widget (the public read-only pages) gets only what it asked for: the
 * facets, its own stylesheet and the head's children; PrimeFaces' theme, icons and settings script stay away, so that
 * a phone on a slow network loads one small stylesheet. Any other page gets PrimeFaces' head as it is.
 */
public class LightHead extends HeadRenderer {
    static final String PRIMEFACES = "primefaces";

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (hasWidgets(context)) {
            super.encodeBegin(context, component);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("head", component);
        writer.writeAttribute("id", component.getClientId(context), "id");
        encodeFacet(context, component, "first");
        encodeFacet(context, component, "middle");
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
    }

    private static void encodeFacet(FacesContext context, UIComponent head, String name) throws IOException {
        UIComponent facet = head.getFacet(name);
        if (facet != null && facet.isRendered()) {
            facet.encodeAll(context);
        }
    }

    /** Whether a component on the page asked for one of PrimeFaces' resources (its scripts, its component styles). */
    static boolean hasWidgets(FacesContext context) {
        return usesPrimeFaces(context.getViewRoot().getComponentResources(context, "head"))
                || usesPrimeFaces(context.getViewRoot().getComponentResources(context, "body"));
    }

    static boolean usesPrimeFaces(List<UIComponent> resources) {
        return resources.stream().anyMatch(r -> PRIMEFACES.equals(r.getAttributes().get("library")));
    }
}
