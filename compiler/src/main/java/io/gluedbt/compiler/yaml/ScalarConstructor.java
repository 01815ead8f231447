package io.gluedbt.compiler.yaml;

import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one resolved scalar node into a plain Java value with SnakeYAML's own YAML 1.1 rules
 * (ints in any base, floats, booleans, null). Timestamps and binary stay the text as written, big
 * integers become Long when they fit and their text otherwise, so callers only ever see
 * String/Integer/Long/Double/Boolean/null.
 */
final class ScalarConstructor extends SafeConstructor {
    ScalarConstructor(LoaderOptions options) {
        super(options);
    }

    Object construct(ScalarNode node) {
        Tag tag = node.getTag();
        if (Tag.STR.equals(tag) || Tag.TIMESTAMP.equals(tag) || Tag.BINARY.equals(tag)) {
            return node.getValue();
        }
        if (Tag.NULL.equals(tag) || Tag.BOOL.equals(tag) || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            Object value = constructObject(node);
            if (value instanceof BigInteger big) {
                return big.bitLength() < 64 ? (Object) big.longValue() : node.getValue();
            }
            if (value instanceof Float number) {
                return number.doubleValue();
            }
            return value;
        }
        return node.getValue();
    }
}
