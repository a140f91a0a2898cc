package dev.godwit.jpa.rich;

import jakarta.persistence.Embeddable;

/** An embeddable: its fields become columns of the embedding table. */
@Embeddable
public class Address {
    private String street;
    private String city;
}
