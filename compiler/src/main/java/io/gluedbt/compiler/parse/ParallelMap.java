package io.gluedbt.compiler.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Maps a list on all cores, keeping order; when items fail, the error of the first failing item (in list
 * order, not completion order) is thrown, so error messages do not depend on scheduling.
 */
public final class ParallelMap {
    private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());

    private ParallelMap() {}

    public static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        if (items.size() < 64 || PARALLELISM == 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(function.apply(item));
            }
            return results;
        }
        Object[] results = new Object[items.size()];
        RuntimeException[] failures = new RuntimeException[items.size()];
        ForkJoinPool pool = new ForkJoinPool(PARALLELISM);
        try {
            pool.submit(() -> IntStream.range(0, items.size()).parallel().forEach(index -> {
                try {
                    results[index] = function.apply(items.get(index));
                } catch (RuntimeException exception) {
                    failures[index] = exception;
                }
            })).get();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", exception);
        } catch (ExecutionException exception) {
            throw new IllegalStateException(exception.getCause());
        } finally {
            pool.shutdown();
        }
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
