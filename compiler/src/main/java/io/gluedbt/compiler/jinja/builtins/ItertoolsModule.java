package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.List;

/** {@code modules.itertools}: {@code chain(*iterables)} and {@code product(*iterables, repeat=1)}, as lists. */
final class ItertoolsModule implements PythonObject {

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "chain" -> {
                List<Object> items = new ArrayList<>();
                arguments.positional().forEach(iterable -> items.addAll(PythonValues.iterate(iterable)));
                yield items;
            }
            case "product" -> product(arguments);
            default -> NO_SUCH_METHOD;
        };
    }

    private static List<Object> product(PythonArguments arguments) {
        List<List<Object>> pools = new ArrayList<>();
        int repeat = PythonValues.toInt(arguments.keywords().getOrDefault("repeat", 1L));
        for (int i = 0; i < repeat; i++) {
            arguments.positional().forEach(iterable -> pools.add(PythonValues.iterate(iterable)));
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of());
        for (List<Object> pool : pools) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> row : rows) {
                for (Object item : pool) {
                    List<Object> extended = new ArrayList<>(row);
                    extended.add(item);
                    next.add(extended);
                }
            }
            rows = next;
        }
        List<Object> tuples = new ArrayList<>();
        rows.forEach(row -> tuples.add(new PythonTuple(row)));
        return tuples;
    }

    @Override
    public String toString() {
        return "<module 'itertools' (built-in)>";
    }
}
