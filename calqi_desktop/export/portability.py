"""The portability export (AVG art. 20) as a ZIP: JSON, CSV per table, the documents, a listing.

`render_portability_zip` turns a `SubjectData`, its `PortabilityScope`, the
firm's details and the in-scope documents' bytes into the ZIP's bytes:

* `gegevens.json` — everything in scope, following `docs/portability-schema-v1.json`
  (UTF-8, indent 2, keys sorted);
* one CSV per table in scope (`klant.csv`, `adressen.csv`, ...), made by
  `csv_safe.csv_bytes`, so formula-like cells are neutralised; the columns
  are the JSON's keys, dates ISO 8601 as in the JSON;
* `documenten/<id>-<name>` — each in-scope document, its name cleaned so no
  entry can point outside the folder it is unpacked in;
* `LEESMIJ.txt` — in Dutch: every file with size and sha256, what was left
  out and why, the schema, and that the subject may give it to another provider;
* `manifest.json` — every other file's sha256 and size.

Entries are deflated and stamped with `generated_at`, so the same data give
the same bytes. Nothing here reads a file or the vault.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from typing import Any

from calqi_desktop.domain.clients import ClientDraft
from calqi_desktop.domain.consent import Consent
from calqi_desktop.domain.firm import FirmDetails
from calqi_desktop.domain.formatting import format_datetime_nl
from calqi_desktop.domain.portability import PortabilityPart, PortabilityScope
from calqi_desktop.domain.subject_data import COMPLAINT_AUTHORITY_NL, SubjectData, SubjectDocument
from calqi_desktop.export.csv_safe import csv_bytes

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://calqi.nl/schemas/portability/v1.json"
JSON_NAME = "gegevens.json"
LISTING_NAME = "LEESMIJ.txt"
MANIFEST_NAME = "manifest.json"
DOCUMENT_FOLDER = "documenten"
#: Longest cleaned document name inside the ZIP (the id prefix comes on top).
DOCUMENT_NAME_MAX = 120

_SUBJECT_FIELDS = (
    "client_number",
    "kind",
    "initials",
    "first_names",
    "tussenvoegsel",
    "last_name",
    "gender",
    "function",
    "organisation_name",
    "kvk_number",
    "rsin",
    "btw_id",
)
_ADDRESS_FIELDS = ("kind", "street", "house_number", "addition", "postcode", "city", "country")
_DOCUMENT_FIELDS = ("file", "kind", "file_name", "mime_type", "size", "sha256", "added_at")
_CONSENT_FIELDS = ("purpose", "recipient", "status", "given_at", "withdrawn_at", "statement_version")
_EVENT_FIELDS = ("kind", "occurred_at", "method")
# Characters no file system should see in a name: path separators, drive colons, wildcards.
_UNSAFE = re.compile(r'[<>:"/\\|?*]')


def render_portability_zip(
    data: SubjectData,
    scope: PortabilityScope,
    controller: FirmDetails,
    documents: Mapping[int, bytes],
    generated_at: datetime,
) -> bytes:
    """The ZIP's bytes. `documents` holds the bytes of every in-scope document by id (`KeyError` if one
    is missing); `generated_at` must be aware and is the moment in the JSON and on every entry."""
    if generated_at.tzinfo is None:
        raise ValueError("generated_at must carry its time zone")
    in_scope = scope.documents(data)
    files: dict[str, bytes] = {}
    payload = portability_payload(data, scope, controller, generated_at, _document_bytes(in_scope, documents))
    files[JSON_NAME] = (json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    files.update(_tables(payload, scope))
    for entry, document in zip(payload["documents"], in_scope, strict=True):
        files[entry["file"]] = documents[document.id]
    listing = listing_text(
        files, scope, controller=controller, client_number=data.draft.client_number, generated_at=generated_at
    )
    manifest = {
        name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
        for name, content in {LISTING_NAME: listing, **files}.items()
    }
    ordered = {
        LISTING_NAME: listing,
        **files,
        MANIFEST_NAME: (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode(),
    }
    return _zip(ordered, generated_at)


def portability_payload(
    data: SubjectData,
    scope: PortabilityScope,
    controller: FirmDetails,
    generated_at: datetime,
    document_bytes: Sequence[tuple[SubjectDocument, bytes]] = (),
) -> dict[str, Any]:
    """The content of `gegevens.json` as a dict (`document_bytes`: the in-scope documents with their bytes)."""
    draft = data.draft
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "controller": {
            "name": controller.firm_name,
            "address": controller.address,
            "postcode": controller.postcode,
            "city": controller.city,
            "email": controller.email,
            "phone": controller.phone,
            "kvk_number": controller.kvk_number,
        },
        "subject": _subject(draft),
        "addresses": [
            {name: str(getattr(address, name)) for name in _ADDRESS_FIELDS}
            for address in draft.addresses
            if scope.includes(PortabilityPart.ADDRESSES)
        ],
        "email_addresses": [
            {"address": email.address, "label": email.label}
            for email in draft.emails
            if scope.includes(PortabilityPart.EMAIL_ADDRESSES)
        ],
        "phone_numbers": [
            {"number": phone.number, "label": phone.label}
            for phone in draft.phones
            if scope.includes(PortabilityPart.PHONE_NUMBERS)
        ],
        "special_data": _special_data(data, scope),
        "documents": [_document(document, content) for document, content in document_bytes],
        "consents": [_consent(item) for item in data.consents]
        if scope.includes(PortabilityPart.CONSENTS)
        else [],
        "excluded": [
            {
                "part": entry.part.value,
                "reason_nl": entry.reason_text("nl"),
                "reason_en": entry.reason_text("en"),
            }
            for entry in scope.excluded
        ],
    }


def document_entry_name(document: SubjectDocument) -> str:
    """'documenten/12-jaaropgave 2025.pdf': the id keeps names apart, the name is cleaned."""
    return f"{DOCUMENT_FOLDER}/{document.id}-{safe_file_name(document.file_name)}"


def safe_file_name(file_name: str) -> str:
    """Only the base name (of a path from any system), without control, format or path characters.

    '../../etc/passwd' → 'passwd', 'C:\\x.pdf' → 'x.pdf', 'C:x.pdf' → 'C_x.pdf', '..' → 'document'.
    """
    base = unicodedata.normalize("NFC", file_name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(char for char in base if not unicodedata.category(char).startswith("C"))
    name = _UNSAFE.sub("_", base).strip(" .")
    if not name:
        return "document"
    if len(name) > DOCUMENT_NAME_MAX:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if len(suffix) <= 16 else ""
        name = name[: DOCUMENT_NAME_MAX - len(suffix)].rstrip(" .") + suffix
    return name


# --- the JSON's parts ------------------------------------------------------------------------------


def _subject(draft: ClientDraft) -> dict[str, str]:
    return {name: str(getattr(draft, name)) for name in _SUBJECT_FIELDS}


def _special_data(data: SubjectData, scope: PortabilityScope) -> dict[str, Any]:
    special: dict[str, Any] = {}
    if scope.includes(PortabilityPart.BIRTH):
        special["birth"] = {"date": _day(data.birth_date), "place": data.birth_place}
    if scope.includes(PortabilityPart.BANK_ACCOUNTS):
        special["bank_accounts"] = [
            {"iban": account.iban, "holder": account.holder} for account in data.bank_accounts
        ]
    if scope.includes(PortabilityPart.CHILDREN):
        special["children"] = [
            {
                "first_names": child.first_names,
                "last_name": child.last_name,
                "birth_date": _day(child.birth_date),
            }
            for child in data.children
        ]
    return special


def _document(document: SubjectDocument, content: bytes) -> dict[str, Any]:
    return {
        "file": document_entry_name(document),
        "kind": document.kind.value,
        "file_name": document.file_name,
        "mime_type": document.mime_type,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "added_at": _moment(document.added_at),
    }


def _consent(consent: Consent) -> dict[str, Any]:
    return {
        "purpose": consent.purpose.label_nl,
        "recipient": consent.recipient,
        "status": consent.status.value,
        "given_at": _moment(consent.given_at),
        "withdrawn_at": _moment(consent.withdrawn_at),
        "statement_version": consent.statement_version,
        "events": [
            {
                "kind": event.kind.value,
                "occurred_at": _moment(event.occurred_at),
                "method": event.method.value,
            }
            for event in consent.events
        ],
    }


def _document_bytes(
    in_scope: Sequence[SubjectDocument], documents: Mapping[int, bytes]
) -> list[tuple[SubjectDocument, bytes]]:
    return [(document, documents[document.id]) for document in in_scope]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with its offset; a naive moment is taken as UTC (as the vault stores them)."""
    if value is None:
        return None
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds")


# --- LEESMIJ.txt ----------------------------------------------------------------------------------


def listing_text(
    files: Mapping[str, bytes],
    scope: PortabilityScope,
    *,
    controller: FirmDetails,
    client_number: str,
    generated_at: datetime,
) -> bytes:
    """The Dutch listing: what the ZIP holds file by file, what was left out and why, the format."""
    firm = ", ".join(
        part for part in (controller.firm_name, controller.address, controller.postcode_city) if part
    )
    lines = [
        "GEGEVENSEXPORT — RECHT OP OVERDRAAGBAARHEID (AVG ARTIKEL 20)",
        "",
        f"Gemaakt op:  {format_datetime_nl(generated_at)}",
        f"Door:        {firm} (verwerkingsverantwoordelijke)",
        f"Klantnummer: {client_number}",
        "",
        "Dit ZIP-bestand bevat de persoonsgegevens die u aan ons hebt verstrekt en die wij verwerken op grond "
        "van uw toestemming of van de overeenkomst met u, in een gestructureerde, gangbare en machineleesbare "
        "vorm. U mag deze gegevens aan een andere dienstverlener geven, of ons vragen dat te doen als dat "
        "technisch kan (AVG artikel 20).",
        "",
        "OPGENOMEN",
        *(f"- {entry.part.label()}: {entry.reason_text()}" for entry in scope.included),
        "",
        "NIET OPGENOMEN",
        *(f"- {entry.part.label()}: {entry.reason_text()}" for entry in scope.excluded),
        "",
        "BESTANDEN",
        f"- {LISTING_NAME}: dit overzicht",
        *(
            f"- {name}: {_size_nl(len(content))}, sha256 {hashlib.sha256(content).hexdigest()}"
            for name, content in files.items()
        ),
        f"- {MANIFEST_NAME}: de grootte en de sha256 van elk bestand hierboven, voor programma's",
        "",
        "FORMAAT",
        f"- {JSON_NAME}: JSON (UTF-8) volgens JSON Schema versie {SCHEMA_VERSION} (kenmerk {SCHEMA_ID}), "
        "beschreven in de documentatie van Calqi Desktop (docs/portability.md). Onderdelen die niet zijn "
        "opgenomen staan daarin onder 'excluded', met de reden.",
        "- De CSV-bestanden: één per tabel, UTF-8 met BOM, scheidingsteken puntkomma; de kolomnamen zijn die "
        f"van {JSON_NAME}. Een cel die begint met =, +, -, @, een tab of een regelterugloop heeft een "
        "apostrof ervoor, zodat een spreadsheet haar niet als formule uitvoert; laat die ene apostrof weg "
        "voor de oorspronkelijke waarde.",
        f"- De documenten staan in de map {DOCUMENT_FOLDER}/, elk met ons volgnummer voor de naam.",
        "- Datums als JJJJ-MM-DD, momenten in ISO 8601 (UTC). Met de sha256 kunt u nagaan dat een bestand "
        "onderweg niet is veranderd.",
        "",
        "VRAGEN EN KLACHTEN",
        f"Vragen over deze export kunt u stellen aan {firm}"
        + (f" ({controller.email})" if controller.email else "")
        + ". Bent u het niet eens met hoe wij met uw verzoek omgaan, dan kunt u een klacht indienen bij de "
        f"{COMPLAINT_AUTHORITY_NL}.",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _size_nl(size: int) -> str:
    """'1.234.567 bytes'."""
    return f"{size:,} bytes".replace(",", ".")


# --- CSV -----------------------------------------------------------------------------------------


def _tables(payload: Mapping[str, Any], scope: PortabilityScope) -> dict[str, bytes]:
    """One CSV per table in scope, its columns the JSON's keys."""
    subject_header = list(_SUBJECT_FIELDS)
    subject_row: list[Any] = [payload["subject"][name] for name in _SUBJECT_FIELDS]
    birth = payload["special_data"].get("birth")
    if birth is not None:
        subject_header += ["birth_date", "birth_place"]
        subject_row += [birth["date"], birth["place"]]
    tables = {"klant.csv": csv_bytes([subject_row], subject_header)}
    tables["adressen.csv"] = _csv(payload["addresses"], _ADDRESS_FIELDS)
    tables["emailadressen.csv"] = _csv(payload["email_addresses"], ("address", "label"))
    tables["telefoonnummers.csv"] = _csv(payload["phone_numbers"], ("number", "label"))
    special = payload["special_data"]
    if "bank_accounts" in special:
        tables["bankrekeningen.csv"] = _csv(special["bank_accounts"], ("iban", "holder"))
    if "children" in special:
        tables["kinderen.csv"] = _csv(special["children"], ("first_names", "last_name", "birth_date"))
    tables["documenten.csv"] = _csv(payload["documents"], _DOCUMENT_FIELDS)
    if scope.includes(PortabilityPart.CONSENTS):
        tables["toestemmingen.csv"] = csv_bytes(
            [
                [
                    number,
                    *(consent[name] for name in _CONSENT_FIELDS),
                    *(event[name] for name in _EVENT_FIELDS),
                ]
                for number, consent in enumerate(payload["consents"], start=1)
                for event in consent["events"]
            ],
            ["consent", *_CONSENT_FIELDS, *(f"event_{name}" for name in _EVENT_FIELDS)],
        )
    return tables


def _csv(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> bytes:
    return csv_bytes([[row[name] for name in fields] for row in rows], list(fields))


# --- ZIP -----------------------------------------------------------------------------------------


def _zip(files: Mapping[str, bytes], moment: datetime) -> bytes:
    """Deflated entries in the given order, each stamped `moment` with fixed attributes."""
    stamp = moment.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes on every platform
            info.external_attr = 0o644 << 16
            archive.writestr(info, content, compresslevel=6)
    return buffer.getvalue()
