package dev.godwit.examples.odyssee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a page shows of a trip (never its PDF's bytes). */
record TripView(long id, String title, String destination, LocalDate startDate, LocalDate endDate, BigDecimal price, boolean hasFacture) {

    static TripView of(Trip trip) {
        return new TripView(trip.getId(), trip.getTitle(), trip.getDestination(), trip.getStartDate(), trip.getEndDate(), trip.getPrice(),
                trip.getFacturePdf() != null);
    }
}
