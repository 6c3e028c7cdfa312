package fr.plume.tool.psychometrics.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Exposure of a pool's items: the share of attempts that showed each item. An adaptive test
 * over-uses its most informative items; rates above {@value #MAX_RATE} are reported (a common
 * Sympson–Hetter target, Way 1998), as is the share of the pool never shown.
 */
public record Exposure(int attempts, Map<String, Double> rates, double maxRate, int overExposed, double neverShown) {

    public static final double MAX_RATE = 0.25;

    public static Exposure of(Iterable<String> pool, Map<String, Integer> shown, int attempts) {
        Map<String, Double> rates = new TreeMap<>();
        double max = 0;
        int over = 0;
        int never = 0;
        for (String item : pool) {
            int count = shown.getOrDefault(item, 0);
            double rate = attempts == 0 ? 0.0 : (double) count / attempts;
            rates.put(item, rate);
            max = Math.max(max, rate);
            over += rate > MAX_RATE ? 1 : 0;
            never += count == 0 ? 1 : 0;
        }
        return new Exposure(attempts, rates, max, over, rates.isEmpty() ? 0.0 : (double) never / rates.size());
    }
}
