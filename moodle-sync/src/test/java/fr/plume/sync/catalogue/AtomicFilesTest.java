package fr.plume.sync.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUserNotOwnerOnly() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference.txt"));

        AtomicFiles.write(dir.resolve("questions.xml"), "<quiz/>".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(dir.resolve("questions.xml")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.readString(dir.resolve("questions.xml"))).isEqualTo("<quiz/>");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.writeString(dir.resolve("drafts.json"), "{}");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(target, "{\"drafts\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        assertThat(Files.readString(target)).isEqualTo("{\"drafts\":[]}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
