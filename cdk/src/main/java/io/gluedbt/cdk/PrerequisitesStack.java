package io.gluedbt.cdk;

import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.athena.CfnWorkGroup;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnTable;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * What the blog's CloudFormation template created, so the NYC demo runs in a fresh account: the Glue
 * interactive-session role, the data lake bucket ({@code aws-dbt-glue-datalake-<account>-<region>}), the Athena
 * results bucket, the raw table {@code nyctaxi.records} and the Athena workgroup {@code athena-dbt-glue-aws-blog}.
 * Names are CloudFormation parameters defaulting to the blog's.
 */
public final class PrerequisitesStack extends Stack {
    /** Athena query results are scratch: kept a month. */
    static final int QUERY_RESULT_DAYS = 30;

    private final Role sessionRole;
    private final Bucket dataLake;

    public PrerequisitesStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        CfnParameter roleName = parameter("SessionRoleName", "GlueInteractiveSessionRole",
                "Name of the IAM role Glue interactive sessions run as (dbt's role_arn)");
        CfnParameter dataLakePrefix = parameter("DataLakeBucketPrefix", "aws-dbt-glue-datalake",
                "The data lake bucket is named <prefix>-<account>-<region> (dbt's location, DBT_S3_LOCATION)");
        CfnParameter resultsPrefix = parameter("AthenaResultsBucketPrefix", "aws-athena-dbt-glue-query-results",
                "The Athena query results bucket is named <prefix>-<account>-<region>");
        CfnParameter databaseName = parameter("SourceDatabaseName", "nyctaxi", "Glue database of the raw NYC taxi table");
        CfnParameter sourceBucket = parameter("SourceDataBucketName", "",
                "Bucket holding the NYC TLC parquet files (year=/month=/type= partitions); empty: the data lake bucket");
        CfnParameter sourcePrefix = parameter("SourceDataPrefix", "nyctaxi/records/",
                "Key prefix of the NYC TLC parquet files in that bucket, ending in '/'");
        CfnParameter workgroupName = parameter("AthenaWorkGroupName", "athena-dbt-glue-aws-blog", "Athena workgroup for the demo queries");

        Bucket logs = Buckets.accessLogs(this, "AccessLogs");
        this.dataLake = Buckets.data(this, "DataLake", regional(dataLakePrefix), logs);
        Bucket results = Buckets.expiring(this, "AthenaResults", regional(resultsPrefix), logs, QUERY_RESULT_DAYS);

        CfnCondition sourceInDataLake = CfnCondition.Builder.create(this, "SourceInDataLake")
                .expression(Fn.conditionEquals(sourceBucket.getValueAsString(), "")).build();
        String sourceBucketName = Fn.conditionIf(sourceInDataLake.getLogicalId(), dataLake.getBucketName(), sourceBucket.getValueAsString()).toString();
        String sourceBucketArn = "arn:" + Aws.PARTITION + ":s3:::" + sourceBucketName;

        this.sessionRole = GlueSessionRole.create(this, "SessionRole", roleName.getValueAsString(), dataLake.getBucketArn(), sourceBucketArn,
                sourcePrefix.getValueAsString());

        CfnDatabase database = CfnDatabase.Builder.create(this, "SourceDatabase")
                .catalogId(Aws.ACCOUNT_ID)
                .databaseInput(CfnDatabase.DatabaseInputProperty.builder().name(databaseName.getValueAsString())
                        .description("Raw NYC taxi trip records (the dbt-glue blog's source)").build())
                .build();
        CfnTable table = NycTaxiTable.create(this, "RecordsTable", Aws.ACCOUNT_ID, databaseName.getValueAsString(),
                "s3://" + sourceBucketName + "/" + sourcePrefix.getValueAsString());
        table.getNode().addDependency(database);

        CfnWorkGroup.Builder.create(this, "AthenaWorkGroup")
                .name(workgroupName.getValueAsString())
                .description("Queries over the dbt-glue demo tables")
                .recursiveDeleteOption(true)
                .state("ENABLED")
                .workGroupConfiguration(CfnWorkGroup.WorkGroupConfigurationProperty.builder()
                        .enforceWorkGroupConfiguration(true)
                        .publishCloudWatchMetricsEnabled(true)
                        .resultConfiguration(CfnWorkGroup.ResultConfigurationProperty.builder()
                                .outputLocation("s3://" + results.getBucketName() + "/")
                                .encryptionConfiguration(CfnWorkGroup.EncryptionConfigurationProperty.builder().encryptionOption("SSE_S3").build())
                                .build())
                        .build())
                .build();

        output("SessionRoleArn", sessionRole.getRoleArn(), "dbt's role_arn (DBT_ROLE_ARN)");
        output("DataLakeLocation", dataLakeLocation(), "dbt's location (DBT_S3_LOCATION)");
        output("AthenaResultsBucket", results.getBucketName(), "Athena query results");
    }

    public Role sessionRole() {
        return sessionRole;
    }

    public Bucket dataLake() {
        return dataLake;
    }

    /** {@code s3://<data lake bucket>/}: the profile's {@code location}; Iceberg's warehouse is {@code <location>warehouse/}. */
    public String dataLakeLocation() {
        return "s3://" + dataLake.getBucketName() + "/";
    }

    private CfnParameter parameter(String name, String defaultValue, String description) {
        return CfnParameter.Builder.create(this, name).type("String").defaultValue(defaultValue).description(description).build();
    }

    private static String regional(CfnParameter prefix) {
        return Fn.join("-", List.of(prefix.getValueAsString(), Aws.ACCOUNT_ID, Aws.REGION));
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
