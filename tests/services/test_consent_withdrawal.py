"""Withdrawing consent on a real vault: the decision per category of special data, what erasing removes,
keeping under another basis, who may decide, and a client under restriction."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ADMIN
from consent_helpers import pdf, sign_in
from sqlalchemy import func, select, text

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    BankAccountDraft,
    ChangeReason,
    ChildDraft,
    ClientDraft,
    DocumentKind,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentDraft,
    ConsentMethod,
    ConsentStatus,
    DecisionAction,
    SpecialDataDecision,
    WithdrawalDraft,
)
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ConsentAlreadyWithdrawnError,
    ConsentInFutureError,
    ConsentNotFoundError,
    EvidenceInErasedCategoryError,
    OtherBasisRequiredError,
    WithdrawalDecisionRequiredError,
    WithdrawalNeedsSpecialAccessError,
)
from calqi_desktop.services import clients, consent, documents, special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.models import (
    AuthorisationRow,
    BankAccount,
    Child,
    Client,
    ClientDocument,
    ConsentEventRow,
    DocumentContent,
    FieldChangeRecord,
    LegalBasisRecord,
)

IBAN = "NL91ABNA0417164300"
COVERED = (
    SpecialCategory.ID_COPY,
    SpecialCategory.BIRTH,
    SpecialCategory.BANK_ACCOUNTS,
    SpecialCategory.CHILDREN,
    SpecialCategory.FINANCIAL,
)
SECRETS = ("Vries", "Pietje", IBAN, "1980", "Zwolle", "paspoort", "opdrachtbevestiging", "belde op")
ERASE = SpecialDataDecision(DecisionAction.ERASE)
KEEP_CONTRACT = SpecialDataDecision(
    DecisionAction.KEEP_UNDER_OTHER_BASIS, LegalBasisKind.CONTRACT, "opdrachtbevestiging 2026"
)


def give(workspace: Workspace, client_id: int, code: BuiltInPurpose) -> int:
    purpose_id = next(p.id for p in consent.list_purposes(workspace) if p.code == code.value)
    with workspace.transaction() as session:
        version_id = int(session.execute(text("SELECT id FROM privacy_statement_version")).scalar_one())
    draft = ConsentDraft(
        purpose_id,
        datetime.now(UTC) - timedelta(hours=2),
        ConsentMethod.PAPER,
        version_id,
        age_confirmed=True,
    )
    return consent.give_consent(workspace, client_id, draft).id


def withdrawal(
    consent_id: int, decisions: dict[SpecialCategory, SpecialDataDecision] | None = None, **values: object
) -> WithdrawalDraft:
    return WithdrawalDraft(
        consent_id,
        datetime.now(UTC) - timedelta(minutes=5),
        ConsentMethod.EMAIL,
        decisions=decisions or {},
        **values,  # type: ignore[arg-type]
    )


def client_on_consent(workspace: Workspace) -> tuple[int, int]:
    """A client whose ID copy, birth, bank accounts, children and financial data rest on consent."""
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    consent_id = give(workspace, client_id, BuiltInPurpose.SPECIAL_DATA)
    for category in COVERED:
        special_data.record_legal_basis(workspace, client_id, category, LegalBasisKind.CONSENT, "formulier")
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    clients.save_dossier(
        workspace,
        client_id,
        dossier.draft,
        SpecialChanges(
            fields={"birth_date": "24-11-1980", "birth_place": "Zwolle"},
            bank_accounts=(BankAccountDraft(IBAN, "J. de Vries"),),
            children=(ChildDraft("Pietje", "Vries", date(2015, 3, 1)), ChildDraft("Jantje", "Vries")),
        ),
        expected_version=dossier.version,
        reason=ChangeReason.COMPLETION,
    )
    documents.add_document(workspace, client_id, DocumentKind.ID_COPY, "paspoort.pdf", pdf("Paspoort"))
    documents.add_document(workspace, client_id, DocumentKind.FINANCIAL, "jaaropgave.pdf", pdf("Jaaropgave"))
    documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "akkoord.pdf", pdf("Akkoord"))
    return client_id, consent_id


def stored(workspace: Workspace, client_id: int) -> dict[str, object]:
    with workspace.transaction() as session:
        client = session.get_one(Client, client_id)

        def count(model: type, *where: object) -> int:
            return int(
                session.scalar(
                    select(func.count()).select_from(model).where(model.client_id == client_id, *where)  # type: ignore[attr-defined]
                )
            )

        kinds = session.scalars(select(ClientDocument.kind).where(ClientDocument.client_id == client_id))
        return {
            "birth": (client.birth_date, client.birth_place),
            "bank_accounts": count(BankAccount),
            "children": count(Child),
            "documents": sorted(kinds),
            "contents": int(session.scalar(select(func.count()).select_from(DocumentContent)) or 0),
            "bases": dict(
                session.execute(
                    select(LegalBasisRecord.category, LegalBasisRecord.basis).where(
                        LegalBasisRecord.client_id == client_id, LegalBasisRecord.ended_at.is_(None)
                    )
                ).all()
            ),
            "version": client.version,
        }


def events(workspace: Workspace, action: AuditAction) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value)
        return [dict(listed.record.details) for listed in audit_store.find_events(session, query)]


# --- what a withdrawal touches ------------------------------------------------------------------


def test_the_impact_names_the_categories_on_consent_and_what_is_held(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    impact = consent.withdrawal_impact(workspace, consent_id)
    assert impact.covered_categories == COVERED and impact.ends_service and not impact.restricted
    assert impact.held == dict.fromkeys(COVERED, True)
    special_data.record_legal_basis(workspace, client_id, SpecialCategory.CHILDREN, LegalBasisKind.CONTRACT)
    fresh = clients.create_client(workspace, ClientDraft(last_name="Bakker"))
    fresh_consent = give(workspace, fresh, BuiltInPurpose.SPECIAL_DATA)
    special_data.record_legal_basis(workspace, fresh, SpecialCategory.BIRTH, LegalBasisKind.CONSENT)
    assert consent.withdrawal_impact(workspace, consent_id).covered_categories == tuple(
        c for c in COVERED if c is not SpecialCategory.CHILDREN
    )
    assert consent.withdrawal_impact(workspace, fresh_consent).held == {SpecialCategory.BIRTH: False}
    newsletter = consent.withdrawal_impact(workspace, give(workspace, client_id, BuiltInPurpose.NEWSLETTER))
    assert (newsletter.covered_categories, newsletter.ends_service, newsletter.held) == ((), False, {})
    with pytest.raises(ConsentNotFoundError):
        consent.withdrawal_impact(workspace, 404)


def test_without_a_decision_for_every_category_nothing_is_recorded(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    before = stored(workspace, client_id)
    partly = {c: ERASE for c in COVERED if c is not SpecialCategory.CHILDREN}
    with pytest.raises(WithdrawalDecisionRequiredError) as raised:
        consent.withdraw_consent(workspace, withdrawal(consent_id, partly))
    assert "de kinderen" in raised.value.message() and "the children" in raised.value.message("en")
    for wrong in (
        SpecialDataDecision(DecisionAction.KEEP_UNDER_OTHER_BASIS, LegalBasisKind.CONTRACT, "  "),
        SpecialDataDecision(DecisionAction.KEEP_UNDER_OTHER_BASIS, LegalBasisKind.CONSENT, "nog steeds"),
        SpecialDataDecision(DecisionAction.KEEP_UNDER_OTHER_BASIS, None, "zonder grondslag"),
    ):
        with pytest.raises(OtherBasisRequiredError):
            consent.withdraw_consent(
                workspace, withdrawal(consent_id, {**partly, SpecialCategory.CHILDREN: wrong})
            )
    assert stored(workspace, client_id) == before
    assert consent.client_consents(workspace, client_id)[0].status is ConsentStatus.GIVEN
    assert events(workspace, AuditAction.CONSENT_WITHDRAWN) == []


def test_erase_removes_the_data_and_keep_records_the_other_basis(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    before = stored(workspace, client_id)
    decisions = {c: ERASE for c in COVERED} | {SpecialCategory.BANK_ACCOUNTS: KEEP_CONTRACT}
    withdrawn = consent.withdraw_consent(
        workspace, withdrawal(consent_id, decisions, note="Klant belde op", evidence_document_id=None)
    )
    after = stored(workspace, client_id)
    assert after["birth"] == (None, "")
    assert (after["bank_accounts"], after["children"]) == (1, 0)
    assert after["documents"] == ["signed-form"] and after["contents"] == 1
    assert after["bases"] == {"bank-accounts": "contract"}
    assert after["version"] == int(before["version"]) + 1  # type: ignore[call-overload]

    assert withdrawn.status is ConsentStatus.WITHDRAWN and withdrawn.renew_due_on is None
    last = withdrawn.events[-1]
    id_copy, financial = SpecialCategory.ID_COPY.label(), SpecialCategory.FINANCIAL.label()
    assert last.decisions == (
        f"{id_copy[:1].upper()}{id_copy[1:]} gewist; geboortedatum en -plaats gewist; de bankrekeningen "
        f"bewaard onder Overeenkomst; de kinderen gewist; {financial} gewist."
    )
    with workspace.transaction() as session:
        stored_decisions = json.loads(
            session.scalars(select(ConsentEventRow.decisions).order_by(ConsentEventRow.id.desc())).first()
            or ""
        )
        history = session.scalars(
            select(FieldChangeRecord).where(
                FieldChangeRecord.client_id == client_id, FieldChangeRecord.reason == "other"
            )
        ).all()
    assert stored_decisions["bank-accounts"] == {"action": "keep", "basis": "contract"}
    assert stored_decisions["birth"] == {"action": "erase", "basis": None}
    fields = sorted(row.field for row in history)
    assert fields == sorted(
        [
            "birth_date",
            "birth_place",
            "children",
            "children",
            "documents.id-copy",
            "documents.financial",
            "legal_basis.birth",
            "legal_basis.children",
            "legal_basis.financial",
            "legal_basis.id-copy",
        ]
    )
    assert all(row.reason_note == "Toestemming ingetrokken" for row in history)
    values = [row.old_value for row in history if not row.field.startswith("legal_basis")]
    assert values == [None] * 6 and all(row.new_value is None for row in history)

    (details,) = events(workspace, AuditAction.CONSENT_WITHDRAWN)
    assert details == {
        "consent_id": consent_id,
        "purpose": "special-data",
        "method": "email",
        "evidence_document_id": None,
        "erased": "birth,children,financial,id-copy",
        "kept.bank-accounts": "contract",
    }
    assert events(workspace, AuditAction.LEGAL_BASIS_RECORDED)[0] == {
        "category": "bank-accounts",
        "basis": "contract",
    }
    with workspace.transaction() as session:
        trail = " ".join(str(record.details) for record in audit_store.records(session))
    assert all(secret not in trail for secret in SECRETS)
    with pytest.raises(ConsentAlreadyWithdrawnError):
        consent.withdraw_consent(workspace, withdrawal(consent_id, decisions))


def test_a_document_that_is_evidence_is_not_erased_with_its_category(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    with workspace.transaction() as session:
        ids = dict(
            session.execute(
                select(ClientDocument.kind, ClientDocument.id).where(ClientDocument.client_id == client_id)
            ).all()
        )
    id_copy, financial = ids[DocumentKind.ID_COPY.value], ids[DocumentKind.FINANCIAL.value]
    before = stored(workspace, client_id)
    erase_all = dict.fromkeys(COVERED, ERASE)

    def refused(decisions: dict[SpecialCategory, SpecialDataDecision], **values: object) -> str:
        with pytest.raises(EvidenceInErasedCategoryError) as raised:
            consent.withdraw_consent(workspace, withdrawal(consent_id, decisions, **values))
        assert stored(workspace, client_id) == before  # nothing erased, nothing recorded
        assert consent.client_consents(workspace, client_id)[0].is_given
        assert events(workspace, AuditAction.CONSENT_WITHDRAWN) == []
        assert "Bewaren onder andere grondslag" in raised.value.message()
        return raised.value.message("en")

    # the ID copy as the evidence of this very withdrawal
    assert "the copy of the ID document" in refused(erase_all, evidence_document_id=id_copy)
    # the ID copy signed an authorisation; the financial document is the evidence of a newsletter consent
    with workspace.transaction() as session:
        moment = datetime.now(UTC).replace(tzinfo=None)
        session.add(
            AuthorisationRow(
                client_id=client_id,
                kind="sba",
                recipient_kind="belastingdienst",
                document_id=id_copy,
                created_at=moment,
                updated_at=moment,
            )
        )
        version_id = int(session.execute(text("SELECT id FROM privacy_statement_version")).scalar_one())
    newsletter = next(
        p.id for p in consent.list_purposes(workspace) if p.code == BuiltInPurpose.NEWSLETTER.value
    )
    consent.give_consent(
        workspace,
        client_id,
        ConsentDraft(
            newsletter,
            datetime.now(UTC) - timedelta(hours=1),
            ConsentMethod.PAPER,
            version_id,
            evidence_document_id=financial,
            age_confirmed=True,
        ),
    )
    before = stored(workspace, client_id)
    assert "the copy of the ID document" in refused(erase_all)
    keep_id_copy = erase_all | {SpecialCategory.ID_COPY: KEEP_CONTRACT}
    assert "the financial data" in refused(keep_id_copy)

    kept = keep_id_copy | {SpecialCategory.FINANCIAL: KEEP_CONTRACT}
    consent.withdraw_consent(workspace, withdrawal(consent_id, kept))
    after = stored(workspace, client_id)
    assert after["documents"] == ["financial", "id-copy", "signed-form"] and after["birth"] == (None, "")
    assert after["bases"] == {"financial": "contract", "id-copy": "contract"}


@pytest.mark.parametrize("user", ["sam", "fleur"])
def test_only_who_may_change_special_data_decides_on_it(created_vault: tuple[Path, str], user: str) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        client_id, consent_id = client_on_consent(admin)
        newsletter = give(admin, client_id, BuiltInPurpose.NEWSLETTER)
    finally:
        admin.sign_out()
    member = sign_in(folder, user)
    try:
        impact = consent.withdrawal_impact(member, consent_id)
        assert impact.covered_categories == COVERED
        # which categories hold data is special data: not for the assistent
        assert impact.held == ({} if user == "sam" else dict.fromkeys(COVERED, True))
        with pytest.raises(WithdrawalNeedsSpecialAccessError):
            consent.withdraw_consent(member, withdrawal(consent_id, dict.fromkeys(COVERED, ERASE)))
        assert consent.client_consents(member, client_id)[0].is_given
        done = consent.withdraw_consent(member, withdrawal(newsletter))  # no special data: any role
        assert done.status is ConsentStatus.WITHDRAWN
    finally:
        member.sign_out()
    anna = sign_in(folder, "anna")
    try:
        done = consent.withdraw_consent(anna, withdrawal(consent_id, dict.fromkeys(COVERED, ERASE)))
        assert done.status is ConsentStatus.WITHDRAWN and stored(anna, client_id)["children"] == 0
    finally:
        anna.sign_out()


def test_under_restriction_the_withdrawal_is_recorded_and_the_data_stay(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    with workspace.transaction() as session:
        session.get_one(Client, client_id).restricted = True
    before = stored(workspace, client_id)
    impact = consent.withdrawal_impact(workspace, consent_id)
    assert impact.restricted and impact.covered_categories == COVERED
    withdrawn = consent.withdraw_consent(workspace, withdrawal(consent_id))  # no decision asked
    after = stored(workspace, client_id)
    assert {k: after[k] for k in ("birth", "bank_accounts", "children", "documents")} == {
        k: before[k] for k in ("birth", "bank_accounts", "children", "documents")
    }
    assert after["bases"] == {}  # the consent bases ended: the data stay locked by the restriction
    assert withdrawn.events[-1].decisions.endswith(
        "; de kinderen ongewijzigd bewaard zolang de verwerking beperkt is; "
        f"{SpecialCategory.FINANCIAL.label()} ongewijzigd bewaard zolang de verwerking beperkt is."
    )
    (details,) = events(workspace, AuditAction.CONSENT_WITHDRAWN)
    assert details["erased"] == ""
    assert details["kept_under_restriction"] == "bank-accounts,birth,children,financial,id-copy"


def test_what_withdrawing_refuses(workspace: Workspace) -> None:
    client_id, consent_id = client_on_consent(workspace)
    with pytest.raises(ConsentInFutureError):
        consent.withdraw_consent(
            workspace,
            WithdrawalDraft(consent_id, datetime.now(UTC) + timedelta(hours=1), ConsentMethod.EMAIL),
        )
    with pytest.raises(ConsentNotFoundError):
        consent.withdraw_consent(workspace, withdrawal(404))
    with workspace.transaction() as session:
        session.get_one(Client, client_id).status = "anonymised"
    with pytest.raises(ClientAnonymisedError):
        consent.withdraw_consent(workspace, withdrawal(consent_id, dict.fromkeys(COVERED, ERASE)))
