"""Helpers for the portability tests: the schema check every export goes through, and a rich SubjectData.

`assert_valid_export(zip_bytes)` opens the ZIP, validates its `gegevens.json`
against docs/portability-schema-v1.json (Draft 2020-12, formats checked:
`date` and a strict RFC 3339 `date-time`, as jsonschema checks the latter
only with an optional package) and returns the JSON with the ZIP's files.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from calqi_desktop.domain.clients import (
    AddressDraft,
    AddressKind,
    ChildDraft,
    ClientDraft,
    DocumentKind,
    EmailDraft,
    Gender,
    LegalBasis,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
)
from calqi_desktop.domain.consent import (
    Consent,
    ConsentEvent,
    ConsentEventKind,
    ConsentMethod,
    ConsentPurpose,
    ConsentStatus,
)
from calqi_desktop.domain.firm import FirmDetails
from calqi_desktop.domain.subject_data import SubjectBankAccount, SubjectData, SubjectDocument

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "portability-schema-v1.json"
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.ASCII)

BSN = "111222333"
GENERATED_AT = datetime(2026, 3, 14, 10, 30, tzinfo=UTC)
CONTROLLER = FirmDetails(
    firm_name="Calqi B.V.",
    address="Nieuwe Steen 34",
    postcode="1625 HV",
    city="Hoorn",
    kvk_number="12345678",
    email="privacy@calqi.nl",
    phone="0229 123 456",
)


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def _format_checker() -> FormatChecker:
    checker = FormatChecker(["date"])

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _RFC3339.fullmatch(value):
            return False
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    return checker


def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema(), format_checker=_format_checker())


def schema_errors(payload: object) -> list[str]:
    """Every way `payload` breaks the schema (empty when it is valid)."""
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator().iter_errors(payload)]


def zip_files(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


def assert_valid_export(data: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The export's JSON (checked against the schema) and all its files by name."""
    files = zip_files(data)
    payload: dict[str, Any] = json.loads(files["gegevens.json"].decode("utf-8"))
    assert schema_errors(payload) == []
    return payload, files


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def document(id_: int, kind: DocumentKind, file_name: str, content: bytes) -> SubjectDocument:
    import hashlib

    return SubjectDocument(
        id=id_,
        kind=kind,
        file_name=file_name,
        mime_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        description="",
        added_at=at(date(2025, 1, id_ % 28 + 1)),
    )


def consent(id_: int = 1, *, withdrawn: bool = False) -> Consent:
    purpose = ConsentPurpose(
        id=1,
        code="newsletter",
        label_nl="Nieuwsbrief",
        label_en="Newsletter",
        description="",
        needs_recipient=False,
        explicit=False,
        ends_service=False,
        covers_special_data=False,
        active=True,
    )
    events = [_event(1, ConsentEventKind.GIVEN, at(date(2024, 5, 1)))]
    if withdrawn:
        events.append(_event(2, ConsentEventKind.WITHDRAWN, at(date(2025, 6, 1))))
    return Consent(
        id=id_,
        client_id=7,
        purpose=purpose,
        recipient="",
        status=ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.GIVEN,
        given_at=events[0].occurred_at,
        withdrawn_at=events[-1].occurred_at if withdrawn else None,
        statement_version="2024-1",
        via_guardian=False,
        renew_due_on=None,
        events=tuple(events),
    )


def _event(id_: int, kind: ConsentEventKind, moment: datetime) -> ConsentEvent:
    return ConsentEvent(
        id=id_,
        kind=kind,
        occurred_at=moment,
        recorded_at=moment,
        recorded_by="anna",
        method=ConsentMethod.EMAIL,
        statement_version="2024-1",
        statement_version_id=1,
        evidence_document_id=None,
        evidence_name="",
        note="",
        guardian="",
        decisions="",
    )


def basis(category: SpecialCategory, kind: LegalBasisKind) -> LegalBasis:
    return LegalBasis(
        category=category, basis=kind, note="", recorded_by="anna", recorded_at=at(date(2024, 1, 2))
    )


def subject_data(
    bases: dict[SpecialCategory, LegalBasisKind] | None = None,
    documents: tuple[SubjectDocument, ...] = (),
    **changes: Any,
) -> SubjectData:
    """A person with every kind of data held; `bases` replaces the default bases (all on contract,
    BSN on legal obligation)."""
    chosen = (
        bases
        if bases is not None
        else {
            **dict.fromkeys(SpecialCategory, LegalBasisKind.CONTRACT),
            SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION,
        }
    )
    draft = ClientDraft(
        client_number="K-000007",
        initials="J.A.",
        first_names="Johanna Aaltje",
        tussenvoegsel="de",
        last_name="Vries-Ëlberts",
        gender=Gender.FEMALE,
        function="Eigenaar",
        addresses=(AddressDraft(AddressKind.HOME, "Oudegracht", "231", "A", "3511 NK", "Utrecht", "NL"),),
        emails=(EmailDraft("j.devries@example.nl", "privé"),),
        phones=(PhoneDraft("+31 6 12345678", "mobiel"),),
    )
    data = SubjectData(
        client_id=7,
        collected_on=date(2026, 3, 14),
        draft=draft,
        display_name="J.A. de Vries-Ëlberts",
        created_at=at(date(2023, 2, 1)),
        restricted=False,
        restriction_reason="",
        bsn=BSN,
        birth_date=date(1980, 2, 29),
        birth_place="Hoorn",
        bank_accounts=(SubjectBankAccount("NL91ABNA0417164300", "J.A. de Vries"),),
        children=(ChildDraft("Pieter", "de Vries", date(2012, 7, 1), id=1),),
        bases={category: basis(category, kind) for category, kind in chosen.items()},
        documents=documents,
        consents=(consent(1), consent(2, withdrawn=True)),
        authorisations=(),
        disclosures=(),
        requests=(),
        history=(),
    )
    return replace(data, **changes)
