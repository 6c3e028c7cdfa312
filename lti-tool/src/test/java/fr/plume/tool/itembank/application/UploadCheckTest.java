package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.shared.domain.PlumeProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private final UploadCheck check = new UploadCheck();

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The start of a Windows executable (MZ header, PE signature): what a renamed .exe really is. */
    static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    @Test
    void acceptsARealImage() throws IOException {
        assertThat(check.mediaTypeOf(png())).isEqualTo("image/png");
    }

    @Test
    void refusesAnExecutableWhateverItIsCalled() {
        assertThatThrownBy(() -> check.mediaTypeOf(executable()))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-FILE-TYPE");
    }

    @Test
    void refusesHtmlPretendingToBeText() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> check.mediaTypeOf(html))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-FILE-TYPE");
    }

    @Test
    void refusesAFileOverTheLimit() {
        assertThatThrownBy(() -> check.mediaTypeOf(new byte[UploadCheck.MAX_BYTES + 1]))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-FILE-TOO-BIG");
    }
}
