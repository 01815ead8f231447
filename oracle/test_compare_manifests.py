"""Tests of compare_manifests.py on small hand-made manifests (run: python3 -m pytest oracle)."""
import copy
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_manifests as cm  # noqa: E402

SILVER = "model.demo.silver"
GOLD = "model.demo.gold"
SOURCE = "source.demo.raw.records"
NOT_NULL = "test.demo.not_null_silver_year.5bb0c5ffaf"


def model(unique_id, depends, sql, **config):
    name = unique_id.split(".")[-1]
    base_config = {"enabled": True, "materialized": "table", "tags": [], "meta": {},
                   "alias": None, "schema": None, "database": None, "pre-hook": [], "post-hook": []}
    base_config.update(config)
    return {
        "unique_id": unique_id, "resource_type": "model", "package_name": "demo", "name": name,
        "fqn": ["demo", name], "database": "db", "schema": "db", "alias": name,
        "relation_name": f"db.{name}", "original_file_path": f"models/{name}.sql",
        "depends_on": {"macros": [], "nodes": list(depends)}, "config": base_config,
        "unrendered_config": {k: v for k, v in config.items()}, "compiled_code": sql,
    }


def manifest():
    test = model(NOT_NULL, [SILVER], "select year from db.silver where year is null")
    test.update(resource_type="test", column_name="year", attached_node=SILVER,
                test_metadata={"name": "not_null", "namespace": None,
                               "kwargs": {"column_name": "year", "model": "{{ get_where_subquery(ref('silver')) }}"}})
    test["config"]["materialized"] = "test"
    return {
        "nodes": {
            SILVER: model(SILVER, [SOURCE], "select * from raw.records"),
            GOLD: model(GOLD, [SILVER], "select a,\n  b from db.silver", materialized="incremental",
                        file_format="iceberg", table_properties={"format-version": "2"}),
            NOT_NULL: test,
        },
        "sources": {
            SOURCE: {"unique_id": SOURCE, "resource_type": "source", "package_name": "demo",
                     "name": "records", "source_name": "raw", "fqn": ["demo", "raw", "records"],
                     "database": None, "schema": "raw", "identifier": "records",
                     "relation_name": "raw.records", "original_file_path": "models/src.yml",
                     "config": {"enabled": True}, "unrendered_config": {}},
        },
    }


def run(ours, theirs, **kwargs):
    report = cm.compare_manifests(ours, theirs, **kwargs)
    return report.failed, report.passed, report.lines


def test_identical_manifests_pass():
    assert run(manifest(), manifest()) == (0, 4, [])


def test_depends_on_difference_is_caught():
    ours = manifest()
    ours["nodes"][GOLD]["depends_on"]["nodes"] = [SOURCE]
    failed, _, lines = run(ours, manifest())
    assert failed == 1
    assert lines == [f'DIFF {GOLD}: depends_on.nodes: missing=["{SILVER}"] extra=["{SOURCE}"]']


def test_depends_on_order_is_ignored():
    ours, theirs = manifest(), manifest()
    ours["nodes"][NOT_NULL]["depends_on"]["nodes"] = [SOURCE, SILVER]
    theirs["nodes"][NOT_NULL]["depends_on"]["nodes"] = [SILVER, SOURCE]
    assert run(ours, theirs)[0] == 0


def test_whitespace_differences_in_compiled_code_are_ignored():
    ours = manifest()
    ours["nodes"][GOLD]["compiled_code"] = "\n  select a, b\n\tfrom   db.silver  \n"
    assert run(ours, manifest())[0] == 0


def test_case_difference_in_compiled_code_is_caught():
    ours = manifest()
    ours["nodes"][GOLD]["compiled_code"] = "SELECT a, b from db.silver"
    failed, _, lines = run(ours, manifest())
    assert failed == 1
    assert lines[0].startswith(f"DIFF {GOLD}: compiled_code:")
    assert "ours:   SELECT a, b from db.silver" in lines[0]
    assert "theirs: select a, b from db.silver" in lines[0]


def test_missing_and_extra_nodes_are_reported():
    ours = manifest()
    del ours["nodes"][SILVER]
    ours["nodes"]["model.demo.extra"] = model("model.demo.extra", [], "select 1")
    failed, _, lines = run(ours, manifest())
    assert failed == 2
    assert f"DIFF {SILVER}: missing in ours (nodes)" in lines
    assert "DIFF model.demo.extra: extra in ours, not in dbt (nodes)" in lines


def test_config_difference_in_listed_key_is_caught():
    ours = manifest()
    ours["nodes"][SILVER]["config"]["materialized"] = "view"
    assert run(ours, manifest())[2] == [f'DIFF {SILVER}: config.materialized: ours="view" theirs="table"']


def test_user_key_from_unrendered_config_is_compared():
    ours = manifest()
    ours["nodes"][GOLD]["config"]["table_properties"] = {"format-version": "1"}
    lines = run(ours, manifest())[2]
    assert lines == [f'DIFF {GOLD}: config.table_properties: ours={{"format-version": "1"}} '
                     f'theirs={{"format-version": "2"}}']


def test_unlisted_internal_config_key_is_ignored():
    ours = manifest()
    ours["nodes"][SILVER]["config"]["on_configuration_change"] = "fail"
    assert run(ours, manifest())[0] == 0


def test_missing_config_key_equals_its_default():
    ours = manifest()
    del ours["nodes"][SILVER]["config"]["tags"]
    del ours["nodes"][SILVER]["config"]["alias"]
    assert run(ours, manifest())[0] == 0
    ours["nodes"][SILVER]["config"]["tags"] = ["x"]
    assert run(ours, manifest())[0] == 1


def test_hooks_compare_sql_only_whitespace_normalised():
    ours, theirs = manifest(), manifest()
    ours["nodes"][SILVER]["config"]["post-hook"] = [{"sql": "analyze  table x", "transaction": True, "index": 1}]
    theirs["nodes"][SILVER]["config"]["post-hook"] = [{"sql": "analyze table x\n", "transaction": True, "index": None}]
    assert run(ours, theirs)[0] == 0
    theirs["nodes"][SILVER]["config"]["post-hook"] = [{"sql": "analyze table y"}]
    assert run(ours, theirs)[0] == 1


def test_relation_name_difference_is_caught():
    ours = manifest()
    ours["nodes"][SILVER]["relation_name"] = "`db`.`silver`"
    assert run(ours, manifest())[2] == [f'DIFF {SILVER}: relation_name: ours="`db`.`silver`" theirs="db.silver"']


def test_source_field_difference_is_caught():
    ours = manifest()
    ours["sources"][SOURCE]["schema"] = "other"
    assert run(ours, manifest())[2] == [f'DIFF {SOURCE}: schema: ours="other" theirs="raw"']


def test_test_hash_difference_fails_unless_ignored():
    ours = manifest()
    renamed = NOT_NULL[:-10] + "0000000000"
    ours["nodes"][renamed] = ours["nodes"].pop(NOT_NULL)
    assert run(ours, manifest())[0] == 2
    assert run(ours, manifest(), ignore_hash=True) == (0, 4, [])


def test_test_metadata_difference_is_caught():
    ours = manifest()
    ours["nodes"][NOT_NULL]["test_metadata"]["kwargs"]["column_name"] = "month"
    lines = run(ours, manifest())[2]
    assert len(lines) == 1 and lines[0].startswith(f"DIFF {NOT_NULL}: test_metadata:")


def test_operation_nodes_are_skipped_unless_both_have_them():
    ours, theirs = manifest(), manifest()
    hook = {"unique_id": "operation.demo.demo-on-run-start-0", "resource_type": "operation"}
    theirs["nodes"][hook["unique_id"]] = hook
    assert run(ours, theirs)[0] == 0
    ours["nodes"][hook["unique_id"]] = dict(hook, name="changed")
    assert run(ours, theirs)[0] == 1


def test_compiled_dirs_compare_paths_and_normalised_contents(tmp_path):
    for side, sql in (("ours", "select  1\n"), ("theirs", "select 1")):
        directory = tmp_path / side / "demo" / "models"
        directory.mkdir(parents=True)
        (directory / "a.sql").write_text(sql)
    (tmp_path / "theirs" / "demo" / "models" / "b.sql").write_text("select 2")
    report = cm.Report()
    cm.compare_compiled_dirs(report, str(tmp_path / "ours"), str(tmp_path / "theirs"))
    assert (report.passed, report.failed) == (1, 1)
    assert report.lines == ["DIFF compiled/demo/models/b.sql: compiled file missing in ours"]


def test_main_exit_codes_and_summary_line(tmp_path, capsys):
    ours_path, theirs_path = tmp_path / "ours.json", tmp_path / "theirs.json"
    theirs_path.write_text(json.dumps(manifest()))
    ours_path.write_text(json.dumps(manifest()))
    assert cm.main([str(ours_path), str(theirs_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "4 passed, 0 failed"
    changed = copy.deepcopy(manifest())
    changed["nodes"][SILVER]["fqn"] = ["demo", "x"]
    ours_path.write_text(json.dumps(changed))
    assert cm.main([str(ours_path), str(theirs_path)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "3 passed, 1 failed"


def test_main_rejects_unreadable_input(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        cm.main([str(tmp_path / "absent.json"), str(tmp_path / "absent.json")])
    assert exit_info.value.code == 2
