package org.taskforce.portal.adversarial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The query parameters a page reads, from the page's own source: its {@code f:viewParam}s and any {@code #{param.x}}
 * or {@code #{param['x']}}. The portal's beans read no request parameter of their own (the public certificate check's
 * {@code code} aside), so these are all a URL can hand a page; {@link CrossTaskForceAttackIT} puts a record's id into
 * each of them. Read from {@code src/main/webapp}, where the integration tests run (the web module's directory).
 */
final class PageParameters {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    /** A {@code f:viewParam}'s name, or the name in {@code #{param.x}} or {@code #{param['x']}}: one group each. */
    private static final Pattern PARAMETER = Pattern.compile(
            "<f:viewParam\\b[^>]*?\\bname=\"([^\"]+)\"|\\bparam(?:\\.(\\w+)|\\['([^']+)'])");
    private static final Map<String, List<String>> BY_PAGE = new ConcurrentHashMap<>();

    private PageParameters() {
    }

    /** The parameters the page ({@code taskforce/home.xhtml}: a path from the web root) reads, in order, once each. */
    static List<String> of(String page) {
        return BY_PAGE.computeIfAbsent(page, PageParameters::read);
    }

    private static List<String> read(String page) {
        Path source = WEBAPP.resolve(page);
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("no source for the page " + page + " under " + WEBAPP.toAbsolutePath());
        }
        try {
            String text = Files.readString(source);
            return PARAMETER.matcher(text).results()
                    .map(PageParameters::name).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(MatchResult match) {
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                return match.group(group);
            }
        }
        throw new IllegalStateException("a match without a name: " + match.group());
    }
}
