"""Command line: ``zhibiao extract PATH... [--format jsonl|csv] [--out FILE] [--with-text]``, ``zhibiao serve`` and
``zhibiao batch SOURCE... --out DIR`` (a corpus on Ray: ``service.batch``).

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
from service.settings import DEFAULT_SETTINGS, PrecisionChoice, Settings, settings_with

STDIN = "-"


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


def refusal(text: str, settings: Settings) -> str | None:
    """Why a document's text is not extracted (it is empty, or over the limit); None when it is."""
    if not text.strip():
        return "empty"
    if len(text) > settings.max_chars:
        return f"over {settings.max_chars:,} characters"
    return None


def extract_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from service.contract import ExtractFileResponse, ExtractResponse, ModelInfo
    from service.frames import COLUMNS, measurement_rows
    from service.pipeline import Document, Extractor

    documents, unusable = documents_of([Path(p) for p in args.paths])
    if unusable:
        print(f"zhibiao: no such file: {', '.join(unusable)}", file=sys.stderr)
        return 2
    settings = settings_with(model=args.model, precision=args.precision)
    extractor = Extractor.from_settings(settings)
    model = ModelInfo.model_validate(extractor)
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.DictWriter(out, fieldnames=COLUMNS) if args.format == "csv" else None
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
            reason = refusal(text, settings)
            if reason:
                print(f"zhibiao: skipped {path}: {reason}", file=sys.stderr)
                failures += 1
                continue
            extraction = extractor.extract(Document(text, doc_id, args.reference_date))
            response = ExtractResponse.build(extraction, text, model)
            if not writer and (args.with_text or document.extracted):
                response = ExtractFileResponse.of(response, text)
            response = response.model_dump(mode="json")
            if writer:
                writer.writerows(measurement_rows({**response, "text": text}))
            else:
                out.write(json.dumps(response, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 1 if failures else 0


def batch_command(args: argparse.Namespace) -> int:
    from service.batch import find_sources, run_batch

    sources = find_sources(args.sources)
    if sources.problems:
        print(f"zhibiao: {'; '.join(sources.problems)}", file=sys.stderr)
        return 2
    summary = run_batch(sources, args.out, settings_with(model=args.model, precision=args.precision), workers=args.workers,
                        address=args.address, form=args.format, batch_size=args.batch_size, reference_date=args.reference_date,
                        retry_failed=args.retry_failed)
    print(f"zhibiao batch: {summary.line()}; tables in {args.out}", file=sys.stderr)
    return 1 if summary.failed else 0


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    settings = settings_with(host=args.host, port=args.port)
    uvicorn.run("service.api:app", host=settings.host, port=settings.port)
    return 0


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return number


def main(argv: list[str] | None = None) -> int:
    from service.batch import FORMATS

    parser = argparse.ArgumentParser(prog="zhibiao", description="Structured measurements from Chinese government reports")
    commands = parser.add_subparsers(dest="command", required=True)
    model_flags = argparse.ArgumentParser(add_help=False)
    model_flags.add_argument("--reference-date", type=datetime.date.fromisoformat, help="ISO date relative times resolve against")
    model_flags.add_argument("--model", type=Path, help="model directory (default: ZHIBIAO_MODEL, else the shipped model)")
    model_flags.add_argument("--precision", choices=get_args(PrecisionChoice),
                             help="encoder precision (default: ZHIBIAO_PRECISION, else auto = int8; float32 is the reference precision)")
    extract = commands.add_parser("extract", parents=[model_flags], help="extract measurements from .txt/.html/.pdf/.docx files")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help=f"a file, a folder (every {'/'.join(ACCEPTED_SUFFIXES)} file under it) or - for standard input")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument("--out", help="write here instead of standard output")
    extract.add_argument("--with-text", action="store_true",
                         help="put the document text the offsets index into each JSON line as \"text\" "
                              "(always done for PDF and DOCX, whose text is extracted, not the file's own)")
    extract.set_defaults(run=extract_command)
    batch = commands.add_parser("batch", parents=[model_flags],
                                help="run a corpus on Ray: a table of measurements and one of documents in DIR; a rerun resumes")
    batch.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="a file or folder as for extract, a glob of them, or a .parquet/.jsonl file with doc_id and text columns")
    batch.add_argument("--out", type=Path, required=True, metavar="DIR",
                       help="where DIR/measurements.FORMAT, DIR/documents.FORMAT and the job's progress (DIR/parts/) go")
    batch.add_argument("--workers", type=_positive,
                       help="models, one per Ray worker, each loaded once (default: one per CPU of the Ray cluster)")
    batch.add_argument("--address", help="a Ray cluster's address (default: RAY_ADDRESS, else a Ray started here for the job)")
    batch.add_argument("--format", choices=FORMATS, default="parquet")
    batch.add_argument("--batch-size", type=_positive, default=8,
                       help="documents a worker takes at a time, and the job records at a time (default: 8)")
    batch.add_argument("--retry-failed", action="store_true",
                       help="run again the documents an earlier run recorded as failed (by default a rerun skips them)")
    batch.set_defaults(run=batch_command)
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
