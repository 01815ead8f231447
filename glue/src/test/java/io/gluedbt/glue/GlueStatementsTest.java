package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.glue.model.GlueException;

class GlueStatementsTest {
    private static GlueException glueError(String code, int status) {
        return (GlueException) GlueException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("no").build()).build();
    }

    @Test
    void throttlingAndQuotaErrorsAreThrottledAlsoWhenWrapped() {
        assertThat(GlueStatements.throttled(glueError("ThrottlingException", 400))).isTrue();
        assertThat(GlueStatements.throttled(glueError("ConcurrentRunsExceededException", 400))).isTrue();
        assertThat(GlueStatements.throttled(new GluedbtException(ErrorCode.GLUE_API_FAILED, "RunStatement failed after 9 attempts (throttled)",
                glueError("ResourceNumberLimitExceededException", 400)))).isTrue();
    }

    @Test
    void otherErrorsAreNot() {
        assertThat(GlueStatements.throttled(glueError("EntityNotFoundException", 400))).isFalse();
        assertThat(GlueStatements.throttled(new IllegalStateException("boom"))).isFalse();
    }
}
