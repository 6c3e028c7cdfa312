package fr.plume.framework.format.csv;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders codes the way people read them: "2.2" before "2.10", numbers compared as numbers, then text. */
enum CodeOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("[._-]");
        String[] b = right.split("[._-]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = comparePart(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = a.matches("\\d+") && b.matches("\\d+");
        return numbers ? new BigInteger(a).compareTo(new BigInteger(b)) : a.compareTo(b);
    }
}
