package io.gluedbt.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void fnmatchLikePython() {
        assertThat(Glob.fnmatch("nightly", "night*")).isTrue();
        assertThat(Glob.fnmatch("a/b", "a*")).isTrue();
        assertThat(Glob.fnmatch("abc", "a?c")).isTrue();
        assertThat(Glob.fnmatch("abc", "a[bx]c")).isTrue();
        assertThat(Glob.fnmatch("abc", "a[!b]c")).isFalse();
        assertThat(Glob.fnmatch("a.c", "a.c")).isTrue();
        assertThat(Glob.fnmatch("abc", "a.c")).isFalse();
        assertThat(Glob.fnmatch("Nightly", "nightly")).isFalse();
        assertThat(Glob.fnmatch("a[", "a[")).isTrue();
    }

    @Test
    void pathGlobsMatchSegmentBySegment() {
        assertThat(Glob.pathMatches("models/gold/x.sql", "models/*/x.sql")).isTrue();
        assertThat(Glob.pathMatches("models/gold/sub/x.sql", "models/*/x.sql")).isFalse();
        assertThat(Glob.pathMatches("models/gold/sub/x.sql", "models/**/x.sql")).isTrue();
        assertThat(Glob.pathMatches("models/x.sql", "models/**/x.sql")).isTrue();
        assertThat(Glob.pathMatches("models/gold", "./models/gold/")).isTrue();
    }

    @Test
    void versionedModelsMatchByNameOrNameAndVersion() {
        List<String> fqn = List.of("p", "orders", "v2");

        assertThat(QualifiedName.matches("orders", fqn, true)).isTrue();
        assertThat(QualifiedName.matches("orders.v2", fqn, true)).isTrue();
        assertThat(QualifiedName.matches("orders_v2", fqn, true)).isTrue();
        assertThat(QualifiedName.matches("orders.v1", fqn, true)).isFalse();
    }
}
