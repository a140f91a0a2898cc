package dev.godwit.examples.odyssee;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** List, create and edit trips; upload and download a trip's invoice PDF. */
@RestController
class TripController {

    private final TripRepository trips;

    TripController(TripRepository trips) {
        this.trips = trips;
    }

    /** What a client sends to create or edit a trip. */
    record TripForm(String title, String destination, LocalDate startDate, LocalDate endDate, BigDecimal price) {
    }

    @GetMapping("/trips")
    @Transactional(readOnly = true)
    List<Map<String, Object>> list() {
        return trips.findAll().stream().map(TripController::view).toList();
    }

    @PostMapping("/trips")
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody TripForm form) {
        String problem = validate(form);
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("error", problem));
        }
        Trip trip = new Trip();
        apply(form, trip);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(trips.save(trip)));
    }

    @PutMapping("/trips/{id}")
    @Transactional
    ResponseEntity<Map<String, Object>> edit(@PathVariable("id") long id, @RequestBody TripForm form) {
        String problem = validate(form);
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("error", problem));
        }
        return trips.findById(id).map(trip -> {
            apply(form, trip);
            return ResponseEntity.ok(view(trip));
        }).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping(path = "/trips/{id}/facture", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    ResponseEntity<Map<String, Object>> upload(@PathVariable("id") long id, @RequestParam("file") MultipartFile file) throws IOException {
        byte[] bytes = file.getBytes();
        if (!Invoices.isPdf(bytes)) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "the invoice must be a PDF file; " + file.getOriginalFilename() + " is not one (it does not start with %PDF-)"));
        }
        return trips.findById(id).map(trip -> {
            trip.setFacturePdf(bytes);
            return ResponseEntity.ok(view(trip));
        }).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/trips/{id}/facture")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        return Invoices.download(trips, id);
    }

    private static String validate(TripForm form) {
        if (form.title() == null || form.title().isBlank() || form.title().length() > 200) {
            return "title is required (at most 200 characters)";
        }
        if (form.destination() == null || form.destination().isBlank()) {
            return "destination is required";
        }
        if (form.price() == null || form.price().signum() < 0) {
            return "price is required and cannot be negative";
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            return "the trip cannot end before it starts";
        }
        return null;
    }

    private static void apply(TripForm form, Trip trip) {
        trip.setTitle(form.title().strip());
        trip.setDestination(form.destination().strip());
        trip.setStartDate(form.startDate());
        trip.setEndDate(form.endDate());
        trip.setPrice(form.price());
    }

    private static Map<String, Object> view(Trip trip) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", trip.getId());
        view.put("title", trip.getTitle());
        view.put("destination", trip.getDestination());
        view.put("startDate", trip.getStartDate());
        view.put("endDate", trip.getEndDate());
        view.put("price", trip.getPrice());
        view.put("hasFacture", trip.getFacturePdf() != null);
        return view;
    }
}
