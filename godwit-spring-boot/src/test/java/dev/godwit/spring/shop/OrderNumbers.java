package dev.godwit.spring.shop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.util.List;

/** The app's repository of order numbers, on Spring's JDBC. */
@Repository
public class OrderNumbers {

    private final JdbcClient jdbc;

    public OrderNumbers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Long> unnumbered() {
        return jdbc.sql("SELECT id FROM orders WHERE number IS NULL ORDER BY id").query(Long.class).list();
    }

    public void number(long id, String number) {
        jdbc.sql("UPDATE orders SET number = ? WHERE id = ?").params(number, id).update();
    }
}
