"""Command line: ``zhibiao extract PATH... [--format jsonl|csv] [--out FILE] [--with-text]``, ``zhibiao serve`` and
``zhibiao batch SOURCE... --out DIR`` (a corpus on Ray: ``service.batch``).

A PATH is a file, a folder (every .txt/.html/.htm/.pdf/.docx file under it) or ``-`` for standard input.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, get_args

from service import label_studio
from service.manifest import ModelIntegrityError, verify_manifest
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


def read_source(path: Path, limits: Settings) -> ReadDocument:
    """A file, or standard input's bytes for ``-`` (read up to one byte past the limit, so that a
    stream over it is refused without being held whole)."""
    if str(path) == STDIN:
        return read_document(sys.stdin.buffer.read(limits.max_file_bytes + 1), "standard input", limits=limits)
    return read_path(path, limits)


def refusal(text: str, settings: Settings) -> str | None:
    """Why a document's text is not extracted (it is empty, or over the limit); None when it is."""
    if not text.strip():
        return "empty"
    if len(text) > settings.max_chars:
        return f"over {settings.max_chars:,} characters"
    return None


def finished_doc_ids(out: Path, form: str) -> set[str]:
    """The documents an earlier run wrote to ``out``. The file is complete whenever it exists, since it
    is only ever made by renaming a finished temporary file (``atomic_output``): each of its JSON lines,
    or each doc_id of its CSV rows, is a document extracted whole. (A document without measurements
    leaves no CSV row, so a CSV rerun extracts it again, and again writes nothing.)"""
    from service.frames import COLUMNS

    with out.open(encoding="utf-8", newline="") as stream:
        if form == "csv":
            reader = csv.DictReader(stream)
            if reader.fieldnames not in (None, COLUMNS):
                raise ValueError(f"{out} is not a table of this version's columns; choose another --out")
            return {row["doc_id"] for row in reader}
        try:
            return {json.loads(line)["doc_id"] for line in stream}
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"{out} is not JSON lines of extractions; choose another --out") from None


@contextmanager
def atomic_output(out: Path | None, keep_existing: bool) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside ``out`` (starting with ``out``'s content when
    ``keep_existing``) that replaces ``out`` only once everything is written: a run that fails or is
    killed leaves ``out`` as it was, never truncated."""
    if out is None:
        yield sys.stdout
        return
    # SIGTERM (a job scheduler's stop) unwinds like an exception here, so that the temporary file is removed too
    previous_handler = signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    temporary = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=out.parent,
                                            prefix=f".{out.name}.", suffix=".partial", delete=False)
    try:
        with temporary:
            if keep_existing:
                with out.open(encoding="utf-8", newline="") as earlier:
                    shutil.copyfileobj(earlier, temporary)
            yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary.name, 0o666 & ~umask)  # as an ordinary open() would have made it, not mkstemp's 0600
        os.replace(temporary.name, out)
    except BaseException:
        os.unlink(temporary.name)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous_handler)


def extract_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from service.contract import ExtractFileResponse, ExtractResponse, ModelInfo
    from service.frames import COLUMNS, measurement_rows
    from service.pipeline import Document, Extractor

    documents, unusable = documents_of([Path(p) for p in args.paths])
    if unusable:
        print(f"zhibiao: no such file: {', '.join(unusable)}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else None
    resuming = out is not None and out.exists() and out.stat().st_size > 0
    try:
        finished = finished_doc_ids(out, args.format) if resuming else set()
    except ValueError as err:
        print(f"zhibiao: {err}", file=sys.stderr)
        return 2
    if finished:
        documents = [(path, doc_id) for path, doc_id in documents if doc_id not in finished]
        print(f"zhibiao: {len(finished):,} documents already in {out} are kept; extracting {len(documents):,} others",
              file=sys.stderr)
    settings = settings_with(model=args.model, precision=args.precision)
    try:
        extractor = Extractor.from_settings(settings)
    except ModelIntegrityError as err:
        print(f"zhibiao: {err}", file=sys.stderr)
        return 2
    model = ModelInfo.model_validate(extractor)
    failures = 0
    with atomic_output(out, keep_existing=resuming) as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS) if args.format == "csv" else None
        if writer and not resuming:
            writer.writeheader()
        for path, doc_id in tqdm(documents, disable=len(documents) < 2, unit="file", file=sys.stderr):
            try:
                document = read_source(path, settings)
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
                stream.write(json.dumps(response, ensure_ascii=False) + "\n")
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
    try:
        verify_manifest(settings.model)  # here too, so that a damaged model is one line, not a lifespan traceback
    except ModelIntegrityError as err:
        print(f"zhibiao: {err}", file=sys.stderr)
        return 2
    # On SIGTERM or Ctrl-C uvicorn stops accepting, lets requests in flight finish (for up to shutdown_seconds),
    # closes the model, then raises the signal again for the handler it found; this one makes that a clean exit 0.
    previous_handler = signal.signal(signal.SIGTERM, lambda number, frame: None)
    try:
        # the app writes its own access log (JSON lines, service.api): uvicorn's is off
        uvicorn.run("service.api:app", host=settings.host, port=settings.port, access_log=False,
                    timeout_graceful_shutdown=settings.shutdown_seconds)
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
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
    extract.add_argument("--out", help="write here instead of standard output, all at once when done; "
                                       "documents already in this file are kept and not extracted again")
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
    label_studio.add_commands(commands)
    args = parser.parse_args(argv)
    if getattr(args, "with_text", False) and args.format == "csv":
        parser.error("--with-text needs --format jsonl: a CSV row is a measurement, not a document")
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
