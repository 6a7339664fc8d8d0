package cn.tianjin.quality.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render kits as the portal draws with them: every form carries the page's script nonce ({@link NonceInForms})
 * and every page goes out through a writer that keeps PrimeFaces' markup within the HTML standard
 * ({@link ConformingMarkup}).
 */
public class PortalRenderKits extends RenderKitFactory {
    private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

    public PortalRenderKits(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
        kits.remove(renderKitId);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new Kit(kit));
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class Kit extends RenderKitWrapper {
        private final Map<String, Renderer> forms = new ConcurrentHashMap<>();

        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = getWrapped().getRenderer(family, rendererType);
            if (renderer == null || !"jakarta.faces.Form".equals(family)) {
                return renderer;
            }
            return forms.computeIfAbsent(rendererType, type -> new NonceInForms(renderer));
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
            return created == null ? null : new ConformingMarkup(created);
        }
    }
}
