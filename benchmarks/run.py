"""Dossier figures at scale: search as you type, the first page, opening, import, memory, encryption,
and the privacy figures of `privacy.py` (home dashboard, consent, disclosure, vault size).

Builds a demo vault with N synthetic clients (`services.demo_clients`) and
their privacy work at the same scale (`services.demo_privacy`) once and
keeps it in `<temp>/calqi-bench-<N>/` (or --vault DIR) for later runs;
--rebuild makes it afresh, and so does a cache built before the privacy
data. The vault's keyslots use `TEST_ONLY_KDF`: the Argon2id KDF is not
what is measured here (bench_unlock.py measures it). The vault is built in
a child process, so `rss_mb` is what signing in, searching, opening and
importing cost, not the build.

Prints one figure per line as `name value unit`:

  build_s            building the vault, when this run built it (demo.create_demo_vault)
  clients            dossiers in the vault
  search_median_ms   clients.find(limit=200) over every keystroke prefix of about 60 queries
                     (each prefix timed 3 times, its median counts)
  search_max_ms      the slowest prefix
  first_page_ms      empty query, first page (median of 10, warm)
  first_page_cold_ms the same, as the first query after signing in
  open_dossier_ms    clients.open_dossier (audited), median over 50 random dossiers
  import_10k_s       read, preview and commit a 10,000-row demo CSV into a fresh vault
  rss_mb             peak resident memory of this process
  encrypted_vs_plain_ratio
                     median of storage.search.find over the same prefixes on the
                     vault, divided by the median on a plain SQLite copy
                     (sqlcipher_export) searched in a separate process — one
                     that never turns on SQLCipher's process-wide
                     cipher_memory_security, so its cost counts as encryption's
  dashboard_*, give_consent_ms, record_disclosure_ms, vault_mb
                     see privacy.py

Budget at 100,000 (DESIGN.md §7 and issue 4): search median < 10 ms, max < 30
ms, first page < 100 ms, open < 50 ms, import 10k < 10 s, RSS < 300 MB, ratio
at most 1.3; dashboard < 100 ms.

Usage: python benchmarks/run.py --clients 100000 [--vault DIR] [--rebuild] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.storage import database
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

BUILT_MARKER = "built.json"
#: Raised when what a build makes changes, so an older cached vault is built again (2: privacy data).
BUILD_FORMAT = 2
PLAIN_COPY = "plain.db"  # synthetic data only: the demo vault exported without encryption
IMPORT_CSV = "import-10k.csv"
ADMIN = "beheerder"
IMPORT_ROWS = 10_000
OPEN_SAMPLE = 50
REPEATS = 3  # each search prefix is timed this often; its median counts

#: Typed queries; every prefix of each is measured, as the list refreshes on each keystroke.
QUERIES = (
    "jansen", "de vries", "van den berg", "bakker", "visser", "van der meer", "jan", "sophie",
    "maria", "mohammed", "jan de vries", "anna bakker utrecht", "utrecht", "amsterdam", "den haag",
    "hertogenbosch", "alphen aan den rijn", "3511", "3511 nk", "1011 ab", "example",
    "jan.devries", "bakkerij", "bakkerij jansen", "stichting", "holding", "muller", "celik", "zoe",
    "yilmaz", "goncalves", "sahin", "de", "va", "ja",
)  # fmt: skip
ONE_LETTERS = "abcdeghjklmnprstvwxyz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="the vault folder (default: cached under the temp dir)")
    parser.add_argument("--rebuild", action="store_true", help="build the vault afresh")
    parser.add_argument("--verbose", action="store_true", help="the slowest prefixes on stderr")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--plain-search", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    database.silence_sqlcipher_log()
    folder: Path = args.vault or Path(tempfile.gettempdir()) / f"calqi-bench-{args.clients}" / "kluis"
    os.environ.setdefault("CALQI_HOME", str(folder.parent / "home"))
    if args.build_only:
        return _build(folder, args.clients)
    if args.plain_search:
        return _plain_search(args.plain_search)

    built = folder.parent / BUILT_MARKER
    if args.rebuild or not built.is_file() or json.loads(built.read_text()).get("format") != BUILD_FORMAT:
        shutil.rmtree(folder, ignore_errors=True)
        for stale in (PLAIN_COPY, IMPORT_CSV):
            (folder.parent / stale).unlink(missing_ok=True)
        built.unlink(missing_ok=True)
        _child("--build-only", "--clients", str(args.clients), "--vault", str(folder))
        _figure("build_s", json.loads(built.read_text())["seconds"], "s")
    return _measure(folder, args.verbose)


# --- building -----------------------------------------------------------------------------


def _build(folder: Path, count: int) -> int:
    from calqi_desktop.services import demo

    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workspace, _code = demo.create_demo_vault(
        folder,
        kdf=TEST_ONLY_KDF,
        clients=count,
        progress=lambda done, total: print(f"built {done} of {total}", file=sys.stderr, flush=True),
    )
    workspace.sign_out()
    seconds = time.perf_counter() - started
    (folder.parent / BUILT_MARKER).write_text(
        json.dumps({"clients": count, "seconds": round(seconds, 1), "format": BUILD_FORMAT})
    )
    return 0


def _child(*args: str) -> str:
    completed = subprocess.run(
        [sys.executable, __file__, *args], check=True, stdout=subprocess.PIPE, text=True
    )
    return completed.stdout


# --- measuring ----------------------------------------------------------------------------


def _measure(folder: Path, verbose: bool) -> int:
    from calqi_desktop.services import auth, clients, demo

    workspace = auth.sign_in(folder, ADMIN, demo.DEMO_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        cold = _timed(lambda: clients.find(workspace, ClientListQuery(""), limit=200))
        count = clients.find(workspace, ClientListQuery(""), limit=1).total or 0
        _figure("clients", count, "count")
        prefixes = list(_prefixes(_queries(workspace)))
        for text in prefixes:  # warm up once
            clients.find(workspace, ClientListQuery(text), limit=200)
        times = [
            _timed(lambda t=text: clients.find(workspace, ClientListQuery(t), limit=200)) for text in prefixes
        ]
        _figure("search_median_ms", statistics.median(times), "ms")
        _figure("search_max_ms", max(times), "ms")
        _figure("search_prefixes", len(prefixes), "count")
        if verbose:
            for ms, text in sorted(zip(times, prefixes, strict=True), reverse=True)[:12]:
                print(f"  slow: {ms:6.1f} ms  {text!r}", file=sys.stderr)
        first = [_timed(lambda: clients.find(workspace, ClientListQuery(""), limit=200)) for _ in range(10)]
        _figure("first_page_ms", statistics.median(first), "ms")
        _figure("first_page_cold_ms", cold, "ms")
        sample = random.Random(4).sample(range(1, count + 1), min(OPEN_SAMPLE, count))
        opened = [_timed(lambda i=client_id: clients.open_dossier(workspace, i)) for client_id in sample]
        _figure("open_dossier_ms", statistics.median(opened), "ms")
        _figure("encrypted_vs_plain_ratio", _ratio(workspace, folder, prefixes), "x")
    finally:
        workspace.sign_out()
    from privacy import measure as measure_privacy

    measure_privacy(folder, ADMIN, demo.DEMO_PASSWORD, TEST_ONLY_KDF, _figure)
    _figure("import_10k_s", _import_seconds(folder.parent), "s")
    _figure("rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    return 0


def _figure(name: str, value: float, unit: str) -> None:
    if isinstance(value, int):
        print(f"{name} {value} {unit}", flush=True)
    else:
        print(f"{name} {value:.{1 if unit in ('ms', 's', 'MB') else 2}f} {unit}", flush=True)


def _median_of(call: Callable[[], object], runs: int = REPEATS) -> float:
    """The median of a few runs: the machine may be shared, and one run can be caught by another process."""
    return statistics.median(_timed(call) for _ in range(runs))


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _queries(workspace: Any) -> list[str]:
    """The fixed queries, one letters, and some of a known client: name, postcode, number, e-mail, BSN."""
    from sqlalchemy import select

    from calqi_desktop.storage.models import Client, ClientAddress, ClientEmail

    with workspace.transaction() as session:
        count = session.execute(select(Client.id).order_by(Client.id.desc()).limit(1)).scalar_one()
        person = session.scalars(
            select(Client)
            .where(Client.kind == "person", Client.bsn.is_not(None), Client.id >= count // 3)
            .order_by(Client.id)
            .limit(1)
        ).one()
        organisation = session.scalars(
            select(Client)
            .where(Client.kind == "organisation", Client.id >= count // 2)
            .order_by(Client.id)
            .limit(1)
        ).one()
        postcode = session.scalars(
            select(ClientAddress.postcode).where(ClientAddress.client_id == person.id)
        ).first()
        email = session.scalars(select(ClientEmail.address).where(ClientEmail.client_id == person.id)).first()
        known = [
            f"{person.first_names.split()[0]} {person.last_name}".lower(),
            (postcode or "").lower(),
            person.client_number.lower(),
            (email or "").split("@")[0],
            organisation.organisation_name.lower(),
            str(person.bsn),
        ]
    return [*QUERIES, *ONE_LETTERS, *[text for text in known if text]]


def _prefixes(queries: list[str]) -> Iterator[str]:
    for text in queries:
        for end in range(1, len(text) + 1):
            yield text[:end]


# --- encrypted versus plain -----------------------------------------------------------------


def _ratio(workspace: Any, folder: Path, prefixes: list[str]) -> float:
    """median(encrypted) / median(plain), each over `storage.search.find` on every prefix.

    The plain copy is searched in a child process that never opens an encrypted
    database, so SQLCipher's process-wide settings do not reach it: the plain
    side is what SQLite alone would do with the same tables and indexes.
    """
    from calqi_desktop.storage import search

    plain = folder.parent / PLAIN_COPY
    if not plain.is_file():
        _export_plain(workspace, folder, plain)
    (folder.parent / "prefixes.json").write_text(json.dumps(prefixes))

    def find(text: str) -> None:
        with workspace.transaction() as session:
            search.find(session, ClientListQuery(text), limit=200)

    for text in prefixes:
        find(text)
    encrypted = statistics.median(_timed(lambda t=text: find(t)) for text in prefixes)
    plain_median = float(_child("--plain-search", str(plain), "--vault", str(folder)).strip())
    print(f"search in storage: encrypted {encrypted:.2f} ms, plain {plain_median:.2f} ms", file=sys.stderr)
    return encrypted / plain_median


def _export_plain(workspace: Any, folder: Path, plain: Path) -> None:
    connection = database.open_raw(folder / database.DB_FILE, workspace.vault.master_key())
    try:
        connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
        connection.execute("SELECT sqlcipher_export('plaintext')")
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()


def _plain_search(plain: Path) -> int:
    import sqlcipher3
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker

    from calqi_desktop.storage import search

    prefixes = json.loads((plain.parent / "prefixes.json").read_text())
    engine = create_engine(
        "sqlite://", creator=lambda: sqlcipher3.connect(str(plain), check_same_thread=False)
    )

    @event.listens_for(engine, "connect")
    def _pragmas(connection: Any, _record: Any) -> None:
        for pragma in database.CONNECTION_PRAGMAS:
            if "cipher" not in pragma:
                connection.execute(pragma)

    sessions = sessionmaker(engine)

    def find(text: str) -> None:
        with sessions() as session, session.begin():
            search.find(session, ClientListQuery(text), limit=200)

    for text in prefixes:
        find(text)
    print(statistics.median(_timed(lambda t=text: find(t)) for text in prefixes))
    return 0


# --- import -------------------------------------------------------------------------------


def _import_seconds(bench: Path) -> float:
    """Read, preview and commit a 10,000-row demo CSV into a fresh vault; nan when import is missing."""
    try:
        from calqi_desktop.services import client_import
    except ImportError:
        print("import_10k_s: services.client_import is not there yet", file=sys.stderr)
        return float("nan")
    from calqi_desktop.domain.clients import LegalBasisKind, SpecialCategory
    from calqi_desktop.services import auth, demo, demo_clients

    csv_file = bench / IMPORT_CSV
    if not csv_file.is_file():
        demo_clients.write_demo_csv(csv_file, IMPORT_ROWS, seed=7)
    folder = bench / "import-vault"
    shutil.rmtree(folder, ignore_errors=True)
    workspace, _code = auth.create_vault(
        folder,
        firm_name="Import B.V.",
        admin_name=ADMIN,
        admin_password=demo.DEMO_PASSWORD,
        kdf=TEST_ONLY_KDF,
    )
    try:
        started = time.perf_counter()
        table = client_import.read_table(csv_file)
        mapping = client_import.guess_mapping(table)
        bases = {
            category: LegalBasisKind.LEGAL_OBLIGATION
            if category is SpecialCategory.BSN
            else LegalBasisKind.CONTRACT
            for category in mapping.special_categories()
        }
        preview = client_import.preview(workspace, table, mapping, client_import.ImportOptions(bases=bases))
        previewed = time.perf_counter()
        result = client_import.commit(workspace, preview, only_valid=True)
        seconds = time.perf_counter() - started
        print(
            f"import: {preview.summary('en')}; preview {previewed - started:.1f} s, "
            f"commit {seconds - (previewed - started):.1f} s; {result.imported} imported",
            file=sys.stderr,
        )
        return seconds
    except (AttributeError, TypeError) as exc:  # the import API is still settling
        print(f"import_10k_s: the import service's API differs ({exc})", file=sys.stderr)
        return float("nan")
    finally:
        workspace.sign_out()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
