package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.DocBlock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders {@code {{ doc('name') }}} (and {@code doc('package', 'name')}) in descriptions from the docs blocks. */
final class DocRenderer {
    private static final Pattern DOC = Pattern.compile("\\{\\{\\s*doc\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]+)['\"]\\s*)?\\)\\s*}}");

    private final Map<String, DocBlock> docsByName;

    DocRenderer(Map<String, DocBlock> docsByName) {
        this.docsByName = docsByName;
    }

    String render(String description, SourcePosition position) {
        if (description == null) {
            return "";
        }
        if (!description.contains("doc(")) {
            return description;
        }
        Matcher matcher = DOC.matcher(description);
        StringBuilder output = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
            String key = matcher.group(2) != null ? matcher.group(1) + "." + matcher.group(2) : name;
            DocBlock block = docsByName.get(key);
            if (block == null) {
                block = docsByName.get(name);
            }
            if (block == null) {
                throw new GluedbtException(ErrorCode.DOC_NOT_FOUND, position,
                        "doc('" + name + "') not found: no {% docs " + name + " %} block" + Suggestions.didYouMean(name, docsByName.keySet()));
            }
            matcher.appendReplacement(output, Matcher.quoteReplacement(block.blockContents()));
        }
        matcher.appendTail(output);
        return output.toString();
    }
}
