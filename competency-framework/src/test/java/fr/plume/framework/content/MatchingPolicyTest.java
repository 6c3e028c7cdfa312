package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatchingPolicyTest {

    private static final MatchingPolicy DEFAULT = MatchingPolicy.DEFAULT;
    private static final MatchingPolicy LIGATURES_ALLOWED = new MatchingPolicy(true, true, false);
    private static final MatchingPolicy CASE_IGNORED = DEFAULT.withCaseSensitive(false);
    private static final MatchingPolicy UNACCENTED_CAPITALS = DEFAULT.withAcceptUnaccentedCapitals(true);
    private static final MatchingPolicy CASE_IGNORED_UNACCENTED_CAPITALS = CASE_IGNORED.withAcceptUnaccentedCapitals(true);
    private static final MatchingPolicy LIGATURES_AND_CASE_IGNORED = CASE_IGNORED.withFoldLigatures(true);
    private static final MatchingPolicy APOSTROPHE_MEASURED = DEFAULT.withFoldApostrophes(false);
    private static final MatchingPolicy DASHES_FOLDED = DEFAULT.withFoldDashes(true);

    /** Typed answer, accepted answer, the item's policy, whether they match. */
    static Stream<Arguments> typedAnswers() {
        return Stream.of(
                // Letter case: folded with accents kept when the item ignores case.
                Arguments.of("ÉCOLE", "école", CASE_IGNORED, true),
                Arguments.of("École", "école", CASE_IGNORED, true),
                Arguments.of("ÉCOLE", "école", DEFAULT, false),
                Arguments.of("ECOLE", "école", CASE_IGNORED, false),
                Arguments.of("ecole", "école", CASE_IGNORED, false),
                Arguments.of("ÇA", "ça", CASE_IGNORED, true),
                Arguments.of("ŒUVRE", "œuvre", CASE_IGNORED, true),
                Arguments.of("ÊTRE ET NE PAS ÊTRE", "être et ne pas être", CASE_IGNORED, true),
                // A capital without its accent, cedilla or diaeresis only when the item accepts it.
                Arguments.of("ECOLE", "école", CASE_IGNORED_UNACCENTED_CAPITALS, true),
                Arguments.of("Ecole", "école", CASE_IGNORED_UNACCENTED_CAPITALS, true),
                Arguments.of("CA", "ça", CASE_IGNORED_UNACCENTED_CAPITALS, true),
                Arguments.of("NOEL", "Noël", CASE_IGNORED_UNACCENTED_CAPITALS, true),
                Arguments.of("ecole", "école", CASE_IGNORED_UNACCENTED_CAPITALS, false),
                Arguments.of("ECOLES", "école", CASE_IGNORED_UNACCENTED_CAPITALS, false),
                Arguments.of("Ecole", "École", UNACCENTED_CAPITALS, true),
                Arguments.of("Ecole", "École", DEFAULT, false),
                Arguments.of("ECOLE", "école", UNACCENTED_CAPITALS, false),
                Arguments.of("A Paris", "À Paris", UNACCENTED_CAPITALS, true),
                Arguments.of("a Paris", "À Paris", UNACCENTED_CAPITALS, false),
                // Ligatures: œ/æ by the item's policy, ﬁ ﬂ and their kin always (NFKC compatibility forms).
                Arguments.of("coeur", "cœur", DEFAULT, false),
                Arguments.of("coeur", "cœur", LIGATURES_ALLOWED, true),
                Arguments.of("cœur", "coeur", LIGATURES_ALLOWED, true),
                Arguments.of("Oeuvre", "Œuvre", LIGATURES_ALLOWED, true),
                Arguments.of("OEuvre", "Œuvre", LIGATURES_ALLOWED, true),
                Arguments.of("OEUVRE", "ŒUVRE", LIGATURES_ALLOWED, true),
                Arguments.of("oeuvre", "Œuvre", LIGATURES_ALLOWED, false),
                Arguments.of("OEUVRE", "œuvre", LIGATURES_AND_CASE_IGNORED, true),
                Arguments.of("ex aequo", "ex æquo", LIGATURES_ALLOWED, true),
                Arguments.of("ﬁnancement", "financement", DEFAULT, true),
                Arguments.of("réﬂexion", "réflexion", DEFAULT, true),
                Arguments.of("eﬃcace", "efficace", DEFAULT, true),
                Arguments.of("ｅｆｆｉｃａｃｅ", "efficace", DEFAULT, true),
                Arguments.of("ﬁnancement", "ﬁnancement", DEFAULT, true),
                // Spacing accents typed for an apostrophe, when the item folds apostrophes (the default).
                Arguments.of("aujourd´hui", "aujourd’hui", DEFAULT, true),
                Arguments.of("l`école", "l’école", DEFAULT, true),
                Arguments.of("qu'elle", "qu’elle", DEFAULT, true),
                Arguments.of("aujourd´hui", "aujourd’hui", APOSTROPHE_MEASURED, false),
                Arguments.of("qu'elle", "qu’elle", APOSTROPHE_MEASURED, false),
                Arguments.of("qu’elle", "qu’elle", APOSTROPHE_MEASURED, true),
                Arguments.of("e´cole", "école", DEFAULT, false),
                // En dash, figure dash and minus sign for a hyphen, when the item folds dashes.
                Arguments.of("peut–être", "peut-être", DEFAULT, false),
                Arguments.of("peut–être", "peut-être", DASHES_FOLDED, true),
                Arguments.of("Avez−vous", "Avez-vous", DASHES_FOLDED, true),
                Arguments.of("peut—être", "peut-être", DASHES_FOLDED, false),
                Arguments.of("peut être", "peut-être", DASHES_FOLDED, false),
                Arguments.of("peut‐être", "peut-être", DEFAULT, true),
                Arguments.of("peut‑être", "peut-être", DEFAULT, true));
    }

    @ParameterizedTest(name = "[{index}] «{0}» for «{1}» under {2}: {3}")
    @MethodSource("typedAnswers")
    void typedAnswersAreComparedUnderTheItemPolicy(String given, String expected, MatchingPolicy policy, boolean match) {
        assertThat(policy.matches(given, expected)).isEqualTo(match);
        assertThat(policy.matchesAny(given, List.of("autre chose", expected))).isEqualTo(match);
    }

    @Test
    void theCanonicalFormFoldsCaseLetterByLetterAndKeepsAccents() {
        assertThat(CASE_IGNORED.normalize("  L’ÉCOLE  ")).isEqualTo("l'école");
        assertThat(CASE_IGNORED.normalize("ECOLE")).isEqualTo("ecole");
        assertThat(DEFAULT.normalize("ﬁn")).isEqualTo("fin");
    }

    @Test
    void theFormerThreeFlagPolicyKeepsTheNewFlagsAtTheirDefaults() {
        assertThat(new MatchingPolicy(false, true, false)).isEqualTo(DEFAULT);
        assertThat(DEFAULT.acceptUnaccentedCapitals()).isFalse();
        assertThat(DEFAULT.foldApostrophes()).isTrue();
        assertThat(DEFAULT.foldDashes()).isFalse();
    }

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
