"""Tests of the benchmark project generator (run: python3 -m pytest bench)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_projects as gp  # noqa: E402


def files(root):
    result = {}
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as handle:
                result[os.path.relpath(path, root)] = handle.read()
    return result


def test_parse2000_shape(tmp_path):
    out = tmp_path / "p"
    assert gp.main(["--shape", "parse2000", "--out", str(out)]) == 0
    generated = files(out)
    models = [p for p in generated if p.endswith(".sql")]
    ymls = [p for p in generated if p.endswith("schema.yml")]
    assert len(models) == 2000 and len(ymls) == 20
    assert generated[os.path.join("models", "path_0", "node_0.sql")] == "select 1 as id\n"
    assert generated[os.path.join("models", "path_19", "node_1999.sql")] == \
        "select 1 as id union all select * from {{ ref('node_1998') }}\n"
    text = "".join(generated[p] for p in ymls)
    assert text.count("- unique") == 2000 and text.count("- not_null") == 2000
    assert text.count("- relationships:") == 1999
    assert "type: local" in generated[os.path.join("profiles", "profiles.yml")]


def test_generation_is_deterministic(tmp_path):
    for shape in ("parse2000", "deep10000"):
        first, second = tmp_path / f"{shape}1", tmp_path / f"{shape}2"
        gp.main(["--shape", shape, "--out", str(first), "--folders", "3", "--per-folder", "20"])
        gp.main(["--shape", shape, "--out", str(second), "--folders", "3", "--per-folder", "20"])
        assert files(first) == files(second)


def test_deep_models_use_macros_vars_and_ephemerals(tmp_path):
    out = tmp_path / "d"
    gp.main(["--shape", "deep10000", "--out", str(out), "--folders", "2", "--per-folder", "10"])
    generated = files(out)
    model_5 = generated[os.path.join("models", "layer_0", "model_5.sql")]
    assert model_5.startswith("{{ config(materialized='ephemeral') }}")
    assert "{{ bench_bucket('src.amount_cents', var('bucket_list')) }}" in model_5
    assert "join {{ ref('model_4') }}" not in model_5
    model_14 = generated[os.path.join("models", "layer_1", "model_14.sql")]
    assert "join {{ ref('model_4') }} as back" in model_14
    assert "{% macro bench_select_columns" in generated[os.path.join("macros", "bench_macros.sql")]


def test_refuses_to_empty_a_foreign_directory(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert gp.main(["--shape", "parse2000", "--out", str(tmp_path)]) == 2
    assert (tmp_path / "keep.txt").read_text() == "mine"
    assert "refusing to empty" in capsys.readouterr().err
