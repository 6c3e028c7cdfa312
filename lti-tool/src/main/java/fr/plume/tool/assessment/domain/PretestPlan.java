package fr.plume.tool.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an attempt's pretest items go: {@code count} distinct positions drawn from the attempt's
 * seed (so a reload or a resume gives the same ones) among positions 2 to {@code lastPosition}.
 * The last position is the fewest items the test can stop at, so every slot is reached; the first
 * item is never a pretest item, so the start is always an operational item.
 */
public record PretestPlan(Set<Integer> positions) {

    private static final long SALT = 0x5eed_9e7e_57L;

    public PretestPlan {
        positions = Collections.unmodifiableSet(new TreeSet<>(positions));
    }

    public static PretestPlan none() {
        return new PretestPlan(Set.of());
    }

    public static PretestPlan of(long seed, int count, int lastPosition) {
        List<Integer> slots = new ArrayList<>();
        for (int position = 2; position <= lastPosition; position++) {
            slots.add(position);
        }
        if (count <= 0 || slots.isEmpty()) {
            return none();
        }
        Collections.shuffle(slots, new Random(seed ^ SALT));
        return new PretestPlan(Set.copyOf(slots.subList(0, Math.min(count, slots.size()))));
    }

    public boolean at(int position) {
        return positions.contains(position);
    }

    public int size() {
        return positions.size();
    }
}
