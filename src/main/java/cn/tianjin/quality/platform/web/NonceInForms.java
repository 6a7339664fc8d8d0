package cn.tianjin.quality.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every Faces form carries the page's script nonce as it leaves the server, beside its view state. PrimeFaces' strict
 * script policy (primefaces.CSP) refuses a postback without it, and PrimeFaces' script only adds it to the forms of
 * pages that load that script: a page without widgets (the public pages, whose only form is "log out") and any client
 * that posts a form without running scripts would otherwise be refused. Installed by {@link PortalRenderKits}.
 */
final class NonceInForms extends RendererWrapper {
    /** The request parameter PrimeFaces reads the nonce from. */
    static final String PARAMETER = "primefaces.nonce";

    NonceInForms(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        super.encodeEnd(context, component);
    }
}
