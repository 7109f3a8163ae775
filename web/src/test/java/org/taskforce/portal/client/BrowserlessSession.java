package org.taskforce.portal.client;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session with the portal over plain HTTP: signs in through Keycloak's real login form (following the
 * redirects a browser would) and then requests pages with the session cookie. For tests that need many quick requests
 * and no JavaScript; the browser tests use Chromium.
 */
public final class BrowserlessSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String portalUrl;
    private final HttpClient client;
    private final LocalCookies cookies = new LocalCookies();

    public BrowserlessSession(String portalUrl) {
        this(portalUrl, HttpClient.Redirect.NORMAL);
    }

    /** A session that does not follow redirects: to see where the portal sends a browser. */
    public static BrowserlessSession withoutRedirects(String portalUrl) {
        return new BrowserlessSession(portalUrl, HttpClient.Redirect.NEVER);
    }

    private BrowserlessSession(String portalUrl, HttpClient.Redirect redirects) {
        this.portalUrl = portalUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Signs in from the start page; returns the page the portal lands the person on, or, when the start page does not
     * lead to Keycloak's login form, that page.
     */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return signInFrom("/", username, password);
    }

    /**
     * Signs in on the way to a page, as a person following a link does; returns where the portal lands them (its
     * {@code uri()} is the page's address), or, when the page does not lead to Keycloak's login form, that page.
     */
    public HttpResponse<String> signInFrom(String path, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(path);
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            return loginPage;
        }
        String action = form.group(1).replace("&amp;", "&");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpRequest post = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie this session holds now. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.jar.get(name));
    }

    /** Requests a page of the portal, path from its root. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portalUrl + path))
                .header("Accept-Language", "es")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form to a page of the portal, path from its root, as a browser would (with the session's cookies);
     * {@code ajax} makes it a Faces partial request, as PrimeFaces sends.
     */
    public HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        return client.send(postRequest(path, form, ajax), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as {@link #post} does (not by ajax), and takes the answer as bytes: a file it downloads. */
    public HttpResponse<byte[]> postForFile(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        return client.send(postRequest(path, form, false), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest postRequest(String path, Map<String, String> form, boolean ajax) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portalUrl + path))
                .header("Accept-Language", "es")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return request.build();
    }

    /**
     * The cookies of this session, by name, as a browser keeps them for {@code localhost}: Keycloak marks its cookies
     * {@code Secure}, which browsers (and curl) still send to {@code http://localhost} but {@link java.net.CookieManager}
     * does not, and it matches no cookie to a host name without a dot. The portal and Keycloak use different cookie
     * names, so one jar for both is enough here.
     */
    private static final class LocalCookies extends CookieHandler {

        private final Map<String, String> jar = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String header = jar.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(this::remember);
                }
            });
        }

        private void remember(String setCookie) {
            String[] parts = setCookie.split(";");
            int equals = parts[0].indexOf('=');
            if (equals <= 0) {
                return;
            }
            String name = parts[0].substring(0, equals).trim();
            String value = parts[0].substring(equals + 1).trim();
            boolean expired = value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }
}
