package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.TableSink;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.publication.Title;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package the bureau sends for an edition of the China Quality Award: the recommendations as PDF (the list, then
 * each nominee's facts and sections), and as a zip the PDF, the list as a spreadsheet and each nominee's files in a
 * folder of its own. Staff only, like the step itself.
 */
@ApplicationScoped
public class NationalPackage {
    @Inject
    NationalService national;

    @Inject
    AttachmentService attachments;

    @Inject
    PortalConfig config;

    @PersistenceContext
    EntityManager em;

    /** The recommendations as PDF, in the reader's language (the officials' texts as written). */
    @Transactional
    public byte[] pdf(Actor actor, Long roundId, Locale locale) {
        NationalService.Detail d = national.detail(actor, roundId);
        java.util.Map<Long, List<NationalSection>> sectionsByNominee = national.sectionsOf(actor, roundId);
        List<NationalPackagePdf.Nominee> nominees = new ArrayList<>();
        for (NationalService.Line l : d.nominees()) {
            NationalNominee n = l.nominee();
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {Messages.get(locale, "national.kind"), Messages.get(locale, "national.kind." + n.getKind())});
            if (n.isPerson()) {
                facts.add(new String[] {Messages.get(locale, "national.person.role"), n.getPersonRole()});
            }
            facts.add(new String[] {Messages.get(locale, "national.enterprise"), l.enterpriseName()});
            facts.add(new String[] {Messages.get(locale, "enterprise.creditCode"), l.creditCode()});
            Title t = n.getTitleId() == null ? null : em.find(Title.class, n.getTitleId());
            if (t != null) {
                facts.add(new String[] {Messages.get(locale, "national.pdf.award"), t.getYear() + " · " + t.getNumber()});
            }
            List<NationalPackagePdf.Section> sections = sectionsByNominee.getOrDefault(n.getId(), List.of()).stream()
                    .map(s -> new NationalPackagePdf.Section(s.getHeading(), s.getBody())).toList();
            nominees.add(new NationalPackagePdf.Nominee(Messages.get(locale, "national.kind." + n.getKind()), l.name(),
                    l.enterpriseName(), l.creditCode(), facts, sections));
        }
        NationalRound r = d.round();
        NationalPackagePdf.Labels labels = new NationalPackagePdf.Labels(
                Messages.get(locale, "national.pdf.title", String.valueOf(r.getEditionNo())),
                Messages.get(locale, "national.pdf.issuer", r.getDeadline().toString()), Messages.get(locale, "national.pdf.list"),
                Messages.get(locale, "national.kind"), Messages.get(locale, "national.name"), Messages.get(locale, "national.enterprise"),
                Messages.get(locale, "enterprise.creditCode"), Messages.get(locale, "national.pdf.page"),
                Messages.get(locale, "analysis.section.unwritten"));
        return new NationalPackagePdf(PdfFonts.find(config.pdfFont())).render(nominees, labels);
    }

    /** The zip: the PDF, the list as XLSX, each nominee's files under "number name/". Returns how many files it holds. */
    @Transactional
    public int zip(Actor actor, Long roundId, Locale locale, OutputStream target) throws IOException {
        NationalService.Detail d = national.detail(actor, roundId);
        String base = Messages.get(locale, "national.pdf.title", String.valueOf(d.round().getEditionNo()));
        int files = 0;
        try (ZipOutputStream zip = new ZipOutputStream(target, java.nio.charset.StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(safe(base) + ".pdf"));
            zip.write(pdf(actor, roundId, locale));
            zip.closeEntry();
            ByteArrayOutputStream sheet = new ByteArrayOutputStream();
            try (TableSink sink = TableSink.open(TableSink.Format.XLSX, sheet, Messages.get(locale, "national.title.list"))) {
                sink.header(new NationalExport().columnKeys().stream().map(k -> Messages.get(locale, k)).toList());
                d.nominees().forEach(l -> sink.row(NationalExport.row(l, locale)));
            }
            zip.putNextEntry(new ZipEntry(safe(Messages.get(locale, "national.title.list")) + ".xlsx"));
            zip.write(sheet.toByteArray());
            zip.closeEntry();
            files += 2;
            int number = 0;
            for (NationalService.Line l : d.nominees()) {
                String folder = ++number + " " + safe(l.name()) + "/";
                Set<String> names = new HashSet<>();
                for (Attachment a : attachments.ofOwner(actor, NationalMaterials.OWNER_TYPE, l.nominee().getId())) {
                    String name = safe(a.getFileName());
                    while (!names.add(name)) {
                        name = a.getId() + "-" + name;
                    }
                    zip.putNextEntry(new ZipEntry(folder + name));
                    try (InputStream in = attachments.open(a)) {
                        in.transferTo(zip);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the stored file " + a.getId(), e);
                    }
                    zip.closeEntry();
                    files++;
                }
            }
        }
        return files;
    }

    /**
     * A name fit for a path in the zip: no slashes, colons or control characters, not dots alone, at most 80
     * characters with the extension kept.
     */
    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            return "_";
        }
        if (s.length() <= 80) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
        return s.substring(0, 80 - ext.length()) + ext;
    }
}
