package org.taskforce.portal.training.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Verification codes of certificates: 160 random bits from {@link SecureRandom} (more than the 128 required, so that
 * guessing one among millions of certificates stays hopeless), written in URL-safe Base64 without padding: 27
 * characters of {@code A–Z a–z 0–9 - _}, printable in a URL ({@code /verify/<code>}) and in a QR code.
 *
 * <p>{@link #wellFormed} lets the public page answer a malformed code exactly as an unknown one without a database
 * query shaped by the input; the page must still take the same path (and time) for both.
 */
public final class CertificateCodes {

    /** Random bits in a code. */
    public static final int BITS = 160;

    /** Characters in a code: 160 bits in Base64 without padding. */
    public static final int LENGTH = (BITS + 5) / 6;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    /** A new code. */
    public static String next() {
        byte[] bits = new byte[BITS / 8];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether {@code code} has the form of a code (length and alphabet); says nothing about whether it exists. */
    public static boolean wellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
