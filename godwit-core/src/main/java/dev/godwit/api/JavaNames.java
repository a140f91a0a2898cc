package dev.godwit.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version and description a Java migration's class name gives ({@code V3__Backfill_totals}). */
record JavaNames(String version, String description) {

    private static final Pattern NAME = Pattern.compile("V([0-9][0-9._]*)__(.+)");

    static JavaNames of(Class<?> type) {
        String simple = type.getSimpleName();
        int proxy = simple.indexOf("$$"); // a Spring proxy of the class
        simple = proxy < 0 ? simple : simple.substring(0, proxy);
        Matcher matcher = NAME.matcher(simple);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("the Java migration " + type.getName()
                    + " is not named V<version>__<description> (e.g. V3__Backfill_totals): name it so, or override version() and description()");
        }
        return new JavaNames(matcher.group(1), matcher.group(2).replace('_', ' ').trim());
    }
}
