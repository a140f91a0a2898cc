package dev.godwit.spring.shop;

import dev.godwit.api.Context;
import dev.godwit.api.JavaMigration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gives every order a number, computed by the app's code, through the app's repository. */
@Component
public class V2__Number_orders implements JavaMigration {

    private final OrderNumbers orders;
    private final boolean failHalfway;

    public V2__Number_orders(OrderNumbers orders, @Value("${shop.fail-halfway:false}") boolean failHalfway) {
        this.orders = orders;
        this.failHalfway = failHalfway;
    }

    @Override
    public void migrate(Context context) {
        int done = 0;
        for (long id : orders.unnumbered()) {
            orders.number(id, String.format("ODY-%05d", id * 7));
            if (failHalfway && ++done == 2) {
                throw new IllegalStateException("the numbering service is down");
            }
        }
    }
}
