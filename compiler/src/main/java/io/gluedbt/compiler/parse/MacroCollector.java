package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.jinja.Block;
import io.gluedbt.compiler.jinja.BlockExtractor;
import io.gluedbt.compiler.jinja.MacroFile;
import io.gluedbt.compiler.model.DocBlock;
import io.gluedbt.compiler.model.Macro;
import io.gluedbt.compiler.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects macros ({@code {% macro %}} and {@code {% test %}} blocks) from gluedbt's built-ins, each
 * project's macro paths and its {@code tests/generic/} folder, and docs blocks from {@code .md} files.
 */
final class MacroCollector {
    static final String INTERNAL_PACKAGE = "dbt";
    private static final String BUILTIN_ROOT = "io/gluedbt/compiler/macros/";

    private final List<MacroFile> files = new ArrayList<>();
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<String, DocBlock> docs = new LinkedHashMap<>();

    void addBuiltins() {
        for (String name : resource("index.txt").split("\n")) {
            if (!name.isBlank()) {
                String path = "macros/" + name.trim();
                add(INTERNAL_PACKAGE, path, path, resource(name.trim()));
            }
        }
    }

    void addProject(Project project) {
        for (SourceFile file : ProjectFiles.list(project, project.macroPaths(), Set.of("sql"))) {
            add(project.name(), file.originalFilePath(), file.displayPath(), file.text());
        }
        List<String> genericTestPaths = project.testPaths().stream().map(path -> path + "/generic").toList();
        for (SourceFile file : ProjectFiles.list(project, genericTestPaths, Set.of("sql"))) {
            add(project.name(), file.originalFilePath(), file.displayPath(), file.text());
        }
        List<String> docsPaths = project.docsPaths();
        for (SourceFile file : ProjectFiles.list(project, docsPaths, Set.of("md"))) {
            for (Block block : BlockExtractor.extract(file.text(), file.displayPath())) {
                if (block.kind().equals("docs")) {
                    docs.put("doc." + project.name() + "." + block.name(), new DocBlock("doc." + project.name() + "." + block.name(),
                            project.name(), block.name(), file.pathInResource(), file.originalFilePath(), block.body().strip()));
                }
            }
        }
    }

    private void add(String packageName, String originalPath, String displayPath, String text) {
        boolean any = false;
        for (Block block : BlockExtractor.extract(text, displayPath)) {
            if (!block.kind().equals("macro") && !block.kind().equals("test")) {
                continue;
            }
            any = true;
            String name = block.kind().equals("test") ? "test_" + block.name() : block.name();
            String uniqueId = "macro." + packageName + "." + name;
            List<String> arguments = block.arguments().isBlank() ? List.of()
                    : Arrays.stream(block.arguments().split(",")).map(argument -> argument.split("=")[0].trim()).toList();
            macros.put(uniqueId, new Macro(uniqueId, packageName, name, originalPath, originalPath, block.line(), block.fullText(), arguments, List.of()));
        }
        if (any) {
            files.add(new MacroFile(packageName, displayPath, text));
        }
    }

    List<MacroFile> files() {
        return files;
    }

    Map<String, Macro> macros() {
        return macros;
    }

    Map<String, DocBlock> docs() {
        return docs;
    }

    /** Docs by name, and by {@code package.name} for the two-argument {@code doc()}. */
    Map<String, DocBlock> docsByName() {
        Map<String, DocBlock> byName = new LinkedHashMap<>();
        docs.values().forEach(block -> {
            byName.putIfAbsent(block.name(), block);
            byName.put(block.packageName() + "." + block.name(), block);
        });
        return byName;
    }

    private static String resource(String name) {
        try (InputStream stream = MacroCollector.class.getClassLoader().getResourceAsStream(BUILTIN_ROOT + name)) {
            if (stream == null) {
                throw new IllegalStateException("built-in macro resource missing: " + BUILTIN_ROOT + name);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
