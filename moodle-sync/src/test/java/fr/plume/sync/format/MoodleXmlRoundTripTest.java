package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleXmlRoundTripTest {

    @Test
    void writtenFileReadsBackToTheSameItems() throws Exception {
        List<DraftItem> original = new MoodleXmlReader().read("m", Resources.open("accords-et-ponctuation.moodle.xml")).items();
        List<DraftItem> gift = new GiftReader().read("m", Resources.open("homophones.gift")).items();
        List<DraftItem> all = new java.util.ArrayList<>(original);
        all.addAll(gift);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MoodleXmlWriter().write(all, out);
        QuestionImport back = new MoodleXmlReader().read("m", new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.skipped()).isEmpty();
        assertThat(back.items()).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            DraftItem a = all.get(i);
            DraftItem b = back.items().get(i);
            assertThat(b.type()).as(a.name()).isEqualTo(a.type());
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.category()).isEqualTo(a.category());
            assertThat(b.stem()).isEqualTo(a.stem());
            assertThat(b.choices()).as(a.name()).isEqualTo(a.choices());
            assertThat(b.pairs()).isEqualTo(a.pairs());
            assertThat(b.gaps()).isEqualTo(a.gaps());
            assertThat(b.graderInfo()).isEqualTo(a.graderInfo());
            assertThat(b.tags()).isEqualTo(a.tags());
        }
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<question type=\"category\">").contains("$course$/top/Orthographe/Accords")
                .contains("<question type=\"matching\">").contains("<single>false</single>");
    }
}
