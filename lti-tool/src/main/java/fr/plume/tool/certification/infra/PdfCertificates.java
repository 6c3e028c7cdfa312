package fr.plume.tool.certification.infra;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificateDocument;
import fr.plume.tool.certification.domain.CertificateDocument.AreaLine;
import fr.plume.tool.certification.domain.CertificatePdf;
import fr.plume.tool.certification.domain.ScoreBand;
import fr.plume.tool.certification.domain.SigningCredential;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.springframework.context.MessageSource;

/**
 * Certificates as PDF/A-3b files (ISO 19005-3): A4, French then English, the DejaVu fonts embedded
 * as subsets, sRGB output intent, XMP metadata that matches the document information, and the
 * signed Open Badges credential as an associated file (/AF, relationship Data). The file is then
 * signed in an incremental update (PAdES B-B, ETSI.CAdES.detached) so any changed byte breaks it.
 */
public final class PdfCertificates implements CertificatePdf {

    static final String CREDENTIAL_FILE = "open-badge-credential.jwt";
    private static final float MARGIN = 50;
    private static final float[] INK = {0.1f, 0.1f, 0.15f};
    private static final float[] ACCENT = {0.09f, 0.27f, 0.55f};
    private static final Map<Locale, DateTimeFormatter> DAYS = Map.of(
            Locale.FRENCH, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH),
            Locale.ENGLISH, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] srgbProfile;
    private final CmsSigner signer;
    /**
     * The parsed fonts, once per thread: parsing them is most of a certificate's cost, and a
     * parsed font is read (not changed) while a document embeds its subset, but is not thread-safe.
     */
    private final ThreadLocal<TrueTypeFont[]> parsedFonts;
    private final MessageSource messages;
    private final ZoneId zone;
    private final String signerName;

    public PdfCertificates(SigningCredential credential, MessageSource messages, ZoneId zone, String signerName) {
        this.regularFont = resource("/fonts/DejaVuSans.ttf");
        this.boldFont = resource("/fonts/DejaVuSans-Bold.ttf");
        this.parsedFonts = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regularFont), parse(boldFont)});
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.signer = new CmsSigner(credential);
        this.messages = messages;
        this.zone = zone;
        this.signerName = signerName;
    }

    @Override
    public byte[] signedPdf(CertificateDocument document) {
        try {
            return sign(archive(document), document.certificate().issuedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the certificate PDF", e);
        }
    }

    private byte[] archive(CertificateDocument document) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType0Font regular = PDType0Font.load(pdf, parsedFonts.get()[0], true);
            PDType0Font bold = PDType0Font.load(pdf, parsedFonts.get()[1], true);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                new Layout(content, regular, bold, page.getMediaBox()).write(document);
            }
            String title = text("certificate.pdf.title", Locale.FRENCH) + " — " + document.certificate().holderName();
            describe(pdf, title, document.certificate().issuedAt());
            attachCredential(pdf, document.credentialJwt(), document.certificate().issuedAt());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private byte[] sign(byte[] unsigned, Instant at) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(unsigned)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signerName);
            signature.setReason(text("certificate.pdf.signature-reason", Locale.FRENCH));
            signature.setSignDate(calendar(at));
            pdf.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 16 * 1024);
            ExternalSigningSupport external = pdf.saveIncrementalForExternalSigning(out);
            external.setSignature(signer.sign(external.getContent()));
            return out.toByteArray();
        }
    }

    /** Document information and the XMP packet that must say the same (ISO 19005-3 §6.6.2.3). */
    private void describe(PDDocument pdf, String title, Instant issuedAt) throws IOException {
        Calendar created = calendar(issuedAt);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Plume");
        info.setProducer("Plume (Apache PDFBox)");
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title, issuedAt).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        catalog.setLanguage("fr-FR");
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(srgbProfile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        byte[] id = fileId(title + issuedAt);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fileId(String seed) {
        try {
            return java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xmp(String title, Instant issuedAt) {
        String date = issuedAt.atOffset(ZoneOffset.UTC).withNano(0).toString();
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>3</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>Plume</rdf:li></rdf:Seq></dc:creator>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreatorTool>Plume</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>Plume (Apache PDFBox)</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escapeXml(title), date, date);
    }

    /** The credential as a PDF/A-3 associated file of the document (ISO 19005-3 §6.8). */
    private static void attachCredential(PDDocument pdf, String jwt, Instant issuedAt) throws IOException {
        byte[] bytes = jwt.getBytes(StandardCharsets.US_ASCII);
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(bytes));
        file.setSubtype("application/vc+jwt");
        file.setSize(bytes.length);
        file.setCreationDate(calendar(issuedAt));
        file.setModDate(calendar(issuedAt));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(CREDENTIAL_FILE);
        spec.setFileUnicode(CREDENTIAL_FILE);
        spec.setFileDescription("Open Badges 3.0 credential (VC-JWT)");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(CREDENTIAL_FILE, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String day(LocalDate date, Locale locale) {
        return DAYS.get(locale).format(date);
    }

    private String day(Instant instant, Locale locale) {
        return day(LocalDate.ofInstant(instant, zone), locale);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    private static String escapeXml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfCertificates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the page top to bottom. */
    private final class Layout {

        private final PDPageContentStream content;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDRectangle box;
        private float y;

        Layout(PDPageContentStream content, PDType0Font regular, PDType0Font bold, PDRectangle box) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
            this.box = box;
            this.y = box.getHeight() - MARGIN;
        }

        void write(CertificateDocument document) throws IOException {
            Certificate certificate = document.certificate();
            ScoreBand band = certificate.scoreBand();
            content.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
            content.addRect(0, box.getHeight() - 12, box.getWidth(), 12);
            content.fill();
            line(bold, 20, ACCENT, text("certificate.pdf.title", Locale.FRENCH));
            line(regular, 13, ACCENT, text("certificate.pdf.title", Locale.ENGLISH));
            y -= 8;
            line(regular, 10, INK, document.certificationTitleFr() + " / " + document.certificationTitleEn());
            y -= 14;
            line(regular, 11, INK, text("certificate.pdf.awarded-to", Locale.FRENCH) + " / "
                    + text("certificate.pdf.awarded-to", Locale.ENGLISH));
            line(bold, 22, INK, certificate.holderName());
            y -= 10;
            line(bold, 28, ACCENT, text("certificate.pdf.level", Locale.FRENCH, certificate.level()) + " / "
                    + text("certificate.pdf.level", Locale.ENGLISH, certificate.level()));
            line(regular, 11, INK, text("certificate.pdf.score", Locale.FRENCH, band.low(), band.high(),
                    band.rounded(), band.margin()));
            line(regular, 11, INK, text("certificate.pdf.score", Locale.ENGLISH, band.low(), band.high(),
                    band.rounded(), band.margin()));
            y -= 6;
            line(regular, 10, INK, text("certificate.pdf.dates", Locale.FRENCH,
                    day(certificate.sittingDate(), Locale.FRENCH), day(certificate.issuedAt(), Locale.FRENCH),
                    day(certificate.validUntil(), Locale.FRENCH)));
            line(regular, 10, INK, text("certificate.pdf.dates", Locale.ENGLISH,
                    day(certificate.sittingDate(), Locale.ENGLISH), day(certificate.issuedAt(), Locale.ENGLISH),
                    day(certificate.validUntil(), Locale.ENGLISH)));
            y -= 12;
            table(text("certificate.pdf.domains", Locale.FRENCH) + " / "
                    + text("certificate.pdf.domains", Locale.ENGLISH), document.domains());
            table(text("certificate.pdf.competencies", Locale.FRENCH) + " / "
                    + text("certificate.pdf.competencies", Locale.ENGLISH), document.competencies());
            if (document.competencies().stream().anyMatch(AreaLine::indicative)) {
                line(regular, 8, INK, "* " + text("certificate.pdf.indicative", Locale.FRENCH) + " / "
                        + text("certificate.pdf.indicative", Locale.ENGLISH));
            }
            verification(document);
        }

        private void table(String heading, List<AreaLine> lines) throws IOException {
            if (lines.isEmpty()) {
                return;
            }
            line(bold, 11, ACCENT, heading);
            float size = lines.size() > 14 ? 7.5f : 8.5f;
            for (AreaLine area : lines) {
                if (y < 190) {
                    break; // the verification block keeps its place; the credential carries every line
                }
                String label = area.code() + "  " + area.labelFr()
                        + (area.labelEn().isBlank() ? "" : " / " + area.labelEn());
                String level = area.level() + (area.indicative() ? "*" : "");
                float levelWidth = width(bold, size, level);
                draw(regular, size, INK, MARGIN + 8, fit(regular, size, label,
                        box.getWidth() - 2 * MARGIN - 30 - levelWidth));
                draw(bold, size, INK, box.getWidth() - MARGIN - levelWidth, level);
                y -= size + 4;
            }
            y -= 6;
        }

        private void verification(CertificateDocument document) throws IOException {
            float qrSize = 110;
            float qrX = box.getWidth() - MARGIN - qrSize;
            float qrY = MARGIN + 20;
            qr(document.verificationUrl(), qrX, qrY, qrSize);
            y = qrY + qrSize - 10;
            float width = qrX - MARGIN - 12;
            textAt(bold, 10, MARGIN, text("certificate.pdf.verify", Locale.FRENCH), width);
            textAt(regular, 9, MARGIN, text("certificate.pdf.verify", Locale.ENGLISH), width);
            y -= 4;
            textAt(bold, 12, MARGIN, document.certificate().code().grouped(), width);
            textAt(regular, 8, MARGIN, document.verificationUrl(), width);
            y -= 4;
            textAt(regular, 7.5f, MARGIN, text("certificate.pdf.signed", Locale.FRENCH), width);
            textAt(regular, 7.5f, MARGIN, text("certificate.pdf.signed", Locale.ENGLISH), width);
        }

        private void qr(String url, float x, float yBottom, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalStateException("Cannot encode the verification URL as a QR code", e);
            }
            float module = size / matrix.getWidth();
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.addRect(x + column * module, yBottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        }

        private void line(PDType0Font font, float size, float[] color, String value) throws IOException {
            y -= size + 2;
            draw(font, size, color, MARGIN, fit(font, size, value, box.getWidth() - 2 * MARGIN));
            y -= 3;
        }

        private void textAt(PDType0Font font, float size, float x, String value, float width) throws IOException {
            y -= size + 2;
            draw(font, size, INK, x, fit(font, size, value, width));
        }

        private void draw(PDType0Font font, float size, float[] color, float x, String value) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color[0], color[1], color[2]);
            content.newLineAtOffset(x, y);
            try {
                content.showText(value);
            } catch (IllegalArgumentException noGlyph) {
                content.showText(printable(font, value));
            }
            content.endText();
        }

        /** The text with '?' for each character the font has no glyph for (a name in another script). */
        private static String printable(PDType0Font font, String value) {
            StringBuilder out = new StringBuilder();
            value.codePoints().forEach(cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    out.appendCodePoint(cp);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private String fit(PDType0Font font, float size, String value, float width) throws IOException {
            String clean = value.replaceAll("\\p{Cntrl}", " ");
            try {
                width(font, size, clean);
            } catch (IllegalArgumentException noGlyph) {
                clean = printable(font, clean);
            }
            if (width(font, size, clean) <= width) {
                return clean;
            }
            String cut = clean;
            while (!cut.isEmpty() && width(font, size, cut + "…") > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        private float width(PDType0Font font, float size, String value) throws IOException {
            return font.getStringWidth(value) / 1000 * size;
        }
    }
}
