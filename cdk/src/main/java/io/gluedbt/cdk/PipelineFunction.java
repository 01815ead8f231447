package io.gluedbt.cdk;

import software.amazon.awscdk.Duration;

/**
 * The four Lambda steps, their handler classes in the functions jar, and their sizing. Lambda gives CPU in
 * proportion to memory (one full vCPU at 1,769 MB), so memory is chosen for CPU where the work is CPU-bound and
 * kept small where a step only waits on one API call; timeouts cover the slowest legitimate call with margin.
 */
public enum PipelineFunction {
    /**
     * 2,048 MB: Jinja rendering and planning are CPU-bound (about 1.2 vCPU here); 5 minutes: a 2,000-model project plus
     * one catalog lookup per incremental model, and the pool's CreateSession calls (not waited for). /tmp stays at the 512 MB default (SnapStart allows no more): ten times
     * the largest project archive accepted (50 MB uncompressed).
     */
    COMPILE("Compile", "io.gluedbt.functions.CompileHandler", 2048, Duration.minutes(5)),
    /**
     * 512 MB: claims a node (a short S3 listing and a conditional write) and makes one RunStatement (payload staged in S3
     * past 68,000 characters), or checks its session / stops it; 1 minute: a few API calls with retries.
     */
    RUN_NODE("RunNode", "io.gluedbt.functions.RunNodeHandler", 512, Duration.minutes(1)),
    /** 512 MB: one GetStatement and one small S3 write; 1 minute: one API call with retries. */
    POLL_NODE("PollNode", "io.gluedbt.functions.PollNodeHandler", 512, Duration.minutes(1)),
    /** 1,024 MB: reads every node's result to write run_results.json; 5 minutes: thousands of S3 reads plus stopping every session. */
    FINALIZE("Finalize", "io.gluedbt.functions.FinalizeHandler", 1024, Duration.minutes(5));

    private final String stepName;
    private final String handlerClass;
    private final int memoryMegabytes;
    private final Duration timeout;

    PipelineFunction(String stepName, String handlerClass, int memoryMegabytes, Duration timeout) {
        this.stepName = stepName;
        this.handlerClass = handlerClass;
        this.memoryMegabytes = memoryMegabytes;
        this.timeout = timeout;
    }

    /** The ASL state name and construct id: Compile, RunNode, PollNode, Finalize. */
    public String stepName() {
        return stepName;
    }

    public String handlerClass() {
        return handlerClass;
    }

    /** The Lambda handler string. */
    public String handler() {
        return handlerClass + "::handleRequest";
    }

    /** The ASL placeholder this function's alias ARN replaces: {@code ${CompileFunctionArn}}. */
    public String placeholder() {
        return stepName + "FunctionArn";
    }

    public int memoryMegabytes() {
        return memoryMegabytes;
    }

    public Duration timeout() {
        return timeout;
    }
}
