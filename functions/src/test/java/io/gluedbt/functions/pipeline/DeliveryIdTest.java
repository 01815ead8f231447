package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.functions.CompileRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

class DeliveryIdTest {
    private static final HeadObjectResponse HEAD = HeadObjectResponse.builder().eTag("\"head-etag\"").build();

    private static CompileRequest request(String versionId, String etag, String deliveryId) {
        return new CompileRequest("run-1", "projects", "projects/demo.zip", versionId, etag, deliveryId, null, null, null, null, null, null, null);
    }

    @Test
    void theRequestsDeliveryIdWins() {
        assertThat(CompileService.deliveryId(request("v1", "e1", "schedule-nightly-2026-11-30T00:00:00Z"), HEAD))
                .isEqualTo("schedule-nightly-2026-11-30T00:00:00Z");
    }

    @Test
    void anUploadIsIdentifiedByItsVersionThenItsEtag() {
        assertThat(CompileService.deliveryId(request("v1", "e1", null), HEAD)).isEqualTo("v1");
        assertThat(CompileService.deliveryId(request(null, "\"e1\"", ""), HEAD)).isEqualTo("e1");
        assertThat(CompileService.deliveryId(request(null, null, null), HEAD)).isEqualTo("head-etag");
        assertThat(CompileService.deliveryId(request(null, null, null), HEAD.toBuilder().versionId("v9").build())).isEqualTo("v9");
    }
}
