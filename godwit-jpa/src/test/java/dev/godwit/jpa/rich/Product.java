package dev.godwit.jpa.rich;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** Single-table inheritance, a sequence, optimistic locking and a composite unique constraint (on subclass columns). */
@Entity
@jakarta.persistence.Table(uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "product_ship_code_key", columnNames = {"ship", "code"}))
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public class Product {
    @Id
    @GeneratedValue(generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    private Long id;

    private String label;

    @Version
    private int revision;
}
