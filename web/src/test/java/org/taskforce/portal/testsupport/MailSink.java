package org.taskforce.portal.testsupport;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server for tests, on a free port of 127.0.0.1: it speaks just enough SMTP to accept every message Keycloak
 * sends (no authentication, no TLS) and keeps them for the test to read, as a mail catcher such as MailHog would. It
 * stands in for the people's mailboxes, not for anything of the portal's.
 */
public final class MailSink implements AutoCloseable {

    /** A message as it arrived: its recipients (the {@code RCPT TO} addresses) and its raw text. */
    public record Mail(String recipients, String raw) {

        /** The first link into Keycloak's action tokens in the message (its text, quoted-printable decoded). */
        public String actionLink() {
            Matcher link = ACTION_LINK.matcher(decodeQuotedPrintable(raw));
            if (!link.find()) {
                throw new AssertionError("no action link in the message:\n" + raw);
            }
            return link.group().replace("&amp;", "&");
        }
    }

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"<>]*/login-actions/action-token\\?[^\\s\"<>]+");

    private final ServerSocket server;
    private final List<Mail> received = new ArrayList<>();
    private final Thread acceptor;

    public MailSink() {
        try {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "mail-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /**
     * The oldest message sent to this address that was not taken yet, waiting for one up to the timeout. Messages to
     * others stay for their own callers.
     */
    public Mail awaitMessageTo(String address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (Iterator<Mail> mails = received.iterator(); mails.hasNext(); ) {
                    Mail mail = mails.next();
                    if (mail.recipients().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT))) {
                        mails.remove();
                        return mail;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no message to " + address + " within " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(received, left);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or a client gone half-way: wait for the next one
            }
        }
    }

    /** One SMTP session: greet, take envelope and data, acknowledge everything. */
    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 mail-sink ready");
        StringBuilder recipients = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) {
                reply(out, "250-mail-sink\r\n250 8BITMIME");
            } else if (command.startsWith("RCPT TO:")) {
                recipients.append(line.substring("RCPT TO:".length()).trim()).append(' ');
                reply(out, "250 OK");
            } else if (command.equals("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder raw = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    raw.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                }
                synchronized (received) {
                    received.add(new Mail(recipients.toString(), raw.toString()));
                    received.notifyAll();
                }
                recipients.setLength(0);
                reply(out, "250 OK: queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK"); // HELO, MAIL FROM, RSET, NOOP
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Undoes quoted-printable: soft line breaks ({@code =} at a line's end) and {@code =XX} bytes, as UTF-8. */
    static String decodeQuotedPrintable(String text) {
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
