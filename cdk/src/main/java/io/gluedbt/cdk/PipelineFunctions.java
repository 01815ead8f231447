package io.gluedbt.cdk;

import static java.util.Objects.requireNonNull;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The four handlers from the functions jar: Java 21 on arm64, SnapStart on published versions, each invoked
 * through its {@value #ALIAS} alias (the state machine never calls $LATEST), X-Ray active, logs in a log group
 * with a retention. One role: S3 on the run artifacts and the project zips, Glue sessions named gluedbt-*,
 * Data Catalog reads, and iam:PassRole on the session role only.
 */
public final class PipelineFunctions extends Construct {
    public static final String ALIAS = "live";

    private final Role role;
    private final Map<PipelineFunction, Alias> aliases = new EnumMap<>(PipelineFunction.class);

    public PipelineFunctions(Construct scope, String id, PipelineStackProps props, IBucket artifacts, IBucket projects) {
        super(scope, id);
        requireNonNull(props, "props is null");
        this.role = Role.Builder.create(this, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("gluedbt Lambda steps").build();
        grant(artifacts, projects, props.sessionRoleArn());

        Code code = Code.fromAsset(props.buildOutputs().functionsJar().toString());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("GLUEDBT_ARTIFACTS_BUCKET", artifacts.getBucketName());
        environment.put("GLUEDBT_SCRATCH", "/tmp/gluedbt");
        environment.put("DBT_ROLE_ARN", props.sessionRoleArn()); // the blog's profiles read env_var('DBT_ROLE_ARN')
        environment.put("DBT_S3_LOCATION", props.dataLakeLocation()); // ... and env_var('DBT_S3_LOCATION')
        environment.put("POWERTOOLS_METRICS_NAMESPACE", "gluedbt");
        environment.put("POWERTOOLS_LOG_LEVEL", "INFO");
        for (PipelineFunction step : PipelineFunction.values()) {
            LogGroup logs = LogGroup.Builder.create(this, step.stepName() + "Logs").retention(RetentionDays.ONE_MONTH)
                    .removalPolicy(RemovalPolicy.DESTROY).build();
            logs.grantWrite(role);
            Map<String, String> stepEnvironment = new LinkedHashMap<>(environment);
            stepEnvironment.put("POWERTOOLS_SERVICE_NAME", "gluedbt-" + step.stepName());
            Function function = Function.Builder.create(this, step.stepName())
                    .description("gluedbt " + step.stepName() + " step")
                    .runtime(Runtime.JAVA_21)
                    .architecture(Architecture.ARM_64)
                    .handler(step.handler())
                    .code(code)
                    .memorySize(step.memoryMegabytes())
                    .timeout(step.timeout())
                    .role(role)
                    .environment(stepEnvironment)
                    .tracing(Tracing.ACTIVE)
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .logGroup(logs)
                    .build();
            NagSuppressions.addResourceSuppressions(function, List.of(NagPackSuppression.builder().id("AwsSolutions-L1")
                    .reason("java21 on purpose: the newest Java runtime with SnapStart that the functions (Java 17 bytecode, Powertools 2.9)"
                            + " are tested on; move with the build, not ahead of it.").build()));
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "every deployment publishes currentVersion and the state machine invokes it through the alias");
            aliases.put(step, Alias.Builder.create(this, step.stepName() + "Alias").aliasName(ALIAS).version(function.getCurrentVersion()).build());
        }
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
                .reason("Wildcards are bounded: run artifacts are keys of the artifacts bucket (runs/<runId>/...), project zips are keys"
                        + " under projects/, Glue sessions are the gluedbt-<runId>-<n> ids this app creates, the compile step reads"
                        + " any table of this account's Data Catalog (is_incremental, get_relation), log streams are the functions'"
                        + " own, and X-Ray PutTraceSegments/PutTelemetryRecords have no resource-level permissions.")
                .build()), true);
    }

    public Alias alias(PipelineFunction step) {
        return aliases.get(step);
    }

    public Role role() {
        return role;
    }

    private void grant(IBucket artifacts, IBucket projects, String sessionRoleArn) {
        String glue = "arn:" + Aws.PARTITION + ":glue:" + Aws.REGION + ":" + Aws.ACCOUNT_ID;
        role.addToPolicy(PolicyStatement.Builder.create().sid("RunArtifacts")
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject")).resources(List.of(artifacts.arnForObjects("*"))).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("RunArtifactsList")
                .actions(List.of("s3:ListBucket")).resources(List.of(artifacts.getBucketArn())).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("ProjectArchives")
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion")).resources(List.of(projects.arnForObjects("projects/*"))).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("GlueSessions")
                .actions(List.of("glue:CreateSession", "glue:GetSession", "glue:StopSession", "glue:DeleteSession", "glue:TagResource",
                        "glue:RunStatement", "glue:GetStatement", "glue:CancelStatement", "glue:ListStatements"))
                .resources(List.of(glue + ":session/gluedbt-*")).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("DataCatalog")
                .actions(List.of("glue:GetDatabase", "glue:GetDatabases", "glue:CreateDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartitions"))
                .resources(List.of(glue + ":catalog", glue + ":database/*", glue + ":table/*/*")).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("PassSessionRole")
                .actions(List.of("iam:PassRole")).resources(List.of(sessionRoleArn))
                .conditions(Map.of("StringEquals", Map.of("iam:PassedToService", "glue.amazonaws.com"))).build());
    }
}
