package io.gluedbt.cdk;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the app packages from the rest of the build: the functions' shaded jar (the Lambda code) and the
 * directory of the ASL files. Maven passes both as system properties (cdk/pom.xml); the defaults are the
 * paths relative to the repository root, where {@code npx cdk} runs.
 */
public record BuildOutputs(Path functionsJar, Path statemachineDirectory) {
    public static final String FUNCTIONS_JAR_PROPERTY = "gluedbt.functions.jar";
    public static final String STATEMACHINE_DIRECTORY_PROPERTY = "gluedbt.statemachine.dir";

    public BuildOutputs {
        requireNonNull(functionsJar, "functionsJar is null");
        requireNonNull(statemachineDirectory, "statemachineDirectory is null");
        if (!Files.isRegularFile(functionsJar)) {
            throw new IllegalStateException("the functions jar " + functionsJar + " does not exist: build it first with"
                    + " `mvn -B -pl functions -am package -DskipTests` (or run the cdk module in the same reactor)");
        }
        if (!Files.isRegularFile(statemachineDirectory.resolve(StateMachineFiles.RUN))) {
            throw new IllegalStateException("no " + StateMachineFiles.RUN + " in " + statemachineDirectory);
        }
    }

    public static BuildOutputs fromSystemProperties() {
        return new BuildOutputs(
                Path.of(System.getProperty(FUNCTIONS_JAR_PROPERTY, "functions/target/gluedbt-functions-0.1.0-SNAPSHOT-lambda.jar")).toAbsolutePath().normalize(),
                Path.of(System.getProperty(STATEMACHINE_DIRECTORY_PROPERTY, "statemachine")).toAbsolutePath().normalize());
    }

    public Path runDefinition() {
        return statemachineDirectory.resolve(StateMachineFiles.RUN);
    }

    public Path laneDefinition() {
        return statemachineDirectory.resolve(StateMachineFiles.LANE);
    }
}
