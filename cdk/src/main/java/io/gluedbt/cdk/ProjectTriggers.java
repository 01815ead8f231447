package io.gluedbt.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.events.targets.SfnStateMachineProps;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * What starts a run: an EventBridge rule on "Object Created" for {@code projects/*.zip} in the project bucket, and
 * one EventBridge Scheduler schedule per declared project schedule. Both send Compile's request
 * {@code {bucket, key, versionId, etag}} for uploads (the object version identifies the delivery), {@code {bucket, key,
 * deliveryId, select}} for schedules.
 */
public final class ProjectTriggers extends Construct {
    public static final String PROJECT_KEYS = "projects/*.zip";

    private final Rule uploadRule;

    public ProjectTriggers(Construct scope, String id, IBucket projects, IStateMachine run, List<ProjectSchedule> schedules) {
        super(scope, id);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("bucket", EventField.fromPath("$.detail.bucket.name"));
        input.put("key", EventField.fromPath("$.detail.object.key"));
        input.put("versionId", EventField.fromPath("$.detail.object.version-id"));
        input.put("etag", EventField.fromPath("$.detail.object.etag"));
        this.uploadRule = Rule.Builder.create(this, "ProjectUploaded")
                .description("A project zip uploaded under projects/ starts a gluedbt run")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.s3"))
                        .detailType(List.of("Object Created"))
                        .detail(Map.of(
                                "bucket", Map.of("name", List.of(projects.getBucketName())),
                                "object", Map.of("key", List.of(Map.of("wildcard", PROJECT_KEYS)))))
                        .build())
                .targets(List.of(new SfnStateMachine(run, SfnStateMachineProps.builder()
                        .input(RuleTargetInput.fromObject(input))
                        .retryAttempts(8)
                        .maxEventAge(Duration.hours(2))
                        .build())))
                .build();
        if (!schedules.isEmpty()) {
            Role role = Role.Builder.create(this, "SchedulerRole")
                    .description("EventBridge Scheduler starts scheduled gluedbt runs")
                    .assumedBy(new ServicePrincipal("scheduler.amazonaws.com").withConditions(Map.of(
                            "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID))))
                    .build();
            run.grantStartExecution(role);
            for (ProjectSchedule schedule : schedules) {
                schedule(schedule, projects, run, role);
            }
        }
    }

    public Rule uploadRule() {
        return uploadRule;
    }

    private void schedule(ProjectSchedule schedule, IBucket projects, IStateMachine run, Role role) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("bucket", projects.getBucketName());
        input.put("key", schedule.key());
        // Compile starts one run per object key and delivery id (duplicate deliveries are dropped); each scheduled time
        // is its own delivery, so Scheduler's retries of one time still dedupe.
        input.put("deliveryId", "schedule-" + schedule.name() + "-<aws.scheduler.scheduled-time>");
        input.put("select", schedule.select());
        CfnSchedule.Builder.create(this, "Schedule-" + schedule.name())
                .description("gluedbt run of s3://<project bucket>/" + schedule.key())
                .scheduleExpression(schedule.expression())
                .scheduleExpressionTimezone("UTC")
                .flexibleTimeWindow(CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
                .state("ENABLED")
                .target(CfnSchedule.TargetProperty.builder()
                        .arn(run.getStateMachineArn())
                        .roleArn(role.getRoleArn())
                        .input(Stack.of(this).toJsonString(input))
                        .retryPolicy(CfnSchedule.RetryPolicyProperty.builder().maximumRetryAttempts(8).maximumEventAgeInSeconds(7200).build())
                        .build())
                .build();
    }
}
