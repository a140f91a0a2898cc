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

    static Step nothing() {
        return () -> { };
    }
}
