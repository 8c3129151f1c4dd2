"""Speed and memory of zhibiao, beside Microsoft Recognizers-Text and JioNLP, on the same texts.

    python -m training.bench [--out reports/bench.json] [--budget 150] [--requests 30]

One run, one process (plus one server subprocess), printing a table and writing the same figures as JSON.

Texts: the five seeds (seeds/*.txt) and the first 20 files, in sorted order, of
../shared/corpus/provincial-2026/*.txt (relative to the repository root). Without
the shared corpus the seeds alone are used, and the output says so.

What is measured, in this order (the normalizer first, so that its cold figure
includes the lazy loading its first calls do):

1. Normalizer: every VAL, UNIT and TIME span of the seeds' gold annotations
   (annotations/gold/seeds.jsonl) through read_value, read_unit and read_time, the
   last against find_reference_date(text).date of its document (found once per
   document, inside the timing). Cold = the first pass in this process; warm = the
   median of five more passes.
2. Start-up: `zhibiao extract` of a one-line file, in a subprocess, CLI_RUNS times (the caches, base
   model and encoder graph, already built): wall and CPU seconds, and the peak RSS of the process.
3. zhibiao in process, default settings (the encoder in int8): import time; load
   time (constructing Extractor(), base model and int8 graph already built); one
   warm-up extract() on the first seed; then the whole set as one extract_batch() call (characters/s, documents/s) and the same documents one
   extract() at a time (sequential characters/s, under the time budget below).
   Peak RSS of this process (getrusage ru_maxrss; psutil's current RSS beside it
   where psutil is installed), taken before anything else is loaded. Then the
   other encoder precision (float32, the reference precision) over the same set as
   one extract_batch() call, after its own warm-up.
4. HTTP: a real server (python -m uvicorn service.api:app on 127.0.0.1, a free
   port) in a subprocess; once GET /health answers 200, POST /extract of one
   5,000-character seed twice to warm up, then --requests times in sequence;
   p50/p95 latency in ms. The server's peak RSS is VmHWM of /proc/PID/status read
   just before it is terminated (getrusage(RUSAGE_CHILDREN) would not do: a child
   started by vfork inherits its parent's high-water mark); psutil's largest RSS
   sampled after each request is shown beside it.
5. Peers on the same texts in the same process, after one warm-up call on the
   first seed (as zhibiao had): Recognizers-Text (number, percentage, dimension,
   currency and datetime recognizers, Culture.Chinese, all five over every text)
   and JioNLP (ner.extract_time + ner.extract_money). Import time is excluded from
   their characters/s and shown separately. A peer that fails to import is
   recorded and skipped; a recognizer raising on a text is recorded, counted as a
   failed text, and the run goes on. What a peer logs while it runs (JioNLP logs,
   and swallows, tracebacks of time strings it cannot parse) is counted, not
   printed. zhibiao / peer ratios use zhibiao's batch and sequential characters/s.

Time budget: a pass that goes text by text (zhibiao sequential, each peer) stops
starting new texts once it has spent --budget seconds on the set, so that the run
stays within about ten minutes on a small machine; its characters/s is then over
the characters it actually processed, and the table marks it as capped. The one
extract_batch() call always covers the whole set.

The encoder runs in ONNX Runtime, one thread per run and as many runs at once as
the process may use cores (service/encoder_graph.py). The CPU's model and the flags
that decide which matrix kernels run (AVX2, AVX-512, VNNI, BF16, AMX) are recorded,
and the load average at the start and the end: other work on the machine slows
every figure here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from training.config import CORPUS_DIR, GOLD_DIR, REPORTS_DIR, ROOT, SEEDS_DIR  # standard library only: zhibiao's import time stays whole

try:
    import psutil
except ImportError:  # the bench extra installs it; without it the ru_maxrss figures stand alone
    psutil = None

CORPUS_SET = "provincial-2026"
CORPUS_FILES = 20
GOLD_SEEDS = GOLD_DIR / "seeds.jsonl"
LATENCY_DOC = "000_4c69f8e9b1c9a046"  # a 5,000-character seed
HTTP_WARMUPS = 2
NORMALIZER_WARM_PASSES = 5
SERVER_START_TIMEOUT_S = 180
CLI_RUNS = 3
ONE_LINE = "2024年，全市PM2.5平均浓度为32.2微克/立方米，同比改善13.6%。"
# the CPU flags that decide which matrix kernels ONNX Runtime runs (int8: VNNI or AVX2; bfloat16: AVX512-BF16, AMX)
KERNEL_FLAGS = ("avx", "avx2", "fma", "f16c", "avx_vnni", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16",
                "amx_tile", "amx_int8", "amx_bf16")


# ---- texts and machine ------------------------------------------------------------------------------------------


def load_texts(corpus_dir: Path) -> tuple[list[tuple[str, str]], str]:
    """(name, text) pairs: the seeds, then the first CORPUS_FILES corpus files; and a line saying what was used."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    corpus_files = sorted((corpus_dir / CORPUS_SET).glob("*.txt"))[:CORPUS_FILES]
    if not corpus_files:
        return texts, f"{len(texts)} seeds only: {corpus_dir / CORPUS_SET} is missing or empty"
    texts += [(f"{CORPUS_SET}/{p.stem}", p.read_text(encoding="utf-8")) for p in corpus_files]
    seeds = len(texts) - len(corpus_files)
    return texts, f"{seeds} seeds + the first {len(corpus_files)} of {CORPUS_SET}/*.txt in sorted order"


def machine_info() -> dict:
    from importlib.metadata import version

    cpu_model, flags = "unknown", set()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text().splitlines()
        cpu_model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), cpu_model)
        flags = set(next((line.split(":", 1)[1].split() for line in lines if line.startswith("flags")), []))
    return {
        "cpu_model": cpu_model,
        "cpu_kernel_flags": [flag for flag in KERNEL_FLAGS if flag in flags],
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "onnxruntime": version("onnxruntime"),
        "platform": platform.platform(),
        "psutil": psutil.__version__ if psutil else None,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """getrusage ru_maxrss in MB (kilobytes on Linux, bytes on macOS): this process's, or its largest finished child's."""
    maxrss = resource.getrusage(who).ru_maxrss
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 2**10


def _vm_hwm_mb(pid: int) -> float | None:
    """Peak RSS of a live process from /proc/PID/status (Linux), in MB; None where unavailable."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next((round(int(line.split()[1]) / 2**10, 1) for line in status.splitlines() if line.startswith("VmHWM:")),
                None)


def process_memory() -> dict:
    return {
        "peak_rss_mb": round(_maxrss_mb(), 1),
        "psutil_rss_now_mb": round(psutil.Process().memory_info().rss / 2**20, 1) if psutil else None,
    }


# ---- 1. normalizer ----------------------------------------------------------------------------------------------


def bench_normalizer() -> dict:
    from training.gold import load_jsonl

    docs = load_jsonl(GOLD_SEEDS, SEEDS_DIR)
    started = time.perf_counter()
    from service.normalize import find_reference_date, read_time, read_unit, read_value
    import_s = time.perf_counter() - started

    readers = {"VAL": read_value, "UNIT": read_unit}
    work = [(doc.text, [(e.label, doc.surface(e)) for e in doc.entities if e.label in ("VAL", "UNIT", "TIME")])
            for doc in docs]

    def one_pass() -> float:
        started = time.perf_counter()
        for text, spans in work:
            reference = find_reference_date(text).date
            for label, surface in spans:
                if label == "TIME":
                    read_time(surface, reference)
                else:
                    readers[label](surface)
        return time.perf_counter() - started

    cold_s = one_pass()
    warm_s = statistics.median(one_pass() for _ in range(NORMALIZER_WARM_PASSES))
    counts = Counter(label for _, spans in work for label, _ in spans)
    n_spans = sum(counts.values())
    return {
        "documents": len(docs),
        "spans": n_spans,
        "spans_by_label": dict(sorted(counts.items())),
        "import_s": round(import_s, 4),
        "cold_ms": round(cold_s * 1e3, 2),
        "warm_ms": round(warm_s * 1e3, 2),
        "warm_passes": NORMALIZER_WARM_PASSES,
        "warm_us_per_span": round(warm_s * 1e6 / n_spans, 2),
    }


# ---- 2. start-up ---------------------------------------------------------------------------------------------------


def bench_cli_start() -> dict:
    """`zhibiao extract` of a one-line file, start to exit, CLI_RUNS times."""
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one-line.txt"
        path.write_text(ONE_LINE, encoding="utf-8")
        for _ in range(CLI_RUNS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "service.cli", "extract", str(path)], cwd=ROOT,
                                  capture_output=True, text=True)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                return {"error": done.stderr[-2000:]}
            runs.append({"wall_s": round(wall, 2), "cpu_s": round(after.ru_utime + after.ru_stime
                                                                 - before.ru_utime - before.ru_stime, 2)})
    # ru_maxrss of the children is the largest child's so far: the server is started later
    return {"runs": runs, "median_wall_s": statistics.median(r["wall_s"] for r in runs),
            "median_cpu_s": statistics.median(r["cpu_s"] for r in runs),
            "peak_rss_mb": round(_maxrss_mb(resource.RUSAGE_CHILDREN), 1)}


# ---- 3. zhibiao in process ----------------------------------------------------------------------------------------


def bench_zhibiao(texts: list[tuple[str, str]], budget_s: float) -> dict:
    started = time.perf_counter()
    from service.model_format import PRECISIONS
    from service.pipeline import Document, Extractor
    from service.settings import Settings
    import_s = time.perf_counter() - started

    started = time.perf_counter()
    extractor = Extractor.from_settings(Settings())  # ZHIBIAO_MODEL, ZHIBIAO_PRECISION apply
    load_s = time.perf_counter() - started

    documents = [Document(text, name) for name, text in texts]
    n_chars = sum(len(d.text) for d in documents)

    started = time.perf_counter()
    extractor.extract(documents[0])
    warmup_s = time.perf_counter() - started

    started = time.perf_counter()
    extractions = extractor.extract_batch(documents)
    batch_s = time.perf_counter() - started

    started = time.perf_counter()
    sequential_chars = sequential_docs = 0
    for document in documents:
        if time.perf_counter() - started >= budget_s:
            break
        extractor.extract(document)
        sequential_chars += len(document.text)
        sequential_docs += 1
    sequential_s = time.perf_counter() - started
    memory = process_memory()  # before the other precisions' models are loaded beside the default one

    other_precisions = {}
    for precision in PRECISIONS:
        if precision == extractor.precision:
            continue
        other = Extractor.from_settings(Settings(precision=precision))
        other.extract(documents[0])
        started = time.perf_counter()
        other_extractions = other.extract_batch(documents)
        other_s = time.perf_counter() - started
        other_precisions[precision] = {"s": round(other_s, 3), "chars_per_s": round(n_chars / other_s, 1),
                                       "measurements": sum(len(e.measurements) for e in other_extractions)}
        del other

    return {
        "model": {"name": extractor.name, "version": extractor.version, "precision": extractor.precision},
        "import_s": round(import_s, 3),
        "load_s": round(load_s, 3),
        "warmup": {"doc": documents[0].doc_id, "chars": len(documents[0].text), "s": round(warmup_s, 3)},
        "batch": {
            "s": round(batch_s, 3),
            "chars_per_s": round(n_chars / batch_s, 1),
            "docs_per_s": round(len(documents) / batch_s, 4),
            "entities": sum(len(e.entities) for e in extractions),
            "measurements": sum(len(e.measurements) for e in extractions),
        },
        "sequential": {
            "s": round(sequential_s, 3),
            "chars": sequential_chars,
            "texts": sequential_docs,
            "capped": sequential_docs < len(documents),
            "chars_per_s": round(sequential_chars / sequential_s, 1),
            "docs_per_s": round(sequential_docs / sequential_s, 4),
        },
        "other_precisions_batch": other_precisions,
        "memory": memory,
    }


# ---- 4. HTTP ------------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen) -> float:
    """Seconds until GET /health answers 200; raises if the server exits or the timeout passes."""
    started = time.perf_counter()
    while time.perf_counter() - started < SERVER_START_TIMEOUT_S:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode} before it was healthy")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass  # not listening yet (connection refused) or still loading (503)
        time.sleep(0.25)
    raise RuntimeError(f"GET /health was not 200 within {SERVER_START_TIMEOUT_S} s")


def _post_extract(url: str, body: bytes) -> float:
    """Seconds for one POST /extract, response read in full; raises on any status but 200."""
    request = urllib.request.Request(f"{url}/extract", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        response.read()
    return time.perf_counter() - started


def bench_http(text: str, requests: int, threads: int) -> dict:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    body = json.dumps({"text": text, "doc_id": LATENCY_DOC}, ensure_ascii=False).encode("utf-8")
    result = {"doc": LATENCY_DOC, "chars": len(text), "warmups": HTTP_WARMUPS, "requests": requests, "port": port}
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "service.api:app", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        sampled_rss = []
        try:
            result["startup_s"] = round(_wait_healthy(url, server), 2)
            for _ in range(HTTP_WARMUPS):
                _post_extract(url, body)
            latencies = []
            for _ in range(requests):
                latencies.append(_post_extract(url, body) * 1e3)
                if psutil:
                    sampled_rss.append(psutil.Process(server.pid).memory_info().rss / 2**20)
            percentiles = statistics.quantiles(latencies, n=100, method="inclusive")
            result.update(p50_ms=round(percentiles[49], 1), p95_ms=round(percentiles[94], 1),
                          mean_ms=round(statistics.fmean(latencies), 1), min_ms=round(min(latencies), 1),
                          max_ms=round(max(latencies), 1))
        except (RuntimeError, OSError) as err:
            log.seek(0)
            result["error"] = f"{type(err).__name__}: {err}"
            result["server_log_tail"] = log.read().decode("utf-8", "replace")[-2000:]
        finally:
            result["server_peak_rss_mb"] = _vm_hwm_mb(server.pid)
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    result["server_psutil_max_sampled_rss_mb"] = round(max(sampled_rss), 1) if sampled_rss else None
    return result


# ---- 5. peers -----------------------------------------------------------------------------------------------------


def _recognizers_text() -> dict:
    from recognizers_suite import (Culture, recognize_currency, recognize_datetime, recognize_dimension,
                                   recognize_number, recognize_percentage)

    functions = (recognize_number, recognize_percentage, recognize_dimension, recognize_currency, recognize_datetime)
    return {f.__name__: (lambda text, f=f: f(text, Culture.Chinese)) for f in functions}


def _jionlp() -> dict:
    import jionlp as jio

    return {"ner.extract_time": jio.ner.extract_time, "ner.extract_money": jio.ner.extract_money}


PEERS = {
    "Recognizers-Text 1.0.2a2 (zh)": _recognizers_text,
    "JioNLP": _jionlp,
}


class _CountingHandler(logging.Handler):
    """Stands in for the root logger's handlers while a peer runs: counts records instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def bench_peer(load, texts: list[tuple[str, str]], budget_s: float) -> dict:
    """Import the peer (timed apart), warm it up on the first text, then run every recognizer over every text."""
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(sys.stderr):  # JioNLP prints a banner on import; keep stdout for the table
            recognizers = load()
    except Exception as err:  # a peer that cannot be installed or imported is reported, not fatal
        return {"error": f"{type(err).__name__}: {err}"}
    result = {"import_s": round(time.perf_counter() - started, 3), "recognizers": list(recognizers)}
    root, counter = logging.getLogger(), _CountingHandler()
    saved_handlers, root.handlers = root.handlers, [counter]
    try:
        result.update(_run_peer(recognizers, texts, budget_s, counter))
    finally:
        root.handlers = saved_handlers
    return result


def _run_peer(recognizers: dict, texts: list[tuple[str, str]], budget_s: float, counter: _CountingHandler) -> dict:
    started = time.perf_counter()
    for recognize in recognizers.values():
        try:
            recognize(texts[0][1])
        except Exception:
            pass  # the same text is run again below, where a failure is recorded
    warmup_s = time.perf_counter() - started
    counter.count = 0

    seconds = dict.fromkeys(recognizers, 0.0)
    entities = dict.fromkeys(recognizers, 0)
    errors, chars, processed = [], 0, 0
    failed_texts = set()
    for name, text in texts:
        if sum(seconds.values()) >= budget_s:
            break
        for recognizer, recognize in recognizers.items():
            started = time.perf_counter()
            try:
                entities[recognizer] += len(recognize(text))
            except Exception as err:  # recorded per text; the run goes on
                errors.append({"text": name, "recognizer": recognizer, "error": f"{type(err).__name__}: {err}"[:300]})
                failed_texts.add(name)
            seconds[recognizer] += time.perf_counter() - started
        chars += len(text)
        processed += 1
    total_s = sum(seconds.values())
    return dict(
        warmup_s=round(warmup_s, 3),
        s=round(total_s, 3),
        chars=chars,
        texts=processed,
        capped=processed < len(texts),
        chars_per_s=round(chars / total_s, 1) if total_s else None,
        entities=sum(entities.values()),
        by_recognizer={r: {"s": round(seconds[r], 3), "entities": entities[r]} for r in recognizers},
        failed_texts=len(failed_texts),
        errors=errors,
        logged_records=counter.count,
    )


# ---- report -------------------------------------------------------------------------------------------------------


def _ratio(ours: float, theirs: float | None) -> float | None:
    return round(ours / theirs, 2) if theirs else None


def _n(value, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def print_table(report: dict) -> None:
    machine, z, http, norm = report["machine"], report["zhibiao"], report["http"], report["normalizer"]
    rows = []

    def line(label: str = "", value: str = "") -> None:
        rows.append(f"  {label:<34}{value}" if label else value)

    line(value=f"zhibiao bench: {report['texts']['count']} texts, {report['texts']['chars']:,} characters "
               f"({report['texts']['note']})")
    line(value=f"machine: {machine['cpu_model']} ({', '.join(machine['cpu_kernel_flags']) or 'no AVX'}), "
               f"{machine['usable_cores']} of {machine['cores']} cores, Python {machine['python']}, "
               f"onnxruntime {machine['onnxruntime']}")
    line(value=f"load average (1, 5, 15 min): {machine['load_average_start']} at the start, "
               f"{report['load_average_end']} at the end")
    line(value="")
    start = report["start"]
    if "error" in start:
        line("start-up (CLI, one line)", f"failed: {start['error']}")
    else:
        line("start-up (CLI, one line)", f"{start['median_wall_s']:.2f} s wall, {start['median_cpu_s']:.2f} s CPU "
                                                  f"(median of {len(start['runs'])}), peak RSS {_n(start['peak_rss_mb'])} MB")
    line(value="")
    line(value=f"zhibiao ({z['model']['name']} {z['model']['version']}, encoder in {z['model']['precision']}), in process")
    line("import", f"{z['import_s']:.2f} s")
    line("load (Extractor())", f"{z['load_s']:.2f} s")
    line(f"warm-up (extract, {z['warmup']['chars']:,} chars)", f"{z['warmup']['s']:.2f} s")
    b, s = z["batch"], z["sequential"]
    line("batch (one extract_batch)", f"{_n(b['chars_per_s'])} chars/s   {b['docs_per_s']:.3f} docs/s   "
                                      f"{b['s']:.1f} s   {b['entities']:,} entities, {b['measurements']:,} measurements")
    budget = report["settings"]["budget_s"]
    capped = f"   capped at the {budget:.0f} s budget: {s['texts']} texts, {s['chars']:,} chars" if s["capped"] else ""
    line("sequential (extract each)",
         f"{_n(s['chars_per_s'])} chars/s   {s['docs_per_s']:.3f} docs/s   {s['s']:.1f} s{capped}")
    for precision, other in z["other_precisions_batch"].items():
        line(f"encoder in {precision}, batch", f"{_n(other['chars_per_s'])} chars/s   {other['s']:.1f} s   "
                                              f"{other['measurements']:,} measurements")
    line("peak RSS (default model only)", f"{_n(z['memory']['peak_rss_mb'])} MB ru_maxrss   "
                     f"(psutil RSS then: {_n(z['memory']['psutil_rss_now_mb'])} MB)")
    line(value="")
    line(value=f"HTTP POST /extract, {http['chars']:,} chars, {http['requests']} requests after {http['warmups']} warm-ups")
    if "error" in http:
        line("error", http["error"])
    else:
        line("p50 / p95", f"{http['p50_ms']:,.1f} / {http['p95_ms']:,.1f} ms   "
                          f"(min {http['min_ms']:,.1f}, max {http['max_ms']:,.1f})")
        line("server start to /health 200", f"{http['startup_s']:.1f} s")
    line("server peak RSS", f"{_n(http['server_peak_rss_mb'])} MB VmHWM   "
                            f"(psutil max sampled: {_n(http['server_psutil_max_sampled_rss_mb'])} MB)")
    line(value="")
    header = f"  {'':<34}{'chars/s':>10}{'entities':>10}{'texts':>7}{'failed':>8}{'time s':>9}{'import s':>10}" \
             f"{'zb batch/peer':>15}{'zb seq/peer':>13}"
    line(value=header)
    line("zhibiao batch", f"{_n(b['chars_per_s']):>10}{b['entities']:>10,}{report['texts']['count']:>7}"
                          f"{0:>8}{b['s']:>9.1f}{z['import_s']:>10.2f}")
    for name, peer in report["peers"].items():
        if "error" in peer:
            line(name, f"not run: {peer['error']}")
            continue
        notes = [f"warm-up {peer['warmup_s']:.1f} s"]
        if peer["capped"]:
            notes.append(f"capped at the {budget:.0f} s budget: {peer['chars']:,} chars")
        if peer["logged_records"]:
            notes.append(f"{peer['logged_records']:,} log records (swallowed errors) counted")
        line(name, f"{_n(peer['chars_per_s']):>10}{peer['entities']:>10,}{peer['texts']:>7}{peer['failed_texts']:>8}"
                   f"{peer['s']:>9.1f}{peer['import_s']:>10.2f}{_n(peer['ratio_batch'], 2):>15}"
                   f"{_n(peer['ratio_sequential'], 2):>13}   {'; '.join(notes)}")
        for recognizer, figures in peer["by_recognizer"].items():
            line(f"  {recognizer}", f"{'':>10}{figures['entities']:>10,}{'':>15}{figures['s']:>9.1f}")
        if peer["errors"]:
            first = peer["errors"][0]
            line("  first error", f"{first['recognizer']} on {first['text']}: {first['error']} (all in the JSON)")
    line(value="  (peer time excludes import; each peer had one warm-up call on the first seed first)")
    line(value="")
    line(value=f"normalizer over the seeds' gold spans: {norm['spans']:,} spans "
               f"({', '.join(f'{k} {v}' for k, v in norm['spans_by_label'].items())}) in {norm['documents']} documents")
    line("cold (first pass, lazy loading)", f"{norm['cold_ms']:,.1f} ms   (import {norm['import_s'] * 1e3:,.1f} ms apart)")
    line(f"warm (median of {norm['warm_passes']})",
         f"{norm['warm_ms']:,.1f} ms   {norm['warm_us_per_span']:,.1f} µs/span")
    line(value="")
    line("process peak RSS, peers included", f"{_n(report['process_memory_end']['peak_rss_mb'])} MB")
    line("total run", f"{report['total_s']:.0f} s")
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "bench.json")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="the shared corpus (default ../shared/corpus)")
    parser.add_argument("--requests", type=int, default=30, help="timed POST /extract requests")
    parser.add_argument("--budget", type=float, default=150.0,
                        help="seconds a text-by-text pass (zhibiao sequential, each peer) may spend on the set "
                             "before it stops starting new texts")
    args = parser.parse_args()
    run_started = time.perf_counter()

    texts, note = load_texts(args.corpus)
    print(f"texts: {note}", file=sys.stderr)
    report = {
        "machine": machine_info(),
        "texts": {"note": note, "count": len(texts), "chars": sum(len(t) for _, t in texts),
                  "files": [{"name": name, "chars": len(text)} for name, text in texts]},
        "settings": {"requests": args.requests, "budget_s": args.budget},
    }

    print("normalizer …", file=sys.stderr)
    report["normalizer"] = bench_normalizer()
    print("start-up …", file=sys.stderr)
    report["start"] = bench_cli_start()
    print("zhibiao in process …", file=sys.stderr)
    report["zhibiao"] = bench_zhibiao(texts, args.budget)
    print("HTTP …", file=sys.stderr)
    latency_text = (SEEDS_DIR / f"{LATENCY_DOC}.txt").read_text(encoding="utf-8")
    report["http"] = bench_http(latency_text, args.requests, os.cpu_count())

    report["peers"] = {}
    for name, load in PEERS.items():
        print(f"{name} …", file=sys.stderr)
        peer = bench_peer(load, texts, args.budget)
        if "error" not in peer:
            peer["ratio_batch"] = _ratio(report["zhibiao"]["batch"]["chars_per_s"], peer["chars_per_s"])
            peer["ratio_sequential"] = _ratio(report["zhibiao"]["sequential"]["chars_per_s"], peer["chars_per_s"])
        report["peers"][name] = peer

    report["process_memory_end"] = process_memory()
    report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    report["total_s"] = round(time.perf_counter() - run_started, 1)
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
