package fr.plume.tool.certification.domain;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The key and certificate chain (signer first) that sign certificate PDFs. */
public record SigningCredential(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningCredential {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing certificate is needed");
        }
    }

    @Override
    public String toString() {
        return "SigningCredential[" + chain.get(0).getSubjectX500Principal().getName() + "]";
    }
}
