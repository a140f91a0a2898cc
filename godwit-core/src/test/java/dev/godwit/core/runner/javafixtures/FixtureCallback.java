package dev.godwit.core.runner.javafixtures;

import dev.godwit.api.Callback;
import dev.godwit.api.Context;
import dev.godwit.api.Event;

/** Found by the package scan as a callback. */
public class FixtureCallback implements Callback {
    @Override
    public void handle(Event event, Context context) {
    }
}
