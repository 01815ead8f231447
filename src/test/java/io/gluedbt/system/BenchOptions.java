package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline bench's command line: {@code <repository root> [size ...] [--time-scale S] [--median seconds]
 * [--pool n] [--seed n] [--write-docs before|after]}.
 *
 * @param root the repository root
 * @param sizes the projects' model counts (default 50 200; 2000 on request: far longer than 15 minutes on 2 cores)
 * @param timeScale simulated seconds per real second
 * @param medianSeconds the median model duration (simulated)
 * @param pool the session cap: gluedbt's profile threads and quota (GLUEDBT_MAX_SESSIONS); dbt-glue gets gluedbt's pool
 * @param seed the projects' seed
 * @param writeDocs the docs/benchmarks.md marker section to write ({@code before} or {@code after}), if any
 */
record BenchOptions(Path root, List<Integer> sizes, double timeScale, double medianSeconds, int pool, long seed, Optional<String> writeDocs) {
    static final double DEFAULT_TIME_SCALE = 10;
    static final double DEFAULT_MEDIAN_SECONDS = 20;
    static final int DEFAULT_POOL = 32;
    static final long DEFAULT_SEED = 8;

    BenchOptions {
        requireNonNull(root, "root is null");
        sizes = List.copyOf(sizes);
        requireNonNull(writeDocs, "writeDocs is null");
        if (!(timeScale > 0) || !(medianSeconds > 0) || pool < 1) {
            throw new IllegalArgumentException("time scale, median and pool must be positive");
        }
        writeDocs.filter(section -> !section.equals("before") && !section.equals("after")).ifPresent(section -> {
            throw new IllegalArgumentException("--write-docs takes before or after, not " + section);
        });
    }

    static BenchOptions parse(String... arguments) {
        Path root = Path.of(arguments[0]).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        double timeScale = DEFAULT_TIME_SCALE;
        double median = DEFAULT_MEDIAN_SECONDS;
        int pool = DEFAULT_POOL;
        long seed = DEFAULT_SEED;
        Optional<String> docs = Optional.empty();
        for (int index = 1; index < arguments.length; index++) {
            String argument = arguments[index];
            switch (argument) {
                case "--time-scale" -> timeScale = Double.parseDouble(arguments[++index]);
                case "--median" -> median = Double.parseDouble(arguments[++index]);
                case "--pool" -> pool = Integer.parseInt(arguments[++index]);
                case "--seed" -> seed = Long.parseLong(arguments[++index]);
                case "--write-docs" -> docs = Optional.of(arguments[++index]);
                default -> sizes.add(Integer.parseInt(argument));
            }
        }
        return new BenchOptions(root, sizes.isEmpty() ? List.of(50, 200) : sizes, timeScale, median, pool, seed, docs);
    }
}
