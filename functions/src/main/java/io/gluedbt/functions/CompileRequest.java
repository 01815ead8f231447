package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Compile's input: the execution name as run id, the project zip's S3 object, what identifies this delivery, and
 * dbt's flags.
 *
 * @param deliveryId what makes a delivery unique: at most one run starts per object key and delivery id. The
 *     schedule passes {@code schedule-<name>-<time>}; when null, the S3 event's object version id, else its etag,
 *     else HeadObject's version id or etag (an upload delivered twice then starts one run)
 * @param command run (default), build, seed, snapshot or test
 * @param vars dbt's --vars as YAML/JSON text, or null
 * @param profilesDir the directory inside the zip holding profiles.yml (e.g. {@code profiles/iceberg}); null: the
 *     project root, else {@code profiles}
 * @param target the profile's output to use (dbt's --target); null: the profile's default target
 */
public record CompileRequest(String runId, String bucket, String key, String versionId, String etag, String deliveryId, String command,
        List<String> select, List<String> exclude, Boolean fullRefresh, String vars, String profilesDir, String target) {
    public CompileRequest {
        requireNonNull(runId, "runId is null");
        requireNonNull(bucket, "bucket is null");
        requireNonNull(key, "key is null");
        deliveryId = deliveryId == null || deliveryId.isBlank() ? null : deliveryId;
        profilesDir = profilesDir == null || profilesDir.isBlank() ? null : profilesDir;
        target = target == null || target.isBlank() ? null : target;
        command = command == null || command.isBlank() ? "run" : command;
        select = select == null ? List.of() : List.copyOf(select);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        fullRefresh = Boolean.TRUE.equals(fullRefresh);
    }
}
