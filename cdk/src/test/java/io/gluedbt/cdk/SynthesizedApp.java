package io.gluedbt.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
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

    /** cdk-nag's unsuppressed errors on {@code stack}, one line each: rule, path, detail. */
    static List<String> nagErrors(Stack stack) {
        List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        return errors.stream().map(message -> message.getId() + ": " + message.getEntry().getData()).sorted().toList();
    }
}
