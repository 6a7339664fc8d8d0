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
