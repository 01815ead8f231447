package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.graph.LsFormatter;
import io.gluedbt.compiler.graph.LsOutput;
import io.gluedbt.compiler.model.ResourceType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gluedbt ls}: lists selected resources as dbt does. */
@Command(name = "ls", aliases = "list", description = "List the selected resources.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--resource-type", arity = "1..*", description = "model, seed, snapshot, test, source, exposure, analysis, all.")
    List<String> resourceTypes = List.of();

    @Option(names = {"-o", "--output"}, description = "selector (default), name, path or json.")
    String output = "selector";

    @Override
    public Integer call() {
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Set<ResourceType> types = resourceTypes.isEmpty() ? LsFormatter.DEFAULT_RESOURCE_TYPES : parseTypes();
        LsOutput format = LsOutput.valueOf(output.toUpperCase(Locale.ROOT));
        for (String line : LsFormatter.lines(session.manifest(), session.select(selection.toRequest()), types, format)) {
            System.out.println(line);
        }
        return 0;
    }

    private Set<ResourceType> parseTypes() {
        if (resourceTypes.contains("all")) {
            return LsFormatter.ALL_RESOURCE_TYPES;
        }
        EnumSet<ResourceType> types = EnumSet.noneOf(ResourceType.class);
        resourceTypes.forEach(type -> types.add(ResourceType.fromDbtName(type)));
        return types;
    }
}
