"""``zhibiao batch SOURCE... --out DIR``: a corpus through the model on Ray Data, one model per worker.

A SOURCE is a file or folder as ``zhibiao extract`` reads them, a glob of them, or a Parquet or JSONL
table with ``doc_id`` and ``text`` columns. The documents flow through an actor pool (``map_batches``
with a class): each worker loads the model once, then extracts one document at a time, as the CLI
does, so that its measurements are the CLI's (the int8 encoder scales activations per batch of windows,
so a document's figures depend on what it shares a batch with). A document that fails is recorded with
its error; the job goes on.

The driver keeps each finished batch in DIR/parts/, and a rerun skips every document recorded there
(those that failed too, unless told to retry them). At the end the parts are joined into
DIR/measurements.<format> (a row per measurement: ``service.frames``) and DIR/documents.<format> (a row
per document: status, error, characters, measurements, seconds).
"""

from __future__ import annotations

import datetime
import glob
import itertools
import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from service.cli import documents_of, refusal
from service.readers import UnreadableDocument, read_path
from service.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

Format = Literal["parquet", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = get_args(Format)
Status = Literal["ok", "failed"]
TABLE_SUFFIXES = (".parquet", ".jsonl")
GLOB_CHARS = "*?["
# a finished batch in DIR/parts/: its measurements, then its documents, which mark it complete
MEASUREMENTS_PART, DOCUMENTS_PART = ".measurements.parquet", ".documents.parquet"


def document_dtypes() -> dict:
    import pandas as pd

    return {"doc_id": "string", "source": "string", "status": pd.CategoricalDtype(get_args(Status)), "error": "string",
            "characters": "Int64", "measurements": "Int64", "seconds": "Float64"}


@dataclass
class Sources:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (file, doc_id)
    tables: list[Path] = field(default_factory=list)  # Parquet or JSONL with doc_id and text columns
    problems: list[str] = field(default_factory=list)  # what cannot be run, for the user

    def add(self, path: Path, named: Path | None = None) -> None:
        """A table, or the documents of a file or folder, with the doc_ids ``zhibiao extract`` gives them,
        or for a glob's match, with ``named`` (its path below the glob's fixed part) in front."""
        if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
            self.tables.append(path)
            if not {"doc_id", "text"} <= _columns(path):
                self.problems.append(f"{path} has no doc_id and text columns")
            return
        files, missing = documents_of([path])
        self.problems += [f"no such file: {name}" for name in missing]
        if named is not None:
            files = [(file, (named.with_suffix("") if file == path else named / doc_id).as_posix()) for file, doc_id in files]
        self.files += files


def find_sources(sources: list[str]) -> Sources:
    """The documents the SOURCEs name. A doc_id is what a rerun knows a document by, so two files with
    one doc_id are a problem."""
    found = Sources()
    for source in sources:
        path = Path(source)
        if path.exists() or not any(char in source for char in GLOB_CHARS):
            found.add(path)
            continue
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            found.problems.append(f"{source} matches no file")
        fixed = Path(*itertools.takewhile(lambda part: not any(char in part for char in GLOB_CHARS), path.parts))
        for match in map(Path, matches):
            found.add(match, match.relative_to(fixed))
    counts = Counter(doc_id for _, doc_id in found.files)
    for doc_id in (doc_id for doc_id, count in counts.items() if count > 1):
        named = ", ".join(str(path) for path, other in found.files if other == doc_id)
        found.problems.append(f"doc_id {doc_id} names more than one file ({named}): name their folders instead")
    return found


def _columns(table: Path) -> set[str]:
    """The column names of a Parquet file, or the keys of a JSONL file's first line."""
    if table.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return set(pq.read_schema(table).names)
    with table.open(encoding="utf-8") as lines:
        try:
            first = json.loads(lines.readline() or "{}")
        except json.JSONDecodeError:
            return set()
    return set(first) if isinstance(first, dict) else set()


class ExtractionWorker:
    """A Ray actor of the pool: the model, loaded once; a batch of documents in, a row per document out,
    with its measurement rows as JSON (``rows``) for the driver to unpack."""

    def __init__(self, settings: Settings, reference_date: datetime.date | None):
        from service.library import Zhibiao
        from service.pipeline import Extractor

        self.zhibiao = Zhibiao(Extractor.from_settings(settings))
        self.settings = settings
        self.reference_date = reference_date

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([self.document(row.doc_id, row.path, row.text) for row in batch.itertuples()])

    def document(self, doc_id: str, path: str, text: str | None) -> dict:
        """The record of one document: ``text``, else the text of the file at ``path``."""
        from service.frames import measurement_rows

        started = time.perf_counter()
        record = {"doc_id": doc_id, "source": path, "status": "failed", "error": None, "characters": None,
                  "measurements": None, "rows": "[]"}
        try:
            if not isinstance(text, str):
                text = read_path(Path(path), self.settings).text
            record["characters"] = len(text)
            record["error"] = refusal(text, self.settings)
            if record["error"] is None:
                rows = measurement_rows(self.zhibiao.extract(text, doc_id, self.reference_date))
                record.update(status="ok", measurements=len(rows), rows=json.dumps(rows, ensure_ascii=False))
        except (UnreadableDocument, OSError) as err:
            record["error"] = str(err)
        except Exception as err:  # what goes wrong with one document is its record's; the job goes on
            record["error"] = f"{type(err).__name__}: {err}"
        record["seconds"] = round(time.perf_counter() - started, 3)
        return record


class Parts:
    """DIR/parts/: every finished batch as two Parquet files named by the time they were written, its
    measurements first and then its documents, each written under a temporary name and renamed, so that
    a killed job leaves whole files only; measurements without their documents are left out."""

    def __init__(self, out: Path):
        self.folder = out / "parts"
        self.folder.mkdir(parents=True, exist_ok=True)

    def add(self, documents: pd.DataFrame, measurements: pd.DataFrame) -> None:
        stamp = f"{time.time_ns():020d}"
        write_table([measurements], self.folder / f"{stamp}{MEASUREMENTS_PART}", "parquet")
        write_table([documents], self.folder / f"{stamp}{DOCUMENTS_PART}", "parquet")

    def documents(self) -> pd.DataFrame:
        """The latest record of every document so far, with the ``part`` that holds it."""
        import pandas as pd

        parts = sorted(self.folder.glob(f"*{DOCUMENTS_PART}"))
        records = [pd.read_parquet(part).assign(part=part.name.removesuffix(DOCUMENTS_PART)) for part in parts]
        if not records:
            return pd.DataFrame(columns=[*document_dtypes(), "part"]).astype({**document_dtypes(), "part": "string"})
        return pd.concat(records, ignore_index=True).drop_duplicates("doc_id", keep="last")

    def measurements(self, documents: pd.DataFrame) -> Iterator[pd.DataFrame]:
        """The measurement rows of ``documents`` (latest records), one part at a time, in the order written."""
        import pandas as pd

        from service.frames import dtypes

        for part, doc_ids in documents.groupby("part")["doc_id"]:
            # the dtypes again: a part without measurements reads back with categoricals of no categories
            rows = pd.read_parquet(self.folder / f"{part}{MEASUREMENTS_PART}").astype(dtypes())
            yield rows[rows["doc_id"].isin(doc_ids)]


def write_table(frames: Iterable[pd.DataFrame], path: Path, form: Format) -> None:
    """Frames of one set of columns as one file, renamed into place once whole. The text formats write
    dates as ISO dates; Parquet keeps the dtypes, so ``pandas.read_parquet`` gives back the same frame
    (but for the categories of an empty one)."""
    partial = path.with_name(path.name + ".partial")
    if form == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        writer = None
        for frame in frames:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            writer = writer or pq.ParquetWriter(partial, table.schema)
            writer.write_table(table)
        writer.close()
    else:
        with partial.open("w", encoding="utf-8", newline="") as out:
            for number, frame in enumerate(frames):
                frame = frame.assign(**{column: frame[column].dt.strftime("%Y-%m-%d")
                                        for column in frame.select_dtypes("datetime").columns})
                if form == "csv":
                    frame.to_csv(out, header=number == 0, index=False)
                else:
                    frame.to_json(out, orient="records", lines=True, force_ascii=False, double_precision=15)
    os.replace(partial, path)


@dataclass
class Summary:
    documents: int = 0  # extracted or failed in this run
    already_done: int = 0  # skipped: recorded by an earlier run
    failed: int = 0
    characters: int = 0  # of the documents extracted in this run
    measurements: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        speed = f"{self.characters / self.seconds:,.0f}" if self.seconds else "-"
        return (f"documents {self.documents:,} (and {self.already_done:,} done before), failed {self.failed:,}, "
                f"characters {self.characters:,}, measurements {self.measurements:,}; {self.seconds:.1f} s, "
                f"{speed} characters a second, start-up included")


def run_batch(sources: Sources, out: Path, settings: Settings, *, workers: int | None = None, address: str | None = None,
              form: Format = "parquet", batch_size: int = 8, reference_date: datetime.date | None = None,
              retry_failed: bool = False) -> Summary:
    """Run every document of ``sources`` that ``out`` has no record of (or only a failure, with
    ``retry_failed``) and write ``out``'s tables. The job runs on the Ray this process is connected to,
    else on the cluster at ``address``, else on one it starts here, with ``workers`` models (by default
    one per CPU of that Ray)."""
    from service.frames import frame

    started = time.perf_counter()
    parts = Parts(out)
    recorded = parts.documents()
    done = set(recorded.loc[recorded["status"] == "ok", "doc_id"] if retry_failed else recorded["doc_id"])
    summary = Summary(already_done=len(done))
    files = [(path, doc_id) for path, doc_id in sources.files if doc_id not in done]
    if files or sources.tables:
        for batch in _extract(files, sources.tables, done, settings, workers, address, batch_size, reference_date):
            documents = batch.drop(columns="rows").astype(document_dtypes())
            measurements = frame([row for rows in batch["rows"] for row in json.loads(rows)])
            parts.add(documents, measurements)
            summary.documents += len(documents)
            summary.failed += int((documents["status"] == "failed").sum())
            summary.characters += int(documents.loc[documents["status"] == "ok", "characters"].sum())
            summary.measurements += len(measurements)
    latest = parts.documents()
    write_table(itertools.chain([frame([])], parts.measurements(latest)), out / f"measurements.{form}", form)
    write_table([latest.drop(columns="part").sort_values("doc_id")], out / f"documents.{form}", form)
    summary.seconds = time.perf_counter() - started
    return summary


def _extract(files: list[tuple[Path, str]], tables: list[Path], done: set[str], settings: Settings, workers: int | None,
             address: str | None, batch_size: int, reference_date: datetime.date | None) -> Iterator[pd.DataFrame]:
    """The workers' output batches as they finish. Each worker gets an equal share of the cluster's
    CPUs, which the int8 encoder runs that many passes at once on."""
    import ray
    from ray.data import ActorPoolStrategy

    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False)
    try:
        pending = [ray.data.from_items([{"doc_id": doc_id, "path": str(path.resolve()), "text": None}
                                        for path, doc_id in files])] if files else []
        for table in tables:
            rows = (ray.data.read_parquet(str(table.resolve())) if table.suffix.lower() == ".parquet"
                    else ray.data.read_json(str(table.resolve()), lines=True))
            # read before the pool starts (its workers take every CPU, and a read waiting for one would wait for
            # ever), and only what is not done: a table done already starts no worker
            rows = rows.map_batches(_not_done, fn_args=(done, str(table)), batch_format="pandas").materialize()
            if rows.count():
                pending.append(rows)
        if not pending:
            return
        cluster_cpus = int(ray.cluster_resources().get("CPU", 1))
        workers = workers or cluster_cpus
        cpus = max(1, cluster_cpus // workers)
        documents = pending[0].union(*pending[1:]) if len(pending) > 1 else pending[0]
        results = documents.map_batches(
            ExtractionWorker, fn_constructor_kwargs={"settings": settings, "reference_date": reference_date},
            batch_size=batch_size, batch_format="pandas", compute=ActorPoolStrategy(size=workers), num_cpus=cpus)
        yield from results.iter_batches(batch_size=None, batch_format="pandas")
    finally:
        if started_here:
            ray.shutdown()


def _not_done(batch: pd.DataFrame, done: set[str], table: str) -> pd.DataFrame:
    """A table's rows whose doc_id is not done, in the worker's columns: doc_id as text, no text as
    empty (which the worker records as a failure), the table as the path the documents come from."""
    batch = batch[["doc_id", "text"]].assign(doc_id=batch["doc_id"].astype(str), text=batch["text"].fillna(""), path=table)
    return batch[~batch["doc_id"].isin(done)]
