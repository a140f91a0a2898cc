package dev.godwit.examples.odyssee;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;

/**
 * The app's answer to an invoice over the limit. Advice, not a controller's handler: the upload is
 * refused while the request is read, before any controller is chosen.
 */
@RestControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/voyages/")) {
            // The trip's page says it, in the browser; nothing was stored.
            String trip = path.substring("/voyages/".length(), path.indexOf('/', "/voyages/".length()));
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create("/voyages/" + trip + "?erreur=trop-gros")).build();
        }
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", "the invoice is larger than the 5 MB allowed"));
    }
}
