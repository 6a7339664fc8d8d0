package cn.tianjin.quality.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Leaves out the few attributes with which PrimeFaces' markup breaks the HTML standard (the W3C checker runs on every
 * page in CI): a table cell's role "gridcell" inside a table (a cell of a grid is a grid cell already), a role other
 * than "listitem" on an item of a plain list (its messages mark each item an alert; the messages' container is
 * announced already), aria-controls naming a date picker's panel, which its script draws only when it opens, and a
 * label's "for" pointing at a select menu's text (a span, which no label may name; the menu carries the label's text
 * as its aria-label). What the attributes said is said otherwise, so nothing changes for assistive technology.
 * Installed by {@link PortalRenderKits}.
 */
final class ConformingMarkup extends ResponseWriterWrapper {
    private final Deque<String[]> open = new ArrayDeque<>();

    ConformingMarkup(ResponseWriter wrapped) {
        super(wrapped);
    }

    /** Whether an attribute is one of those left out, given the element and its parent's role (null: none). */
    static boolean leftOut(String element, String attribute, Object value, String parentElement, String parentRole) {
        if ("role".equals(attribute)) {
            if ("td".equals(element)) {
                return "gridcell".equals(value);
            }
            if ("li".equals(element) && ("ul".equals(parentElement) || "ol".equals(parentElement))) {
                return parentRole == null && !"listitem".equals(value);
            }
            return false;
        }
        if ("label".equals(element) && "for".equals(attribute)) {
            return value != null && value.toString().endsWith("_label");
        }
        return "aria-controls".equals(attribute) && "input".equals(element) && value != null
                && value.toString().endsWith("_panel");
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        open.push(new String[] {name, null});
        super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
        // Elements closed without a matching start (written as text by a page) leave the stack as it was.
        if (!open.isEmpty() && open.peek()[0].equals(name)) {
            open.pop();
        }
        super.endElement(name);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        String[] element = open.peek();
        if (element != null) {
            // Only a list item's role depends on its parent: the others are decided without walking the stack.
            String[] parent = "li".equals(element[0]) && "role".equals(name) ? parentOf(element) : null;
            if (leftOut(element[0], name, value, parent == null ? null : parent[0], parent == null ? null : parent[1])) {
                return;
            }
            if ("role".equals(name) && value != null) {
                element[1] = value.toString();
            }
        }
        super.writeAttribute(name, value, property);
    }

    private String[] parentOf(String[] element) {
        Iterator<String[]> it = open.iterator();
        it.next();
        return it.hasNext() ? it.next() : null;
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new ConformingMarkup(getWrapped().cloneWithWriter(writer));
    }
}
