import datetime as dt

import pytest

from monitor import labs
from monitor.model import Lab, Phase
from monitor.store import Store
from tests import pg_cluster

PG_MISSING = pg_cluster.missing_reason()
PG_TABLES = "lm_records, lm_versions, lm_audit, lm_protocols, lm_secrets"


@pytest.fixture(scope="session")
def pg_cluster_session():
    """One throwaway PostgreSQL cluster for the whole test session (see tests/pg_cluster.py)."""
    if PG_MISSING:
        pytest.skip(f"PostgreSQL tests skipped: {PG_MISSING}")
    with pg_cluster.cluster() as found:
        yield found


@pytest.fixture(scope="session")
def pg_url(pg_cluster_session) -> str:
    """A database of the session cluster with the current schema."""
    from monitor import pgstore

    url = pg_cluster_session.create_database("labmonitor_test")
    pgstore.upgrade(url)
    return url


def fresh_pg_store(url: str):
    """An empty PgStore on `url`: every table emptied, no cache or connection kept over."""
    import psycopg

    from monitor.pgstore import PgStore, _Shared

    _Shared.drop(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {PG_TABLES}")
    return PgStore(url)


@pytest.fixture(params=["tinydb", pytest.param("postgres", marks=pytest.mark.slow)])
def store(request, tmp_path):
    """Every domain test runs on both backends; the PostgreSQL runs are slow (a real server)."""
    if request.param == "tinydb":
        return Store(tmp_path / "data")
    return fresh_pg_store(request.getfixturevalue("pg_url"))


@pytest.fixture
def folder_store(tmp_path) -> Store:
    """The embedded store, for tests of what only it has (its files, folders and backups)."""
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
