package io.gluedbt.functions.pipeline;

/** How big a project archive may be: uncompressed bytes and entries (a zip bomb stops at the first limit it crosses). */
public record ArchiveLimits(long maxUncompressedBytes, int maxEntries) {
    public ArchiveLimits {
        if (maxUncompressedBytes < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("archive limits must be positive, got " + maxUncompressedBytes + " bytes, " + maxEntries + " entries");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(50L * 1024 * 1024, 10_000);
    }
}
