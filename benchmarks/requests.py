"""Figures for data-subject requests: the access report and the portability export of one rich dossier.

Builds a demo vault with N other clients (`services.demo.create_demo_vault`,
which also makes their consents, authorisations and disclosures) and adds one
rich dossier through the services, as staff would: 2 addresses, 3 e-mail
addresses, 2 phone numbers, BSN and birth details, 3 bank accounts, 3
children, 12 documents of about 200 KB (random pixels, as PNG scans and as
PDFs of them), 6 consents with histories, 8 authorisations, 40 disclosures,
200 field changes and 3 requests (access and portability verified, one
closed). The vault is kept in `<temp>/calqi-bench-requests-<N>/` (or --vault
DIR) for later runs; --rebuild makes it afresh. Keyslots use
`TEST_ONLY_KDF`: the KDF is not what is measured here.

Prints one figure per line as `name value unit`:

  build_s                     building the vault, when this run built it
  clients                     dossiers in the vault
  access_report_ms            request_exports.access_report, median of 10 (gate, collect, render,
                              step and audit event in one transaction, with its fsync)
  access_report_max_ms        the slowest of them
  access_report_protected_ms  the same with a password (AES-256 through pypdf), median of 5
  access_report_kb            the PDF's size
  access_report_pages         its pages
  dossier_summary_ms          request_exports.dossier_summary without special data, median of 5
  portability_ms              portability.portability_export, median of 5 ("n/a" while not built)
  portability_kb              the ZIP's size

Budget at 100,000 dossiers (DESIGN.md §7): access-report PDF < 500 ms.

Usage: python benchmarks/requests.py [--clients 2000] [--vault DIR] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from calqi_desktop.storage import database
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

BUILT_MARKER = "built.json"
BUILD_FORMAT = 1
ADMIN = "beheerder"
REPORT_RUNS = 10
OTHER_RUNS = 5
PASSWORD = "benchmark-wachtwoord-12"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--vault", type=Path, help="the vault folder (default: cached under the temp dir)")
    parser.add_argument("--rebuild", action="store_true", help="build the vault afresh")
    parser.add_argument(
        "--erase", action="store_true", help="also erase the rich dossier, on a copy of the vault"
    )
    args = parser.parse_args()
    database.silence_sqlcipher_log()
    folder: Path = (
        args.vault or Path(tempfile.gettempdir()) / f"calqi-bench-requests-{args.clients}" / "kluis"
    )
    os.environ.setdefault("CALQI_HOME", str(folder.parent / "home"))
    built = folder.parent / BUILT_MARKER
    if args.rebuild or not built.is_file() or json.loads(built.read_text()).get("format") != BUILD_FORMAT:
        shutil.rmtree(folder, ignore_errors=True)
        built.unlink(missing_ok=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        ids = _build(folder, args.clients)
        seconds = time.perf_counter() - started
        built.write_text(json.dumps({"format": BUILD_FORMAT, "seconds": round(seconds, 1), **ids}))
        _figure("build_s", seconds, "s")
    ids = json.loads(built.read_text())
    status = _measure(folder, ids)
    if args.erase:
        copy = folder.parent / "kluis-wissen"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy)
        try:
            _measure_erasure(copy, ids)
        finally:
            shutil.rmtree(copy, ignore_errors=True)
    return status


# --- measuring ----------------------------------------------------------------------------------------


def _measure(folder: Path, ids: dict[str, int]) -> int:
    from pypdf import PdfReader
    from sqlalchemy import func, select

    from calqi_desktop.services import auth, demo, portability, request_exports
    from calqi_desktop.storage.models import Client

    workspace = auth.sign_in(folder, ADMIN, demo.DEMO_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        with workspace.transaction() as session:
            _figure("clients", int(session.scalar(select(func.count(Client.id))) or 0), "count")
        access, client_id = ids["access_request"], ids["client"]
        request_exports.access_report(workspace, access)  # warm: fonts, styles, caches
        times, report = _runs(REPORT_RUNS, lambda: request_exports.access_report(workspace, access))
        _figure("access_report_ms", statistics.median(times), "ms")
        _figure("access_report_max_ms", max(times), "ms")
        protected, _ = _runs(
            OTHER_RUNS, lambda: request_exports.access_report(workspace, access, password=PASSWORD)
        )
        _figure("access_report_protected_ms", statistics.median(protected), "ms")
        _figure("access_report_kb", len(report) / 1024, "KB")
        _figure("access_report_pages", len(PdfReader(BytesIO(report)).pages), "count")
        summary, _ = _runs(OTHER_RUNS, lambda: request_exports.dossier_summary(workspace, client_id))
        _figure("dossier_summary_ms", statistics.median(summary), "ms")
        try:
            export = ids["portability_request"]
            times, archive = _runs(OTHER_RUNS, lambda: portability.portability_export(workspace, export))
        except NotImplementedError:
            print("portability_ms n/a", flush=True)
            print("portability_kb n/a", flush=True)
        else:
            _figure("portability_ms", statistics.median(times), "ms")
            _figure("portability_kb", len(archive) / 1024, "KB")
    finally:
        workspace.sign_out()
    return 0


def _measure_erasure(folder: Path, ids: dict[str, int]) -> None:
    """Preview and erase the rich dossier through a verified erasure request; peak memory included."""
    import resource

    from calqi_desktop.domain.requests import (
        IdentityCheckDraft,
        IdentityMethod,
        RequestChannel,
        RequestDraft,
        RequestType,
    )
    from calqi_desktop.services import auth, demo, erasure, requests

    workspace = auth.sign_in(folder, ADMIN, demo.DEMO_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        today = date.today()
        draft = RequestDraft(RequestType.ERASURE, today, RequestChannel.LETTER, client_id=ids["client"])
        request_id = requests.register(workspace, draft, today=today)
        check = IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, today)
        requests.verify_identity(workspace, request_id, check, today=today)
        started = time.perf_counter()
        preview = erasure.preview(workspace, request_id, today=today)
        _figure("erasure_preview_ms", (time.perf_counter() - started) * 1000, "ms")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result = erasure.erase(workspace, request_id, preview, today=today)
        _figure("erase_s", result.seconds, "s")
        _figure("erase_vault_mb_before", result.vault_bytes_before / 1048576, "MB")
        _figure("erase_vault_mb_after", result.vault_bytes_after / 1048576, "MB")
        _figure("erase_rss_peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
        _figure("rss_before_erase_mb", rss_before, "MB")
    finally:
        workspace.sign_out()


def _runs(count: int, call: Callable[[], bytes]) -> tuple[list[float], bytes]:
    """Milliseconds of each of `count` calls, and what the last one returned."""
    times, result = [], b""
    for _ in range(count):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def _figure(name: str, value: float, unit: str) -> None:
    if isinstance(value, int):
        print(f"{name} {value} {unit}", flush=True)
    else:
        print(f"{name} {value:.1f} {unit}", flush=True)


# --- building -------------------------------------------------------------------------------------------


def _build(folder: Path, count: int) -> dict[str, int]:
    """The demo vault with `count` clients plus the rich dossier; returns the ids to measure on."""
    from calqi_desktop.services import demo

    workspace, _code = demo.create_demo_vault(
        folder,
        kdf=TEST_ONLY_KDF,
        clients=count,
        progress=lambda done, total: print(f"built {done} of {total}", file=sys.stderr, flush=True),
    )
    try:
        rng = random.Random(2026)
        today = date.today()
        client_id = _rich_client(workspace)
        _documents(workspace, client_id, rng)
        consent_ids = _consents(workspace, client_id, today)
        _authorisations(workspace, client_id, today)
        _disclosures(workspace, client_id, today)
        _field_changes(workspace, client_id)
        requests = _requests(workspace, client_id, today)
        print(f"rich dossier {client_id}: {len(consent_ids)} consents", file=sys.stderr)
        return {"client": client_id, **requests}
    finally:
        workspace.sign_out()


def _rich_client(workspace: Any) -> int:
    from calqi_desktop.domain.clients import (
        AddressDraft,
        AddressKind,
        BankAccountDraft,
        ChildDraft,
        ClientDraft,
        EmailDraft,
        Gender,
        LegalBasisKind,
        PhoneDraft,
        SpecialCategory,
        SpecialChanges,
    )
    from calqi_desktop.services import clients
    from calqi_desktop.services.special_data import BasisDraft

    draft = ClientDraft(
        initials="M.E.",
        first_names="Margaretha Elisabeth",
        tussenvoegsel="van der",
        last_name="Heijden-Bosch",
        gender=Gender.FEMALE,
        function="Huisarts",
        addresses=(
            AddressDraft(AddressKind.HOME, "Oudegracht", "231", "A", "3511 NK", "Utrecht"),
            AddressDraft(AddressKind.POSTAL, "Postbus", "1234", "", "3500 AA", "Utrecht"),
        ),
        emails=(
            EmailDraft("m.vanderheijden@example.nl", "privé"),
            EmailDraft("praktijk@example.nl", "werk"),
            EmailDraft("mevdh@example.org", "oud"),
        ),
        phones=(PhoneDraft("06 12345678", "mobiel"), PhoneDraft("030 123 4567", "praktijk")),
    )
    special = SpecialChanges(
        fields={"bsn": "111222333", "birth_date": "14-07-1975", "birth_place": "Amersfoort"},
        bank_accounts=(
            BankAccountDraft("NL91ABNA0417164300", "M.E. van der Heijden-Bosch"),
            BankAccountDraft("NL20INGB0001234567", "Huisartsenpraktijk Van der Heijden"),
            BankAccountDraft("NL39RABO0300065264", "M.E. van der Heijden en/of P. Bosch"),
        ),
        children=(
            ChildDraft("Sophie", "Bosch", date(2009, 3, 1)),
            ChildDraft("Daan", "Bosch", date(2012, 9, 17)),
            ChildDraft("Lotte", "Bosch", date(2016, 1, 30)),
        ),
    )
    # Consent cannot be a basis before the special-data consent is recorded; the contract is.
    bases = (
        BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "IB- en btw-aangiften"),
        *(
            BasisDraft(category, LegalBasisKind.CONTRACT)
            for category in SpecialCategory
            if category is not SpecialCategory.BSN
        ),
    )
    return clients.create_client(workspace, draft, special, bases)


def _documents(workspace: Any, client_id: int, rng: random.Random) -> None:
    """12 documents of about 200 KB: random pixels do not compress, as PNG scans and PDFs of them."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from calqi_desktop.domain.clients import DocumentKind
    from calqi_desktop.services import documents

    kinds = [DocumentKind.ID_COPY] * 2 + [DocumentKind.FINANCIAL] * 6 + [DocumentKind.SIGNED_FORM] * 2
    kinds += [DocumentKind.OTHER] * 2
    for number, kind in enumerate(kinds, start=1):
        image = Image.frombytes("RGB", (256, 260), rng.randbytes(256 * 260 * 3))
        png = BytesIO()
        image.save(png, "PNG")
        if number % 2:
            name, data = f"scan-{number:02d}.png", png.getvalue()
        else:
            buffer = BytesIO()
            canvas = Canvas(buffer)
            canvas.drawImage(ImageReader(BytesIO(png.getvalue())), 72, 400, width=256, height=260)
            canvas.showPage()
            canvas.save()
            name, data = f"stuk-{number:02d}.pdf", buffer.getvalue()
        documents.add_document(workspace, client_id, kind, name, data)


def _consents(workspace: Any, client_id: int, today: date) -> list[int]:
    """6 consents; three with a history of giving, withdrawing and giving again."""
    from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod, WithdrawalDraft
    from calqi_desktop.services import consent, statement_versions

    version = statement_versions.current_version(workspace, today=today)
    assert version is not None
    purposes = {p.code: p.id for p in consent.list_purposes(workspace, include_inactive=True)}
    plans: list[tuple[BuiltInPurpose, str, list[int]]] = [
        (BuiltInPurpose.SPECIAL_DATA, "", [8]),
        (BuiltInPurpose.NEWSLETTER, "", [7, 5, 3]),
        (BuiltInPurpose.GROUP_OFFERS, "", [6, 4]),
        (BuiltInPurpose.PROMOTIONS, "", [5]),
        (BuiltInPurpose.THIRD_PARTY, "Hypotheekbank Zuid B.V.", [6, 2, 1]),
        (BuiltInPurpose.THIRD_PARTY, "Pensioenadvies Noord B.V.", [4]),
    ]
    ids = []
    for code, recipient, years_ago in plans:
        consent_id = 0
        for index, years in enumerate(years_ago):
            moment = datetime.combine(today - timedelta(days=365 * years), datetime.min.time(), UTC)
            if index % 2 == 0:
                draft = ConsentDraft(
                    purpose_id=purposes[code.value],
                    given_at=moment + timedelta(hours=10),
                    method=ConsentMethod.PAPER,
                    statement_version_id=version.id,
                    recipient=recipient,
                    age_confirmed=True,
                )
                consent_id = consent.give_consent(workspace, client_id, draft, today=today).id
            else:
                withdrawal = WithdrawalDraft(consent_id, moment + timedelta(hours=11), ConsentMethod.EMAIL)
                consent.withdraw_consent(workspace, withdrawal)
        ids.append(consent_id)
    return ids


def _authorisations(workspace: Any, client_id: int, today: date) -> None:
    """5 activated VIAs (the last five years), continuing IB and btw, one signed for the bank."""
    from calqi_desktop.domain.authorisations import (
        AuthorisationDraft,
        AuthorisationKind,
        DocumentType,
        RecipientKind,
        TaxType,
    )
    from calqi_desktop.services import authorisations

    drafts = [
        AuthorisationDraft(
            AuthorisationKind.VIA,
            year_from=year,
            activation_code=f"BNCH{year}X",
            activated_on=min(date(year + 1, 2, 15), today),
        )
        for year in range(today.year - 5, today.year)
    ]
    drafts += [
        AuthorisationDraft(
            AuthorisationKind.CONTINUING, tax_type=TaxType.IB, year_from=2015, valid_from=date(2015, 1, 1)
        ),
        AuthorisationDraft(
            AuthorisationKind.CONTINUING, tax_type=TaxType.BTW, year_from=2015, valid_from=date(2015, 1, 1)
        ),
        AuthorisationDraft(
            AuthorisationKind.CLIENT_SIGNED,
            recipient_kind=RecipientKind.BANK,
            recipient_name="ING Bank N.V.",
            document_types=frozenset({DocumentType.ANNUAL_ACCOUNT, DocumentType.FINANCIAL_REPORT}),
            year_from=2015,
            valid_from=date(2015, 1, 1),
        ),
    ]
    for draft in drafts:
        authorisations.add_authorisation(workspace, client_id, draft, today=today)


def _disclosures(workspace: Any, client_id: int, today: date) -> None:
    """40 disclosures over the last eight years: IB and btw returns, annual accounts, sent by the client."""
    from calqi_desktop.domain.authorisations import DocumentType, RecipientKind, TaxType
    from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
    from calqi_desktop.services import disclosures

    shapes = [
        (
            DocumentType.TAX_RETURN,
            TaxType.IB,
            RecipientKind.BELASTINGDIENST,
            "",
            DisclosureChannel.ELECTRONIC,
        ),
        (
            DocumentType.TAX_RETURN,
            TaxType.BTW,
            RecipientKind.BELASTINGDIENST,
            "",
            DisclosureChannel.ELECTRONIC,
        ),
        (DocumentType.ANNUAL_ACCOUNT, None, RecipientKind.BANK, "ING Bank N.V.", DisclosureChannel.EMAIL),
        (DocumentType.FINANCIAL_REPORT, None, RecipientKind.BANK, "ING Bank N.V.", DisclosureChannel.POST),
        (
            DocumentType.FINANCIAL_REPORT,
            None,
            RecipientKind.THIRD_PARTY,
            "Hypotheekbank Zuid B.V.",
            DisclosureChannel.SENT_BY_CLIENT,
        ),
    ]
    for number in range(40):
        document_type, tax_type, recipient_kind, name, channel = shapes[number % len(shapes)]
        year = today.year - 1 - (number // len(shapes))
        on = min(date(year + 1, 3 + number % 6, 1 + number % 27), today)
        draft = DisclosureDraft(
            document_type, year, recipient_kind, on, channel, recipient_name=name, tax_type=tax_type
        )
        disclosures.record_disclosure(workspace, client_id, draft, today=today)


def _field_changes(workspace: Any, client_id: int) -> None:
    """200 saves of the dossier, each changing the job title once."""
    from dataclasses import replace

    from calqi_desktop.domain.clients import ChangeReason
    from calqi_desktop.services import clients

    dossier = clients.open_dossier(workspace, client_id, audit=False)
    for number in range(200):
        draft = replace(dossier.draft, function=f"Huisarts (functie {number + 1})")
        dossier = clients.save_dossier(
            workspace,
            client_id,
            draft,
            expected_version=dossier.version,
            reason=ChangeReason.REPORTED_BY_CLIENT if number % 3 else ChangeReason.CORRECTION,
            reason_note="Telefonisch doorgegeven" if number % 5 == 0 else "",
        )


def _requests(workspace: Any, client_id: int, today: date) -> dict[str, int]:
    """An access and a portability request, verified; an objection granted and closed."""
    from calqi_desktop.domain.requests import (
        IdentityCheckDraft,
        IdentityMethod,
        RequestChannel,
        RequestDraft,
        RequestOutcome,
        RequestType,
    )
    from calqi_desktop.services import requests

    received = today - timedelta(days=5)
    ids = {}
    for key, request_type in (
        ("access_request", RequestType.ACCESS),
        ("portability_request", RequestType.PORTABILITY),
        ("objection_request", RequestType.OBJECTION),
    ):
        draft = RequestDraft(request_type, received, RequestChannel.EMAIL, client_id=client_id)
        request_id = requests.register(workspace, draft, today=today)
        check = IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, received)
        requests.verify_identity(workspace, request_id, check, today=today)
        ids[key] = request_id
    requests.close(workspace, ids["objection_request"], RequestOutcome.GRANTED, today=today)
    return ids


if __name__ == "__main__":
    sys.exit(main())
