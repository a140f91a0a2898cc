package dev.godwit.jpa.noid;

import jakarta.persistence.Entity;

/** A mapping error: an entity without an identifier. */
@Entity
public class Nameless {
    private String name;
}
