package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class ConformingMarkupTest {
    /** Writes elements and attributes as plain text, enough to read what reached the page. */
    private static final class Text extends ResponseWriter {
        final StringBuilder out = new StringBuilder();

        @Override public String getContentType() { return "text/html"; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public void flush() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public void startElement(String name, UIComponent component) { out.append('<').append(name); }
        @Override public void endElement(String name) { out.append("</").append(name).append('>'); }
        @Override public void writeAttribute(String name, Object value, String property) {
            out.append(' ').append(name).append("=\"").append(value).append('"');
        }
        @Override public void writeURIAttribute(String name, Object value, String property) { writeAttribute(name, value, property); }
        @Override public void writeComment(Object comment) { }
        @Override public void writeText(Object text, String property) { out.append('>').append(text); }
        @Override public void writeText(char[] text, int off, int len) { out.append('>').append(text, off, len); }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { return new Text(); }
        @Override public void close() { }
        @Override public void write(char[] cbuf, int off, int len) { out.append(cbuf, off, len); }
    }

    @Test
    void aGridsCellsAndAPlainListsItemsLoseTheRolesTheStandardForbids() throws Exception {
        Text text = new Text();
        ResponseWriter w = new ConformingMarkup(text);
        w.startElement("table", null);
        w.writeAttribute("role", "grid", null);
        w.startElement("td", null);
        w.writeAttribute("role", "gridcell", null);
        w.writeAttribute("class", "score", null);
        w.endElement("td");
        w.endElement("table");
        w.startElement("ul", null);
        w.startElement("li", null);
        w.writeAttribute("role", "alert", null);
        w.endElement("li");
        w.endElement("ul");
        w.startElement("ul", null);
        w.writeAttribute("role", "menu", null);
        w.startElement("li", null);
        w.writeAttribute("role", "menuitem", null);
        w.endElement("li");
        w.endElement("ul");
        assertThat(text.out.toString()).isEqualTo(
                "<table role=\"grid\"<td class=\"score\"</td></table><ul<li</li></ul><ul role=\"menu\"<li role=\"menuitem\"</li></ul>");
    }

    @Test
    void aDatePickersInputNoLongerNamesThePanelItsScriptDrawsLater() {
        assertThat(ConformingMarkup.leftOut("input", "aria-controls", "campaign:reviewUntil_panel", "span", null)).isTrue();
        assertThat(ConformingMarkup.leftOut("input", "aria-controls", "campaign:list", "span", null)).isFalse();
        assertThat(ConformingMarkup.leftOut("button", "aria-controls", "menu_panel", "div", null)).isFalse();
    }

    @Test
    void aLabelNoLongerPointsAtASelectMenusTextButStillAtAnInput() {
        assertThat(ConformingMarkup.leftOut("label", "for", "search:district_label", "div", null)).isTrue();
        assertThat(ConformingMarkup.leftOut("label", "for", "search:text", "div", null)).isFalse();
    }
}
