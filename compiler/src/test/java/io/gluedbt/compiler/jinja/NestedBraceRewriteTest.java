package io.gluedbt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jinja2 balances brackets inside an expression; Jinjava ends it at the first "}}": nested dict literals get a space. */
class NestedBraceRewriteTest {
    @Test
    void nestedDictLiteralsInsideAnExpressionGetSeparatedClosingBraces() {
        assertThat(TemplateRewriter.separateNestedClosingBraces("{{ config(tags={'a': {'b': ['c']}}) }}"))
                .isEqualTo("{{ config(tags={'a': {'b': ['c']} }) }}");
        assertThat(TemplateRewriter.separateNestedClosingBraces("{{ {'a': {'b': 1}}}}"))
                .isEqualTo("{{ {'a': {'b': 1} } }}");
        assertThat(TemplateRewriter.separateNestedClosingBraces("{% set x = {'a': {'b': 1}}%}\n{{ x }}"))
                .isEqualTo("{% set x = {'a': {'b': 1} }%}\n{{ x }}");
    }

    @Test
    void textStringsAndCommentsAreLeftAlone() {
        String template = "select '}}' as a, {{ \"}}\" }} {# {'a': {'b': 1}} #} from t where x = '{}}'";
        assertThat(TemplateRewriter.separateNestedClosingBraces(template)).isEqualTo(template);
    }

    @Test
    void dbtGluesDocumentedLakeFormationConfigRenders() {
        String template = """
                {{ config(
                    lf_tags_config={
                          'enabled': true,
                          'tags_columns': {
                            'name_of_my_lf_tag': {
                              'value_of_my_tag': ['customer_id'],
                            }}}
                ) }}
                select 1""";
        assertThat(TemplateRewriter.rewrite(template)).contains("} } }").doesNotContain("}}}");
        assertThat(TemplateRewriter.rewrite(template).lines().count()).isEqualTo(template.lines().count());
    }
}
