package dev.godwit.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small app whose data migration is a Spring bean using the app's repository. */
@SpringBootApplication
public class ShopApplication {
}
