package cn.tianjin.quality.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces marks the file input of a simple upload aria-hidden even when it is not skinned, though then that input is
 * the very control a person sees, tabs to and operates. Screen readers would skip it. This renderer drops the attribute
 * for unskinned simple uploads (every upload of the portal) and leaves the skinned ones as PrimeFaces draws them.
 */
public class VisibleFileInputRenderer extends FileUploadRenderer {
    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload upload, String clientId, String style,
            String styleClass) throws IOException {
        if (upload.isSkinSimple()) {
            super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
            return;
        }
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
