package io.gluedbt.cdk;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app (cdk.json): PrerequisitesStack (the blog's CloudFormation prerequisites) and PipelineStack (the
 * serverless run), environment-agnostic so {@code cdk synth} needs no credentials and makes no lookups.
 */
public final class GluedbtApp {
    static final String SERVER_ACCESS_LOGS_USE_BUCKET_POLICY = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy";
    static final String DEFAULT_CROSS_STACK_REFERENCES = "@aws-cdk/core:defaultCrossStackReferences";

    private GluedbtApp() {
    }

    public static void main(String[] arguments) {
        App app = new App();
        build(app, BuildOutputs.fromSystemProperties());
        app.synth();
    }

    /**
     * Adds both stacks to {@code app} (which must have no children yet); schedules come from the context key
     * {@value ProjectSchedules#CONTEXT_KEY}.
     */
    public static Stacks build(App app, BuildOutputs outputs) {
        // Server access logs are allowed by a bucket policy on the logs bucket, not the LogDeliveryWrite ACL
        // (ACLs are disabled: objectOwnership BUCKET_OWNER_ENFORCED).
        app.getNode().setContext(SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
        // The pipeline imports the session role's ARN: keep the producer-protecting export that CDK defaults to.
        app.getNode().setContext(DEFAULT_CROSS_STACK_REFERENCES, "strong");
        PrerequisitesStack prerequisites = new PrerequisitesStack(app, "PrerequisitesStack", StackProps.builder()
                .description("gluedbt: the dbt-glue blog's prerequisites (Glue session role, data lake, nyctaxi.records, Athena workgroup)").build());
        PipelineStackProps props = new PipelineStackProps(prerequisites.sessionRole().getRoleArn(), prerequisites.dataLakeLocation(),
                ProjectSchedules.fromContext(app.getNode().tryGetContext(ProjectSchedules.CONTEXT_KEY)), outputs);
        PipelineStack pipeline = new PipelineStack(app, "PipelineStack", StackProps.builder()
                .description("gluedbt: dbt projects from S3 run on Glue interactive sessions by Step Functions").build(), props);
        pipeline.addStackDependency(prerequisites);
        return new Stacks(prerequisites, pipeline);
    }
}
