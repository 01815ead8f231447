package io.gluedbt.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The role Glue interactive sessions run as (the blog's GlueInteractiveSessionRole, dbt's {@code role_arn}):
 * trusted by glue.amazonaws.com from this account only; reads and writes the data lake, reads the NYC source
 * data, manages tables in the Data Catalog, gets Lake Formation data access, writes its session logs.
 */
final class GlueSessionRole {
    private GlueSessionRole() {
    }

    static Role create(Construct scope, String id, String roleName, String dataLakeBucketArn, String sourceBucketArn, String sourcePrefix) {
        String catalog = "arn:" + Aws.PARTITION + ":glue:" + Aws.REGION + ":" + Aws.ACCOUNT_ID;
        PolicyDocument policy = PolicyDocument.Builder.create().statements(List.of(
                statement("DataLakeList", List.of("s3:ListBucket", "s3:GetBucketLocation"), List.of(dataLakeBucketArn)),
                statement("DataLakeObjects", List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"),
                        List.of(dataLakeBucketArn + "/*")),
                statement("SourceList", List.of("s3:ListBucket", "s3:GetBucketLocation"), List.of(sourceBucketArn)),
                statement("SourceObjects", List.of("s3:GetObject"), List.of(sourceBucketArn + "/" + sourcePrefix + "*")),
                statement("DataCatalog", List.of(
                        "glue:GetDatabase", "glue:GetDatabases", "glue:CreateDatabase", "glue:UpdateDatabase",
                        "glue:GetTable", "glue:GetTables", "glue:CreateTable", "glue:UpdateTable", "glue:DeleteTable",
                        "glue:GetTableVersions", "glue:DeleteTableVersion",
                        "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition", "glue:CreatePartition",
                        "glue:BatchCreatePartition", "glue:UpdatePartition", "glue:DeletePartition", "glue:BatchDeletePartition",
                        "glue:GetUserDefinedFunctions"),
                        List.of(catalog + ":catalog", catalog + ":database/*", catalog + ":table/*/*", catalog + ":userDefinedFunction/*/*")),
                statement("LakeFormationDataAccess", List.of("lakeformation:GetDataAccess"), List.of("*")),
                statement("SessionLogs", List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
                        List.of("arn:" + Aws.PARTITION + ":logs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":log-group:/aws-glue/*")))).build();
        Role role = Role.Builder.create(scope, id)
                .roleName(roleName)
                .description("Glue interactive sessions that run dbt models (gluedbt, dbt-glue)")
                .assumedBy(new ServicePrincipal("glue.amazonaws.com").withConditions(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID))))
                .inlinePolicies(Map.of("gluedbt-session", policy))
                .build();
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
                .reason("dbt creates and replaces tables in any database of this account's Data Catalog (database/*, table/*/*) and"
                        + " writes any key of the data lake bucket; it reads only the source prefix; Lake Formation GetDataAccess"
                        + " has no resource-level permissions; session logs go to /aws-glue/* log groups whose names Glue picks.")
                .build()));
        return role;
    }

    private static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW).actions(actions).resources(resources).build();
    }
}
