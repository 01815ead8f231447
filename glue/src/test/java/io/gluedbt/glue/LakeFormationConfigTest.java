package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lakeformation.model.DataCellsFilter;

class LakeFormationConfigTest {
    @Test
    void readsDbtGluesTagsAndFilters() {
        LakeFormationConfig config = LakeFormationConfig.from("gold_cost_metrics", Map.of(
                "lf_tags_config", Map.of("enabled", true, "drop_existing", true, "tags_table", Map.of("domain", "taxi"),
                        "tags_columns", Map.of("sensitivity", Map.of("pii", List.of("driver_id")))),
                "lf_grants", Map.of("data_cell_filters", Map.of("enabled", true, "filters", Map.of(
                        "only_vendor_1", Map.of("row_filter", "vendor_id = 1", "principals", List.of("arn:aws:iam::1:role/analyst"),
                                "excluded_column_names", List.of("driver_id")))))));
        LakeFormationConfig.Tags tags = config.tags().orElseThrow();
        assertThat(tags.dropExisting()).isTrue();
        assertThat(tags.table()).containsExactly(Map.entry("domain", "taxi"));
        assertThat(tags.columns()).containsExactly(Map.entry("sensitivity", Map.of("pii", List.of("driver_id"))));
        LakeFormationConfig.Filter filter = config.filters().orElseThrow().filters().get("only_vendor_1");
        DataCellsFilter data = LakeFormationApplier.filterData("123456789012", "gold", "cost", "only_vendor_1", filter);
        assertThat(data.rowFilter().filterExpression()).isEqualTo("vendor_id = 1");
        assertThat(data.columnWildcard().excludedColumnNames()).containsExactly("driver_id");
        assertThat(data.hasColumnNames()).isFalse();
    }

    @Test
    void disabledOrAbsentConfigDoesNothing() {
        LakeFormationConfig config = LakeFormationConfig.from("m", Map.of("lf_tags_config", Map.of("enabled", false, "tags_table", Map.of("a", "b"))));
        assertThat(config.tags()).isEmpty();
        assertThat(config.filters()).isEmpty();
    }

    @Test
    void badShapesNameTheConfigKey() {
        assertThatThrownBy(() -> LakeFormationConfig.from("m", Map.of("lf_grants", Map.of("data_cell_filters",
                Map.of("enabled", true, "filters", Map.of("f", Map.of("principals", List.of())))))))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("model 'm': config 'lf_grants.data_cell_filters.filters.f.row_filter' is required (a SQL condition, or TRUE for every row)");
        assertThatThrownBy(() -> LakeFormationConfig.from("m", Map.of("lf_tags_config", "yes")))
                .isInstanceOf(GluedbtException.class).hasMessage("model 'm': config 'lf_tags_config' must be a mapping, got 'yes'");
    }
}
