package dev.godwit.spring.shop;

import dev.godwit.api.Callback;
import dev.godwit.api.Context;
import dev.godwit.api.Event;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A callback bean: notes each event, and the migration of the Each events. */
@Component
public class EventLog implements Callback {

    public static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void handle(Event event, Context context) {
        SEEN.add(event.flywayName() + context.migration().map(m -> " " + m).orElse(""));
    }
}
