package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.ResourceType;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The search behind each dbt selection method, over the candidate members of a graph. */
final class SelectorMethods {
    /** Every resource_type value dbt accepts (some have no resources in gluedbt and match nothing). */
    private static final Set<String> DBT_RESOURCE_TYPES = Set.of("model", "analysis", "test", "snapshot", "operation",
            "seed", "rpc", "sql_operation", "doc", "source", "macro", "exposure", "metric", "group", "saved_query",
            "semantic_model", "unit_test", "fixture");

    private final GraphMember[] members;
    private final String projectName;

    SelectorMethods(GraphMember[] members, String projectName) {
        this.members = members;
        this.projectName = projectName;
    }

    BitSet search(SelectionCriteria criteria, BitSet candidates) {
        String value = criteria.value();
        List<String> arguments = criteria.arguments();
        return switch (criteria.method()) {
            case FQN -> {
                QualifiedName name = QualifiedName.of(value);
                yield filter(candidates, member -> member.resourceType() != ResourceType.SOURCE
                        && name.matches(member.fqn(), member.flatFqn(), member.isVersioned()));
            }
            case TAG -> filter(candidates, member -> member.tags().stream().anyMatch(tag -> Glob.fnmatch(tag, value)));
            case GROUP -> filter(candidates, member -> member.node() != null
                    && member.config().get("group") != null && Glob.fnmatch(String.valueOf(member.config().get("group")), value));
            case ACCESS -> filter(candidates, member -> member.resourceType() == ResourceType.MODEL
                    && value.equals(String.valueOf(member.config().getOrDefault("access", "protected"))));
            case SOURCE -> sources(candidates, value);
            case EXPOSURE -> exposures(candidates, value);
            case PATH -> filter(candidates, member -> pathMatches(member, value));
            case FILE -> filter(candidates, member -> fileMatches(member.originalFilePath(), value));
            case PACKAGE -> {
                String wanted = value.equals("this") ? projectName : value;
                yield filter(candidates, member -> Glob.fnmatch(member.packageName(), wanted));
            }
            case CONFIG -> filter(candidates, member -> member.resourceType() != ResourceType.EXPOSURE
                    && ConfigMatch.matches(member.config(), arguments, value));
            case RESOURCE_TYPE -> resourceTypes(candidates, value);
            case TEST_NAME -> filter(candidates, member -> member.isGenericTest()
                    && Glob.fnmatch(member.node().testMetadata().name(), value));
            case TEST_TYPE -> testTypes(candidates, value);
            case METRIC, SEMANTIC_MODEL, SAVED_QUERY, UNIT_TEST -> new BitSet();
            case STATE, RESULT, SOURCE_STATUS, VERSION -> throw new GluedbtException(ErrorCode.SELECTOR_INVALID,
                    "The '" + criteria.method().dbtName() + "' selector method in " + criteria.raw()
                            + " is not supported by gluedbt yet");
        };
    }

    private BitSet filter(BitSet candidates, Predicate<GraphMember> predicate) {
        BitSet result = new BitSet(members.length);
        for (int index = candidates.nextSetBit(0); index >= 0; index = candidates.nextSetBit(index + 1)) {
            if (predicate.test(members[index])) {
                result.set(index);
            }
        }
        return result;
    }

    private BitSet sources(BitSet candidates, String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length > 3) {
            throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Invalid source selector value \"" + value
                    + "\". Sources must be of the form `${source_name}`, `${source_name}.${target_name}`, or "
                    + "`${package_name}.${source_name}.${target_name}`");
        }
        String packagePattern = parts.length == 3 ? parts[0] : "*";
        String sourcePattern = parts[parts.length == 3 ? 1 : 0];
        String tablePattern = parts.length == 1 ? "*" : parts[parts.length - 1];
        return filter(candidates, member -> member.source() != null
                && Glob.fnmatch(member.packageName(), packagePattern)
                && Glob.fnmatch(member.source().sourceName(), sourcePattern)
                && Glob.fnmatch(member.name(), tablePattern));
    }

    private BitSet exposures(BitSet candidates, String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length > 2) {
            throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Invalid exposure selector value \"" + value
                    + "\". Exposures must be of the form ${exposure_name} or ${exposure_package.exposure_name}");
        }
        String packagePattern = parts.length == 2 ? parts[0] : "*";
        String namePattern = parts[parts.length - 1];
        return filter(candidates, member -> member.exposure() != null
                && Glob.fnmatch(member.packageName(), packagePattern) && Glob.fnmatch(member.name(), namePattern));
    }

    private BitSet resourceTypes(BitSet candidates, String value) {
        if (!DBT_RESOURCE_TYPES.contains(value)) {
            throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Invalid resource_type selector \"" + value + "\"");
        }
        return filter(candidates, member -> member.resourceType().dbtName().equals(value));
    }

    private BitSet testTypes(BitSet candidates, String value) {
        return switch (value) {
            case "generic", "schema" -> filter(candidates, GraphMember::isGenericTest);
            case "singular" -> filter(candidates, member -> member.isTest() && !member.isGenericTest());
            case "data" -> filter(candidates, GraphMember::isTest);
            case "unit" -> new BitSet();
            default -> throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Invalid test type selector " + value
                    + ": expected \"generic\", \"singular\", \"unit\", or \"data\"");
        };
    }

    private static boolean pathMatches(GraphMember member, String pattern) {
        String path = member.originalFilePath();
        if (!path.isEmpty()) {
            String candidate = Glob.normalize(path);
            while (true) {
                if (Glob.pathMatches(candidate, pattern)) {
                    return true;
                }
                int slash = candidate.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                candidate = candidate.substring(0, slash);
            }
        }
        String patchPath = member.patchPath();
        if (patchPath != null && patchPath.contains("://")) {
            return Glob.pathMatches(patchPath.substring(patchPath.indexOf("://") + 3), pattern);
        }
        return false;
    }

    private static boolean fileMatches(String path, String pattern) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return Glob.fnmatch(fileName, pattern) || Glob.fnmatch(stem, pattern);
    }
}
