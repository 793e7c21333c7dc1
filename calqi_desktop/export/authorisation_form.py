"""The authorisation form (machtiging) a client signs: who authorises the firm to do what.

"Ondergetekende … machtigt <firm> …": the client, the kind of authorisation
with a one-line explanation (VIA, SBA, SBT, continuing per tax type, signed by
the client), the recipient, tax type, documents, tax years and validity, the
right to revoke, and signature lines (for an organisation also the signer's
function). The VIA activation code never appears on it; the `Authorisation`
it is made from only knows whether a code is stored.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from calqi_desktop.domain.authorisations import (
    Authorisation,
    AuthorisationKind,
    AuthorisationTerms,
    DocumentType,
    TaxType,
)
from calqi_desktop.export import pdf, pdf_forms

TITLE = "Machtiging"


def years_text(terms: AuthorisationTerms) -> str:
    """'2025', '2023 tot en met 2025', 'vanaf 2024, tot wederopzegging' or 'Niet van toepassing'."""
    first, last = terms.year_from, terms.year_to
    if first is None and last is None:
        return "Niet van toepassing"
    if first is None:
        return f"tot en met {last}"
    if last is None:
        return f"vanaf {first}, tot wederopzegging"
    return str(first) if first == last else f"{first} tot en met {last}"


def recipient_text(terms: AuthorisationTerms) -> str:
    """'Belastingdienst', or the named recipient with its kind: 'ING Bank N.V. (bank)'."""
    name = terms.recipient_name.strip()
    if not name:
        return terms.recipient_kind.label("nl")
    return f"{name} ({_in_sentence(terms.recipient_kind.label('nl'))})"


def _in_sentence(label: str) -> str:
    """A label inside a sentence: 'Inkomstenbelasting (IB)' → 'inkomstenbelasting (IB)'."""
    return label[:1].lower() + label[1:]


def _tax_type(terms: AuthorisationTerms) -> TaxType | None:
    return TaxType.IB if terms.kind is AuthorisationKind.VIA and terms.tax_type is None else terms.tax_type


def _documents(terms: AuthorisationTerms) -> list[DocumentType]:
    """The documents covered, in a fixed order; VIA and continuing cover the tax return, SBA/SBT none."""
    if terms.document_types:
        return [kind for kind in DocumentType if kind in terms.document_types]
    if terms.kind in (AuthorisationKind.SBA, AuthorisationKind.SBT):
        return []
    return [DocumentType.TAX_RETURN]


def _documents_text(terms: AuthorisationTerms, firm: str) -> str:
    labels = [kind.label("nl") for kind in _documents(terms)]
    return ", ".join(labels) or f"Geen: alleen berichten van de Belastingdienst aan {firm}"


def explanation(terms: AuthorisationTerms, firm: str) -> str:
    """What this kind of authorisation lets the firm do, in one or two plain Dutch sentences."""
    tax = _tax_type(terms)
    tax_label = _in_sentence(tax.label("nl")) if tax is not None else "belastingen"
    match terms.kind:
        case AuthorisationKind.VIA:
            return (
                f"Met een VIA-machtiging ziet {firm} de gegevens die de Belastingdienst vooraf heeft ingevuld "
                "voor uw aangifte inkomstenbelasting over één belastingjaar, en gebruikt die voor de aangifte. "
                "De Belastingdienst stuurt u daarvoor een brief met een activeringscode; die code geeft u aan ons "
                "door."
            )
        case AuthorisationKind.SBA:
            return (
                f"Met een machtiging voor serviceberichten aanslagen (SBA) stuurt de Belastingdienst {firm} een "
                "bericht over de aanslagen die u krijgt, zodat wij die voor u kunnen controleren."
            )
        case AuthorisationKind.SBT:
            return (
                f"Met een machtiging voor serviceberichten toeslagen (SBT) stuurt de Belastingdienst {firm} een "
                "bericht over uw toeslagen, zodat wij die voor u kunnen controleren."
            )
        case AuthorisationKind.CONTINUING:
            return (
                f"Met een doorlopende machtiging dient {firm} elk jaar namens u de aangifte {tax_label} in "
                "bij de Belastingdienst, tot u de machtiging intrekt."
            )
        case AuthorisationKind.CLIENT_SIGNED:
            return (
                f"Met deze machtiging verstrekt {firm} de genoemde stukken over de genoemde jaren namens u aan "
                "de genoemde ontvanger, en aan niemand anders."
            )


def _mandate(terms: AuthorisationTerms, principal: str) -> str:
    """What is authorised, to finish 'machtigt <firm> om …'; `principal` is on whose behalf."""
    tax = _tax_type(terms)
    tax_label = _in_sentence(tax.label("nl")) if tax is not None else "belastingen"
    years = years_text(terms)
    match terms.kind:
        case AuthorisationKind.VIA:
            return (
                f"namens {principal} de vooraf ingevulde gegevens van de Belastingdienst voor de aangifte "
                f"inkomstenbelasting over {years} in te zien en voor die aangifte te gebruiken"
            )
        case AuthorisationKind.SBA:
            return f"namens {principal} serviceberichten over aanslagen van de Belastingdienst te ontvangen"
        case AuthorisationKind.SBT:
            return f"namens {principal} serviceberichten over toeslagen van de Belastingdienst te ontvangen"
        case AuthorisationKind.CONTINUING:
            return f"namens {principal} de aangiften {tax_label} in te dienen bij de Belastingdienst, {years}"
        case AuthorisationKind.CLIENT_SIGNED:
            documents = ", ".join(
                f"{_in_sentence(kind.label('nl'))} {tax_label}"
                if kind is DocumentType.TAX_RETURN and tax is not None
                else _in_sentence(kind.label("nl"))
                for kind in _documents(terms)
            )
            return (
                f"namens {principal} de volgende stukken te verstrekken aan {recipient_text(terms)}: "
                f"{documents}, belastingjaren {years}"
            )


def _scope(authorisation: Authorisation, firm: str) -> list[tuple[str, str]]:
    terms = authorisation.terms
    tax = _tax_type(terms)
    rows = [("Soort", terms.kind.label("nl")), ("Ontvanger", recipient_text(terms))]
    if tax is not None:
        rows.append(("Belastingmiddel", tax.label("nl")))
    rows += [("Stukken", _documents_text(terms, firm)), ("Belastingjaren", years_text(terms))]
    if authorisation.requested_on is not None:
        rows.append(("Aangevraagd op", pdf.format_date_nl(authorisation.requested_on)))
    if terms.valid_from is not None:
        valid_from = pdf.format_date_nl(terms.valid_from)
    elif terms.kind is AuthorisationKind.VIA:
        valid_from = "Vanaf de activering met de code uit de brief van de Belastingdienst"
    else:
        valid_from = "Vanaf de ondertekening"
    rows.append(("Geldig vanaf", valid_from))
    rows.append(
        (
            "Geldig tot en met",
            pdf.format_date_nl(terms.valid_until) if terms.valid_until is not None else "Tot wederopzegging",
        )
    )
    return rows


def render_authorisation_form(
    client: pdf_forms.DocumentClient,
    authorisation: Authorisation,
    letterhead: pdf.Letterhead,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The form for `client` to sign for `authorisation`, under the firm's letterhead."""
    terms = authorisation.terms
    firm = letterhead.firm_name
    write_to = pdf.write_to(letterhead)
    address = ", ".join(client.address_lines)
    who = f"{client.name}, klantnummer {client.number}" + (f", {address}" if address else "")
    opening = (
        f"Ondergetekende, bevoegd vertegenwoordiger van {who}, machtigt {firm} om "
        if client.organisation
        else f"Ondergetekende, {who}, machtigt hierbij {firm} om "
    )
    blocks: list[Flowable] = [
        pdf.title(TITLE),
        pdf_forms.client_details(client),
        pdf.paragraph(
            opening + _mandate(terms, "de organisatie" if client.organisation else "ondergetekende") + "."
        ),
        pdf.paragraph(explanation(terms, firm)),
    ]
    if terms.revoked_on is not None:
        blocks.append(
            pdf.notice(
                f"deze machtiging is ingetrokken per {pdf.format_date_nl(terms.revoked_on)}. Op grond ervan wordt "
                "niets meer verstrekt.",
                lead="Let op:",
            )
        )
    blocks += [
        pdf.heading("Wat deze machtiging dekt"),
        pdf.key_values(_scope(authorisation, firm)),
    ]
    if terms.kind is AuthorisationKind.VIA:
        blocks.append(
            pdf.paragraph(
                "De activeringscode staat niet op dit formulier. Geef de code uit de brief van de Belastingdienst "
                "alleen aan ons door; wij bewaren hem beveiligd."
            )
        )
    blocks += [
        pdf.heading("Intrekken"),
        pdf.paragraph(
            f"U kunt deze machtiging altijd intrekken, zonder opgave van reden: {write_to}. Vanaf de dag van "
            "intrekking verstrekken wij niets meer op grond van deze machtiging."
        ),
        pdf.paragraph(
            f"{firm} geeft belastingaangiften en financiële rapportages alleen door aan de overheid of een bank "
            "als u ons daarvoor machtigt. Liever nog verstuurt u deze stukken zelf; dat kan altijd."
        ),
        pdf_forms.keep_together(
            [
                pdf.heading("Ondertekening"),
                pdf.signature_fields(
                    ["Naam ondertekenaar", "Functie", "Plaats", "Datum", "Handtekening"]
                    if client.organisation
                    else ["Naam", "Plaats", "Datum", "Handtekening"]
                ),
            ]
        ),
    ]
    return pdf.render_pdf(
        blocks,
        title=TITLE,
        letterhead=letterhead,
        subject=terms.kind.label("nl"),
        printed_on=printed_on,
    )
