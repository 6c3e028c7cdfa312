package fr.plume.tool.psychometrics.domain;

import fr.plume.tool.assessment.api.ItemCalibration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scored responses by candidate (one row per attempt), stored in compressed rows: about 5 bytes a
 * response, so a year of answers fits in memory during a run.
 */
public final class ResponseTable {

    private final List<String> itemIds;
    private final Map<String, Integer> indexById;
    private final int[] personStarts;
    private final int[] items;
    private final byte[] scores;

    private ResponseTable(List<String> itemIds, Map<String, Integer> indexById, int[] personStarts, int[] items,
                          byte[] scores) {
        this.itemIds = itemIds;
        this.indexById = indexById;
        this.personStarts = personStarts;
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

    public int indexOf(String itemId) {
        Integer index = indexById.get(itemId);
        return index == null ? -1 : index;
    }

    public int personCount() {
        return personStarts.length - 1;
    }

    public int responseCount() {
        return items.length;
    }

    public int start(int person) {
        return personStarts[person];
    }

    public int end(int person) {
        return personStarts[person + 1];
    }

    public int item(int response) {
        return items[response];
    }

    public boolean correct(int response) {
        return scores[response] != 0;
    }

    /** The same responses in the form the engine's calibration takes. */
    public ItemCalibration.Responses forCalibration() {
        return new ItemCalibration.Responses(itemIds, personStarts, items, scores);
    }

    /** Appends candidates one after the other: {@link #nextPerson()}, then their responses. */
    public static final class Builder {

        private final List<String> itemIds;
        private final Map<String, Integer> indexById = new HashMap<>();
        private int[] starts = new int[1024];
        private int[] items = new int[4096];
        private byte[] scores = new byte[4096];
        private int persons;
        private int size;

        private Builder(List<String> itemIds) {
            this.itemIds = List.copyOf(itemIds);
            for (int i = 0; i < this.itemIds.size(); i++) {
                if (indexById.put(this.itemIds.get(i), i) != null) {
                    throw new IllegalArgumentException("duplicate item id " + this.itemIds.get(i));
                }
            }
        }

        public Builder nextPerson() {
            if (persons + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            persons++;
            starts[persons] = size;
            return this;
        }

        public Builder add(String itemId, boolean correct) {
            Integer index = indexById.get(itemId);
            if (index == null) {
                throw new IllegalArgumentException("unknown item " + itemId);
            }
            return add(index, correct);
        }

        public Builder add(int item, boolean correct) {
            if (persons == 0) {
                throw new IllegalStateException("nextPerson() first");
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            items[size] = item;
            scores[size] = (byte) (correct ? 1 : 0);
            size++;
            starts[persons] = size;
            return this;
        }

        public ResponseTable build() {
            return new ResponseTable(itemIds, Map.copyOf(indexById), Arrays.copyOf(starts, persons + 1),
                    Arrays.copyOf(items, size), Arrays.copyOf(scores, size));
        }
    }
}
