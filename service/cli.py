"""Command line: ``zhibiao extract PATH... [--format jsonl|csv] [--out FILE] [--with-text]`` and ``zhibiao serve``.

A PATH is a file, a folder (every .txt/.html/.htm/.pdf/.docx file under it) or ``-`` for standard input.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import sys
from pathlib import Path
from typing import get_args

from service.readers import ACCEPTED_SUFFIXES, ReadDocument, UnreadableDocument, read_document, read_path
from service.settings import DEFAULT_SETTINGS, PrecisionChoice, Settings

STDIN = "-"
CSV_COLUMNS = [
    "doc_id", "id", "indicator", "value_text", "value_start", "value_end", "number", "low", "high", "masked", "approx",
    "unit_text", "unit_canonical", "unit_dimension", "time_text", "period_start", "period_end", "granularity",
    "time_source", "kind", "target", "confidence",
]


def documents_of(paths: list[Path]) -> tuple[list[tuple[Path, str]], list[str]]:
    """(file, doc_id) for every document the paths name, in order, and the paths that name none.
    A file's doc_id is its stem; under a folder it is the path relative to the folder, without the
    suffix, so that same-named reports in different subfolders stay apart. ``-`` is standard input,
    doc_id ``stdin``."""
    found, unusable = [], []
    for path in paths:
        if str(path) == STDIN:
            found.append((path, "stdin"))
        elif path.is_file():
            found.append((path, path.stem))
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.suffix.lower() in ACCEPTED_SUFFIXES and f.is_file())
            found.extend((f, f.relative_to(path).with_suffix("").as_posix()) for f in files)
            if not files:
                unusable.append(f"{path} (a folder without {'/'.join(ACCEPTED_SUFFIXES)} files)")
        else:
            unusable.append(str(path))
    return found, unusable


def read_source(path: Path, max_bytes: int) -> ReadDocument:
    """A file, or standard input's bytes for ``-`` (read up to one byte past the limit, so that a
    stream over it is refused without being held whole)."""
    if str(path) == STDIN:
        return read_document(sys.stdin.buffer.read(max_bytes + 1), "standard input", max_bytes=max_bytes)
    return read_path(path, max_bytes)


def settings_with(**flags) -> Settings:
    """The settings from the environment, with the command line's flags (those given) over them."""
    return Settings(**{name: value for name, value in flags.items() if value is not None})


def csv_rows(response: dict) -> list[dict]:
    rows = []
    for m in response["measurements"]:
        value, unit, time = m["value"] or {}, m["unit"] or {}, m["time"] or {}
        rows.append({
            "doc_id": response["doc_id"], "id": m["id"], "indicator": (m["indicator"] or {}).get("text"),
            "value_text": value.get("text"), "value_start": value.get("start"), "value_end": value.get("end"),
            "number": value.get("number"), "low": value.get("low"), "high": value.get("high"),
            "masked": value.get("masked"), "approx": value.get("approx"),
            "unit_text": unit.get("text"), "unit_canonical": unit.get("canonical"), "unit_dimension": unit.get("dimension"),
            "time_text": time.get("text"), "period_start": time.get("period_start"), "period_end": time.get("period_end"),
            "granularity": time.get("granularity"), "time_source": time.get("source"),
            "kind": m["kind"], "target": m["target"], "confidence": m["confidence"],
        })
    return rows


def extract_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from service.contract import ExtractFileResponse, ExtractResponse, ModelInfo
    from service.pipeline import Document, Extractor

    documents, unusable = documents_of([Path(p) for p in args.paths])
    if unusable:
        print(f"zhibiao: no such file: {', '.join(unusable)}", file=sys.stderr)
        return 2
    settings = settings_with(model=args.model, precision=args.precision)
    extractor = Extractor.from_settings(settings)
    model = ModelInfo.model_validate(extractor)
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    failures = 0
    try:
        for path, doc_id in tqdm(documents, disable=len(documents) < 2, unit="file", file=sys.stderr):
            try:
                document = read_source(path, settings.max_file_bytes)
            except (UnreadableDocument, OSError) as err:
                print(f"zhibiao: skipped {err}", file=sys.stderr)
                failures += 1
                continue
            text = document.text
            if not text.strip() or len(text) > settings.max_chars:
                print(f"zhibiao: skipped {path}: {'empty' if not text.strip() else f'over {settings.max_chars:,} characters'}", file=sys.stderr)
                failures += 1
                continue
            extraction = extractor.extract(Document(text, doc_id, args.reference_date))
            response = ExtractResponse.build(extraction, text, model)
            if not writer and (args.with_text or document.extracted):
                response = ExtractFileResponse.of(response, text)
            response = response.model_dump(mode="json")
            if writer:
                writer.writerows(csv_rows(response))
            else:
                out.write(json.dumps(response, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 1 if failures else 0


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    settings = settings_with(host=args.host, port=args.port)
    uvicorn.run("service.api:app", host=settings.host, port=settings.port)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zhibiao", description="Structured measurements from Chinese government reports")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract measurements from .txt/.html/.pdf/.docx files")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help=f"a file, a folder (every {'/'.join(ACCEPTED_SUFFIXES)} file under it) or - for standard input")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument("--out", help="write here instead of standard output")
    extract.add_argument("--with-text", action="store_true",
                         help="put the document text the offsets index into each JSON line as \"text\" "
                              "(always done for PDF and DOCX, whose text is extracted, not the file's own)")
    extract.add_argument("--reference-date", type=datetime.date.fromisoformat, help="ISO date relative times resolve against")
    extract.add_argument("--model", type=Path, help="model directory (default: ZHIBIAO_MODEL, else the shipped model)")
    extract.add_argument("--precision", choices=get_args(PrecisionChoice),
                         help="encoder precision (default: ZHIBIAO_PRECISION, else auto = int8; float32 is the reference precision)")
    extract.set_defaults(run=extract_command)
    serve = commands.add_parser("serve", help="start the HTTP service")
    serve.add_argument("--host", help=f"default: ZHIBIAO_HOST, else {DEFAULT_SETTINGS.host}")
    serve.add_argument("--port", type=int, help=f"default: ZHIBIAO_PORT, else {DEFAULT_SETTINGS.port}")
    serve.set_defaults(run=serve_command)
    args = parser.parse_args(argv)
    if getattr(args, "with_text", False) and args.format == "csv":
        parser.error("--with-text needs --format jsonl: a CSV row is a measurement, not a document")
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
