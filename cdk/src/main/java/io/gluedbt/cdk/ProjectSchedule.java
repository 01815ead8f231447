package io.gluedbt.cdk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A scheduled run of one project: an EventBridge Scheduler schedule that starts the state machine with
 * {@code {bucket, key, select}}, as the S3 upload does.
 *
 * @param name letters, digits, '-' and '_' (part of the construct id)
 * @param cron a Scheduler expression: {@code cron(0 6 * * ? *)}, {@code rate(1 day)}, or the six cron fields alone
 * @param key the project zip's key in the project bucket, under projects/
 * @param select dbt's --select, empty for everything
 */
public record ProjectSchedule(String name, String cron, String key, List<String> select) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    public ProjectSchedule {
        requireNonNull(name, "name is null");
        requireNonNull(cron, "cron is null");
        requireNonNull(key, "key is null");
        select = select == null ? List.of() : List.copyOf(select);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schedule name '" + name + "' must be 1-48 letters, digits, '-' or '_'");
        }
        if (!key.startsWith("projects/") || !key.endsWith(".zip")) {
            throw new IllegalArgumentException("schedule '" + name + "': key '" + key + "' must be a projects/<name>.zip key");
        }
        if (cron.isBlank()) {
            throw new IllegalArgumentException("schedule '" + name + "': cron is blank");
        }
    }

    /** The Scheduler expression: {@code cron(...)} or {@code rate(...)} as given, bare cron fields wrapped in {@code cron(...)}. */
    public String expression() {
        String trimmed = cron.trim();
        return trimmed.startsWith("cron(") || trimmed.startsWith("rate(") || trimmed.startsWith("at(") ? trimmed : "cron(" + trimmed + ")";
    }
}
