package fr.plume.tool.catalogue.domain;

import java.util.Comparator;

/** Competency codes in reading order: "1.10" after "1.9", the codes compare part by part as numbers. */
public final class CompetencyCodeOrder implements Comparator<String> {

    public static final CompetencyCodeOrder INSTANCE = new CompetencyCodeOrder();

    private CompetencyCodeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
