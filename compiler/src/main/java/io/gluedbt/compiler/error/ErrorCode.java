package io.gluedbt.compiler.error;

/**
 * Error codes in ranges: user 1xxx (project, parse, compile), external 2xxx (Glue, S3), internal 9xxx.
 * The enum constant's name is the Step Functions error name used by Retry and Catch.
 */
public enum ErrorCode {
    PROJECT_NOT_FOUND(1001),
    PROJECT_INVALID(1002),
    YAML_INVALID(1003),
    PROFILE_NOT_FOUND(1004),
    TARGET_NOT_FOUND(1005),
    ENV_VAR_MISSING(1006),
    VAR_MISSING(1007),
    VARS_INVALID(1008),
    JINJA_SYNTAX(1010),
    JINJA_RENDER(1011),
    MACRO_NOT_FOUND(1012),
    COMPILER_ERROR(1013),
    CONFIG_INVALID(1014),
    REF_NOT_FOUND(1020),
    SOURCE_NOT_FOUND(1021),
    DUPLICATE_RESOURCE(1022),
    DEPENDENCY_CYCLE(1023),
    SCHEMA_YML_INVALID(1024),
    SEED_INVALID(1025),
    SNAPSHOT_INVALID(1026),
    SELECTOR_INVALID(1030),
    MATERIALIZATION_INVALID(1040),
    INCREMENTAL_STRATEGY_INVALID(1041),
    DOC_NOT_FOUND(1042),
    PACKAGE_INVALID(1043),
    /** A Glue interactive session could not be created, did not become READY, or died while in use. */
    GLUE_SESSION_FAILED(2001),
    /** An AWS API call (Glue, S3) failed, or stayed throttled past the retry budget. */
    GLUE_API_FAILED(2002),
    /** Lake Formation tags, data cell filters or grants could not be applied. */
    LAKE_FORMATION_FAILED(2003),
    INTERNAL(9001);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean isUserError() {
        return number < 2000;
    }
}
