#!/usr/bin/env python3
"""Compare a gluedbt manifest.json with dbt-core's (the oracle) on what matters semantically.

Usage:
  compare_manifests.py OURS.json THEIRS.json [--compiled-ours DIR --compiled-theirs DIR]
                       [--ignore-unique-id-hash]

Checked for every node of `nodes` (models, seeds, snapshots, tests, analyses, and any other
resource type present on both sides; `operation` hook nodes only when both sides have them),
every `sources` entry and every `exposures` entry:
  - the set of unique_ids (with --ignore-unique-id-hash, the trailing `.<10 hex>` of generic
    test unique_ids is dropped on both sides before matching);
  - NODE_FIELDS / SOURCE_FIELDS (resource_type, fqn, database, schema, alias, relation_name, ...);
  - depends_on.nodes as a sorted list;
  - config restricted to CONFIG_KEYS plus every key either side lists in `unrendered_config`
    (dbt records there exactly the keys the user set in dbt_project.yml, config() calls and
    yml `config:` blocks, so project-specific keys such as file_format or table_properties are
    covered without a project scan); a key missing on one side counts as CONFIG_DEFAULTS[key]
    (None when not listed); pre-hook/post-hook compare only their `sql`, whitespace-normalised;
  - tests: column_name, attached_node, test_metadata (name, namespace, kwargs);
  - compiled_code of models, snapshots, analyses and tests, whitespace-normalised
    (every run of whitespace -> one space, then strip; case-sensitive).
With --compiled-ours/--compiled-theirs, the two `target/compiled` trees are also compared:
same relative file paths, same whitespace-normalised contents.

Prints one line per difference, then `N passed, M failed` (one check = one node, source,
exposure or compiled file). Exit 0 when nothing differs, 1 otherwise, 2 on bad input.
Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Any, Dict, Iterable, List, Optional, Tuple

# Config keys compared for every node (in addition to the node's unrendered_config keys).
CONFIG_KEYS: Tuple[str, ...] = (
    "materialized", "enabled", "tags", "schema", "alias", "database",
    "unique_key", "incremental_strategy", "file_format", "partition_by",
    "on_schema_change", "persist_docs", "pre-hook", "post-hook", "full_refresh",
    "meta", "column_types", "quoting",
    # tests
    "severity", "where", "limit", "store_failures", "fail_calc", "warn_if", "error_if",
    # snapshots
    "strategy", "updated_at", "check_cols", "target_schema", "target_database",
)
# Value assumed for a config key that one side omits (dbt always writes every key).
CONFIG_DEFAULTS: Dict[str, Any] = {
    "enabled": True, "tags": [], "meta": {}, "persist_docs": {}, "pre-hook": [],
    "post-hook": [], "quoting": {}, "column_types": {},
}
NODE_FIELDS: Tuple[str, ...] = (
    "resource_type", "package_name", "name", "fqn", "database", "schema", "alias",
    "relation_name", "original_file_path",
)
SOURCE_FIELDS: Tuple[str, ...] = (
    "resource_type", "package_name", "name", "source_name", "fqn", "database", "schema",
    "identifier", "relation_name", "original_file_path",
)
EXPOSURE_FIELDS: Tuple[str, ...] = ("resource_type", "name", "fqn", "type")
TEST_FIELDS: Tuple[str, ...] = ("column_name", "attached_node")
COMPILED_TYPES = frozenset({"model", "snapshot", "analysis", "test"})
ONLY_WHEN_BOTH = frozenset({"operation"})
HOOK_KEYS = ("pre-hook", "post-hook")
_TEST_HASH = re.compile(r"\.[0-9a-f]{10}$")
_WHITESPACE = re.compile(r"\s+")


def normalize_sql(sql: Optional[str]) -> Optional[str]:
    """Collapse every whitespace run to one space and strip; None stays None."""
    if sql is None:
        return None
    return _WHITESPACE.sub(" ", sql).strip()


def entity_key(unique_id: str, resource_type: str, ignore_hash: bool) -> str:
    """Matching key of a unique_id; drops a generic test's hash suffix when asked."""
    if ignore_hash and resource_type == "test" and unique_id.count(".") >= 3:
        return _TEST_HASH.sub("", unique_id)
    return unique_id


def _hooks(value: Any) -> List[Optional[str]]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    result = []
    for item in items:
        sql = item.get("sql") if isinstance(item, dict) else item
        result.append(normalize_sql(sql) if isinstance(sql, str) else sql)
    return result


def _config_value(config: Dict[str, Any], key: str) -> Any:
    value = config[key] if key in config else CONFIG_DEFAULTS.get(key)
    if key in HOOK_KEYS:
        return _hooks(value)
    return value


def _fmt(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class Report:
    """Collects differences per checked entity and prints them."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.lines: List[str] = []

    def entity(self, name: str, problems: List[str]) -> None:
        if problems:
            self.failed += 1
            self.lines.extend(f"DIFF {name}: {p}" for p in problems)
        else:
            self.passed += 1

    def print(self, out=None) -> None:
        out = out or sys.stdout
        for line in self.lines:
            print(line, file=out)
        print(f"{self.passed} passed, {self.failed} failed", file=out)


def _field_problems(ours: Dict, theirs: Dict, fields: Iterable[str]) -> List[str]:
    problems = []
    for field in fields:
        if ours.get(field) != theirs.get(field):
            problems.append(f"{field}: ours={_fmt(ours.get(field))} theirs={_fmt(theirs.get(field))}")
    return problems


def _config_problems(ours: Dict, theirs: Dict) -> List[str]:
    ours_config = ours.get("config") or {}
    theirs_config = theirs.get("config") or {}
    keys = set(CONFIG_KEYS)
    keys.update((ours.get("unrendered_config") or {}).keys())
    keys.update((theirs.get("unrendered_config") or {}).keys())
    problems = []
    for key in sorted(keys):
        ours_value = _config_value(ours_config, key)
        theirs_value = _config_value(theirs_config, key)
        if ours_value != theirs_value:
            problems.append(f"config.{key}: ours={_fmt(ours_value)} theirs={_fmt(theirs_value)}")
    return problems


def _test_problems(ours: Dict, theirs: Dict) -> List[str]:
    problems = _field_problems(ours, theirs, TEST_FIELDS)
    ours_meta = ours.get("test_metadata")
    theirs_meta = theirs.get("test_metadata")
    if ours_meta != theirs_meta:
        problems.append(f"test_metadata: ours={_fmt(ours_meta)} theirs={_fmt(theirs_meta)}")
    return problems


def _compiled_problems(ours: Dict, theirs: Dict) -> List[str]:
    ours_sql = normalize_sql(ours.get("compiled_code"))
    theirs_sql = normalize_sql(theirs.get("compiled_code"))
    if ours_sql == theirs_sql:
        return []
    return [f"compiled_code:\n    ours:   {ours_sql}\n    theirs: {theirs_sql}"]


def _index(section: Dict[str, Dict], ignore_hash: bool) -> Dict[str, Dict]:
    indexed: Dict[str, Dict] = {}
    for unique_id, node in section.items():
        indexed[entity_key(unique_id, node.get("resource_type", ""), ignore_hash)] = node
    return indexed


def _id_mapper(manifest: Dict, ignore_hash: bool):
    types = {uid: n.get("resource_type", "") for uid, n in manifest.get("nodes", {}).items()}

    def mapper(unique_id: str) -> str:
        return entity_key(unique_id, types.get(unique_id, unique_id.split(".", 1)[0]), ignore_hash)

    return mapper


def compare_section(report: Report, kind: str, ours: Dict, theirs: Dict, fields, ours_map,
                    theirs_map, ignore_hash: bool) -> None:
    ours_nodes = _index(ours, ignore_hash)
    theirs_nodes = _index(theirs, ignore_hash)
    ours_types = {n.get("resource_type") for n in ours_nodes.values()}
    theirs_types = {n.get("resource_type") for n in theirs_nodes.values()}
    skipped = {t for t in ONLY_WHEN_BOTH if (t in ours_types) != (t in theirs_types)}
    for key in sorted(set(ours_nodes) | set(theirs_nodes)):
        our = ours_nodes.get(key)
        their = theirs_nodes.get(key)
        resource_type = (our or their).get("resource_type")
        if resource_type in skipped:
            continue
        if our is None:
            report.entity(key, [f"missing in ours ({kind})"])
            continue
        if their is None:
            report.entity(key, [f"extra in ours, not in dbt ({kind})"])
            continue
        problems = _field_problems(our, their, fields)
        problems += _depends_problems(our, their, ours_map, theirs_map)
        if kind != "exposures":
            problems += _config_problems(our, their)
        if resource_type == "test":
            problems += _test_problems(our, their)
        if resource_type in COMPILED_TYPES:
            problems += _compiled_problems(our, their)
        report.entity(key, problems)


def _depends_problems(ours: Dict, theirs: Dict, ours_map, theirs_map) -> List[str]:
    ours_deps = sorted(ours_map(d) for d in (ours.get("depends_on") or {}).get("nodes", []))
    theirs_deps = sorted(theirs_map(d) for d in (theirs.get("depends_on") or {}).get("nodes", []))
    if ours_deps == theirs_deps:
        return []
    missing = sorted(set(theirs_deps) - set(ours_deps))
    extra = sorted(set(ours_deps) - set(theirs_deps))
    if not missing and not extra:
        return [f"depends_on.nodes: ours={_fmt(ours_deps)} theirs={_fmt(theirs_deps)}"]
    return [f"depends_on.nodes: missing={_fmt(missing)} extra={_fmt(extra)}"]


def _sql_files(root: str) -> Dict[str, str]:
    files = {}
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as handle:
                files[os.path.relpath(path, root).replace(os.sep, "/")] = handle.read()
    return files


def compare_compiled_dirs(report: Report, ours_dir: str, theirs_dir: str) -> None:
    ours_files = _sql_files(ours_dir)
    theirs_files = _sql_files(theirs_dir)
    for path in sorted(set(ours_files) | set(theirs_files)):
        name = f"compiled/{path}"
        if path not in ours_files:
            report.entity(name, ["compiled file missing in ours"])
        elif path not in theirs_files:
            report.entity(name, ["extra compiled file in ours, not in dbt"])
        else:
            ours_sql = normalize_sql(ours_files[path])
            theirs_sql = normalize_sql(theirs_files[path])
            problems = [] if ours_sql == theirs_sql else \
                [f"contents:\n    ours:   {ours_sql}\n    theirs: {theirs_sql}"]
            report.entity(name, problems)


def compare_manifests(ours: Dict, theirs: Dict, ignore_hash: bool = False,
                      report: Optional[Report] = None) -> Report:
    report = report or Report()
    ours_map = _id_mapper(ours, ignore_hash)
    theirs_map = _id_mapper(theirs, ignore_hash)
    compare_section(report, "nodes", ours.get("nodes", {}), theirs.get("nodes", {}),
                    NODE_FIELDS, ours_map, theirs_map, ignore_hash)
    compare_section(report, "sources", ours.get("sources", {}), theirs.get("sources", {}),
                    SOURCE_FIELDS, ours_map, theirs_map, ignore_hash)
    compare_section(report, "exposures", ours.get("exposures", {}), theirs.get("exposures", {}),
                    EXPOSURE_FIELDS, ours_map, theirs_map, ignore_hash)
    return report


def _load(path: str) -> Dict:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        print(f"compare_manifests: cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ours")
    parser.add_argument("theirs")
    parser.add_argument("--compiled-ours")
    parser.add_argument("--compiled-theirs")
    parser.add_argument("--ignore-unique-id-hash", action="store_true",
                        help="match generic tests without their .<10 hex> unique_id suffix")
    args = parser.parse_args(argv)
    if (args.compiled_ours is None) != (args.compiled_theirs is None):
        parser.error("--compiled-ours and --compiled-theirs go together")
    report = compare_manifests(_load(args.ours), _load(args.theirs), args.ignore_unique_id_hash)
    if args.compiled_ours:
        for directory in (args.compiled_ours, args.compiled_theirs):
            if not os.path.isdir(directory):
                print(f"compare_manifests: not a directory: {directory}", file=sys.stderr)
                return 2
        compare_compiled_dirs(report, args.compiled_ours, args.compiled_theirs)
    report.print()
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
