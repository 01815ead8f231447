package io.gluedbt.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PipelineStackTest {
    private final SynthesizedApp app = SynthesizedApp.get();
    private final Template template = app.pipeline;

    @Test
    void fourJava21FunctionsWithSnapStartTracingAndTheirSizing() {
        assertThat(template.findResources("AWS::Lambda::Function")).as("no custom-resource Lambdas").hasSize(4);
        for (PipelineFunction step : PipelineFunction.values()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "Handler", step.handler(),
                    "Runtime", "java21",
                    "MemorySize", step.memoryMegabytes(),
                    "Timeout", (int) step.timeout().toSeconds().doubleValue(),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "TracingConfig", Map.of("Mode", "Active"),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "GLUEDBT_ARTIFACTS_BUCKET", Map.of("Ref", logicalId(app.stacks.pipeline().artifacts().getNode().getDefaultChild())),
                            "DBT_ROLE_ARN", Match.objectLike(Map.of("Fn::ImportValue", Match.anyValue())))))));
        }
        template.resourceCountIs("AWS::Lambda::Version", 4);
        template.resourceCountIs("AWS::Lambda::Alias", 4);
        template.allResourcesProperties("AWS::Lambda::Alias", Map.of("Name", PipelineFunctions.ALIAS,
                "FunctionVersion", Match.objectLike(Map.of("Fn::GetAtt", Match.anyValue()))));
    }

    @Test
    void handlersExistInTheFunctionsJar() throws IOException {
        try (ZipFile jar = new ZipFile(BuildOutputs.fromSystemProperties().functionsJar().toFile())) {
            for (PipelineFunction step : PipelineFunction.values()) {
                assertThat(jar.getEntry(step.handlerClass().replace('.', '/') + ".class")).as(step.handlerClass()).isNotNull();
            }
        }
    }

    @Test
    void projectBucketSendsEventsToEventBridgeWithoutANotificationsCustomResource() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "NotificationConfiguration", Map.of("EventBridgeConfiguration", Map.of("EventBridgeEnabled", true)),
                "VersioningConfiguration", Map.of("Status", "Enabled")));
        template.resourceCountIs("Custom::S3BucketNotifications", 0);
    }

    @Test
    void bucketsAreEncryptedPrivateSslOnlyRetainedAndArtifactsExpire() {
        assertThat(template.findResources("AWS::S3::Bucket")).hasSize(3);
        template.allResources("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain"));
        template.allResourcesProperties("AWS::S3::Bucket", Map.of(
                "BucketEncryption", Match.objectLike(Map.of()),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true)));
        template.resourceCountIs("AWS::S3::BucketPolicy", 3);
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of("ExpirationInDays", PipelineStack.ARTIFACT_DAYS)))),
                "LoggingConfiguration", Map.of("DestinationBucketName", Match.anyValue(), "LogFilePrefix", "Artifacts/")));
    }

    @Test
    void stateMachinesLogEverythingAndTrace() {
        template.resourceCountIs("AWS::StepFunctions::StateMachine", 2);
        template.allResourcesProperties("AWS::StepFunctions::StateMachine", Map.of(
                "StateMachineType", "STANDARD",
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL", "IncludeExecutionData", true)),
                "TracingConfiguration", Map.of("Enabled", true)));
    }

    @Test
    void uploadsUnderProjectsStartARunWithTheObjectVersion() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventPattern", Map.of("source", List.of("aws.s3"), "detail-type", List.of("Object Created"),
                        "detail", Map.of("bucket", Map.of("name", List.of(Map.of("Ref", logicalId(app.stacks.pipeline().projects().getNode().getDefaultChild())))),
                                "object", Map.of("key", List.of(Map.of("wildcard", "projects/*.zip"))))),
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", logicalId(app.stacks.pipeline().machines().run().getNode().getDefaultChild())),
                        "InputTransformer", Map.of(
                                "InputPathsMap", Map.of("detail-bucket-name", "$.detail.bucket.name", "detail-object-key", "$.detail.object.key",
                                        "detail-object-version-id", "$.detail.object.version-id", "detail-object-etag", "$.detail.object.etag"),
                                "InputTemplate", "{\"bucket\":<detail-bucket-name>,\"key\":<detail-object-key>,"
                                        + "\"versionId\":<detail-object-version-id>,\"etag\":<detail-object-etag>}"))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void contextSchedulesBecomeSchedulerSchedules() throws IOException {
        template.resourceCountIs("AWS::Scheduler::Schedule", 1);
        template.hasResourceProperties("AWS::Scheduler::Schedule", Map.of(
                "ScheduleExpression", "cron(0 6 * * ? *)",
                "ScheduleExpressionTimezone", "UTC",
                "FlexibleTimeWindow", Map.of("Mode", "OFF"),
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(app.stacks.pipeline().machines().run().getNode().getDefaultChild()))))));
        Map<String, Object> schedule = (Map<String, Object>) template.findResources("AWS::Scheduler::Schedule").values().iterator().next().get("Properties");
        Map<String, Object> join = (Map<String, Object>) ((Map<String, Object>) schedule.get("Target")).get("Input");
        List<Object> parts = (List<Object>) ((List<Object>) join.get("Fn::Join")).get(1);
        String projectBucket = logicalId(app.stacks.pipeline().projects().getNode().getDefaultChild());
        String input = parts.stream().map(part -> part instanceof String text ? text : Map.of("Ref", projectBucket).equals(part) ? "PROJECT-BUCKET" : "?")
                .collect(java.util.stream.Collectors.joining());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(input, Map.class)).isEqualTo(Map.of(
                "bucket", "PROJECT-BUCKET", "key", "projects/nyc_taxi_demo.zip", "deliveryId", "schedule-nyc-nightly-<aws.scheduler.scheduled-time>",
                "select", List.of("silver", "gold")));
    }

    @Test
    void functionsMayPassOnlyTheSessionRoleAndOnlyToGlue() {
        List<Map<String, Object>> passRole = SynthesizedApp.allowStatements(template).stream()
                .filter(statement -> SynthesizedApp.actions(statement).contains("iam:PassRole")).toList();
        assertThat(passRole).singleElement().satisfies(statement -> {
            assertThat(SynthesizedApp.actions(statement)).containsExactly("iam:PassRole");
            assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::ImportValue", importedSessionRoleArn()));
            assertThat(statement.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of("iam:PassedToService", "glue.amazonaws.com")));
        });
    }

    @Test
    void glueSessionPermissionsAreScopedToThisAppsSessions() {
        assertThat(SynthesizedApp.allowStatements(template)).filteredOn(statement -> SynthesizedApp.actions(statement).contains("glue:RunStatement"))
                .singleElement().satisfies(statement -> assertThat(String.valueOf(statement.get("Resource"))).endsWith(":session/gluedbt-*]]}"));
        assertThat(SynthesizedApp.allowStatements(template)).flatMap(SynthesizedApp::actions).allSatisfy(action -> assertThat(action).isNotEqualTo("*"));
    }

    private Object importedSessionRoleArn() {
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) functions.values().iterator().next()
                .get("Properties")).get("Environment")).get("Variables");
        return ((Map<?, ?>) variables.get("DBT_ROLE_ARN")).get("Fn::ImportValue");
    }

    static String logicalId(software.constructs.IConstruct resource) {
        return software.amazon.awscdk.Stack.of(resource).getLogicalId((software.amazon.awscdk.CfnElement) resource);
    }
}
