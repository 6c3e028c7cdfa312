package fr.plume.tool.assessment.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An immutable item bank laid out for fast selection: items are grouped by competency (then
 * sorted by difficulty) and their parameters live in primitive arrays, so that a selection pass
 * is a tight loop over a contiguous index range per competency, with no allocation per item.
 * It is the engine's in-memory index of what it may select, built from parameters it is given
 * (by the delivery code from the published items, by the simulator from a CSV file); it is not the
 * stored item bank, which the item bank module owns.
 */
public final class ItemBank {

    private final List<ItemParameters> items;
    private final List<String> competencies;
    private final Map<String, Integer> competencyIndexByCode;
    private final int[] competencyStart;
    private final double[] a;
    private final double[] b;
    private final double[] aSquared;
    private final int[] competencyOf;
    private final int[] familyOf;
    private final boolean[] accessible;
    private final double[] discriminationRank;
    private final int[][] familyMembers;
    private final Map<String, Integer> indexById;
    private final Map<String, Integer> familyIndexById;

    private ItemBank(List<ItemParameters> sorted) {
        this.items = List.copyOf(sorted);
        int n = items.size();
        a = new double[n];
        b = new double[n];
        aSquared = new double[n];
        competencyOf = new int[n];
        familyOf = new int[n];
        accessible = new boolean[n];
        indexById = new HashMap<>(n * 2);
        familyIndexById = new HashMap<>();
        Map<String, Integer> competencyIndex = new LinkedHashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ItemParameters item = items.get(i);
            if (indexById.put(item.itemId(), i) != null) {
                throw new IllegalArgumentException("duplicate item id " + item.itemId());
            }
            a[i] = item.a();
            b[i] = item.b();
            aSquared[i] = item.a() * item.a();
            accessible[i] = item.accessible();
            competencyOf[i] = competencyIndex.computeIfAbsent(item.competencyCode(), k -> competencyIndex.size());
            int family = familyIndexById.computeIfAbsent(item.familyId(), k -> familyIndexById.size());
            if (family == members.size()) {
                members.add(new ArrayList<>());
            }
            members.get(family).add(i);
            familyOf[i] = family;
        }
        competencies = List.copyOf(competencyIndex.keySet());
        competencyIndexByCode = Map.copyOf(competencyIndex);
        competencyStart = new int[competencies.size() + 1];
        for (int i = 0; i < n; i++) {
            competencyStart[competencyOf[i] + 1] = i + 1;
        }
        discriminationRank = new double[n];
        for (int c = 0; c < competencies.size(); c++) {
            rankDiscriminations(competencyStart[c], competencyStart[c + 1]);
        }
        familyMembers = new int[members.size()][];
        for (int f = 0; f < familyMembers.length; f++) {
            familyMembers[f] = members.get(f).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Rank of each item's a among its competency's items, as a fraction in [0, 1). */
    private void rankDiscriminations(int start, int end) {
        Integer[] order = new Integer[end - start];
        for (int i = 0; i < order.length; i++) {
            order[i] = start + i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> a[i]));
        for (int rank = 0; rank < order.length; rank++) {
            discriminationRank[order[rank]] = (double) rank / order.length;
        }
    }

    /** Builds a bank; competencies keep the order of their first appearance. */
    public static ItemBank of(Collection<ItemParameters> items) {
        List<String> order = new ArrayList<>();
        Map<String, Integer> rank = new HashMap<>();
        for (ItemParameters item : items) {
            if (rank.putIfAbsent(item.competencyCode(), order.size()) == null) {
                order.add(item.competencyCode());
            }
        }
        List<ItemParameters> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.<ItemParameters>comparingInt(item -> rank.get(item.competencyCode()))
                .thenComparingDouble(ItemParameters::b)
                .thenComparing(ItemParameters::itemId));
        return new ItemBank(sorted);
    }

    public int size() {
        return items.size();
    }

    public ItemParameters item(int index) {
        return items.get(index);
    }

    public List<ItemParameters> items() {
        return items;
    }

    public OptionalInt indexOf(String itemId) {
        Integer index = indexById.get(itemId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Competency codes in bank order; their position is the competency index. */
    public List<String> competencies() {
        return competencies;
    }

    /** Index of a competency in {@link #competencies()}, or −1 when the bank has no item of it. */
    public int competencyIndex(String competencyCode) {
        Integer index = competencyIndexByCode.get(competencyCode);
        return index == null ? -1 : index;
    }

    /** First item index of a competency; its items are [competencyStart(c), competencyEnd(c)). */
    public int competencyStart(int competency) {
        return competencyStart[competency];
    }

    public int competencyEnd(int competency) {
        return competencyStart[competency + 1];
    }

    public double a(int index) {
        return a[index];
    }

    public double b(int index) {
        return b[index];
    }

    public double aSquared(int index) {
        return aSquared[index];
    }

    public int competencyOf(int index) {
        return competencyOf[index];
    }

    /**
     * Rank of the item's discrimination within its competency, in [0, 1): 0 for the least
     * discriminating item. Used by a-stratified selection.
     */
    public double discriminationRank(int index) {
        return discriminationRank[index];
    }

    public boolean accessible(int index) {
        return accessible[index];
    }

    /** Item indices of the family an item belongs to (itself included). */
    public int[] familyMembersOf(int index) {
        return familyMembers[familyOf[index]].clone();
    }

    /** Item indices of a family by id; empty when the bank has no item of that family. */
    public int[] familyMembers(String familyId) {
        Integer family = familyIndexById.get(familyId);
        return family == null ? new int[0] : familyMembers[family].clone();
    }
}
