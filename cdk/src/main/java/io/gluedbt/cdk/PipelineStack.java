package io.gluedbt.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * The cloud run: the project bucket (zips under projects/, S3 events to EventBridge), the artifacts bucket
 * (runs/&lt;runId&gt;/, expiring), the four Lambda steps, the two state machines, and what starts them.
 */
public final class PipelineStack extends Stack {
    /** Run artifacts (plan.json, manifest.json, results, run_results.json) are kept this long. */
    static final int ARTIFACT_DAYS = 90;

    private final Bucket projects;
    private final Bucket artifacts;
    private final PipelineFunctions functions;
    private final RunStateMachines machines;

    public PipelineStack(Construct scope, String id, StackProps stackProps, PipelineStackProps props) {
        super(scope, id, stackProps);
        Bucket logs = Buckets.accessLogs(this, "AccessLogs");
        this.projects = Buckets.versionedData(this, "Projects", logs);
        Buckets.sendEventsToEventBridge(projects);
        this.artifacts = Buckets.expiring(this, "Artifacts", null, logs, ARTIFACT_DAYS);
        this.functions = new PipelineFunctions(this, "Functions", props, artifacts, projects);
        this.machines = new RunStateMachines(this, "StateMachines", props.buildOutputs(), functions);
        new ProjectTriggers(this, "Triggers", projects, machines.run(), props.schedules());

        CfnOutput.Builder.create(this, "ProjectBucketName").value(projects.getBucketName())
                .description("Upload project zips to s3://<this>/projects/<name>.zip").build();
        CfnOutput.Builder.create(this, "ArtifactsBucketName").value(artifacts.getBucketName())
                .description("Run artifacts: runs/<execution name>/").build();
        CfnOutput.Builder.create(this, "StateMachineArn").value(machines.run().getStateMachineArn()).description("The gluedbt run").build();
    }

    public Bucket projects() {
        return projects;
    }

    public Bucket artifacts() {
        return artifacts;
    }

    public PipelineFunctions functions() {
        return functions;
    }

    public RunStateMachines machines() {
        return machines;
    }
}
