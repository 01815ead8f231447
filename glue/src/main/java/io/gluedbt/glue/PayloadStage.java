package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Stages payloads too large for a RunStatement under {@code <location>/gluedbt/payloads/<uuid>.json}. */
final class PayloadStage {
    private final S3Client s3;
    private final Optional<String> location;

    PayloadStage(S3Client s3, Optional<String> location) {
        this.s3 = requireNonNull(s3, "s3 is null");
        this.location = requireNonNull(location, "location is null");
    }

    /** Writes the payload and returns its {@code s3://bucket/key}. */
    String put(String nodeId, byte[] payload) {
        return put("", nodeId, payload);
    }

    /** Writes the payload under {@code <location>/gluedbt/payloads/<folder>/} and returns its {@code s3://bucket/key}. */
    String put(String folder, String nodeId, byte[] payload) {
        String root = location.orElseThrow(() -> new GluedbtException(ErrorCode.PROJECT_INVALID, "node " + nodeId + ": its statements ("
                + payload.length + " bytes) exceed Glue's " + StatementCode.CODE_LIMIT
                + "-character statement limit and must be staged in S3: set 'location' in the glue target"));
        String uri = root + "/gluedbt/payloads/" + (folder.isEmpty() ? "" : folder + "/") + UUID.randomUUID() + ".json";
        S3Path path = S3Path.parse(uri);
        try {
            s3.putObject(builder -> builder.bucket(path.bucket()).key(path.key()).contentType("application/json"), RequestBody.fromBytes(payload));
        } catch (AwsServiceException exception) {
            throw AwsCalls.failure("S3 PutObject " + uri, exception);
        }
        return "s3://" + path.bucket() + "/" + path.key();
    }

    /** Deletes a staged payload; a failure here never fails the node. */
    void delete(String uri) {
        S3Path path = S3Path.parse(uri);
        try {
            s3.deleteObject(builder -> builder.bucket(path.bucket()).key(path.key()));
        } catch (RuntimeException ignored) {
            // the object is a copy of statements already run; a lifecycle rule may reap leftovers
        }
    }

    /** Deletes every payload staged under {@code folder} (nothing when no location is set); failures are ignored. */
    void deleteFolder(String folder) {
        if (location.isEmpty()) {
            return;
        }
        S3Path path = S3Path.parse(location.get() + "/gluedbt/payloads/" + folder + "/");
        try {
            for (var object : s3.listObjectsV2Paginator(builder -> builder.bucket(path.bucket()).prefix(path.key())).contents()) {
                s3.deleteObject(builder -> builder.bucket(path.bucket()).key(object.key()));
            }
        } catch (RuntimeException ignored) {
            // leftovers are copies of statements already run; a lifecycle rule may reap them
        }
    }

    /** A bucket and key. */
    record S3Path(String bucket, String key) {
        static S3Path parse(String uri) {
            String rest = uri.substring(uri.indexOf("://") + 3);
            int slash = rest.indexOf('/');
            return slash < 0 ? new S3Path(rest, "") : new S3Path(rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
