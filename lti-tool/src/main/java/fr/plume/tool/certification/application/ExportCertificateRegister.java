package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.RegisterFormat;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consortium's register of every certificate issued, as XLSX, streamed row by row. Who took
 * it is written to the audit log first, in its own transaction: a download cut short was still
 * a download of personal data.
 */
@Service
public class ExportCertificateRegister {

    private final Certificates certificates;
    private final RegisterFormat format;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ExportCertificateRegister(Certificates certificates, RegisterFormat format, AuditTrail audit,
            TransactionTemplate transaction) {
        this.certificates = certificates;
        this.format = format;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Audits the export by {@code officer}, then writes one consistent snapshot (a read-only transaction) to {@code out}. */
    public void export(String officer, OutputStream out) {
        transaction.executeWithoutResult(status -> audit.append(null, officer, "certificate.register-exported", null, ""));
        TransactionTemplate readOnly = new TransactionTemplate(transaction.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> format.write(certificates::forEach, out));
    }
}
