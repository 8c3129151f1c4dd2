import pytest

from service.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The shipped model, loaded once for the whole session."""
    return Extractor()


@pytest.fixture(scope="session")
def client(extractor):
    from fastapi.testclient import TestClient

    from service import api

    with TestClient(api.app) as test_client:
        yield test_client
