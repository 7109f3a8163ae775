package org.taskforce.portal.load.profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A flame graph of one load profile's samples as a standalone SVG, so that {@code RESULTS.md} can link where Payara
 * Micro's CPU went without a tool that this machine cannot install ({@code flamegraph.pl}, speedscope).
 *
 * <p>As Brendan Gregg's: one box per frame, as wide as the samples that passed through it, each on its callers (the
 * thread's root at the bottom). Siblings are drawn widest first, and a box is coloured by the library its method
 * belongs to ({@link HotMethods}' libraries, the table above each graph), so Faces, EclipseLink or the portal's own
 * code show as areas. Boxes narrower than {@value #MIN_SHARE_PERCENT} % of the samples are left out (with everything
 * above them): under 6 pixels, too thin to point at, and at 0.1 % a serial pass's graph was 4.8 MB instead of 0.3.
 * Each box's tooltip ({@code <title>}) gives the method, its samples and their share; the name is written in the box
 * where it fits.
 */
final class FlameGraph {

    static final double MIN_SHARE_PERCENT = 0.5;

    private static final int WIDTH = 1200;
    private static final int BOX_HEIGHT = 16;
    private static final int MARGIN = 10;
    private static final int HEADER = 74;
    private static final double CHAR_WIDTH = 6.6;

    private FlameGraph() {
    }

    /** A frame of the graph: the samples that passed through it and its callees by name. */
    private static final class Box {
        final String frame;
        long samples;
        final Map<String, Box> callees = new HashMap<>();

        Box(String frame) {
            this.frame = frame;
        }
    }

    /**
     * Writes the graph of folded stacks (root first, frames joined by {@code ;}, each with its samples).
     *
     * @param library the library a frame's method belongs to, with its colour ({@link HotMethods#libraryOf})
     */
    static void write(Map<String, Long> folded, String title, Function<String, HotMethods.Layer> library, Path svg)
            throws IOException {
        Box root = new Box("all");
        folded.forEach((stack, count) -> {
            root.samples += count;
            Box box = root;
            for (String frame : stack.split(";")) {
                box = box.callees.computeIfAbsent(frame, Box::new);
                box.samples += count;
            }
        });
        int depth = depth(root, root.samples);
        int height = HEADER + (depth + 1) * BOX_HEIGHT + MARGIN;
        var used = new LinkedHashMap<String, String>();
        var boxes = new StringBuilder();
        draw(root, root.samples, 0, 0, height, library, used, boxes);
        try (var out = new PrintWriter(Files.newBufferedWriter(svg, StandardCharsets.UTF_8))) {
            out.printf(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"t d\""
                    + " font-family=\"Verdana, sans-serif\" font-size=\"11\">%n", WIDTH, height, WIDTH, height);
            out.printf("<title id=\"t\">%s</title>%n", escape(title));
            out.printf(Locale.ROOT, "<desc id=\"d\">Flame graph of %,d execution samples: each box a method, as wide"
                    + " as the samples that passed through it, on top of its caller; coloured by library. Hover a box"
                    + " for its method and share.</desc>%n", root.samples);
            out.printf("<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n");
            out.printf(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", MARGIN, escape(title));
            legend(out, used);
            out.print(boxes);
            out.println("</svg>");
        }
    }

    /** How many levels have a box wide enough to draw. */
    private static int depth(Box box, long total) {
        int deepest = 0;
        for (Box callee : box.callees.values()) {
            if (visible(callee, total)) {
                deepest = Math.max(deepest, 1 + depth(callee, total));
            }
        }
        return deepest;
    }

    private static boolean visible(Box box, long total) {
        return box.samples * 100.0 / total >= MIN_SHARE_PERCENT;
    }

    /** Draws a box at its level (the root's is 0, at the bottom) and, on it, its callees wide enough to see. */
    private static void draw(Box box, long total, double x, int level, int height,
            Function<String, HotMethods.Layer> library, Map<String, String> used, StringBuilder out) {
        double width = (WIDTH - 2.0 * MARGIN) * box.samples / total;
        double y = height - MARGIN - (level + 1) * BOX_HEIGHT;
        String colour = colour(box.frame, library, used);
        String shortName = shortName(box.frame);
        out.append(String.format(Locale.ROOT, "<g><title>%s: %,d samples (%.1f %%)</title>"
                        + "<rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\""
                        + " stroke-width=\"0.5\"/>",
                escape(box.frame), box.samples, box.samples * 100.0 / total, MARGIN + x, y, width, BOX_HEIGHT - 1,
                colour));
        int fits = (int) ((width - 4) / CHAR_WIDTH);
        if (fits >= 3) {
            String label = shortName.length() <= fits ? shortName : shortName.substring(0, fits - 2) + "..";
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.0f\">%s</text>", MARGIN + x + 3,
                    y + BOX_HEIGHT - 4, escape(label)));
        }
        out.append("</g>\n");
        List<Box> callees = new ArrayList<>(box.callees.values());
        callees.sort(Comparator.comparingLong((Box b) -> b.samples).reversed().thenComparing(b -> b.frame));
        double at = x;
        for (Box callee : callees) {
            if (visible(callee, total)) {
                draw(callee, total, at, level + 1, height, library, used, out);
            }
            at += (WIDTH - 2.0 * MARGIN) * callee.samples / total;
        }
    }

    /** The box's colour, its library's (the root's: "other"), noted for the legend (the JDK's libraries as one). */
    private static String colour(String frame, Function<String, HotMethods.Layer> library, Map<String, String> used) {
        HotMethods.Layer layer = frame.equals("all") ? library.apply("") : library.apply(frame);
        used.putIfAbsent(layer.name().startsWith("JDK") ? "the JDK" : layer.name(), layer.colour());
        return layer.colour();
    }

    /** The libraries the graph shows, with their colours, above it. */
    private static void legend(PrintWriter out, Map<String, String> used) {
        double x = MARGIN;
        int y = 30;
        for (var entry : used.entrySet()) {
            double width = 16 + entry.getKey().length() * CHAR_WIDTH + 14;
            if (x + width > WIDTH - MARGIN) {
                x = MARGIN;
                y += 18;
            }
            out.printf(Locale.ROOT, "<rect x=\"%.0f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%.0f\" y=\"%d\">%s</text>%n", x, y, entry.getValue(), x + 16, y + 10,
                    escape(entry.getKey()));
            x += width;
        }
    }

    /** {@code Class.method} without the package: what fits in a box. */
    private static String shortName(String frame) {
        int method = frame.lastIndexOf('.');
        int type = method <= 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return frame.substring(type + 1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
