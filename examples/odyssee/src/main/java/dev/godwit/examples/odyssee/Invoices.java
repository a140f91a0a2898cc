package dev.godwit.examples.odyssee;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What makes an invoice acceptable: a PDF, as its first bytes say (a name or a Content-Type proves nothing). */
final class Invoices {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private Invoices() {
    }

    /** The trip's invoice as a PDF attachment, for the pages and the API alike; 404 when there is none. */
    static org.springframework.http.ResponseEntity<byte[]> download(TripRepository trips, long id) {
        return trips.findById(id).filter(t -> t.getFacturePdf() != null)
                .map(t -> org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "attachment; filename=facture-" + id + ".pdf").body(t.getFacturePdf()))
                .orElse(org.springframework.http.ResponseEntity.notFound().build());
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF_MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, PDF_MAGIC.length), PDF_MAGIC);
    }
}
