package dev.godwit.jpa.rich;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToMany;

import java.util.List;
import java.util.Set;

/** A subclass with an embeddable, an enum, an element collection and a many-to-many. */
@Entity
public class Cruise extends Product {
    private String ship;

    private String code;

    @Embedded
    private Address harbour;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "cruise_ports")
    private List<String> ports;

    @ManyToMany
    private Set<Product> extras;
}
