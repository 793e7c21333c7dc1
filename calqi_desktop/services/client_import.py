"""Importing a client list (CSV or Excel): a preview of every row first, then all rows in one transaction.

    table = read_table(path)                        # ImportFileError when it is no usable list
    mapping = guess_mapping(table)                  # the user may change it
    result = preview(workspace, table, mapping, ImportOptions(bases={...}))
    commit(workspace, result)                       # all or nothing, or only_valid=True

`preview` reads each row into a `ClientDraft` and its special data and runs
the same checks as the dossier editor. Each row is ok, has errors (each named
by field, with the Dutch message, never the value) or is a duplicate of an
earlier row or of a client already in the vault (same BSN, or same last name,
birth date and postcode). Special columns need a recorded basis per category,
chosen once for the whole import (the BSN: legal obligation only; consent
never, since imported clients have no recorded consent yet), and the right to
see special data.

`commit` stores nothing when any row is wrong, unless the user explicitly asks
for only the good rows. It checks the vault for duplicates again inside its
transaction, hands out client numbers where the file has none, writes the
dossiers through `storage.client_bulk` and one audit event with counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    F_CLIENT_NUMBER,
    ChangeReason,
    ClientKind,
    LegalBasisKind,
    SpecialCategory,
    field_label,
)
from calqi_desktop.domain.errors import (
    CalqiError,
    ClientNumberTakenError,
    ImportHasErrorsError,
    LegalBasisNotAllowedError,
    LegalBasisRequiredError,
)
from calqi_desktop.domain.import_rows import ParsedRow, PersonKey, RowIssue, name_key, parse_row
from calqi_desktop.domain.import_table import (
    ImportMapping,
    ImportTable,
    ImportTarget,
    guess_mapping,
    read_table,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.validation import Field
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, client_bulk, client_store
from calqi_desktop.storage.client_bulk import NewClient
from calqi_desktop.storage.models import Client, ClientAddress

__all__ = [
    "ImportMapping",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "ImportTable",
    "ImportTarget",
    "PreviewRow",
    "RowIssue",
    "RowStatus",
    "commit",
    "guess_mapping",
    "preview",
    "read_table",
]

Progress = Callable[[int, int], None]

_CHUNK = 1000  # rows per bulk insert, so progress can be shown
_IN_CHUNK = 5000  # values per IN (…) look-up


class RowStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    DUPLICATE = "duplicate"

    def label(self, language: str = "nl") -> str:
        nl, en = {
            RowStatus.OK: ("Goed", "Valid"),
            RowStatus.ERROR: ("Fout", "Error"),
            RowStatus.DUPLICATE: ("Dubbel", "Duplicate"),
        }[self]
        return en if language == "en" else nl


# --- reasons a row cannot be imported (never quoting a value) --------------------------


class SameBsnInFileError(CalqiError):
    nl = "Dubbel: hetzelfde BSN staat al in rij {row}."
    en = "Duplicate: the same BSN is already in row {row}."


class SameBsnInVaultError(CalqiError):
    nl = "Dubbel: klant {number} in de kluis heeft hetzelfde BSN."
    en = "Duplicate: client {number} in the vault has the same BSN."


class SamePersonInFileError(CalqiError):
    nl = "Dubbel: dezelfde achternaam, geboortedatum en postcode staan al in rij {row}."
    en = "Duplicate: the same last name, date of birth and postcode are already in row {row}."


class SamePersonInVaultError(CalqiError):
    nl = "Dubbel: klant {number} in de kluis heeft dezelfde achternaam, geboortedatum en postcode."
    en = "Duplicate: client {number} in the vault has the same last name, date of birth and postcode."


class ClientNumberInFileError(CalqiError):
    nl = "Dit klantnummer staat ook in rij {row}. Geef elke klant een eigen nummer, of laat het leeg voor een nieuw nummer."
    en = "This client number is also in row {row}. Give every client a number of its own, or leave it empty for a new one."


class ImportConsentBasisError(CalqiError):
    nl = (
        "Bij een import kan toestemming niet de grondslag zijn: voor de nieuwe klanten is nog geen "
        "toestemming vastgelegd. Kies wettelijke plicht of overeenkomst, of laat de kolom weg en leg "
        "toestemming en grondslag later per klant vast."
    )
    en = "In an import consent cannot be the basis: no consent has been recorded for the new clients yet. Choose legal obligation or contract, or leave the column out and record consent and basis per client later."


class NothingToImportError(CalqiError):
    nl = "Geen enkele rij kan worden geïmporteerd. Er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw."
    en = "Not a single row can be imported. Nothing was imported. Correct the file and try again."


# --- what the preview holds ---------------------------------------------------------------


@dataclass(frozen=True)
class ImportOptions:
    """The basis recorded for each special category the mapping stores, and a note with it."""

    bases: Mapping[SpecialCategory, LegalBasisKind] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class PreviewRow:
    number: int  # as in the file: the header is row 1
    name: str
    status: RowStatus
    issues: tuple[RowIssue, ...]
    client: NewClient | None  # the checked dossier, without a client number when the file gave none
    bsn: str | None = None
    person_key: PersonKey | None = None

    def reason(self, language: str = "nl") -> str:
        return " ".join(issue.text(language) for issue in self.issues)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    rows: tuple[PreviewRow, ...]
    categories: frozenset[SpecialCategory]
    options: ImportOptions
    ok: int
    errors: int
    duplicates: int

    def summary(self, language: str = "nl") -> str:
        """'9.874 goed, 120 met fouten, 6 dubbel'."""
        if language == "en":
            return f"{self.ok:,} valid, {self.errors:,} with errors, {self.duplicates:,} duplicate"
        return f"{_nl(self.ok)} goed, {_nl(self.errors)} met fouten, {_nl(self.duplicates)} dubbel"


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    client_ids: tuple[int, ...]

    def summary(self, language: str = "nl") -> str:
        """'2 klanten geïmporteerd, 1 rij overgeslagen.'"""
        imported, skipped = self.imported, self.skipped
        if language == "en":
            return (
                f"{imported:,} client{'s' * (imported != 1)} imported, "
                f"{skipped:,} row{'s' * (skipped != 1)} skipped."
            )
        return (
            f"{_nl(imported)} {'klant' if imported == 1 else 'klanten'} geïmporteerd, "
            f"{_nl(skipped)} {'rij' if skipped == 1 else 'rijen'} overgeslagen."
        )


def _nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# --- preview ----------------------------------------------------------------------------


def preview(
    workspace: Workspace,
    table: ImportTable,
    mapping: ImportMapping,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPreview:
    """Every row of `table` read and checked, with its status; nothing is stored."""
    workspace.require(Permission.IMPORT_CLIENTS)
    if len(mapping.targets) != len(table.headers):
        raise ValueError("the mapping does not fit the table")
    mapping.check()
    categories = frozenset(mapping.special_categories())
    if categories:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    _check_bases(categories, options)
    columns = {target: index for index, target in enumerate(mapping.targets) if target is not None}
    total = len(table.rows)
    parsed: list[ParsedRow] = []
    for done, row in enumerate(table.rows, start=1):
        parsed.append(parse_row(row, columns, today=today))
        if progress is not None and (done % 250 == 0 or done == total):
            progress(done, total)
    with workspace.transaction() as session:
        vault = _VaultMatches.find(session, parsed)
        rows = _with_duplicates(parsed, vault, options)
        # The preview compares BSNs and birth dates with the vault: that look-up is audited.
        workspace.record(
            session,
            AuditAction.CLIENTS_IMPORT_PREVIEWED,
            details={
                "rows": len(rows),
                "duplicates": sum(row.status is RowStatus.DUPLICATE for row in rows),
                "special": ",".join(sorted(category.value for category in categories))[:80],
            },
        )
    return ImportPreview(
        file_name=table.file_name,
        rows=tuple(rows),
        categories=categories,
        options=options,
        ok=sum(row.status is RowStatus.OK for row in rows),
        errors=sum(row.status is RowStatus.ERROR for row in rows),
        duplicates=sum(row.status is RowStatus.DUPLICATE for row in rows),
    )


def _check_bases(categories: Iterable[SpecialCategory], options: ImportOptions) -> None:
    """The basis gate: no special column is read without a basis for its category."""
    for category in sorted(categories, key=list(SpecialCategory).index):
        basis = options.bases.get(category)
        if basis is None:
            key = "bsn" if category is SpecialCategory.BSN else f"legal_basis.{category.value}"
            raise Field(key, field_label(key), field_label(key, "en")).error(
                LegalBasisRequiredError, category=category.label(), category_en=category.label("en")
            )
        if basis not in category.allowed_bases():
            raise LegalBasisNotAllowedError()
        if basis is LegalBasisKind.CONSENT:
            raise ImportConsentBasisError()


@dataclass(frozen=True)
class _VaultMatches:
    """What the vault already holds of the keys in an import: BSNs, persons and client numbers."""

    bsn: dict[str, str]
    persons: dict[PersonKey, str]
    numbers: set[str]

    @classmethod
    def find(cls, session: Session, rows: Sequence[ParsedRow]) -> _VaultMatches:
        bsns = {row.bsn for row in rows if row.bsn}
        dates = {row.person_key[1] for row in rows if row.person_key}
        keys = {row.person_key for row in rows if row.person_key}
        numbers = {row.client_number for row in rows if row.client_number}
        found_bsn: dict[str, str] = {}
        for chunk in _chunks(sorted(bsns)):
            by_bsn = select(Client.bsn, Client.client_number).where(Client.bsn.in_(chunk))
            found_bsn.update((bsn, number) for bsn, number in session.execute(by_bsn) if bsn)
        persons: dict[PersonKey, str] = {}
        for chunk in _chunks(sorted(dates)):
            statement = (
                select(
                    Client.client_number,
                    Client.tussenvoegsel,
                    Client.last_name,
                    Client.birth_date,
                    ClientAddress.postcode,
                )
                .join(ClientAddress, ClientAddress.client_id == Client.id)
                .where(Client.birth_date.in_(chunk), Client.kind == ClientKind.PERSON.value)
            )
            for number, tussenvoegsel, last_name, born, postcode in session.execute(statement):
                key = (name_key(tussenvoegsel, last_name), born, postcode)
                if key in keys:
                    persons.setdefault(key, number)
        taken: set[str] = set()
        for chunk in _chunks(sorted(numbers)):
            taken.update(session.scalars(select(Client.client_number).where(Client.client_number.in_(chunk))))
        return cls(found_bsn, persons, taken)


def _chunks(values: Sequence[object]) -> Iterable[list[object]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield list(values[start : start + _IN_CHUNK])


def _with_duplicates(
    parsed: Sequence[ParsedRow], vault: _VaultMatches, options: ImportOptions
) -> list[PreviewRow]:
    """Each row with its status: errors first, then duplicates of the vault or of an earlier row."""
    first_bsn: dict[str, int] = {}
    first_person: dict[PersonKey, int] = {}
    first_number: dict[str, int] = {}
    rows = []
    for row in parsed:
        issues = list(row.issues)
        duplicate: list[RowIssue] = []
        if row.client_number:
            if row.client_number in vault.numbers:
                issues.append(
                    RowIssue.of(F_CLIENT_NUMBER.error(ClientNumberTakenError), "Klantnummer", "Client number")
                )
            elif row.client_number in first_number:
                issues.append(
                    RowIssue.of(
                        ClientNumberInFileError(row=first_number[row.client_number]),
                        "Klantnummer",
                        "Client number",
                    )
                )
            first_number.setdefault(row.client_number, row.number)
        if row.bsn:
            if row.bsn in vault.bsn:
                duplicate.append(RowIssue.of(SameBsnInVaultError(number=vault.bsn[row.bsn])))
            elif row.bsn in first_bsn:
                duplicate.append(RowIssue.of(SameBsnInFileError(row=first_bsn[row.bsn])))
            first_bsn.setdefault(row.bsn, row.number)
        if row.person_key and not duplicate:
            if row.person_key in vault.persons:
                duplicate.append(RowIssue.of(SamePersonInVaultError(number=vault.persons[row.person_key])))
            elif row.person_key in first_person:
                duplicate.append(RowIssue.of(SamePersonInFileError(row=first_person[row.person_key])))
        if row.person_key:
            first_person.setdefault(row.person_key, row.number)
        status = RowStatus.ERROR if issues else RowStatus.DUPLICATE if duplicate else RowStatus.OK
        client = None
        if row.draft is not None and not issues:
            client = NewClient(
                draft=row.draft,
                bsn=row.bsn,
                birth_date=row.birth_date,
                birth_place=row.birth_place,
                bank_accounts=(row.bank_account,) if row.bank_account else (),
                bases=tuple(
                    (category, options.bases[category], options.note.strip()) for category in row.categories()
                ),
            )
        rows.append(
            PreviewRow(
                number=row.number,
                name=row.name,
                status=status,
                issues=tuple(issues + duplicate),
                client=client,
                bsn=row.bsn,
                person_key=row.person_key,
            )
        )
    return rows


# --- commit ---------------------------------------------------------------------------------


def commit(
    workspace: Workspace, preview: ImportPreview, only_valid: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Store the previewed rows in one transaction; see the module docstring."""
    workspace.require(Permission.IMPORT_CLIENTS)
    if preview.categories:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    _check_bases(preview.categories, preview.options)
    wrong = preview.errors + preview.duplicates
    if wrong and not only_valid:
        raise ImportHasErrorsError(wrong)
    candidates = [row for row in preview.rows if row.status is RowStatus.OK and row.client is not None]
    with workspace.transaction() as session:
        conflicts = _vault_conflicts(session, candidates)
        if conflicts and not only_valid:
            raise ImportHasErrorsError(len(conflicts))
        rows = [row for row in candidates if row.number not in conflicts]
        if not rows:
            raise NothingToImportError()
        given = {
            row.client.draft.client_number for row in rows if row.client and row.client.draft.client_number
        }
        fresh = iter(
            _hand_out_numbers(
                session, sum(1 for row in rows if row.client and not row.client.draft.client_number), given
            )
        )
        clients: list[NewClient] = []
        for row in rows:
            assert row.client is not None
            number = row.client.draft.client_number or next(fresh)
            clients.append(replace(row.client, draft=replace(row.client.draft, client_number=number)))
        ids: list[int] = []
        note = f"Import {preview.file_name}"
        for start in range(0, len(clients), _CHUNK):
            ids += client_bulk.insert_clients(
                session,
                clients[start : start + _CHUNK],
                actor_id=workspace.user.id,
                reason=ChangeReason.COMPLETION.value,
                reason_note=note,
            )
            if progress is not None:
                progress(len(ids), len(clients))
        # Each new dossier gets its own event, as one made by hand does (the field history
        # goes with an erasure; these events stay).
        audit_store.append_many(
            session,
            workspace.vault_id,
            AuditAction.CLIENT_CREATED,
            actor_id=workspace.user.id,
            client_ids=ids,
            details={"import": True, "special": ",".join(sorted(c.value for c in preview.categories))[:80]},
        )
        workspace.record(
            session,
            AuditAction.CLIENTS_IMPORTED,
            details={
                "rows": len(preview.rows),
                "imported": len(ids),
                "skipped": len(preview.rows) - len(ids),
            },
        )
    return ImportResult(imported=len(ids), skipped=len(preview.rows) - len(ids), client_ids=tuple(ids))


def _vault_conflicts(session: Session, rows: Sequence[PreviewRow]) -> set[int]:
    """Rows that clash with the vault as it is now (another workstation may have added clients)."""
    parsed = [
        ParsedRow(
            row.number,
            row.name,
            None,
            (),
            client_number=row.client.draft.client_number if row.client else "",
            bsn=row.bsn,
            person_key=row.person_key,
        )
        for row in rows
    ]
    vault = _VaultMatches.find(session, parsed)
    return {
        row.number
        for row in parsed
        if (row.bsn and row.bsn in vault.bsn)
        or (row.person_key and row.person_key in vault.persons)
        or (row.client_number and row.client_number in vault.numbers)
    }


def _hand_out_numbers(session: Session, count: int, given: set[str]) -> list[str]:
    """`count` free client numbers in the firm's form ('K-000124'), skipping those the file gives."""
    prefix, digits = client_store.CLIENT_NUMBER_PREFIX, client_store.CLIENT_NUMBER_DIGITS
    first = client_store.next_client_number(session)
    following = int(first[len(prefix) :])
    numbers: list[str] = []
    while len(numbers) < count:
        batch: list[str] = []
        while len(batch) < count - len(numbers):
            candidate = f"{prefix}{following:0{digits}d}"
            following += 1
            if candidate not in given:
                batch.append(candidate)
        taken: set[str] = set()
        for chunk in _chunks(batch):
            taken.update(session.scalars(select(Client.client_number).where(Client.client_number.in_(chunk))))
        numbers += [number for number in batch if number not in taken]
    return numbers
