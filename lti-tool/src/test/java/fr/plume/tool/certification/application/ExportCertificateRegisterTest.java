package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.ConsortiumAdmins;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The consortium's register, downloaded by an officer: every certificate, formulas neutralised. */
@CertificationToolTest
class ExportCertificateRegisterTest {

    @RegisterExtension
    ConsortiumAdmins.Account officer = ConsortiumAdmins.account("register-officer", "officer-password-2",
            Set.of(ToolRole.CERTIFICATION_OFFICER));

    @Autowired
    ApplicationContext tool;

    @Test
    void listsEveryCertificateWithItsStateAndNeutralisesFormulas() throws Exception {
        IssuedCertificates issued = new IssuedCertificates(tool);
        Certificate plain = issued.issued("Emma Lambert");
        Certificate hostile = issued.issued("=HYPERLINK(\"http://evil.test\",\"x\")");

        HttpResponse<byte[]> download = officer.signedIn().getBytes("/certif/certificates/register.xlsx");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("certificates.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheet("certificates");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            Map<String, Row> byCode = new HashMap<>();
            for (Row row : sheet) {
                byCode.put(row.getCell(0).getStringCellValue(), row);
            }
            Row emma = byCode.get(plain.code().grouped());
            assertThat(emma.getCell(1).getStringCellValue()).isEqualTo("Emma Lambert");
            assertThat(emma.getCell(5).getNumericCellValue()).isEqualTo(4);
            assertThat(emma.getCell(10).getStringCellValue()).isEqualTo("ISSUED");
            Row evil = byCode.get(hostile.code().grouped());
            assertThat(evil.getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(evil.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }
}
