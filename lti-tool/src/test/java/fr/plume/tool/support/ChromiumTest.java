package fr.plume.tool.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ChromiumTest {

    @Test
    void aBrowserThatCannotStartFailsTheTestInsteadOfSkippingIt() {
        Throwable thrown = catchThrowable(() -> Chromium.start(Path.of("target", "no-such-chromium")).close());

        assertThat(thrown).isInstanceOf(AssertionError.class).isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no-such-chromium");
    }
}
