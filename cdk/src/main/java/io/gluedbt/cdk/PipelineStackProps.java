package io.gluedbt.cdk;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the pipeline stack needs from outside: the Glue session role (the only role the functions may pass), the
 * data lake location the blog's profiles read as DBT_S3_LOCATION, the scheduled runs, and the build outputs.
 */
public record PipelineStackProps(String sessionRoleArn, String dataLakeLocation, List<ProjectSchedule> schedules, BuildOutputs buildOutputs) {
    public PipelineStackProps {
        requireNonNull(sessionRoleArn, "sessionRoleArn is null");
        requireNonNull(dataLakeLocation, "dataLakeLocation is null");
        schedules = List.copyOf(requireNonNull(schedules, "schedules is null"));
        requireNonNull(buildOutputs, "buildOutputs is null");
    }
}
