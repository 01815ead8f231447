package io.gluedbt.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.assertions.Template;

class NagChecksTest {
    @Test
    void prerequisitesStackHasNoUnsuppressedAwsSolutionsErrors() {
        SynthesizedApp app = SynthesizedApp.get();
        assertThat(SynthesizedApp.nagErrors(app.stacks.prerequisites())).isEmpty();
    }

    @Test
    void pipelineStackHasNoUnsuppressedAwsSolutionsErrors() {
        SynthesizedApp app = SynthesizedApp.get();
        assertThat(SynthesizedApp.nagErrors(app.stacks.pipeline())).isEmpty();
    }

    @Test
    void checksReportAnUnprotectedBucket() {
        App app = new App();
        Stack stack = new Stack(app, "Unprotected");
        CfnBucket.Builder.create(stack, "Plain").build();
        Aspects.of(app).add(new AwsSolutionsChecks());
        Template.fromStack(stack);
        assertThat(SynthesizedApp.nagErrors(stack)).anySatisfy(error -> assertThat(error).contains("AwsSolutions-S10"))
                .anySatisfy(error -> assertThat(error).contains("AwsSolutions-S1:"));
    }

    @Test
    void everySuppressionGivesAReason() {
        SynthesizedApp app = SynthesizedApp.get();
        for (Template template : List.of(app.prerequisites, app.pipeline)) {
            Map<String, Map<String, Object>> resources = template.findResources("*");
            resources.forEach((logicalId, resource) -> suppressions(resource).forEach(rule -> assertThat(String.valueOf(rule.get("reason")))
                    .as("%s suppresses %s", logicalId, rule.get("id")).hasSizeGreaterThan(20)));
        }
    }

    @Test
    void suppressionsNeverCoverTheCoreBucketAndRoleRules() {
        SynthesizedApp app = SynthesizedApp.get();
        for (Template template : List.of(app.prerequisites, app.pipeline)) {
            template.findResources("*").forEach((logicalId, resource) -> assertThat(suppressions(resource))
                    .extracting(rule -> rule.get("id"))
                    .as(logicalId)
                    .doesNotContain("AwsSolutions-S10", "AwsSolutions-IAM4", "AwsSolutions-SF1", "AwsSolutions-SF2"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> suppressions(Map<String, Object> resource) {
        Map<String, Object> metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
        Map<String, Object> nag = (Map<String, Object>) metadata.getOrDefault("cdk_nag", Map.of());
        return (List<Map<String, Object>>) nag.getOrDefault("rules_to_suppress", List.of());
    }
}
