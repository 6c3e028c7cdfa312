package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void codesAreSixCharactersWithoutLookAlikes() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = AccessCode.random(random).value();
            assertThat(code).hasSize(6).doesNotContainPattern("[0O1IL2Z5S8B]");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void whatPeopleTypeIsReadInAnyCaseWithSpacesAndDashes() {
        assertThat(AccessCode.parse(" prb-4k7 ")).as("B is not in the alphabet").isEmpty();
        assertThat(AccessCode.parse("pru 4k7").map(AccessCode::value)).hasValue("PRU4K7");
        assertThat(AccessCode.parse("PRU-4K7").map(AccessCode::value)).hasValue("PRU4K7");
        assertThat(AccessCode.parse("PRU4K")).isEmpty();
        assertThat(AccessCode.parse("PRU4KO")).as("O is not in the alphabet").isEmpty();
        assertThat(AccessCode.parse(null)).isEmpty();
    }

    @Test
    void aPinIsKeptOnlyAsASaltedHashAndChecked() {
        String hash = InvigilatorPin.hash("session-1", "042137");
        assertThat(hash).doesNotContain("042137").isNotEqualTo(InvigilatorPin.hash("session-2", "042137"));
        assertThat(InvigilatorPin.matches("session-1", "042137", hash)).isTrue();
        assertThat(InvigilatorPin.matches("session-1", "042138", hash)).isFalse();
        assertThat(InvigilatorPin.matches("session-1", "42137", hash)).isFalse();
        assertThat(InvigilatorPin.matches("session-1", null, hash)).isFalse();
    }
}
