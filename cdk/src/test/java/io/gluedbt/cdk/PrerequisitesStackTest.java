package io.gluedbt.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PrerequisitesStackTest {
    private final Template template = SynthesizedApp.get().prerequisites;

    @Test
    void namesAreParametersWithTheBlogsDefaults() {
        Map<String, String> defaults = Map.of("SessionRoleName", "GlueInteractiveSessionRole", "DataLakeBucketPrefix", "aws-dbt-glue-datalake",
                "SourceDatabaseName", "nyctaxi", "AthenaWorkGroupName", "athena-dbt-glue-aws-blog", "SourceDataPrefix", "nyctaxi/records/");
        defaults.forEach((name, value) -> template.hasParameter(name, Map.of("Type", "String", "Default", value)));
    }

    @Test
    void sessionRoleIsTrustedByGlueAndCarriesTheDataAccessItNeeds() {
        template.hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", Map.of("Ref", "SessionRoleName"),
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "glue.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId")))))),
                "Policies", List.of(Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Sid", "DataLakeObjects", "Action", List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                                "s3:AbortMultipartUpload"))),
                        Match.objectLike(Map.of("Sid", "SourceObjects", "Action", "s3:GetObject")),
                        Match.objectLike(Map.of("Sid", "DataCatalog", "Action", Match.arrayWith(List.of("glue:CreateTable", "glue:GetPartitions")))),
                        Match.objectLike(Map.of("Sid", "LakeFormationDataAccess", "Action", "lakeformation:GetDataAccess", "Resource", "*")))))))));
    }

    @Test
    void noPolicyGrantsEveryActionOfAService() {
        List<Map<String, Object>> statements = SynthesizedApp.allowStatements(template);
        assertThat(statements).isNotEmpty();
        assertThat(statements).flatMap(SynthesizedApp::actions).allSatisfy(action -> assertThat(action).doesNotEndWith("*"));
    }

    @Test
    void bucketsAreEncryptedPrivateSslOnlyAndRetained() {
        Map<String, Map<String, Object>> buckets = template.findResources("AWS::S3::Bucket");
        assertThat(buckets).hasSize(3);
        template.allResources("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        template.allResourcesProperties("AWS::S3::Bucket", Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true)));
        assertThat(template.findResources("AWS::S3::BucketPolicy", Map.of("Properties", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))))
                .hasSize(3);
    }

    @Test
    void dataLakeAndResultsBucketsAreNamedLikeTheBlogsAndLogTheirAccesses() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", Map.of("Fn::Join", List.of("-", List.of(Map.of("Ref", "DataLakeBucketPrefix"), Map.of("Ref", "AWS::AccountId"), Map.of("Ref", "AWS::Region")))),
                "LoggingConfiguration", Map.of("DestinationBucketName", Match.anyValue(), "LogFilePrefix", "DataLake/")));
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(Map.of("Ref", "AthenaResultsBucketPrefix"))))))),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of("ExpirationInDays", PrerequisitesStack.QUERY_RESULT_DAYS))))));
    }

    @Test
    void nycTaxiRecordsIsAPartitionedParquetTableAtTheSourceLocation() {
        template.hasResourceProperties("AWS::Glue::Database", Map.of("DatabaseInput", Match.objectLike(Map.of("Name", Map.of("Ref", "SourceDatabaseName")))));
        template.hasResourceProperties("AWS::Glue::Table", Map.of("DatabaseName", Map.of("Ref", "SourceDatabaseName"), "TableInput", Match.objectLike(Map.of(
                "Name", "records",
                "TableType", "EXTERNAL_TABLE",
                "PartitionKeys", List.of(Map.of("Name", "year", "Type", "string"), Map.of("Name", "month", "Type", "string"), Map.of("Name", "type", "Type", "string")),
                "StorageDescriptor", Match.objectLike(Map.of(
                        "Location", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of("s3://", Map.of("Ref", "SourceDataPrefix"))))))),
                        "InputFormat", "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                        "SerdeInfo", Match.objectLike(Map.of("SerializationLibrary", "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")),
                        "Columns", Match.arrayWith(List.of(
                                Map.of("Name", "pickup_datetime", "Type", "timestamp"),
                                Map.of("Name", "dropoff_datetime", "Type", "timestamp"),
                                Map.of("Name", "passenger_count", "Type", "bigint"),
                                Map.of("Name", "trip_distance", "Type", "double"),
                                Map.of("Name", "total_amount", "Type", "double")))))))));
    }

    @Test
    void athenaWorkGroupEnforcesItsResultsLocation() {
        template.hasResourceProperties("AWS::Athena::WorkGroup", Map.of(
                "Name", Map.of("Ref", "AthenaWorkGroupName"),
                "WorkGroupConfiguration", Match.objectLike(Map.of(
                        "EnforceWorkGroupConfiguration", true,
                        "ResultConfiguration", Map.of(
                                "OutputLocation", Match.objectLike(Map.of("Fn::Join", Match.anyValue())),
                                "EncryptionConfiguration", Map.of("EncryptionOption", "SSE_S3"))))));
    }
}
