package fr.plume.framework.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a parent/child hierarchy read from a file (CASE associations, CSV parent idnumbers): every node must
 * reach a root by following its parents. Reports each orphan and each cycle once, and gives the depth of the
 * others (1 = direct child of a root).
 */
public final class HierarchyCheck {

    /** A node read from a file; {@code parentId} is null or blank for a root child. */
    public record Node(String id, String parentId, String location) {
    }

    public record Result(Map<String, Integer> depths, List<Problem> problems) {
        public Result {
            depths = Map.copyOf(depths);
            problems = List.copyOf(problems);
        }

        public Optional<Integer> depth(String id) {
            return Optional.ofNullable(depths.get(id));
        }
    }

    private HierarchyCheck() {
    }

    /**
     * @param nodes nodes in file order, ids unique
     * @param roots ids accepted as the top of the hierarchy (e.g. the CASE document), besides a blank parent
     */
    public static Result check(List<Node> nodes, Set<String> roots) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.putIfAbsent(node.id(), node));
        Map<String, Integer> depths = new HashMap<>();
        Set<String> broken = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Node start : byId.values()) {
            if (depths.containsKey(start.id()) || broken.contains(start.id())) {
                continue;
            }
            LinkedHashSet<String> path = new LinkedHashSet<>();
            Node current = start;
            Integer baseDepth = null;
            while (true) {
                if (depths.containsKey(current.id())) {
                    baseDepth = depths.get(current.id());
                    break;
                }
                if (broken.contains(current.id())) {
                    break;
                }
                if (!path.add(current.id())) {
                    problems.add(cycleProblem(current.id(), path, byId));
                    break;
                }
                String parent = current.parentId();
                if (parent == null || parent.isBlank() || roots.contains(parent)) {
                    baseDepth = 0;
                    break;
                }
                Node parentNode = byId.get(parent);
                if (parentNode == null) {
                    problems.add(new Problem(ProblemCodes.ORPHAN, current.location(), "L'élément « " + current.id()
                            + " » est rattaché à un parent « " + parent + " » qui n'existe pas dans le fichier."));
                    break;
                }
                current = parentNode;
            }
            List<String> chain = new ArrayList<>(path);
            if (baseDepth == null) {
                broken.addAll(chain);
                continue;
            }
            // path holds the chain from start up to (not including) an already placed node or the root.
            int depth = baseDepth + chain.size();
            for (String id : chain) {
                depths.put(id, depth--);
            }
        }
        return new Result(depths, problems);
    }

    private static Problem cycleProblem(String repeated, LinkedHashSet<String> path, Map<String, Node> byId) {
        List<String> inCycle = new ArrayList<>();
        boolean inside = false;
        for (String id : path) {
            inside = inside || id.equals(repeated);
            if (inside) {
                inCycle.add(id);
            }
        }
        inCycle.add(repeated);
        String members = inCycle.stream().map(id -> "« " + id + " »").collect(Collectors.joining(" → "));
        return new Problem(ProblemCodes.CYCLE, byId.get(repeated).location(),
                "La hiérarchie forme une boucle : " + members + ". Un élément ne peut pas être son propre ancêtre.");
    }
}
