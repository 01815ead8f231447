package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic dbt project of view models shaped like real ones: staging (30 %), two intermediate levels
 * (three from 100 models on: 50 % together), marts (20 %). An intermediate model refs one model of the level below
 * and up to two more of any level below; a mart refs 2 to 6 intermediate models (as many as there are), one of the
 * last level. A few hub
 * models (staging and first intermediate level) are picked 15 times as often, so fan-out is skewed. Statement
 * durations are lognormal (median {@code medianSeconds}, sigma 1) clipped to [3, 600] simulated seconds, rounded
 * to 0.1 s. Models are listed parents first.
 */
record BenchProject(String name, long seed, List<BenchModel> models) {
    static final double SIGMA = 1.0;
    static final double MIN_SECONDS = 3;
    static final double MAX_SECONDS = 600;
    private static final int HUB_WEIGHT = 15;

    BenchProject {
        requireNonNull(name, "name is null");
        models = List.copyOf(models);
    }

    static BenchProject generate(int size, long seed, double medianSeconds) {
        if (size < 10) {
            throw new IllegalArgumentException("a bench project needs at least 10 models: " + size);
        }
        Random random = new Random(seed);
        int staging = Math.round(size * 0.3f);
        int marts = Math.round(size * 0.2f);
        int intermediate = size - staging - marts;
        int[] levels = size >= 100 ? new int[] {intermediate / 2, intermediate * 3 / 10, 0} : new int[] {intermediate * 6 / 10, 0};
        levels[levels.length - 1] = intermediate - java.util.Arrays.stream(levels).sum();
        List<List<String>> byLevel = new ArrayList<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<BenchModel> models = new ArrayList<>();
        byLevel.add(names("stg", staging));
        for (int level = 0; level < levels.length; level++) {
            byLevel.add(names("int" + (level + 1), levels[level]));
        }
        int hubs = Math.max(2, Math.round(size / 60f));
        for (List<String> level : byLevel) {
            level.forEach(model -> weights.put(model, 1));
        }
        List<String> hubCandidates = new ArrayList<>(byLevel.get(0));
        hubCandidates.addAll(byLevel.get(1));
        for (int hub = 0; hub < hubs; hub++) {
            weights.put(hubCandidates.get(random.nextInt(hubCandidates.size())), HUB_WEIGHT);
        }
        byLevel.get(0).forEach(model -> models.add(new BenchModel(model, "staging", List.of(), duration(random, medianSeconds))));
        for (int level = 1; level < byLevel.size(); level++) {
            List<String> below = new ArrayList<>();
            byLevel.subList(0, level).forEach(below::addAll);
            for (String model : byLevel.get(level)) {
                Set<String> parents = new LinkedHashSet<>();
                parents.add(pick(random, byLevel.get(level - 1), weights));
                int extra = random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.7 ? 1 : 2;
                while (parents.size() < Math.min(1 + extra, below.size())) {
                    parents.add(pick(random, below, weights));
                }
                models.add(new BenchModel(model, "intermediate_" + level, List.copyOf(parents), duration(random, medianSeconds)));
            }
        }
        List<String> allIntermediate = new ArrayList<>();
        byLevel.subList(1, byLevel.size()).forEach(allIntermediate::addAll);
        for (String model : names("mart", marts)) {
            Set<String> parents = new LinkedHashSet<>();
            parents.add(pick(random, byLevel.get(byLevel.size() - 1), weights));
            int fanIn = Math.min(2 + random.nextInt(5), allIntermediate.size());
            while (parents.size() < fanIn) {
                parents.add(pick(random, allIntermediate, weights));
            }
            models.add(new BenchModel(model, "marts", List.copyOf(parents), duration(random, medianSeconds)));
        }
        return new BenchProject("bench_" + size, seed, models);
    }

    /** Writes dbt_project.yml and models/&lt;layer&gt;/&lt;model&gt;.sql (sleeps scaled by {@code timeScale}) into {@code directory}. */
    void write(Path directory, double timeScale) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("dbt_project.yml"), "name: " + name + "\nversion: '1.0'\nconfig-version: 2\nprofile: bench\n"
                    + "models:\n  " + name + ":\n    +materialized: view\n");
            for (BenchModel model : models) {
                Path file = directory.resolve("models").resolve(model.layer()).resolve(model.name() + ".sql");
                Files.createDirectories(file.getParent());
                Files.writeString(file, model.sql(timeScale));
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    Map<String, Double> durations() {
        Map<String, Double> durations = new LinkedHashMap<>();
        models.forEach(model -> durations.put(model.name(), model.seconds()));
        return durations;
    }

    Map<String, List<String>> parents() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        models.forEach(model -> parents.put(model.name(), model.parents()));
        return parents;
    }

    double totalSeconds() {
        return models.stream().mapToDouble(BenchModel::seconds).sum();
    }

    static double duration(Random random, double medianSeconds) {
        double seconds = Math.exp(Math.log(medianSeconds) + SIGMA * random.nextGaussian());
        return Math.round(Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds)) * 10) / 10.0;
    }

    private static String pick(Random random, List<String> candidates, Map<String, Integer> weights) {
        int total = candidates.stream().mapToInt(weights::get).sum();
        int ticket = random.nextInt(total);
        for (String candidate : candidates) {
            ticket -= weights.get(candidate);
            if (ticket < 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            names.add(String.format(Locale.ROOT, "%s_%04d", prefix, index));
        }
        return names;
    }
}
