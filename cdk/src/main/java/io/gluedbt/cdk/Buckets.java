package io.gluedbt.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * Every bucket of the app: S3-managed encryption, SSL only, all public access blocked, owner-enforced objects,
 * retained on destroy (data and logs outlive the stack; the README says what is left behind). Data buckets
 * log their accesses to the stack's logs bucket.
 */
public final class Buckets {
    /** Access logs are audit records: kept a year, then expired. */
    static final Duration ACCESS_LOG_RETENTION = Duration.days(365);

    private Buckets() {
    }

    /** The destination of the stack's server access logs (it cannot log to itself). */
    public static Bucket accessLogs(Construct scope, String id) {
        Bucket bucket = Bucket.Builder.create(scope, id)
                .encryption(BucketEncryption.S3_MANAGED) // the only encryption S3 server access logging delivers to
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(false)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs").expiration(ACCESS_LOG_RETENTION).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagSuppressions.addResourceSuppressions(bucket, List.of(NagPackSuppression.builder().id("AwsSolutions-S1")
                .reason("This is the server access log destination; logging it to itself would loop.").build()));
        return bucket;
    }

    /** A bucket for data that outlives the stack. */
    public static Bucket data(Construct scope, String id, String bucketName, IBucket accessLogs) {
        return builder(scope, id, bucketName, accessLogs).build();
    }

    /** A versioned data bucket (S3 "Object Created" events then carry the version id a run is keyed on). */
    public static Bucket versionedData(Construct scope, String id, IBucket accessLogs) {
        return builder(scope, id, null, accessLogs).versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-old-versions").noncurrentVersionExpiration(Duration.days(30)).build()))
                .build();
    }

    /** A bucket whose objects expire after {@code days}: run artifacts, query results. */
    public static Bucket expiring(Construct scope, String id, String bucketName, IBucket accessLogs, int days) {
        return builder(scope, id, bucketName, accessLogs)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-after-" + days + "-days").expiration(Duration.days(days))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1)).build()))
                .build();
    }

    /**
     * Turns on S3 → EventBridge notifications through the CfnBucket property. The L2's {@code eventBridgeEnabled}
     * would add a custom-resource Lambda (BucketNotificationsHandler) to put the same configuration.
     */
    public static void sendEventsToEventBridge(Bucket bucket) {
        CfnBucket resource = (CfnBucket) bucket.getNode().getDefaultChild();
        resource.setNotificationConfiguration(CfnBucket.NotificationConfigurationProperty.builder()
                .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder().eventBridgeEnabled(true).build())
                .build());
    }

    private static Bucket.Builder builder(Construct scope, String id, String bucketName, IBucket accessLogs) {
        Bucket.Builder builder = Bucket.Builder.create(scope, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(id + "/")
                .removalPolicy(RemovalPolicy.RETAIN);
        return bucketName == null ? builder : builder.bucketName(bucketName);
    }
}
