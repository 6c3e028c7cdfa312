package fr.plume.framework.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HierarchyCheckTest {

    private static HierarchyCheck.Node node(String id, String parent) {
        return new HierarchyCheck.Node(id, parent, "ligne de " + id);
    }

    @Test
    void givesTheDepthOfEveryNodeReachingARoot() {
        HierarchyCheck.Result result = HierarchyCheck.check(List.of(
                node("c", "b"), node("b", "a"), node("a", "doc"), node("d", ""), node("e", null)), Set.of("doc"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.depths()).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 3)
                .containsEntry("d", 1).containsEntry("e", 1);
    }

    @Test
    void reportsEachCycleOnceWithItsMembers() {
        HierarchyCheck.Result result = HierarchyCheck.check(List.of(
                node("a", "b"), node("b", "c"), node("c", "a"), node("child", "a"), node("self", "self"), node("ok", "")),
                Set.of());
        assertThat(result.problems()).extracting(Problem::code).containsExactly(ProblemCodes.CYCLE, ProblemCodes.CYCLE);
        assertThat(result.problems().get(0).message()).contains("« a » → « b » → « c » → « a »");
        assertThat(result.problems().get(1).message()).contains("« self » → « self »");
        assertThat(result.depths()).containsOnlyKeys("ok");
    }

    @Test
    void reportsOrphansWhoseParentDoesNotExistAndLeavesTheirDescendantsOut() {
        HierarchyCheck.Result result = HierarchyCheck.check(List.of(node("a", "ghost"), node("b", "a"), node("c", "")), Set.of());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.ORPHAN);
            assertThat(problem.location()).isEqualTo("ligne de a");
            assertThat(problem.message()).contains("« ghost »");
        });
        assertThat(result.depth("b")).isEmpty();
        assertThat(result.depth("c")).contains(1);
    }
}
