package fr.plume.tool.assessment.engine.calibration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse candidates × items matrix of dichotomous responses, stored by candidate in compressed
 * rows (CSR): an int offset per candidate, an int item index and a byte per response, i.e. about
 * 5 bytes per response (1,000,000 responses ≈ 5 MB). Each candidate may see any subset of items.
 */
public final class ResponseMatrix {

    private final List<String> itemIds;
    private final int[] personOffsets;
    private final int[] items;
    private final byte[] scores;

    private ResponseMatrix(List<String> itemIds, int[] personOffsets, int[] items, byte[] scores) {
        this.itemIds = itemIds;
        this.personOffsets = personOffsets;
        this.items = items;
        this.scores = scores;
    }

    public static Builder builder(List<String> itemIds) {
        return new Builder(itemIds);
    }

    public List<String> itemIds() {
        return itemIds;
    }

    public int itemCount() {
        return itemIds.size();
    }

    public int personCount() {
        return personOffsets.length - 1;
    }

    public int responseCount() {
        return items.length;
    }

    /** First response of a person; the person's responses are [start(p), end(p)). */
    public int start(int person) {
        return personOffsets[person];
    }

    public int end(int person) {
        return personOffsets[person + 1];
    }

    public int item(int response) {
        return items[response];
    }

    public boolean correct(int response) {
        return scores[response] != 0;
    }

    /** Accumulates responses in any order; {@link #build()} sorts them by person (counting sort). */
    public static final class Builder {

        private final List<String> itemIds;
        private final Map<String, Integer> itemIndex = new HashMap<>();
        private int[] persons = new int[1024];
        private int[] items = new int[1024];
        private byte[] scores = new byte[1024];
        private int size;
        private int personCount;

        private Builder(List<String> itemIds) {
            this.itemIds = List.copyOf(itemIds);
            for (int i = 0; i < this.itemIds.size(); i++) {
                if (itemIndex.put(this.itemIds.get(i), i) != null) {
                    throw new IllegalArgumentException("duplicate item id " + this.itemIds.get(i));
                }
            }
        }

        public Builder add(int person, String itemId, boolean correct) {
            Integer item = itemIndex.get(itemId);
            if (item == null) {
                throw new IllegalArgumentException("unknown item " + itemId);
            }
            return add(person, item, correct);
        }

        /** Adds a response of person (0-based, dense) to item (index in the item id list). */
        public Builder add(int person, int item, boolean correct) {
            if (person < 0 || item < 0 || item >= itemIds.size()) {
                throw new IllegalArgumentException("person or item index out of range: " + person + ", " + item);
            }
            if (size == persons.length) {
                int capacity = size + (size >> 1);
                persons = Arrays.copyOf(persons, capacity);
                items = Arrays.copyOf(items, capacity);
                scores = Arrays.copyOf(scores, capacity);
            }
            persons[size] = person;
            items[size] = item;
            scores[size] = (byte) (correct ? 1 : 0);
            size++;
            personCount = Math.max(personCount, person + 1);
            return this;
        }

        public ResponseMatrix build() {
            int[] offsets = new int[personCount + 1];
            for (int r = 0; r < size; r++) {
                offsets[persons[r] + 1]++;
            }
            for (int p = 0; p < personCount; p++) {
                offsets[p + 1] += offsets[p];
            }
            int[] next = Arrays.copyOf(offsets, personCount);
            int[] sortedItems = new int[size];
            byte[] sortedScores = new byte[size];
            for (int r = 0; r < size; r++) {
                int slot = next[persons[r]]++;
                sortedItems[slot] = items[r];
                sortedScores[slot] = scores[r];
            }
            return new ResponseMatrix(itemIds, offsets, sortedItems, sortedScores);
        }
    }
}
