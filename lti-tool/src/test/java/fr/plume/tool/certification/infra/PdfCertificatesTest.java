package fr.plume.tool.certification.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificateFixtures;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificateDocument;
import fr.plume.tool.certification.domain.CertificateDocument.AreaLine;
import fr.plume.tool.certification.domain.SigningCredential;
import fr.plume.tool.shared.domain.SecretBox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The certificate PDF as a verifier's software reads it: a PAdES signature that PDFBox and
 * BouncyCastle verify over the signed byte ranges, broken by any changed byte; and the PDF/A-3
 * basics (embedded fonts, the credential as an associated file, XMP identification, sRGB intent).
 */
class PdfCertificatesTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJ0ZXN0Ijp0cnVlfQ.c2lnbmF0dXJl";
    private static SigningCredential credential;
    private static byte[] pdf;

    @BeforeAll
    static void signOne() throws Exception {
        SecretBox box = new SecretBox("test-only-secret-key-not-for-production", "s", "i");
        JdbcSigningKeys.StoredSigningKey stored = CertificateSigning.generate(box, "Consortium d’essai", Instant.now());
        credential = new SigningCredential(
                KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(box.open(stored.encryptedPrivateKey(),
                        "certification_signing_key:generated"))),
                List.of((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(stored.certificate()))));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/certification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Certificate certificate = CertificateFixtures.certificate(Instant.now());
        pdf = new PdfCertificates(credential, messages, ZoneId.of("Europe/Paris"), "Consortium d’essai")
                .signedPdf(new CertificateDocument(certificate, "Certificat national", "National certificate",
                        List.of(new AreaLine("1", "Orthographe", "Spelling", 4, false)),
                        List.of(new AreaLine("1.1", "Accords", "Agreement", 4, false),
                                new AreaLine("2.2", "Ponctuation", "Punctuation", 2, true)),
                        "https://plume.example.org/verify/" + certificate.code().value(), JWT));
    }

    @Test
    void signatureVerifiesOverTheSignedBytes() throws Exception {
        assertThat(signatureValid(pdf)).isTrue();
    }

    @Test
    void anyChangedByteBreaksTheSignature() throws Exception {
        int[] range;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        for (int target : new int[] {range[1] / 2, range[2] + range[3] / 2, pdf.length - 2}) {
            byte[] changed = pdf.clone();
            changed[target] ^= 0x01;
            assertThat(signatureValid(changed)).as("byte %d changed", target).isFalse();
        }
    }

    @Test
    void signatureIsPadesBaselineWithTheSigningCertificate() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            CMSSignedData cms = new CMSSignedData(contentInfo(signature.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime)).isNull();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            assertThat(holder.getEncoded()).isEqualTo(credential.chain().get(0).getEncoded());
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts++;
            }
            assertThat(fonts).isEqualTo(2);
        }
    }

    @Test
    void carriesTheCredentialAsAnAssociatedFile() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(PdfCertificates.CREDENTIAL_FILE);
            assertThat(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(JWT);
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            COSArray associated = (COSArray) document.getDocumentCatalog().getCOSObject()
                    .getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(associated.size()).isEqualTo(1);
            assertThat(associated.getObject(0)).isEqualTo(spec.getCOSObject());
        }
    }

    @Test
    void identifiesItselfAsPdfA3WithAnSrgbOutputIntent() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
            assertThat(xmp).contains(document.getDocumentInformation().getTitle());
            COSDictionary intent = document.getDocumentCatalog().getOutputIntents().get(0).getCOSObject();
            assertThat(intent.getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
            assertThat(intent.getString(COSName.getPDFName("OutputConditionIdentifier"))).isEqualTo("sRGB IEC61966-2.1");
            assertThat(document.getDocument().getDocumentID()).isNotNull();
        }
    }

    @Test
    void printsBothLanguagesTheLevelAndABandNotAScoreToTheUnit() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Niveau 4 / Level 4", "Certificat national de français écrit",
                    "National certificate of written French", "entre 630 et 700", "between 630 and 700",
                    "Zoé Ŀ'Hôpital-Ñúñez");
            assertThat(text).doesNotContain("667");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(Locale.FRENCH.getLanguage()).isEqualTo("fr");
        }
    }

    private static boolean signatureValid(byte[] file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file)) {
            PDSignature signature = document.getLastSignatureDictionary();
            byte[] signed = signature.getSignedContent(file);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo(signature.getContents(file)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            int[] range = signature.getByteRange();
            boolean coversAll = range[0] == 0 && range[2] + range[3] == file.length;
            return coversAll && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (Exception e) {
            return false;
        }
    }

    /** The CMS structure without the zero padding that fills the reserved /Contents space. */
    static ContentInfo contentInfo(byte[] padded) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(padded)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i < data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
