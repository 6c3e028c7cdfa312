package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.MatchingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedAnswerVariantsTest {

    static final MatchingPolicy LENIENT = new MatchingPolicy(true, false, true);

    @Test
    void apostrophesSpacesAndPunctuationSpacingAreExportedBecausePlumeAlwaysFoldsThem() {
        assertThat(TypedAnswerVariants.of("qu’elle est", MatchingPolicy.DEFAULT))
                .contains("qu'elle est", "qu’elle  est", "qu'elle  est").doesNotContain("qu’elle est");
        assertThat(TypedAnswerVariants.of("Viendra-t-il ?", MatchingPolicy.DEFAULT))
                .contains("Viendra-t-il?", "Viendra-t-il\u00A0?", "Viendra-t-il\u202F?");
        assertThat(TypedAnswerVariants.of("« Bonjour »", MatchingPolicy.DEFAULT)).contains("«Bonjour»", "«\u00A0Bonjour\u00A0»");
        assertThat(TypedAnswerVariants.of("Et puis…", MatchingPolicy.DEFAULT)).contains("Et puis...");
    }

    @Test
    void ligaturesAndFinalPunctuationOnlyWhenTheItemFoldsThem() {
        assertThat(TypedAnswerVariants.of("l’œil.", MatchingPolicy.DEFAULT)).doesNotContain("l'oeil.", "l'œil");
        assertThat(TypedAnswerVariants.of("l’œil.", LENIENT)).contains("l'oeil.", "l'œil", "l'oeil");
    }

    @Test
    void everyVariantIsOneThePolicyAccepts() {
        for (MatchingPolicy policy : List.of(MatchingPolicy.DEFAULT, LENIENT)) {
            for (String answer : List.of("qu’elle est « là » ?", "Cœur...", "l'ex-æquo !")) {
                assertThat(TypedAnswerVariants.of(answer, policy)).isNotEmpty()
                        .hasSizeLessThanOrEqualTo(TypedAnswerVariants.MAX_PER_ANSWER)
                        .allSatisfy(v -> assertThat(policy.matches(v, answer)).as(v).isTrue());
            }
        }
    }

    @Test
    void shortAnswersGetTheirVariantsRightAfterThemWithTheSameCreditAndALiteralStar() {
        DraftItem item = item(QuestionType.SHORT_ANSWER, "Pronom ?", List.of(new Choice("qu’elle", 1, "Bien.", 0),
                Choice.of("quelle", 0), Choice.of("a*b", 1)));

        DraftItem ready = TypedAnswerVariants.forMoodle(item, MatchingPolicy.DEFAULT);

        assertThat(ready.choices()).extracting(Choice::text).containsExactly("qu’elle", "qu'elle", "quelle", "a\\*b");
        assertThat(ready.choices().get(1)).isEqualTo(new Choice("qu'elle", 1, "Bien.", 0));
    }

    @Test
    void clozeTypedGapsGetAlternativesAndTheItemsCaseRuleOtherGapsStayAsWritten() {
        String stem = "<p>{1:SA:=qu’il#Oui} et {1:MC:=a~%0%à}</p>";
        DraftItem item = item(QuestionType.CLOZE, stem, List.of());

        DraftItem sensitive = TypedAnswerVariants.forMoodle(item, MatchingPolicy.DEFAULT);
        assertThat(sensitive.stem()).isEqualTo("<p>{1:SHORTANSWER_C:=qu’il#Oui~=qu'il#Oui} et {1:MC:=a~%0%à}</p>");
        assertThat(sensitive.gaps()).hasSize(2);
        assertThat(TypedAnswerVariants.forMoodle(item, LENIENT).stem()).startsWith("<p>{1:SHORTANSWER:");
    }

    static DraftItem item(QuestionType type, String stem, List<Choice> choices) {
        return new DraftItem("m:1", type, "Question", "", stem, choices, List.of(), ClozeSyntax.parse(stem), "", "", 1,
                true, "", List.of(), List.of(), List.of(), "");
    }
}
