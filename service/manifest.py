"""Integrity of a model directory: ``manifest.json`` in it holds the SHA-256 of every other file there,
written when the model is saved and checked before it is loaded, so that a truncated, corrupted or
swapped weight file is refused instead of serving wrong measurements.

    python -m service.manifest write models/NAME     (a model saved before manifests, that you trust)
    python -m service.manifest check models/NAME
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

MANIFEST_FILE = "manifest.json"
WRITE_COMMAND = "python -m service.manifest write"


class ModelIntegrityError(RuntimeError):
    """A model directory whose files are not the ones its manifest lists (or that has no manifest).
    The message is one line, meant for the operator."""


def file_digests(model_dir: Path) -> dict[str, str]:
    """SHA-256 of every file under ``model_dir`` except the manifest, by path relative to it."""
    digests = {}
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file() and p.name != MANIFEST_FILE):
        with path.open("rb") as stream:
            digests[path.relative_to(model_dir).as_posix()] = hashlib.file_digest(stream, "sha256").hexdigest()
    return digests


def write_manifest(model_dir: Path) -> None:
    """Record the files of ``model_dir`` as they are now."""
    manifest = {"algorithm": "sha256", "files": file_digests(model_dir)}
    (model_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def verify_manifest(model_dir: Path) -> None:
    """Raise ``ModelIntegrityError`` unless every file the manifest lists is present with its recorded
    hash, and no file has been added beside them."""
    model_dir = Path(model_dir)
    try:
        recorded = json.loads((model_dir / MANIFEST_FILE).read_text(encoding="utf-8"))["files"]
    except FileNotFoundError:
        raise ModelIntegrityError(f"{model_dir}: no {MANIFEST_FILE}, so its files cannot be checked; if you trust "
                                  f"them, write one with `{WRITE_COMMAND} {model_dir}`") from None
    except (ValueError, KeyError, TypeError) as err:
        raise ModelIntegrityError(f"{model_dir}: {MANIFEST_FILE} is not a manifest ({type(err).__name__}: {err})") from None
    found = file_digests(model_dir)
    problems = [f"{name} is missing" for name in recorded if name not in found]
    problems += [f"{name} differs from the manifest" for name in recorded if name in found and found[name] != recorded[name]]
    problems += [f"{name} is not in the manifest" for name in found if name not in recorded]
    if problems:
        raise ModelIntegrityError(f"{model_dir}: {'; '.join(problems)}; the model was damaged or changed after it "
                                  "was saved: restore it, or retrain it (make train)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.manifest", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("model_dir", type=Path)
    args = parser.parse_args(argv)
    if args.action == "write":
        write_manifest(args.model_dir)
        return 0
    try:
        verify_manifest(args.model_dir)
    except ModelIntegrityError as err:
        print(f"zhibiao: {err}")
        return 1
    print(f"{args.model_dir}: every file matches its manifest")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
