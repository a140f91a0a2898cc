package dev.godwit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median wall-clock time of an action after warm-up runs; untimed set-up before each run. */
final class Measure {

    interface Step {
        void run() throws Exception;
    }

    private Measure() {
    }

    static double median(int warmup, int runs, Step setup, Step action) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            setup.run();
            long start = System.nanoTime();
            action.run();
            double millis = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                times.add(millis);
            }
        }
        Collections.sort(times);
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
    }

    /**
     * Medians of several actions measured in turns (run 1 of each, then run 2 of each, …), so a
     * machine that slows down or speeds up during the benchmark affects every tool alike.
     * A {@code null} action gives {@code null}.
     */
    static Double[] interleaved(int warmup, int runs, Step setup, List<Step> actions) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        actions.forEach(a -> times.add(new ArrayList<>()));
        for (int i = 0; i < warmup + runs; i++) {
            for (int t = 0; t < actions.size(); t++) {
                Step action = actions.get(t);
                if (action == null) {
                    continue;
                }
                setup.run();
                long start = System.nanoTime();
                action.run();
                double millis = (System.nanoTime() - start) / 1e6;
                if (i >= warmup) {
                    times.get(t).add(millis);
                }
            }
        }
        Double[] medians = new Double[actions.size()];
        for (int t = 0; t < actions.size(); t++) {
            List<Double> sorted = new ArrayList<>(times.get(t));
            Collections.sort(sorted);
            int n = sorted.size();
            medians[t] = n == 0 ? null : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        return medians;
    }

    static Step nothing() {
        return () -> { };
    }
}
