package dev.godwit.examples.odyssee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Odyssée: trips and their invoices as PDF, on the PostgreSQL that DATABASE_URL names (the PaaS
 * convention, read by godwit's starter) or that spring.datasource.* names. godwit migrates it on
 * start-up. For development without a server, {@code TestOdysseeApplication} (in the tests) starts
 * an embedded PostgreSQL first: the production jar carries none.
 */
@SpringBootApplication
public class OdysseeApplication {

    public static void main(String[] args) {
        SpringApplication.run(OdysseeApplication.class, args);
    }
}
