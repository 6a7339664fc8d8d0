package cn.tianjin.quality.platform.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the font that PDF reports embed. The standard PDF fonts have no Chinese glyphs, and a PDF that only names
 * a Chinese font shows boxes or a substitute wherever that font is not installed, so every report carries a subset
 * of a CJK font from the server's disk. Debian's {@code fonts-noto-cjk} package provides one; {@code
 * fonts-wqy-zenhei} also works.
 *
 * <p>The setting {@value #CONFIG_KEY} (in MicroProfile Config: system property {@code pdf.font} or environment
 * variable {@code PDF_FONT}; the caller reads it and passes it to {@link #find}) names a font file,
 * with {@code ,index} after a TrueType/OpenType collection ({@code .ttc}) to choose a face from it, for example
 * {@code /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2} for Simplified Chinese. Without the setting the
 * well-known Debian paths are tried in order.
 */
public final class PdfFonts {
    /** The configuration key naming the font file. */
    public static final String CONFIG_KEY = "pdf.font";

    /** Where Debian installs suitable fonts, best first. Index 2 of the Noto collections is Simplified Chinese. */
    static final List<CjkFont> DEBIAN_FONTS = List.of(
            new CjkFont(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
            new CjkFont(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
            new CjkFont(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), 2));

    private static final Pattern INDEXED = Pattern.compile("(.+),\\s*(\\d{1,3})");

    private PdfFonts() {
    }

    /**
     * A font file and, for a collection, the index of the face to use (0 for a single-font file).
     */
    public record CjkFont(Path file, int index) {
        /** The name OpenPDF's {@code BaseFont.createFont} expects: the path, plus {@code ,index} for a collection. */
        public String fontName() {
            String path = file.toString();
            return path.toLowerCase().endsWith(".ttc") ? path + "," + index : path;
        }

        /**
         * A fresh OpenPDF font of this face, embedded as a subset of the glyphs used. Each rendering loads its own,
         * which keeps renderers thread-safe.
         *
         * @throws java.io.UncheckedIOException when the file cannot be read
         */
        public com.lowagie.text.pdf.BaseFont load() {
            try {
                return com.lowagie.text.pdf.BaseFont.createFont(fontName(), com.lowagie.text.pdf.BaseFont.IDENTITY_H,
                        com.lowagie.text.pdf.BaseFont.EMBEDDED, false, null, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the PDF font " + fontName(), e);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("Not a usable PDF font: " + fontName(), e);
            }
        }

        /**
         * Text made safe for the face: line breaks normalised to \n, tabs to spaces, other control and format
         * characters dropped, and any character the font lacks replaced by "?", so that no input can break a layout.
         */
        public static String clean(com.lowagie.text.pdf.BaseFont base, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t' || Character.isSpaceChar(cp) && !base.charExists(cp)) {
                    out.append(' ');
                } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                    out.append(base.charExists(cp) ? Character.toString(cp) : "?");
                }
            });
            return out.toString();
        }
    }

    /**
     * The configured font if a non-blank value is given, otherwise the first Debian font present.
     *
     * @throws IllegalStateException when the configured file does not exist, or when none is configured and no
     *         Debian font is installed
     */
    public static CjkFont find(Optional<String> configured) {
        return find(configured, DEBIAN_FONTS);
    }

    static CjkFont find(Optional<String> configured, List<CjkFont> candidates) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent()) {
            CjkFont font = parse(value.get());
            if (!Files.isRegularFile(font.file())) {
                throw new IllegalStateException("The PDF font configured in " + CONFIG_KEY + " does not exist: "
                        + font.file());
            }
            return font;
        }
        return candidates.stream().filter(f -> Files.isRegularFile(f.file())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Chinese font for PDF reports: install the Debian "
                        + "package fonts-noto-cjk (apt-get install fonts-noto-cjk) or set " + CONFIG_KEY
                        + " to a CJK font file. Looked for " + candidates.stream().map(CjkFont::file).toList()));
    }

    private static CjkFont parse(String value) {
        Matcher indexed = INDEXED.matcher(value);
        return indexed.matches()
                ? new CjkFont(Path.of(indexed.group(1).strip()), Integer.parseInt(indexed.group(2)))
                : new CjkFont(Path.of(value), 0);
    }
}
