package org.eurasiadiplomacy.portal.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeFacesContext;

/**
 * Puts PrimeFaces' CSP nonce into every form as the hidden field {@code primefaces.nonce}. PrimeFaces keeps
 * the nonce of a stateful view and refuses a postback that does not send it back; its JavaScript adds the
 * field, but only on pages that load PrimeFaces' scripts, and the portal's plain forms (login, password,
 * accounts, sign-out) load none and work without JavaScript. Registered as the render kit factory in
 * faces-config.xml; it changes nothing else.
 */
public class CspNonceForms extends RenderKitFactory {

    static final String NONCE_FIELD = "primefaces.nonce";
    private static final String FORM_FAMILY = "jakarta.faces.Form";

    private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

    public CspNonceForms(RenderKitFactory wrapped) {
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
        return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new FormsWithNonce(kit));
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class FormsWithNonce extends RenderKitWrapper {

        FormsWithNonce(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            return renderer != null && FORM_FAMILY.equals(family) ? new NonceField(renderer) : renderer;
        }
    }

    private static final class NonceField extends RendererWrapper {

        NonceField(Renderer wrapped) {
            super(wrapped);
        }

        /** Before the form's own end, which writes the view state and closes the form element. */
        @Override
        public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_FIELD, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
            super.encodeEnd(context, form);
        }
    }
}
