package cn.tianjin.quality.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.platform.files.ContentSniffer.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferTest {

    private static final String CONTENT_TYPES_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    @TempDir
    Path dir;

    private static byte[] pdf() {
        return "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0);
    }

    private static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
    }

    private static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels");
    }

    private static byte[] xlsx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                String body = name.equals("[Content_Types].xml") ? CONTENT_TYPES_XML : "<x/>";
                zip.write(body.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void recognisesPdf() {
        assertThat(ContentSniffer.sniff(pdf())).contains(Kind.PDF);
    }

    @Test
    void recognisesJpeg() {
        assertThat(ContentSniffer.sniff(jpeg())).contains(Kind.JPEG);
    }

    @Test
    void recognisesPng() {
        assertThat(ContentSniffer.sniff(png())).contains(Kind.PNG);
    }

    @Test
    void recognisesDocxAndXlsx() throws IOException {
        assertThat(ContentSniffer.sniff(docx())).contains(Kind.DOCX);
        assertThat(ContentSniffer.sniff(xlsx())).contains(Kind.XLSX);
    }

    @Test
    void partNamesAreCaseInsensitive() throws IOException {
        assertThat(ContentSniffer.sniff(zip("[CONTENT_TYPES].XML", "Word/Document.xml"))).contains(Kind.DOCX);
    }

    @Test
    void kindsCarryMimeTypeAndExtension() {
        assertThat(Kind.PDF.mimeType()).isEqualTo("application/pdf");
        assertThat(Kind.JPEG.extension()).isEqualTo("jpg");
        assertThat(Kind.DOCX.mimeType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Kind.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void plainZipIsRejected() throws IOException {
        assertThat(ContentSniffer.sniff(zip("readme.txt", "photos/a.jpg"))).isEmpty();
    }

    @Test
    void zipWithWordFolderButNoContentTypesIsRejected() throws IOException {
        assertThat(ContentSniffer.sniff(zip("word/document.xml"))).isEmpty();
    }

    @Test
    void zipWithContentTypesOnlyIsRejected() throws IOException {
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
    }

    @Test
    void packageClaimingBothWordAndExcelIsRejected() throws IOException {
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml"))).isEmpty();
    }

    @Test
    void macroEnabledDocumentsAreRejected() throws IOException {
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))).isEmpty();
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"))).isEmpty();
    }

    @Test
    void oldBinaryOfficeFileIsRejected() {
        byte[] doc = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(ContentSniffer.sniff(doc)).isEmpty();
    }

    @Test
    void executableIsRejected() {
        byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0);

        assertThat(ContentSniffer.sniff(exe)).isEmpty();
    }

    @Test
    void tooShortOrEmptyIsRejected() {
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThat(ContentSniffer.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(ContentSniffer.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void signatureMustBeAtTheStart() {
        byte[] shifted = ("\n" + new String(pdf(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ContentSniffer.sniff(shifted)).isEmpty();
    }

    @Test
    void truncatedZipIsRejected() throws IOException {
        byte[] docx = docx();

        assertThat(ContentSniffer.sniff(Arrays.copyOf(docx, 40))).isEmpty();
        assertThat(ContentSniffer.sniff(bytes('P', 'K', 3, 4, 0, 0, 0, 0))).isEmpty();
    }

    @Test
    void htmlFileNamedPdfIsRejected() throws IOException {
        Path fake = write("report.pdf", "<!DOCTYPE html><html><body>%PDF-1.7</body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(ContentSniffer.sniff(fake)).isEmpty();
    }

    @Test
    void filesOnDiskAreSniffed() throws IOException {
        assertThat(ContentSniffer.sniff(write("a.bin", pdf()))).contains(Kind.PDF);
        assertThat(ContentSniffer.sniff(write("b.bin", png()))).contains(Kind.PNG);
        assertThat(ContentSniffer.sniff(write("c.bin", jpeg()))).contains(Kind.JPEG);
        assertThat(ContentSniffer.sniff(write("d.bin", docx()))).contains(Kind.DOCX);
        assertThat(ContentSniffer.sniff(write("e.bin", xlsx()))).contains(Kind.XLSX);
        assertThat(ContentSniffer.sniff(write("f.bin", new byte[0]))).isEmpty();
    }

    @Test
    void zipOnDiskIsJudgedLikeInMemory() throws IOException {
        assertThat(ContentSniffer.sniff(write("plain.docx", zip("readme.txt")))).isEmpty();
        assertThat(ContentSniffer.sniff(write("macro.docx", zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))))
                .isEmpty();
        assertThat(ContentSniffer.sniff(write("cut.docx", Arrays.copyOf(docx(), 60)))).isEmpty();
    }
}
