package dev.godwit.examples.odyssee;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What makes an invoice acceptable: a PDF, as its first bytes say (a name or a Content-Type proves nothing). */
final class Invoices {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private Invoices() {
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF_MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, PDF_MAGIC.length), PDF_MAGIC);
    }
}
