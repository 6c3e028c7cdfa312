package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class MatchingPolicyTest {

    private static final MatchingPolicy DEFAULT = MatchingPolicy.DEFAULT;
    private static final MatchingPolicy LIGATURES_ALLOWED = new MatchingPolicy(true, true, false);

    @Test
    void curlyAndStraightApostrophesAreTheSameAnswer() {
        assertThat(DEFAULT.matches("qu'elle", "qu’elle")).isTrue();
        assertThat(DEFAULT.matches("Quoi qu’il en soit", "Quoi qu'il en soit")).isTrue();
    }

    @Test
    void guillemetsMatchWithOrWithoutNonBreakingOrNarrowSpaces() {
        String expected = "Elle a cité l’article «\u00A0Le français en ligne\u00A0».";
        assertThat(DEFAULT.matches("Elle a cité l'article «Le français en ligne».", expected)).isTrue();
        assertThat(DEFAULT.matches("Elle a cité l'article « Le français en ligne ».", expected)).isTrue();
        assertThat(DEFAULT.matches("Elle a cité l'article «\u202FLe français en ligne\u202F».", expected)).isTrue();
        assertThat(DEFAULT.matches("Elle a cité l'article \"Le français en ligne\".", expected)).isFalse();
    }

    @Test
    void spacesBeforeHighPunctuationAreTypographicOnly() {
        assertThat(DEFAULT.matches("Avez-vous terminé?", "Avez-vous terminé\u202F?")).isTrue();
        assertThat(DEFAULT.matches("Avez-vous terminé ?", "Avez-vous terminé\u202F?")).isTrue();
        assertThat(DEFAULT.matches("Avez-vous terminé.", "Avez-vous terminé\u202F?")).isFalse();
    }

    @Test
    void extraLeadingTrailingAndRepeatedSpacesAreIgnored() {
        assertThat(DEFAULT.matches("  sont   parties ", "sont parties")).isTrue();
        assertThat(DEFAULT.matches("sont\tparties", "sont parties")).isTrue();
        assertThat(DEFAULT.matches("sont\u2009parties", "sont parties")).isTrue();
    }

    @Test
    void decomposedAccentsMatchTheirComposedForm() {
        String decomposed = Normalizer.normalize("évaluation", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("évaluation");
        assertThat(DEFAULT.matches(decomposed, "évaluation")).isTrue();
    }

    @Test
    void aMissingAccentIsAnotherWord() {
        assertThat(DEFAULT.matches("a", "à")).isFalse();
        assertThat(DEFAULT.matches("ou", "où")).isFalse();
        assertThat(DEFAULT.matches("reglement", "règlement")).isFalse();
        assertThat(DEFAULT.matches("est du à", "est dû à")).isFalse();
    }

    @Test
    void agreementErrorsAreNeverFolded() {
        assertThat(DEFAULT.matches("mangé", "mangée")).isFalse();
        assertThat(DEFAULT.matches("sont partis", "sont parties")).isFalse();
        assertThat(new MatchingPolicy(true, false, true).matches("mangé", "mangée")).isFalse();
    }

    @Test
    void ligaturesAreFoldedOnlyWhenTheItemAllowsIt() {
        assertThat(DEFAULT.matches("coeur", "cœur")).isFalse();
        assertThat(DEFAULT.matches("curriculum vitae", "curriculum vitæ")).isFalse();
        assertThat(LIGATURES_ALLOWED.matches("coeur", "cœur")).isTrue();
        assertThat(LIGATURES_ALLOWED.matches("OEuvre", "Œuvre")).isTrue();
        assertThat(LIGATURES_ALLOWED.matches("curriculum vitae", "curriculum vitæ")).isTrue();
    }

    @Test
    void caseCountsUnlessTheItemSaysOtherwise() {
        assertThat(DEFAULT.matches("Pourriez-vous", "pourriez-vous")).isFalse();
        assertThat(new MatchingPolicy(false, false, false).matches("L'Augmentation", "l'augmentation")).isTrue();
    }

    @Test
    void finalPunctuationCountsUnlessTheItemSaysOtherwise() {
        String expected = "Lucie, ma colocataire, a déjà rendu le rapport.";
        assertThat(DEFAULT.matches("Lucie, ma colocataire, a déjà rendu le rapport", expected)).isFalse();
        MatchingPolicy ignoringFinal = new MatchingPolicy(false, true, true);
        assertThat(ignoringFinal.matches("Lucie, ma colocataire, a déjà rendu le rapport", expected)).isTrue();
        assertThat(ignoringFinal.matches("Lucie ma colocataire, a déjà rendu le rapport.", expected)).isFalse();
    }

    @Test
    void threeDotsAndTheEllipsisCharacterAreTheSame() {
        assertThat(DEFAULT.matches("Il hésita...", "Il hésita…")).isTrue();
    }
}
