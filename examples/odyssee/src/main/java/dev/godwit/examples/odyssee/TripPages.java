package dev.godwit.examples.odyssee;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages the agency uses, in French: the list of trips, a form to create or edit one, and on a
 * trip's page its invoice PDF, uploaded and downloaded. The JSON API ({@link TripController}) stays
 * for scripts.
 */
@Controller
class TripPages {

    private final TripRepository trips;
    private final MessageSource messages;

    TripPages(TripRepository trips, MessageSource messages) {
        this.trips = trips;
        this.messages = messages;
    }

    /** A sentence of messages*.properties in the language of the request (?lang=en, else French). */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }

    /** What the form sends, as typed: the page shows it back with the errors when it does not validate. */
    record Form(String title, String destination, String startDate, String endDate, String price) {

        static Form of(Trip trip) {
            return new Form(trip.getTitle(), trip.getDestination(), text(trip.getStartDate()), text(trip.getEndDate()),
                    trip.getPrice() == null ? "" : trip.getPrice().toPlainString());
        }

        static Form empty() {
            return new Form("", "", "", "", "");
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/")
    String home() {
        return "redirect:/voyages";
    }

    @GetMapping("/voyages")
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("trips", trips.findAll(org.springframework.data.domain.Sort.by("id")).stream().map(TripView::of).toList());
        return "voyages";
    }

    @GetMapping("/voyages/nouveau")
    String creating(Model model) {
        model.addAttribute("form", Form.empty());
        model.addAttribute("errors", Map.of());
        return "formulaire";
    }

    @PostMapping("/voyages")
    @Transactional
    String create(Form form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Trip trip = new Trip();
        if (!applied(form, trip, errors)) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "formulaire";
        }
        Trip saved = trips.save(trip);
        redirect.addFlashAttribute("notice", text("notice.created", saved.getTitle()));
        return "redirect:/voyages/" + saved.getId();
    }

    @GetMapping("/voyages/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable("id") long id, Model model) {
        return trips.findById(id).map(trip -> {
            model.addAttribute("trip", TripView.of(trip));
            return "voyage";
        }).orElse("introuvable");
    }

    @GetMapping("/voyages/{id}/modifier")
    @Transactional(readOnly = true)
    String editing(@PathVariable("id") long id, Model model) {
        return trips.findById(id).map(trip -> {
            model.addAttribute("id", id);
            model.addAttribute("form", Form.of(trip));
            model.addAttribute("errors", Map.of());
            return "formulaire";
        }).orElse("introuvable");
    }

    @PostMapping("/voyages/{id}")
    @Transactional
    String edit(@PathVariable("id") long id, Form form, Model model, RedirectAttributes redirect) {
        Trip trip = trips.findById(id).orElse(null);
        if (trip == null) {
            return "introuvable";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!applied(form, trip, errors)) {
            // Nothing of a refused form is kept: the entity is not saved, and the transaction rolls the change back.
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            model.addAttribute("id", id);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "formulaire";
        }
        redirect.addFlashAttribute("notice", text("notice.edited", trip.getTitle()));
        return "redirect:/voyages/" + id;
    }

    @PostMapping(path = "/voyages/{id}/facture", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    String upload(@PathVariable("id") long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        Trip trip = trips.findById(id).orElse(null);
        if (trip == null) {
            return "introuvable";
        }
        byte[] bytes = file.getBytes();
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", text("error.invoice.empty"));
        } else if (!Invoices.isPdf(bytes)) {
            redirect.addFlashAttribute("error", text("error.invoice.not-pdf", file.getOriginalFilename()));
        } else {
            trip.setFacturePdf(bytes);
            redirect.addFlashAttribute("notice", text("notice.invoice"));
        }
        return "redirect:/voyages/" + id;
    }

    @GetMapping("/voyages/{id}/facture.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        return Invoices.download(trips, id);
    }

    /** Validates the form into the trip; false, with the errors by field, when it does not validate. */
    private boolean applied(Form form, Trip trip, Map<String, String> errors) {
        String title = form.title() == null ? "" : form.title().strip();
        String destination = form.destination() == null ? "" : form.destination().strip();
        if (title.isEmpty()) {
            errors.put("title", text("error.title.required"));
        } else if (title.length() > 200) {
            errors.put("title", text("error.title.long"));
        }
        if (destination.isEmpty()) {
            errors.put("destination", text("error.destination.required"));
        }
        BigDecimal price = null;
        try {
            price = new BigDecimal(form.price() == null ? "" : form.price().strip().replace(',', '.'));
            if (price.signum() < 0) {
                errors.put("price", text("error.price.negative"));
            } else if (price.scale() > 2 || price.precision() - price.scale() > 8) {
                errors.put("price", text("error.price.digits"));
            }
        } catch (NumberFormatException e) {
            errors.put("price", text("error.price.required"));
        }
        LocalDate start = date(form.startDate(), "startDate", errors);
        LocalDate end = date(form.endDate(), "endDate", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("endDate", text("error.dates.order"));
        }
        if (!errors.isEmpty()) {
            return false;
        }
        trip.setTitle(title);
        trip.setDestination(destination);
        trip.setPrice(price);
        trip.setStartDate(start);
        trip.setEndDate(end);
        return true;
    }

    private LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, text("error.date", typed));
            return null;
        }
    }
}
