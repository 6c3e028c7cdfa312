package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.RegisterFormat;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consortium's register of every certificate issued, as XLSX, streamed row by row. */
@Service
public class ExportCertificateRegister {

    private final Certificates certificates;
    private final RegisterFormat format;

    ExportCertificateRegister(Certificates certificates, RegisterFormat format) {
        this.certificates = certificates;
        this.format = format;
    }

    /** One consistent snapshot (a read-only transaction) written to {@code out}. */
    @Transactional(readOnly = true)
    public void export(OutputStream out) {
        format.write(certificates::forEach, out);
    }
}
