package io.gluedbt.compiler.error;

import java.util.Collection;
import java.util.Optional;

/** "did you mean" for missing names: the closest candidate by edit distance or containment. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int score = distance(wanted.toLowerCase(), candidate.toLowerCase());
            if (candidate.toLowerCase().contains(wanted.toLowerCase()) || wanted.toLowerCase().contains(candidate.toLowerCase())) {
                score = Math.min(score, Math.abs(candidate.length() - wanted.length()) / 2);
            }
            if (score < bestScore || (score == bestScore && best != null && candidate.compareTo(best) < 0)) {
                bestScore = score;
                best = candidate;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int limit = Math.max(2, wanted.length() / 2);
        return bestScore <= limit ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
