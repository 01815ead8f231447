package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Compile's input: the execution name as run id, the project zip's S3 object (version id or etag identify the
 * delivery; either may be null, then HeadObject supplies them) and dbt's flags.
 *
 * @param command run (default), build, seed, snapshot or test
 * @param vars dbt's --vars as YAML/JSON text, or null
 */
public record CompileRequest(String runId, String bucket, String key, String versionId, String etag, String command, List<String> select,
        List<String> exclude, Boolean fullRefresh, String vars) {
    public CompileRequest {
        requireNonNull(runId, "runId is null");
        requireNonNull(bucket, "bucket is null");
        requireNonNull(key, "key is null");
        command = command == null || command.isBlank() ? "run" : command;
        select = select == null ? List.of() : List.copyOf(select);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        fullRefresh = Boolean.TRUE.equals(fullRefresh);
    }
}
