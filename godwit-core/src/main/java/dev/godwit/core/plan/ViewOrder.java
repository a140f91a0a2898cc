package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;
import dev.godwit.core.schema.Definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Among the views and routines a plan creates, each comes after what it depends on; among those it
 * drops, each before what it depends on (a view reading another view is dropped first). The
 * changes stay where the phases put them; only their order within each run of creations or drops
 * changes.
 */
final class ViewOrder {

    private ViewOrder() {
    }

    static List<Change> apply(List<Change> changes) {
        List<Change> out = new ArrayList<>(changes.size());
        int i = 0;
        while (i < changes.size()) {
            Change first = changes.get(i);
            if (first.kind() != Change.Kind.ADD_DEFINITION && first.kind() != Change.Kind.DROP_DEFINITION) {
                out.add(first);
                i++;
                continue;
            }
            int end = i;
            while (end < changes.size() && changes.get(end).kind() == first.kind()) {
                end++;
            }
            List<Change> run = changes.subList(i, end);
            // Unrelated changes keep the phases' order (a schema is dropped after the collations in it).
            out.addAll(first.kind() == Change.Kind.DROP_DEFINITION ? dependentsFirst(run) : dependenciesFirst(run));
            i = end;
        }
        return out;
    }

    private static List<Change> dependenciesFirst(List<Change> run) {
        Map<String, Change> byKey = new HashMap<>();
        run.forEach(c -> byKey.put(definition(c).key(), c));
        List<Change> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Change change : run) {
            visit(change, byKey, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static List<Change> dependentsFirst(List<Change> run) {
        List<Change> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Change change : run) {
            visitDependents(change, run, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visitDependents(Change change, List<Change> run, Set<String> done, Set<String> visiting, List<Change> out) {
        String key = definition(change).key();
        if (done.contains(key) || !visiting.add(key)) {
            return;
        }
        for (Change other : run) {
            if (definition(other).dependsOn().contains(key)) {
                visitDependents(other, run, done, visiting, out);
            }
        }
        done.add(key);
        out.add(change);
    }

    /** Depth-first; a dependency cycle (which the database would not allow) is broken where found. */
    private static void visit(Change change, Map<String, Change> byKey, Set<String> done, Set<String> visiting, List<Change> out) {
        String key = definition(change).key();
        if (done.contains(key) || !visiting.add(key)) {
            return;
        }
        for (String dependency : definition(change).dependsOn()) {
            Change other = byKey.get(dependency);
            if (other != null) {
                visit(other, byKey, done, visiting, out);
            }
        }
        done.add(key);
        out.add(change);
    }

    private static Definition definition(Change change) {
        return change instanceof Change.AddDefinition a ? a.definition() : ((Change.DropDefinition) change).definition();
    }
}
