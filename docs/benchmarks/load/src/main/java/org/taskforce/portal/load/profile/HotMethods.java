package org.taskforce.portal.load.profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *   java -cp target/classes org.taskforce.portal.load.profile.HotMethods portal.jfr hot.tsv portal.folded
 * </pre>
 *
 * <p>{@code hot.tsv} has one line per figure: {@code kind \t name \t samples}, where kind is {@code samples} (the total),
 * {@code layer} (the library the sampled thread was running: the PostgreSQL driver, EclipseLink, Faces, ...),
 * {@code self} (the method on top of the stack) or {@code portal} (the innermost frame of the portal's own code, the
 * code that asked for the work: the place to look first). {@code portal.folded} holds the samples as folded stacks
 * (root first, frames joined by {@code ;}, then the count), the input of Brendan Gregg's {@code flamegraph.pl} and of
 * speedscope.
 */
public final class HotMethods {

    /** The portal's own code: the innermost of its frames is charged with a sample. */
    private static final String PORTAL = "org.taskforce.portal.";

    /** Libraries by package prefix, most specific first; a frame none matches is "other". */
    private static final List<Map.Entry<String, String>> LAYERS = List.of(
            Map.entry("org.postgresql.", "PostgreSQL JDBC driver"),
            Map.entry("org.eclipse.persistence.", "EclipseLink"),
            Map.entry("org.primefaces.", "PrimeFaces"),
            Map.entry("com.sun.faces.", "Faces (Mojarra)"),
            Map.entry("jakarta.faces.", "Faces (Mojarra)"),
            Map.entry("org.jboss.weld.", "CDI (Weld)"),
            Map.entry("org.glassfish.jersey.", "JAX-RS (Jersey)"),
            Map.entry("org.owasp.html.", "HTML sanitizer"),
            Map.entry("com.openhtmltopdf.", "PDF (openhtmltopdf)"),
            Map.entry("org.apache.pdfbox.", "PDF (PDFBox)"),
            Map.entry("org.apache.fontbox.", "PDF (PDFBox)"),
            Map.entry("org.apache.poi.", "XLSX (POI)"),
            Map.entry("com.nimbusds.", "OpenID Connect (Nimbus)"),
            Map.entry("org.keycloak.", "Keycloak client"),
            Map.entry("com.zaxxer.", "connection pool"),
            Map.entry("com.sun.enterprise.", "Payara (EJB, naming, security)"),
            Map.entry("org.glassfish.", "Payara (Grizzly, web container)"),
            Map.entry("fish.payara.", "Payara (Grizzly, web container)"),
            Map.entry("org.apache.catalina.", "Payara (Grizzly, web container)"),
            Map.entry("org.taskforce.portal.", "the portal's own code"),
            Map.entry("java.util.regex.", "JDK: regular expressions"),
            Map.entry("java.util.zip.", "JDK: compression"),
            Map.entry("sun.security.", "JDK: cryptography and TLS"),
            Map.entry("javax.crypto.", "JDK: cryptography and TLS"),
            Map.entry("com.sun.crypto.", "JDK: cryptography and TLS"),
            Map.entry("sun.nio.", "JDK: I/O"),
            Map.entry("java.io.", "JDK: I/O"),
            Map.entry("java.net.", "JDK: I/O"),
            Map.entry("java.", "JDK: other"),
            Map.entry("jdk.", "JDK: other"),
            Map.entry("sun.", "JDK: other"));

    private HotMethods() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: HotMethods RECORDING.jfr HOT.tsv FOLDED");
            System.exit(2);
        }
        var samples = 0L;
        var self = new HashMap<String, Long>();
        var portal = new HashMap<String, Long>();
        var layers = new HashMap<String, Long>();
        var folded = new HashMap<String, Long>();
        try (var recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
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
                var line = new StringBuilder();
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
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            folded.forEach((stack, count) -> out.println(stack + " " + count));
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

    private static String layerOf(String frame) {
        return LAYERS.stream().filter(e -> frame.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("other");
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static void write(PrintWriter out, String kind, Map<String, Long> counts, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).forEach(e -> out.println(kind + "\t" + e.getKey() + "\t" + e.getValue()));
    }
}
