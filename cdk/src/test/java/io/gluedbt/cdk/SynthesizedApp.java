package io.gluedbt.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * One synthesized app for every test class (jsii's first synthesis costs ~10 s): both stacks, with cdk-nag's
 * AwsSolutions checks applied and one schedule declared in the context, as cdk.json would.
 */
final class SynthesizedApp {
    static final Map<String, Object> SCHEDULE = Map.of("name", "nyc-nightly", "cron", "0 6 * * ? *", "key", "projects/nyc_taxi_demo.zip",
            "select", List.of("silver", "gold"));

    private static SynthesizedApp instance;

    final Stacks stacks;
    final Template prerequisites;
    final Template pipeline;

    private SynthesizedApp() {
        App app = App.Builder.create().context(Map.of(ProjectSchedules.CONTEXT_KEY, List.of(SCHEDULE))).build();
        this.stacks = GluedbtApp.build(app, BuildOutputs.fromSystemProperties());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        this.prerequisites = Template.fromStack(stacks.prerequisites());
        this.pipeline = Template.fromStack(stacks.pipeline());
    }

    static synchronized SynthesizedApp get() {
        if (instance == null) {
            instance = new SynthesizedApp();
        }
        return instance;
    }

    /** The Allow statements of every IAM role's inline policies and every AWS::IAM::Policy in {@code template}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> allowStatements(Template template) {
        List<Map<String, Object>> documents = new ArrayList<>();
        template.findResources("AWS::IAM::Role").values().forEach(role -> {
            Map<String, Object> properties = (Map<String, Object>) role.get("Properties");
            ((List<Map<String, Object>>) properties.getOrDefault("Policies", List.of()))
                    .forEach(policy -> documents.add((Map<String, Object>) policy.get("PolicyDocument")));
        });
        template.findResources("AWS::IAM::Policy").values()
                .forEach(policy -> documents.add((Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument")));
        return documents.stream().flatMap(document -> ((List<Map<String, Object>>) document.get("Statement")).stream())
                .filter(statement -> "Allow".equals(statement.get("Effect"))).toList();
    }

    /** A statement's actions as a list, whether the template wrote one or many. */
    @SuppressWarnings("unchecked")
    static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(action));
    }

    /** cdk-nag's unsuppressed errors on {@code stack}, one line each: rule, path, detail. */
    static List<String> nagErrors(Stack stack) {
        List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        return errors.stream().map(message -> message.getId() + ": " + message.getEntry().getData()).sorted().toList();
    }
}
