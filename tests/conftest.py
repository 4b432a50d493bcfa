import datetime as dt

import pytest

from monitor import labs
from monitor.model import Lab, Phase
from monitor.store import Store


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "data")


def make_lab(store: Store, name: str = "Testlab", phases: int = 3) -> Lab:
    """A lab with `phases` consecutive phases of 100 days from 2025-01-01."""
    start = dt.date(2025, 1, 1)
    spans = tuple(
        Phase(
            name=f"Fase {i + 1}",
            start=start + dt.timedelta(days=100 * i),
            end=start + dt.timedelta(days=100 * i + 99),
        )
        for i in range(phases)
    )
    return labs.create_lab(store, name=name, goal="Leren", phases=spans)


@pytest.fixture
def lab(store) -> Lab:
    return make_lab(store)
