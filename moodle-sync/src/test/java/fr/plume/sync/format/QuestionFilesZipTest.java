package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class QuestionFilesZipTest {

    static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void readsQuestionFilesInsideAZip() throws Exception {
        byte[] gift = Resources.open("homophones.gift").readAllBytes();
        QuestionImport imp = new QuestionFiles().read("lot.zip", new ByteArrayInputStream(zip("dossier/homophones.gift", gift)));
        assertThat(imp.items()).hasSize(8);
        assertThat(imp.items().get(0).sourceId()).startsWith("lot.zip/dossier/homophones.gift:");
    }

    @Test
    void zipSlipEntryIsRefused() throws Exception {
        byte[] z = zip("../../evil.gift", "::a::b {=c ~d}".getBytes());
        assertThatThrownBy(() -> new QuestionFiles().read("lot.zip", new ByteArrayInputStream(z)))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("zip-slip");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] z = zip("bombe.gift", new byte[50_000_000]);
        assertThat(z.length).isLessThan(100_000);
        assertThatThrownBy(() -> new QuestionFiles().read("lot.zip", new ByteArrayInputStream(z)))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("compression");
    }
}
