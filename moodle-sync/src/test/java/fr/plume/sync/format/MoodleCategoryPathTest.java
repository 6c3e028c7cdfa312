package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleCategoryPathTest {

    @Test
    void aSlashInANameIsDoubledAndReadBackAsOneName() {
        assertThat(MoodleCategoryPath.segment("Accords / participe passé")).isEqualTo("Accords // participe passé");
        assertThat(MoodleCategoryPath.segment("/début et fin/")).isEqualTo(" //début et fin// ");
        assertThat(MoodleCategoryPath.names("Orthographe/Accords // participe passé"))
                .containsExactly("Orthographe", "Accords / participe passé");
    }

    @Test
    void theWrittenCategoryIsOneLevelForMoodle() throws Exception {
        DraftItem item = new DraftItem("m:1", QuestionType.SHORT_ANSWER, "Q", MoodleCategoryPath.segment("Accords/Participe"),
                "Pluriel de bijou ?", List.of(Choice.of("bijoux", 1)), List.of(), List.of(), "", "", 1, true, "", List.of(),
                List.of(), List.of(), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MoodleXmlWriter().write(List.of(item), out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("$course$/top/Accords//Participe");
        String category = new MoodleXmlReader().read("x", new ByteArrayInputStream(out.toByteArray())).items().get(0).category();
        assertThat(MoodleCategoryPath.names(category)).containsExactly("Accords/Participe");
    }
}
