package fr.plume.tool.psychometrics.web;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A curve drawn server-side as an SVG polyline: θ from −4 to 4 across the plot, the value from 0
 * to {@code max} up it. The page also gives the figures as a table, so the drawing is decoration
 * for those who can see it, never the only carrier of the data.
 */
record Curve(String points, double max) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 32;

    static Curve of(List<double[]> thetaAndValue, double max) {
        StringJoiner points = new StringJoiner(" ");
        for (double[] point : thetaAndValue) {
            double value = Math.min(max, Math.max(0.0, point[1]));
            double x = LEFT + (point[0] + 4.0) / 8.0 * (WIDTH - LEFT - RIGHT);
            double y = TOP + (1.0 - value / max) * (HEIGHT - TOP - BOTTOM);
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return new Curve(points.toString(), max);
    }
}
