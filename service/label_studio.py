"""Label Studio as the correction tool: zhibiao's output goes in as pre-annotations, the corrected annotations come
back out as gold documents for ``make train``.

- The service is a Label Studio ML backend under ``/label-studio/`` (``GET health``, ``POST setup``, ``POST predict``:
  the routes Label Studio's ``ml/api_connector.py`` calls): a project connected to it pre-annotates its tasks.
- ``zhibiao label-studio config`` prints the labeling config; ``zhibiao label-studio predictions FILE.jsonl`` turns
  ``zhibiao extract --with-text`` output into tasks with predictions, to import into a project;
  ``zhibiao label-studio import EXPORT.json --out annotations/gold/NAME.jsonl`` turns a project's JSON export into gold.

What a region, a relation or an attribute is in Label Studio is ``training/interchange.py``'s, and the labels,
relations and attributes are ``service/schema.py``'s.
"""

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Literal

from pydantic import BaseModel, Field

from training.config import SEEDS_DIR
from training.gold import GoldError, load_jsonl, save_jsonl
from training.interchange import (
    config_problems,
    document_from_extraction,
    from_label_studio,
    label_studio_config,
    label_studio_results,
    task_data,
)

PREFIX = "/label-studio"
MODEL_VERSION = "the model that answers: name-version-precision, e.g. zhibiao-small-20261123-int8"


def model_version(model: dict) -> str:
    """What Label Studio calls the model that made a prediction: name, version and precision."""
    return f"{model['name']}-{model['version']}-{model['precision']}"


def prediction(response: dict) -> dict:
    """An ``/extract`` response with its ``text`` as a Label Studio prediction. Its score, the mean of the
    measurements' confidences, orders a project's tasks lowest first where it samples by prediction score."""
    confidences = [m["confidence"] for m in response["measurements"]]
    return {"result": label_studio_results(document_from_extraction(response)),
            "score": round(statistics.fmean(confidences), 4) if confidences else None,
            "model_version": model_version(response["model"])}


# ---------------------------------------------------------------- the ML backend


class TaskData(BaseModel):
    text: str = Field(description="the document: the labeling config's <Text value=\"$text\">")


class Task(BaseModel):
    id: int | str | None = Field(None, description="Label Studio's task id")
    data: TaskData


class PredictRequest(BaseModel):
    """What Label Studio posts; its other fields (project, label_config, params) are not needed."""

    tasks: list[Task] = Field(min_length=1)


class Prediction(BaseModel):
    result: list[dict[str, Any]] = Field(
        description="the regions: a `labels` region per span (IND, VAL, UNIT, TIME), on each measurement's anchor a "
                    "`choices` region for kind and one for target and a `textarea` region for its period "
                    "(`2024-01-01..2024-12-31` or `null`), and a `relation` per link (has_indicator, has_unit, has_time)")
    score: float | None = Field(description="the mean confidence of the task's measurements; null without any")
    model_version: str = Field(description=MODEL_VERSION)


class PredictResponse(BaseModel):
    results: list[Prediction] = Field(description="a prediction per task, in the order of the request")
    model_version: str = Field(description=MODEL_VERSION)


class SetupRequest(BaseModel):
    """What Label Studio posts when it connects; only the project's labeling config is read."""

    label_config: str | None = Field(None, alias="schema", description="the project's labeling config")


class SetupResponse(BaseModel):
    model_version: str = Field(description=MODEL_VERSION)


class BackendHealth(BaseModel):
    status: Literal["UP"] = Field(description="UP once the model is loaded (before that: 503)")
    model_class: str = Field(description="zhibiao")
    model_version: str = Field(description=MODEL_VERSION)


def backend_router(get_extractor: Callable, get_settings: Callable, in_turn: Callable) -> "APIRouter":
    """The ML backend's routes, answering with the service's extractor, limits and extraction queue (``service/api.py``'s
    ``get_extractor``, ``get_settings`` and ``in_turn``)."""
    from fastapi import APIRouter, Depends, HTTPException, Request
    from fastapi.security import HTTPBasic, HTTPBasicCredentials

    from service.contract import MODEL_LOADING, ExtractResponse, ModelInfo, error_responses
    from service.pipeline import Document, Extractor
    from service.settings import Settings
    from service.steps import Steps

    ExtractorDependency = Annotated[Extractor, Depends(get_extractor)]
    SettingsDependency = Annotated[Settings, Depends(get_settings)]

    def require_key(settings: SettingsDependency,
                    credentials: Annotated[HTTPBasicCredentials | None, Depends(HTTPBasic(auto_error=False))]) -> None:
        """Where the service asks for API keys, Label Studio sends one the only way its ML backend connection can:
        as the password of Basic authentication (the user name is not read)."""
        if not settings.accepts_key(credentials.password if credentials else None):
            raise HTTPException(401, "connect Label Studio with Basic authentication, an API key (ZHIBIAO_API_KEYS) as "
                                     "its password", headers={"WWW-Authenticate": "Basic"})

    refusals = error_responses
    loading = {503: MODEL_LOADING}
    router = APIRouter(prefix=PREFIX, tags=["Label Studio ML backend"], dependencies=[Depends(require_key)],
                       responses=refusals({400: "the body cannot be parsed at all (not UTF-8, say)",
                                           401: "the service asks for API keys (ZHIBIAO_API_KEYS) and the request sent "
                                                "none it knows as its Basic authentication password"}))

    def version_of(extractor: Extractor) -> str:
        return model_version(ModelInfo.model_validate(extractor).model_dump())

    @router.get("/health", response_model=BackendHealth, responses=refusals(loading))
    def health(extractor: ExtractorDependency) -> BackendHealth:
        """Label Studio's check that the backend is up (503 while the model loads)."""
        return BackendHealth(status="UP", model_class="zhibiao", model_version=version_of(extractor))

    @router.post("/setup", response_model=SetupResponse, responses=refusals(
        {422: "the project's labeling config lacks what the predictions use, or the body is no JSON object"} | loading))
    def setup(body: SetupRequest, extractor: ExtractorDependency) -> SetupResponse:
        """Label Studio connects a project: its labeling config must have the controls the predictions fill in."""
        problems = config_problems(body.label_config) if body.label_config is not None else []
        if problems:
            raise HTTPException(422, f"the project's labeling config {'; '.join(problems)}: "
                                     "use the one `zhibiao label-studio config` prints")
        return SetupResponse(model_version=version_of(extractor))

    @router.post("/predict", response_model=PredictResponse, responses=refusals({
        413: "a task's text is over the service's limit (ZHIBIAO_MAX_CHARS)",
        422: "malformed JSON, no tasks, or a task without data.text",
        503: "the model is still loading, or the extraction queue is full (ZHIBIAO_MAX_PENDING), or a batch of tasks "
             "could not start within ZHIBIAO_REQUEST_SECONDS",
        504: "a batch of tasks did not finish within ZHIBIAO_REQUEST_SECONDS"}))
    async def predict(body: PredictRequest, extractor: ExtractorDependency, settings: SettingsDependency,
                      request: Request) -> PredictResponse:
        """zhibiao's extraction of each task's text as Label Studio regions. Label Studio sends every task it wants
        predicted at once; each batch of ZHIBIAO_MAX_BATCH_DOCUMENTS tasks takes its turn in the extraction queue as
        a POST /extract/batch would."""
        for task in body.tasks:
            if len(task.data.text) > settings.max_chars:
                raise HTTPException(413, f"task {task.id} has {len(task.data.text):,} characters; the limit is "
                                         f"{settings.max_chars:,}")
        request.state.characters = sum(len(task.data.text) for task in body.tasks)
        model = ModelInfo.model_validate(extractor)

        def extract(tasks: list[Task]) -> Steps[list[Prediction]]:
            extractions = yield from extractor.extract_steps([Document(task.data.text, str(task.id)) for task in tasks])
            return [Prediction(**prediction({**ExtractResponse.build(extraction, task.data.text, model).model_dump(mode="json"),
                                             "text": task.data.text}))
                    for extraction, task in zip(extractions, tasks)]

        size, results = settings.max_batch_documents, []
        for first in range(0, len(body.tasks), size):
            results += await in_turn(request, settings, extract(body.tasks[first : first + size]))
        return PredictResponse(results=results, model_version=model_version(model.model_dump()))

    @router.post("/webhook")
    def webhook() -> dict:
        """Label Studio posts its project's events here (connecting a backend makes this webhook). zhibiao learns
        from corrections offline (``zhibiao label-studio import``, ``make train``), so they are acknowledged, not used."""
        return {}

    return router


# ---------------------------------------------------------------- zhibiao label-studio ...


def predictions_command(args: argparse.Namespace) -> int:
    tasks, number = [], 0
    try:
        for number, line in enumerate(args.source.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                response = json.loads(line)
                tasks.append({"data": task_data(document_from_extraction(response)), "predictions": [prediction(response)]})
    except (ValueError, KeyError, TypeError, OSError) as err:  # GoldError and JSONDecodeError are ValueErrors
        print(f"zhibiao: {args.source}{f':{number}' if number else ''}: {err}", file=sys.stderr)
        return 1
    output = json.dumps(tasks, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(output, encoding="utf-8")
        print(f"zhibiao: {len(tasks)} tasks with predictions in {args.out}", file=sys.stderr)
    else:
        print(output)
    return 0


def gold_beside(path: Path) -> dict[str, str]:
    """The documents of the other gold files in ``path``'s folder (make train reads every one there): id -> file."""
    documents = {}
    for other in sorted(path.parent.glob("*.jsonl")):
        if other.resolve() != path.resolve():
            try:
                documents |= {doc.id: other.name for doc in load_jsonl(other)}
            except GoldError as err:
                raise GoldError(f"{other}, beside {path.name}, is no gold file: {err}") from None
    return documents


def import_command(args: argparse.Namespace) -> int:
    try:
        tasks = json.loads(args.export.read_text(encoding="utf-8"))
        if not isinstance(tasks, list):
            raise GoldError("not a Label Studio JSON export (a list of tasks)")
        # only what an annotator submitted becomes gold, never a prediction left as it was
        corrected = [task for task in tasks if any(not a.get("was_cancelled") for a in task.get("annotations", []))]
        docs = from_label_studio(corrected)
        others = gold_beside(args.out)
        if clashes := sorted({doc.id for doc in docs} & set(others)):
            raise GoldError(f"{', '.join(f'{name} is already in {others[name]}' for name in clashes)}: a document is gold "
                            "once (correct one from markup in its .mk file)")
        # checked as make train reads it (a seed's text must be the seed file's), before it replaces the old file
        written = args.out.with_name(f".{args.out.name}.tmp")
        save_jsonl(docs, written)
        try:
            load_jsonl(written, SEEDS_DIR)
        except GoldError:
            written.unlink()
            raise
        written.replace(args.out)
    except (ValueError, KeyError, TypeError, AttributeError, OSError) as err:  # GoldError, JSONDecodeError: ValueErrors
        print(f"zhibiao: {args.export}: {err!r}" if not isinstance(err, ValueError) else f"zhibiao: {args.export}: {err}",
              file=sys.stderr)
        return 1
    print(f"zhibiao: {len(docs)} corrected documents in {args.out} ({len(tasks) - len(docs)} tasks without a submitted "
          "annotation left out)", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    """``zhibiao label-studio config|predictions|import``."""
    label_studio = commands.add_parser("label-studio", help="Label Studio: its labeling config, tasks with zhibiao's "
                                                            "predictions, and corrected annotations back into gold")
    actions = label_studio.add_subparsers(dest="action", required=True)
    actions.add_parser("config", help="print the labeling config to paste into a project").set_defaults(
        run=lambda args: print(label_studio_config(), end="") or 0)
    predictions = actions.add_parser("predictions", help="zhibiao extract --with-text output -> Label Studio tasks "
                                                         "with predictions (JSON), to import into a project")
    predictions.add_argument("source", type=Path, metavar="FILE.jsonl")
    predictions.add_argument("--out", type=Path, help="write here instead of standard output")
    predictions.set_defaults(run=predictions_command)
    imp = actions.add_parser("import", help="a project's JSON export -> gold documents (the tasks with a submitted "
                                            "annotation), for make train")
    imp.add_argument("export", type=Path, metavar="EXPORT.json")
    imp.add_argument("--out", type=Path, required=True, metavar="GOLD.jsonl",
                     help="the gold file to write, e.g. annotations/gold/label-studio.jsonl (rewritten whole: "
                          "a project's export holds all its tasks)")
    imp.set_defaults(run=import_command)
