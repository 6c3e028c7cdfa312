package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.SigningCredential;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The detached CMS signature of a PAdES baseline B-B signature (ETSI EN 319 142-1 §5.3 and
 * 319 122-1): SHA-256 with RSA, the signer's certificate chain, and the signed attributes
 * content-type, message-digest and ESS signing-certificate-v2; no signing-time attribute, the
 * signing time being the signature dictionary's /M.
 */
final class CmsSigner {

    private final SigningCredential credential;
    private final byte[] signerCertificateHash;

    CmsSigner(SigningCredential credential) {
        this.credential = credential;
        try {
            this.signerCertificateHash = MessageDigest.getInstance("SHA-256")
                    .digest(credential.chain().get(0).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash the signing certificate", e);
        }
    }

    byte[] sign(InputStream content) {
        try {
            X509Certificate signer = credential.chain().get(0);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(credential.privateKey()), signer));
            generator.addCertificates(new JcaCertStore(credential.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot sign the certificate PDF", e);
        }
    }

    private CMSAttributeTableGenerator padesAttributes() {
        Hashtable<ASN1ObjectIdentifier, Attribute> extra = new Hashtable<>();
        extra.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(signerCertificateHash)}))));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(extra));
        return (Map parameters) -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
