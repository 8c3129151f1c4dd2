"""What keeps zhibiao dependable in operation: a model directory checked against its manifest, and CLI
outputs that are written whole or not at all, and resumed."""

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.cli import main
from service.manifest import MANIFEST_FILE, ModelIntegrityError, verify_manifest, write_manifest
from service.pipeline import Extractor
from service.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """A copy of the shipped model directory, manifest included, to damage."""
    return Path(shutil.copytree(DEFAULT_SETTINGS.model, tmp_path / "model"))


def test_the_shipped_model_matches_its_manifest():
    verify_manifest(DEFAULT_SETTINGS.model)


def test_one_byte_changed_in_the_weights_is_refused(model_copy: Path):
    weights = model_copy / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 1
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="weights.safetensors differs from the manifest"):
        Extractor(model_dir=model_copy)


@pytest.mark.parametrize("damage, message", [
    (lambda model: (model / "weights.safetensors").write_bytes(b""), "weights.safetensors differs"),
    (lambda model: (model / "config.json").unlink(), "config.json is missing"),
    (lambda model: (model / "extra.bin").write_bytes(b"x"), "extra.bin is not in the manifest"),
    (lambda model: (model / MANIFEST_FILE).unlink(), "no manifest.json, so its files cannot be checked"),
    (lambda model: (model / MANIFEST_FILE).write_text("{"), "manifest.json is not a manifest"),
])
def test_a_damaged_or_unlisted_model_directory_is_refused(model_copy: Path, damage, message):
    damage(model_copy)
    with pytest.raises(ModelIntegrityError, match=message):
        verify_manifest(model_copy)


def test_writing_a_manifest_records_the_files_as_they_are(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.bin").write_bytes(b"a")
    write_manifest(tmp_path)
    verify_manifest(tmp_path)
    assert json.loads((tmp_path / MANIFEST_FILE).read_text())["files"].keys() == {"sub/a.bin"}


def test_the_cli_refuses_a_damaged_model_in_one_line(model_copy: Path, tmp_path: Path):
    (model_copy / "config.json").write_text("{}")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    for command in (["extract", str(tmp_path / "r.txt"), "--model", str(model_copy)], ["serve"]):
        run = subprocess.run([sys.executable, "-m", "service.cli", *command], cwd=ROOT, capture_output=True, text=True,
                             timeout=300, env={"PATH": "/usr/bin:/bin", "ZHIBIAO_MODEL": str(model_copy)})
        assert run.returncode == 2
        assert run.stderr.splitlines() == [f"zhibiao: {model_copy}: config.json differs from the manifest; the model was "
                                           "damaged or changed after it was saved: restore it, or retrain it (make train)"]


@pytest.fixture
def asked(extractor, monkeypatch) -> list:
    """The CLI gets the session's model; the documents it extracted are kept here."""
    extracted = []
    original = extractor.extract
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    monkeypatch.setattr(extractor, "extract", lambda document: extracted.append(document.doc_id) or original(document))
    return extracted


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_a_rerun_extracts_only_the_documents_not_yet_in_the_output(tmp_path: Path, asked, capsys, form):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT.replace("2024", f"20{ord(name) - 77}"), encoding="utf-8")
    out = tmp_path / f"out.{form}"
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", form, "--out", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert main(["extract", *(str(tmp_path / f"{name}.txt") for name in "abc"), "--format", form, "--out", str(out)]) == 0
    assert asked == ["a", "b", "c"]
    assert "2 documents already in" in capsys.readouterr().err
    both = out.read_text(encoding="utf-8")
    assert both.startswith(first) and len(both) > len(first)
    assert "2022年" in both[len(first):]  # c's measurements, after a's and b's


def test_an_output_of_another_kind_is_not_resumed_into(tmp_path: Path, asked, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text("my notes\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "notes.jsonl")]) == 2
    assert "is not JSON lines of extractions" in capsys.readouterr().err
    assert (tmp_path / "notes.jsonl").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_run_leaves_the_output_as_it_was(tmp_path: Path, stop):
    """A run stopped while writing: the output keeps the earlier run's content, never a truncated file; SIGTERM
    also removes the temporary file."""
    out = tmp_path / "out.jsonl"
    earlier = '{"doc_id": "earlier", "measurements": []}\n'
    out.write_text(earlier, encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    for number in range(400):
        (reports / f"r{number:03}.txt").write_text(TEXT * 20, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "service.cli", "extract", str(reports), "--out", str(out)], cwd=ROOT,
                           stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not any(p.stat().st_size > len(earlier) for p in tmp_path.glob(".out.jsonl.*.partial")):
        assert time.time() < deadline and run.poll() is None, "the run neither wrote nor kept running"
        time.sleep(0.05)
    run.send_signal(stop)
    assert run.wait(timeout=60) == (128 + stop if stop == signal.SIGTERM else -stop)
    assert out.read_text(encoding="utf-8") == earlier
    assert not list(tmp_path.glob(".out.jsonl.*.partial")) or stop == signal.SIGKILL
