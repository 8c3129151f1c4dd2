"""Distil a fine-tuned model into a student one encoder layer shallower, with the same heads.

    python -m training.distill [--teacher models/zhibiao-small] [--out models/zhibiao-small-distilled] [--steps 600]
                               [--metrics REPORT]

Every flag is a field of ``DistillConfig``, ``RunSettings`` or ``DistillArguments``
(``training/config.py``; ``--help`` lists them).

The student starts as the teacher with one encoder layer taken out: the one whose
absence moves the teacher's last hidden states least. It then learns, on the
unlabelled reports of ``../shared/corpus/`` (gold documents left out), to
reproduce the teacher's last hidden states and tag distribution; every third step
is a batch of gold windows with the training loss instead, so that the heads keep
fitting the gold. The heads read the hidden states, so matching those carries the
links and attributes over without labels for them. Seeded: the same teacher,
data and settings give the same student.

Not the shipped default: cross-validated, the student is faster than its teacher but misses the
accuracy a default must keep (training/README.md, "Distillation"). Kept to measure students
(``training.evaluate --distill-steps``) and to make one.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import random
import time
from dataclasses import asdict
from pathlib import Path

import torch
from torch import nn

from service.model import WEIGHTS_FILE, CharVocab, MeasurementModel, load_model, pad_inputs, window_inputs
from service.features import char_features
from service.tagging import encoded_windows
from service.document import prepare
from training.gold import GoldDocument
from training.config import WEIGHT_DECAY, DistillArguments, DistillConfig, RunSettings, TrainConfig, command_line, log_progress
from training.train import (base_and_device, batch_loss, cross_validated_metrics, data_hashes, load_gold, optimizer_step,
                            window_examples)

logger = logging.getLogger(__name__)


def corpus_windows(corpus_dir: Path, vocab: CharVocab, max_chars: int, exclude: list[GoldDocument]) -> list[tuple]:
    """Model inputs (ids, rule tags, classes) of every window the service would encode in the
    corpus's reports, except those holding a gold document's text."""
    rows = []
    for path in sorted(Path(corpus_dir).rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if any(doc.text[100:300] in text for doc in exclude):
            continue
        doc = prepare(text)
        clean, sents = doc.canonical, doc.sentences
        tags, classes = char_features(clean, sents)
        rows.extend(window_inputs(vocab, clean, tags, classes, w.start, w.end) for w in encoded_windows(clean, sents, max_chars))
    if not rows:
        raise FileNotFoundError(f"no report text to distil on under {corpus_dir}")
    return rows


def without_layer(teacher: MeasurementModel, drop: int) -> MeasurementModel:
    student = copy.deepcopy(teacher)
    layers = student.encoder.encoder.layer
    student.encoder.encoder.layer = nn.ModuleList(layer for i, layer in enumerate(layers) if i != drop)
    student.config.num_layers -= 1
    student.encoder.config.num_hidden_layers -= 1
    return student


def _masked_mse(student: torch.Tensor, teacher: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    weight = mask.unsqueeze(-1).float()
    return (((student - teacher) ** 2) * weight).sum() / (weight.sum() * student.shape[-1])


@torch.no_grad()
def layer_to_drop(teacher: MeasurementModel, probe: list[tuple]) -> int:
    """The layer whose removal moves the teacher's last hidden states least on the ``probe`` windows."""
    inputs = [t.to(next(teacher.parameters()).device) for t in pad_inputs(probe)]
    target, _ = teacher(*inputs)
    errors = [float(_masked_mse(without_layer(teacher, i)(*inputs)[0], target, inputs[1]))
              for i in range(teacher.config.num_layers)]
    return min(range(len(errors)), key=errors.__getitem__)


def distill(teacher: MeasurementModel, gold_docs: list[GoldDocument], corpus: list[tuple], config: DistillConfig,
            device: torch.device = torch.device("cpu")) -> tuple[MeasurementModel, dict]:
    """The student of ``teacher`` (a float32 model) and its training figures; the student is returned on the CPU.
    Logs the loss every 50 steps."""
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    teacher = teacher.eval().to(device)
    drop = layer_to_drop(teacher, rng.sample(corpus, min(64, len(corpus))))
    student = without_layer(teacher, drop).train()
    gold = [x for doc in gold_docs for x in window_examples(doc, teacher.vocab, teacher.config.max_chars)]
    params = [p for p in student.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=WEIGHT_DECAY)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1 - step / config.steps)
    train_config = TrainConfig()
    started = time.time()
    for step in range(1, config.steps + 1):
        if step % config.gold_every == 0:
            loss = batch_loss(student, rng.sample(gold, min(config.batch_size, len(gold))), device, train_config)
        else:
            inputs = [t.to(device) for t in pad_inputs(rng.sample(corpus, min(config.batch_size, len(corpus))))]
            with torch.no_grad():
                target_hidden, target_logits = teacher(*inputs)
            hidden, logits = student(*inputs)
            mask = inputs[1].bool()
            tag_kl = nn.functional.kl_div(logits[mask].log_softmax(-1), target_logits[mask].log_softmax(-1),
                                          log_target=True, reduction="batchmean")
            loss = _masked_mse(hidden, target_hidden, inputs[1]) + tag_kl
        optimizer_step(loss, optimizer, scheduler, params)
        if step % 50 == 0 or step == config.steps:
            logger.info("step %d/%d loss %.4f (%.0fs)", step, config.steps, float(loss.detach()), time.time() - started)
    teacher.cpu()
    return student.eval().cpu(), {"dropped_layer": drop, "corpus_windows": len(corpus), "gold_windows": len(gold),
                     "distill_seconds": round(time.time() - started, 1)}


def corpus_digest(corpus: list[tuple]) -> str:
    return hashlib.sha256(repr(corpus).encode()).hexdigest()


def parse_command_line(args: list[str] | None = None) -> tuple[DistillConfig, RunSettings, DistillArguments]:
    return command_line("Distil the trained model into a one-layer-shallower student",
                        DistillConfig, RunSettings, DistillArguments, args=args)


def main() -> None:
    config, settings, args = parse_command_line()
    log_progress()
    hashes = data_hashes(settings.gold_dir)
    base_dir, device = base_and_device(settings)
    teacher, teacher_info = load_model(args.teacher, base_dir)
    metrics = cross_validated_metrics(args.metrics, hashes, teacher.config, variant="student", distill=asdict(config))
    docs = load_gold(settings.gold_dir)
    corpus = corpus_windows(args.corpus, teacher.vocab, teacher.config.max_chars, docs)
    student, stats = distill(teacher, docs, corpus, config, device)
    student.save(args.out, {
        "metrics": metrics,
        "name": args.out.name,
        "version": time.strftime("%Y%m%d"),
        "base": teacher_info["base"],
        "teacher": {"name": teacher_info["name"], "version": teacher_info["version"],
                    "weights_sha256": hashlib.sha256((args.teacher / WEIGHTS_FILE).read_bytes()).hexdigest()},
        "distill": {**asdict(config), **stats, "documents": [d.id for d in docs]},
        "data": hashes,
    })
    logger.info("wrote %s (%s)", args.out, json.dumps(stats))


if __name__ == "__main__":
    main()
