package io.gluedbt.compiler.yaml;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts a composed SnakeYAML node tree into plain Java values and records, by identity, the
 * 1-based line of every map and list, of every map key and of every list item.
 */
final class YamlConverter {
    private final String displayPath;
    private final ScalarConstructor scalars;
    final Map<Object, Integer> containerLines = new IdentityHashMap<>();
    final Map<Object, Map<String, Integer>> keyLines = new IdentityHashMap<>();
    final Map<Object, int[]> itemLines = new IdentityHashMap<>();

    YamlConverter(String displayPath, LoaderOptions options) {
        this.displayPath = displayPath;
        this.scalars = new ScalarConstructor(options);
    }

    Object convert(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalars.construct(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            int[] lines = new int[sequence.getValue().size()];
            for (Node item : sequence.getValue()) {
                lines[list.size()] = lineOf(item);
                list.add(convert(item));
            }
            containerLines.put(list, lineOf(node));
            itemLines.put(list, lines);
            return list;
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping);
        }
        throw new GluedbtException(ErrorCode.YAML_INVALID, position(node), "unsupported YAML node " + node.getNodeId());
    }

    private Map<String, Object> convertMapping(MappingNode mapping) {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                merges.add(tuple.getValueNode());
                continue;
            }
            String key = keyOf(keyNode);
            Integer first = lines.get(key);
            if (first != null) {
                throw new GluedbtException(ErrorCode.YAML_INVALID, position(keyNode),
                        "duplicate key '" + key + "' (first defined at line " + first + "); remove one of them");
            }
            lines.put(key, lineOf(keyNode));
            map.put(key, convert(tuple.getValueNode()));
        }
        for (Node merge : merges) {
            mergeInto(map, lines, merge);
        }
        containerLines.put(map, lineOf(mapping));
        keyLines.put(map, lines);
        return map;
    }

    @SuppressWarnings("unchecked")
    private void mergeInto(Map<String, Object> map, Map<String, Integer> lines, Node merge) {
        List<Node> sources = merge instanceof SequenceNode sequence ? sequence.getValue() : List.of(merge);
        for (Node source : sources) {
            if (!(source instanceof MappingNode)) {
                throw new GluedbtException(ErrorCode.YAML_INVALID, position(source),
                        "the merge key '<<' needs a mapping (an alias like *defaults), not a " + source.getNodeId().name());
            }
            Map<String, Object> merged = (Map<String, Object>) convert(source);
            Map<String, Integer> mergedLines = keyLines.get(merged);
            for (Map.Entry<String, Object> entry : merged.entrySet()) {
                if (!map.containsKey(entry.getKey())) {
                    map.put(entry.getKey(), entry.getValue());
                    lines.put(entry.getKey(), mergedLines.get(entry.getKey()));
                }
            }
        }
    }

    private String keyOf(Node keyNode) {
        if (keyNode instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new GluedbtException(ErrorCode.YAML_INVALID, position(keyNode),
                "a mapping key must be a plain value, not a " + keyNode.getNodeId().name());
    }

    private SourcePosition position(Node node) {
        return new SourcePosition(displayPath, lineOf(node), node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1);
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
