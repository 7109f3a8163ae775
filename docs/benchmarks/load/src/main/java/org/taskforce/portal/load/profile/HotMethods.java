package org.taskforce.portal.load.profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Payara Micro's CPU went during one load profile: reads the JDK Flight Recorder file that {@code run.sh --jfr}
 * recorded (execution samples of Java threads) and writes what {@code report.py} puts under the profile's table.
 *
 * <pre>
 *   java -cp target/classes org.taskforce.portal.load.profile.HotMethods portal.jfr hot.tsv portal.folded \
 *       [portal.svg ["title"]]
 * </pre>
 *
 * <p>{@code hot.tsv} has one line per figure: {@code kind \t name \t samples}, where kind is {@code samples} (the
 * total), {@code layer} (the library the sampled thread was running: the PostgreSQL driver, EclipseLink, Faces, ...),
 * {@code self} (the method on top of the stack) or {@code portal} (the innermost frame of the portal's own code, the
 * code that asked for the work: the place to look first). {@code portal.folded} holds the samples as folded stacks
 * (root first, frames joined by {@code ;}, then the count), the input of Brendan Gregg's {@code flamegraph.pl} and of
 * speedscope; {@code portal.svg}, if asked for, the same as a {@link FlameGraph}.
 *
 * <p>{@code hot.tsv} also says what the JVM itself spent during the profile, beside the requests: kind {@code jit}
 * (the JIT compiler: {@code all} with the methods compiled and the compiler's milliseconds, from the first and last
 * {@code jdk.CompilerStatistics}; {@code C1} and {@code C2} with the compilations that took longer than the recording's
 * threshold, 100 ms in JFR's profile settings; {@code threads} with the compiler threads' share of Payara Micro's
 * CPU in per mille, from {@code jdk.ThreadCPULoad}) and kind {@code gc} (each collector by the JVM's name, such as
 * {@code DefNew} for the serial collector's young collections and {@code SerialOld} for its full ones: how many,
 * their pauses' milliseconds in all and the longest). Those lines carry two or three numbers. The 100-user profile
 * has two states on 2 cores, and these figures tell them apart (RESULTS.md, stop 32): in the slow one the compiler
 * works all through the profile and the requests run in its slower tiers of code.
 */
public final class HotMethods {

    /** The portal's own code: the innermost of its frames is charged with a sample. */
    private static final String PORTAL = "org.taskforce.portal.";

    /** The root of the stacks that were cut short, in portal.folded. */
    static final String TRUNCATED = "[stacks deeper than recorded: callers cut]";

    /** A library: the package prefix of its classes, its name in RESULTS.md, its colour in the flame graph. */
    record Layer(String prefix, String name, String colour) {
    }

    /** Libraries by package prefix, most specific first (the JDK's in one grey); a frame none matches is "other". */
    private static final List<Layer> LAYERS = List.of(
            new Layer("org.postgresql.", "PostgreSQL JDBC driver", "#5c9e6e"),
            new Layer("org.eclipse.persistence.", "EclipseLink", "#8cc084"),
            new Layer("org.primefaces.", "PrimeFaces", "#f7c873"),
            new Layer("com.sun.faces.", "Faces (Mojarra)", "#f4a259"),
            new Layer("jakarta.faces.", "Faces (Mojarra)", "#f4a259"),
            new Layer("org.jboss.weld.", "CDI (Weld)", "#c6a4e0"),
            new Layer("org.glassfish.jersey.", "JAX-RS (Jersey)", "#a7d3e8"),
            new Layer("org.owasp.html.", "HTML sanitizer", "#e0c9a6"),
            new Layer("com.openhtmltopdf.", "PDF (openhtmltopdf)", "#b8a07e"),
            new Layer("org.apache.pdfbox.", "PDF (PDFBox)", "#b8a07e"),
            new Layer("org.apache.fontbox.", "PDF (PDFBox)", "#b8a07e"),
            new Layer("org.apache.poi.", "XLSX (POI)", "#b8a07e"),
            new Layer("com.nimbusds.", "OpenID Connect (Nimbus)", "#e8a7c8"),
            new Layer("org.keycloak.", "Keycloak client", "#e8a7c8"),
            new Layer("com.zaxxer.", "connection pool", "#5c9e6e"),
            new Layer("com.sun.enterprise.", "Payara (EJB, naming, security)", "#6a9bd1"),
            new Layer("org.glassfish.", "Payara (Grizzly, web container)", "#8fb8de"),
            new Layer("fish.payara.", "Payara (Grizzly, web container)", "#8fb8de"),
            new Layer("org.apache.catalina.", "Payara (Grizzly, web container)", "#8fb8de"),
            new Layer("org.taskforce.portal.", "the portal's own code", "#d1495b"),
            new Layer("java.util.regex.", "JDK: regular expressions", "#d9d9d9"),
            new Layer("java.util.zip.", "JDK: compression", "#d9d9d9"),
            new Layer("sun.security.", "JDK: cryptography and TLS", "#d9d9d9"),
            new Layer("javax.crypto.", "JDK: cryptography and TLS", "#d9d9d9"),
            new Layer("com.sun.crypto.", "JDK: cryptography and TLS", "#d9d9d9"),
            new Layer("sun.nio.", "JDK: I/O", "#d9d9d9"),
            new Layer("java.io.", "JDK: I/O", "#d9d9d9"),
            new Layer("java.net.", "JDK: I/O", "#d9d9d9"),
            new Layer("java.", "JDK: other", "#d9d9d9"),
            new Layer("jdk.", "JDK: other", "#d9d9d9"),
            new Layer("sun.", "JDK: other", "#d9d9d9"));

    /** What a frame of no library above belongs to. */
    private static final Layer OTHER = new Layer("", "other", "#bdbdbd");

    private HotMethods() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: HotMethods RECORDING.jfr HOT.tsv FOLDED [FLAMEGRAPH.svg [TITLE]]");
            System.exit(2);
        }
        var samples = 0L;
        var self = new HashMap<String, Long>();
        var portal = new HashMap<String, Long>();
        var layers = new HashMap<String, Long>();
        var folded = new HashMap<String, Long>();
        var jvm = new JvmWork();
        try (var recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    jvm.add(event);
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                String top = name(frames.get(0));
                self.merge(top, 1L, Long::sum);
                layers.merge(layer(frames), 1L, Long::sum);
                frames.stream().map(HotMethods::name).filter(n -> n.startsWith(PORTAL)).findFirst()
                        .ifPresent(n -> portal.merge(n, 1L, Long::sum));
                // A stack deeper than the recording keeps (run.sh asks for 256 frames) lost its callers: its frames
                // go under one box of their own, not beside the threads' roots.
                var line = new StringBuilder(stack.isTruncated() ? TRUNCATED + ";" : "");
                for (int i = frames.size() - 1; i >= 0; i--) {
                    line.append(name(frames.get(i)).replace(';', ':')).append(i == 0 ? "" : ";");
                }
                folded.merge(line.toString(), 1L, Long::sum);
            }
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("samples\tall\t" + samples);
            write(out, "layer", layers, 20);
            write(out, "self", self, 20);
            write(out, "portal", portal, 20);
            jvm.write(out);
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            folded.forEach((stack, count) -> out.println(stack + " " + count));
        }
        if (args.length >= 4 && samples > 0) {
            FlameGraph.write(folded, args.length == 5 ? args[4] : "Payara Micro's CPU", HotMethods::libraryOf,
                    Path.of(args[3]));
        }
    }

    /**
     * The library a sample is charged to: the top frame's, except that the JDK's own frames are charged to the
     * library that called them (a {@code HashMap.get} inside EclipseLink, a socket read inside the PostgreSQL driver
     * are their work); a stack of JDK frames only keeps the top frame's.
     */
    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String layer = layerOf(name(frame));
            if (!layer.startsWith("JDK")) {
                return layer;
            }
        }
        return layerOf(name(frames.get(0)));
    }

    /** The library a frame's method belongs to ({@link #LAYERS}), or "other". */
    static String layerOf(String frame) {
        return libraryOf(frame).name();
    }

    /** The library of a frame's method, with its colour. */
    static Layer libraryOf(String frame) {
        return LAYERS.stream().filter(layer -> frame.startsWith(layer.prefix())).findFirst().orElse(OTHER);
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    /**
     * What the JVM did beside the requests, from the recording's other events: the JIT compiler's work and the
     * collector's pauses ({@code hot.tsv}'s kinds {@code jit} and {@code gc}).
     */
    private static final class JvmWork {

        private RecordedEvent firstStatistics;
        private RecordedEvent lastStatistics;
        private final Map<String, long[]> slowCompilations = new HashMap<>();
        private final Map<String, long[]> pauses = new HashMap<>();
        private double compilerLoad;
        private double allLoad;

        void add(RecordedEvent event) {
            switch (event.getEventType().getName()) {
                case "jdk.CompilerStatistics" -> {
                    if (firstStatistics == null) {
                        firstStatistics = event;
                    }
                    lastStatistics = event;
                }
                // Levels 1 to 3 are C1's code (with less or more profiling), 4 is C2's.
                case "jdk.Compilation" -> count(slowCompilations, event.getInt("compileLevel") == 4 ? "C2" : "C1",
                        event.getDuration());
                case "jdk.GarbageCollection" -> count(pauses, event.getString("name"),
                        event.getDuration("sumOfPauses"));
                case "jdk.ThreadCPULoad" -> {
                    double load = event.getFloat("user") + event.getFloat("system");
                    allLoad += load;
                    if (event.getThread() != null && event.getThread().getJavaName() != null
                            && event.getThread().getJavaName().contains("CompilerThread")) {
                        compilerLoad += load;
                    }
                }
                default -> {
                    // not used
                }
            }
        }

        /** Adds one to {@code name}'s count, its duration to its total and, when longer, as its longest. */
        private static void count(Map<String, long[]> figures, String name, Duration duration) {
            long[] figure = figures.computeIfAbsent(name, n -> new long[3]);
            figure[0]++;
            figure[1] += duration.toMillis();
            figure[2] = Math.max(figure[2], duration.toMillis());
        }

        void write(PrintWriter out) {
            if (firstStatistics != null && lastStatistics != firstStatistics) {
                long compiled = lastStatistics.getLong("compileCount") - firstStatistics.getLong("compileCount");
                long millis = lastStatistics.getDuration("totalTimeSpent").toMillis()
                        - firstStatistics.getDuration("totalTimeSpent").toMillis();
                out.println("jit\tall\t" + compiled + "\t" + millis);
            }
            slowCompilations.forEach((tier, figure) -> out.println("jit\t" + tier + "\t" + figure[0] + "\t"
                    + figure[1]));
            if (allLoad > 0) {
                out.println("jit\tthreads\t" + Math.round(1000 * compilerLoad / allLoad));
            }
            pauses.forEach((collector, figure) -> out.println("gc\t" + collector + "\t" + figure[0] + "\t"
                    + figure[1] + "\t" + figure[2]));
        }
    }

    private static void write(PrintWriter out, String kind, Map<String, Long> counts, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).forEach(e -> out.println(kind + "\t" + e.getKey() + "\t" + e.getValue()));
    }
}
