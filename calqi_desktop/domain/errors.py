"""Errors that the user can understand and act on.

Every error that can reach a person is a `CalqiError` subclass. Its Dutch text
says what happened and what to do; an English text sits beside it for the
English interface. Messages are templates filled only with safe values (a
number of seconds, a folder name, a role) — never client data.
"""

from __future__ import annotations

from typing import ClassVar


class CalqiError(Exception):
    """Base of all errors with a message for the user."""

    nl: ClassVar[str] = "Er ging iets mis. Probeer het opnieuw of neem contact op met de beheerder."
    en: ClassVar[str] = "Something went wrong. Try again or contact your administrator."

    def __init__(self, detail: str | None = None, **values: object) -> None:
        self.detail = detail
        self.values = values
        super().__init__(self.message("nl"))

    def message(self, language: str = "nl") -> str:
        """The text for the user, in 'nl' (default) or 'en'."""
        template = self.en if language == "en" else self.nl
        text = template.format(**self.values) if self.values else template
        if self.detail:
            text = f"{text} ({self.detail})"
        return text


# --- vault -------------------------------------------------------------------


class VaultError(CalqiError):
    """Base of errors about the vault as a whole."""


class VaultNotFoundError(VaultError):
    nl = "De kluis is niet gevonden in deze map. Controleer het pad, of zet de kluis terug uit een back-up."
    en = "No vault was found in this folder. Check the path, or restore the vault from a backup."


class VaultExistsError(VaultError):
    nl = (
        "Hier staat al een kluis. Kies een lege map; een bestaande kluis wordt nooit "
        "overschreven zonder dat u dat uitdrukkelijk vraagt."
    )
    en = "A vault already exists here. Choose an empty folder; an existing vault is never overwritten unless you ask for it explicitly."


class KeyslotFileMissingError(VaultError):
    nl = (
        "Het sleutelbestand van de kluis ontbreekt. Zonder dit bestand kan de kluis niet "
        "worden geopend. Zet de kluis terug uit een back-up (de back-up bevat het sleutelbestand)."
    )
    en = "The vault's keyslot file is missing. Without it the vault cannot be opened. Restore the vault from a backup (backups include the keyslot file)."


class KeyslotFileDamagedError(VaultError):
    nl = (
        "Het sleutelbestand van de kluis is beschadigd en kan niet worden gelezen. "
        "Er is niets gewijzigd. Zet de kluis terug uit een back-up."
    )
    en = "The vault's keyslot file is damaged and cannot be read. Nothing was changed. Restore the vault from a backup."


class WrongPasswordError(VaultError):
    nl = (
        "De gebruikersnaam of het wachtwoord klopt niet. Let op hoofdletters en Caps Lock. "
        "Wachtwoord vergeten? Vraag de beheerder om een nieuw wachtwoord."
    )
    en = "The user name or password is incorrect. Mind upper case and Caps Lock. Forgot your password? Ask the administrator for a new one."


class WrongRecoveryCodeError(VaultError):
    nl = "De herstelcode klopt niet. Controleer de code op het herstelblad en typ hem opnieuw."
    en = "The recovery code is incorrect. Check the code on the recovery sheet and type it again."


class SignInThrottledError(VaultError):
    nl = "Te vaak een verkeerd wachtwoord. Wacht {seconds} seconden en probeer het dan opnieuw."
    en = "Too many wrong passwords. Wait {seconds} seconds and try again."

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(seconds=seconds)


class AccountDeactivatedError(VaultError):
    nl = "Dit account is gedeactiveerd. Neem contact op met de beheerder."
    en = "This account has been deactivated. Contact your administrator."


class VaultDamagedError(VaultError):
    nl = (
        "De kluis is beschadigd of er is mee geknoeid: de versleutelde gegevens kloppen niet. "
        "Er is niets gewijzigd. Zet de kluis terug uit de laatste back-up en meld dit bij de "
        "beheerder of de privacy officer."
    )
    en = "The vault is damaged or has been tampered with: the encrypted data do not check out. Nothing was changed. Restore the vault from the latest backup and report this to the administrator or privacy officer."


class VaultInUseError(VaultError):
    nl = (
        "De kluis is al geopend door een ander programma{where}. Sluit Calqi Desktop daar "
        "eerst af; een kluis kan maar op één plek tegelijk open zijn."
    )
    en = "The vault is already open in another program{where}. Close Calqi Desktop there first; a vault can be open in only one place at a time."

    def __init__(self, holder: str = "") -> None:
        super().__init__(where=f" ({holder})" if holder else "")


class DiskFullError(VaultError):
    nl = "De schijf is vol. Er is niets opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw."
    en = "The disk is full. Nothing was saved. Free up disk space and try again."


class ReadOnlyError(VaultError):
    nl = (
        "Op deze plek kan niet worden geschreven (alleen-lezen of geen rechten). "
        "Er is niets gewijzigd. Kies een map waar u mag schrijven, of vraag de beheerder "
        "om de rechten aan te passen."
    )
    en = "This location cannot be written to (read-only or no permission). Nothing was changed. Choose a folder you may write to, or ask the administrator to fix the permissions."


class VaultTooNewError(VaultError):
    nl = (
        "Deze kluis is gemaakt met een nieuwere versie van Calqi Desktop. Installeer de "
        "nieuwste versie om hem te openen."
    )
    en = "This vault was made with a newer version of Calqi Desktop. Install the latest version to open it."


class VaultLockedError(VaultError):
    nl = "De kluis is vergrendeld. Meld u opnieuw aan om verder te gaan."
    en = "The vault is locked. Sign in again to continue."


class BackupError(VaultError):
    nl = (
        "De back-up is niet gelukt: de kopie kon niet worden gecontroleerd. De kluis zelf is "
        "niet gewijzigd. Probeer een andere doelmap."
    )
    en = "The backup failed: the copy could not be verified. The vault itself was not changed. Try another destination folder."


# --- staff and permissions ---------------------------------------------------


class PermissionDeniedError(CalqiError):
    nl = "U hebt geen toestemming voor deze handeling ({action}). Vraag het de beheerder."
    en = "You are not allowed to do this ({action}). Ask your administrator."

    def __init__(self, action: str) -> None:
        super().__init__(action=action)


class WeakPasswordError(CalqiError):
    """Base of password-policy refusals."""


class PasswordTooShortError(WeakPasswordError):
    nl = "Het wachtwoord is te kort: gebruik minstens {minimum} tekens. Een zin van een paar woorden werkt goed."
    en = "The password is too short: use at least {minimum} characters. A sentence of a few words works well."

    def __init__(self, minimum: int) -> None:
        super().__init__(minimum=minimum)


class CommonPasswordError(WeakPasswordError):
    nl = "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden en is makkelijk te raden. Kies een ander."
    en = "This password is on a list of commonly used passwords and is easy to guess. Choose another one."


class PasswordContainsNameError(WeakPasswordError):
    nl = "Het wachtwoord mag uw gebruikersnaam of de naam van het kantoor niet bevatten. Kies een ander."
    en = "The password must not contain your user name or the firm's name. Choose another one."


class PasswordTooSimpleError(WeakPasswordError):
    nl = "Dit wachtwoord is te voorspelbaar (herhalingen of reeksen). Kies een ander, bijvoorbeeld een zin van een paar woorden."
    en = "This password is too predictable (repeats or sequences). Choose another one, for example a sentence of a few words."


class PasswordReusedError(WeakPasswordError):
    nl = "Het nieuwe wachtwoord is gelijk aan het oude. Kies een ander."
    en = "The new password is the same as the old one. Choose another one."


class UserNameInvalidError(CalqiError):
    nl = "De gebruikersnaam is ongeldig: gebruik 2 tot 40 tekens (letters, cijfers, punt, streepje of liggend streepje)."
    en = "The user name is invalid: use 2 to 40 characters (letters, digits, dot, hyphen or underscore)."


class UserExistsError(CalqiError):
    nl = "Er bestaat al een medewerker met deze gebruikersnaam. Kies een andere naam."
    en = "A staff member with this user name already exists. Choose another name."


class UserNotFoundError(CalqiError):
    nl = "Deze medewerker bestaat niet in deze kluis. Controleer de gebruikersnaam."
    en = "This staff member does not exist in this vault. Check the user name."


class LastAdministratorError(CalqiError):
    nl = "Dit is de laatste actieve beheerder. Maak eerst een andere beheerder aan."
    en = "This is the last active administrator. Create another administrator first."


class InvalidRoleError(CalqiError):
    nl = "Onbekende rol. Kies uit: beheerder, accountant, assistent, privacy-officer."
    en = "Unknown role. Choose from: beheerder, accountant, assistent, privacy-officer."


class RecoveryCodeFormatError(CalqiError):
    nl = "De herstelcode heeft niet de juiste vorm: {groups} groepen van {size} tekens. Controleer het herstelblad."
    en = "The recovery code does not have the right form: {groups} groups of {size} characters. Check the recovery sheet."

    def __init__(self, groups: int, size: int) -> None:
        super().__init__(groups=groups, size=size)


class PasswordChangeRequiredError(CalqiError):
    nl = "Uw wachtwoord is door de beheerder ingesteld. Kies eerst een eigen nieuw wachtwoord."
    en = "Your password was set by the administrator. Choose a new password of your own first."


# --- form fields -------------------------------------------------------------


class FieldValidationError(CalqiError):
    """A value that a form field cannot accept.

    `field` is the field's name (an attribute name such as "postcode"), so a form
    can show the message beside the field it belongs to. Templates may use
    `{label}` and `{Label}`: the field's name for people, in the message's
    language ("de postcode" / "De postcode"). Messages never quote the value.
    """

    nl = "{Label} kan zo niet worden opgeslagen. Controleer wat u hebt ingevuld."
    en = "{Label} cannot be saved like this. Check what you entered."

    def __init__(self, field: str, *, label_nl: str = "", label_en: str = "", **values: object) -> None:
        self.field = field
        self.label_nl = label_nl or field
        self.label_en = label_en or self.label_nl
        super().__init__(None, **values)

    def message(self, language: str = "nl") -> str:
        label = self.label_en if language == "en" else self.label_nl
        template = self.en if language == "en" else self.nl
        return template.format(label=label, Label=label[:1].upper() + label[1:], **self.values)


class RequiredFieldError(FieldValidationError):
    nl = "Vul {label} in: dit veld is verplicht."
    en = "Fill in {label}: this field is required."


class TextTooLongError(FieldValidationError):
    nl = "{Label} is te lang: gebruik hoogstens {maximum} tekens."
    en = "{Label} is too long: use at most {maximum} characters."

    def __init__(self, field: str, *, maximum: int, label_nl: str = "", label_en: str = "") -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, maximum=maximum)


class PostcodeFormatError(FieldValidationError):
    nl = (
        "Dit is geen geldige postcode. Een Nederlandse postcode bestaat uit vier cijfers "
        "(de eerste is geen 0) en twee letters, bijvoorbeeld 3511 AB."
    )
    en = "This is not a valid postcode. A Dutch postcode has four digits (the first is not 0) and two letters, for example 3511 AB."


class PostcodeNotIssuedError(FieldValidationError):
    nl = (
        "Deze postcode bestaat niet: de lettercombinaties SA, SD en SS worden in postcodes "
        "niet gebruikt. Controleer de postcode."
    )
    en = "This postcode does not exist: the letter pairs SA, SD and SS are not used in postcodes. Check the postcode."


class KvkNumberError(FieldValidationError):
    nl = (
        "Een KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 12345678. Neem het nummer "
        "over van het uittreksel van de Kamer van Koophandel."
    )
    en = "A KvK number has exactly 8 digits, for example 12345678. Copy it from the Chamber of Commerce extract."


class EmailAddressError(FieldValidationError):
    nl = (
        "Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl; "
        "controleer het op typefouten."
    )
    en = "This is not a valid e-mail address. An e-mail address looks like name@example.nl; check it for typing errors."


class PhoneNumberError(FieldValidationError):
    nl = (
        "Dit is geen geldig telefoonnummer. Gebruik een Nederlands nummer zoals 030 123 4567, "
        "of een buitenlands nummer met landcode, zoals +32 2 555 12 12."
    )
    en = "This is not a valid phone number. Use a Dutch number such as 030 123 4567, or a foreign number with its country code, such as +32 2 555 12 12."


class LogoNotAnImageError(FieldValidationError):
    nl = (
        "Dit bestand is geen PNG- of JPEG-afbeelding (de inhoud telt, niet de naam). "
        "Kies een logo dat als PNG of JPEG is opgeslagen."
    )
    en = "This file is not a PNG or JPEG image (its content counts, not its name). Choose a logo saved as PNG or JPEG."


class LogoFileTooLargeError(FieldValidationError):
    nl = (
        "Het logobestand is te groot: hoogstens {maximum_mb} MB. Sla het logo kleiner op en kies het opnieuw."
    )
    en = "The logo file is too large: at most {maximum_mb} MB. Save the logo smaller and choose it again."

    def __init__(self, field: str, *, maximum_mb: int, label_nl: str = "", label_en: str = "") -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, maximum_mb=maximum_mb)


class LogoTooManyPixelsError(FieldValidationError):
    nl = (
        "Het logo is te groot: hoogstens {maximum} × {maximum} pixels. Verklein het logo in "
        "een tekenprogramma en kies het opnieuw."
    )
    en = "The logo is too large: at most {maximum} × {maximum} pixels. Make it smaller in an image editor and choose it again."

    def __init__(self, field: str, *, maximum: int, label_nl: str = "", label_en: str = "") -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, maximum=maximum)


class LogoUnreadableError(FieldValidationError):
    nl = (
        "Het bestand kan niet worden gelezen. Controleer of het nog bestaat en of u het mag "
        "openen, en kies het opnieuw."
    )
    en = "The file cannot be read. Check that it still exists and that you may open it, and choose it again."


class IdleLockMinutesError(FieldValidationError):
    nl = "Kies voor het automatisch vergrendelen een tijd van {minimum} tot en met {maximum} minuten."
    en = "Choose an automatic lock time from {minimum} to {maximum} minutes."

    def __init__(
        self, field: str, *, minimum: int, maximum: int, label_nl: str = "", label_en: str = ""
    ) -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, minimum=minimum, maximum=maximum)


class ClipboardClearSecondsError(FieldValidationError):
    nl = "Kies voor het wissen van het klembord een tijd van {minimum} tot en met {maximum} seconden."
    en = "Choose a clipboard clearing time from {minimum} to {maximum} seconds."

    def __init__(
        self, field: str, *, minimum: int, maximum: int, label_nl: str = "", label_en: str = ""
    ) -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, minimum=minimum, maximum=maximum)


class DocumentMaxMbError(FieldValidationError):
    nl = "Kies voor de grootte van documenten een grens van {minimum} tot en met {maximum} MB."
    en = "Choose a document size limit from {minimum} to {maximum} MB."

    def __init__(
        self, field: str, *, minimum: int, maximum: int, label_nl: str = "", label_en: str = ""
    ) -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, minimum=minimum, maximum=maximum)


# --- client dossiers ------------------------------------------------------------


class BsnError(FieldValidationError):
    nl = (
        "Dit is geen geldig burgerservicenummer: een BSN heeft 9 cijfers en moet voldoen aan "
        "de elfproef. Neem het nummer over van het identiteitsbewijs of een brief van de Belastingdienst."
    )
    en = "This is not a valid citizen service number (BSN): it has 9 digits and must pass the eleven test. Copy it from the ID document or a letter from the tax authority."


class RsinError(FieldValidationError):
    nl = (
        "Dit is geen geldig RSIN: een RSIN heeft 9 cijfers en moet voldoen aan de elfproef. "
        "Neem het nummer over van het uittreksel van de Kamer van Koophandel."
    )
    en = "This is not a valid RSIN: it has 9 digits and must pass the eleven test. Copy it from the Chamber of Commerce extract."


class RsinForPersonError(FieldValidationError):
    nl = (
        "Een RSIN hoort bij een organisatie. Het fiscaal nummer van een persoon is het BSN: vul dat in "
        "bij Bijzondere gegevens, waar het afgeschermd wordt bewaard."
    )
    en = "An RSIN belongs to an organisation. A person's tax number is the BSN: enter it under Special data, where it is kept masked."


class BtwIdHoldsBsnError(FieldValidationError):
    nl = (
        "Dit is een oud btw-nummer waarin het BSN van de persoon staat. Sinds 2020 heeft een eenmanszaak een "
        "btw-identificatienummer zonder BSN; vul dat in (het staat op de brief van de Belastingdienst)."
    )
    en = "This is an old VAT number that contains the person's BSN. Since 2020 a sole trader has a VAT identification number without the BSN; enter that one (it is on the tax authority's letter)."


class IbanError(FieldValidationError):
    nl = (
        "Dit is geen geldig IBAN: de lengte of het controlegetal klopt niet. Een Nederlands IBAN "
        "ziet eruit als NL91 ABNA 0417 1643 00; neem het over van een bankafschrift."
    )
    en = "This is not a valid IBAN: its length or check digits are wrong. A Dutch IBAN looks like NL91 ABNA 0417 1643 00; copy it from a bank statement."


class IbanCountryError(FieldValidationError):
    nl = "Dit IBAN begint niet met een bekende landcode (zoals NL, BE of DE). Controleer de eerste twee letters."
    en = "This IBAN does not start with a known country code (such as NL, BE or DE). Check the first two letters."


class BtwIdError(FieldValidationError):
    nl = (
        "Dit is geen geldig btw-identificatienummer. Een Nederlands btw-id ziet eruit als "
        "NL123456789B01; neem het over van een factuur of van de Belastingdienst."
    )
    en = "This is not a valid VAT identification number. A Dutch VAT id looks like NL123456789B01; copy it from an invoice or the tax authority."


class DateFormatError(FieldValidationError):
    nl = "Dit is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 24-11-1980."
    en = "This is not a valid date. Write the date as dd-mm-yyyy, for example 24-11-1980."


class DateInFutureError(FieldValidationError):
    nl = "{Label} ligt in de toekomst. Controleer de datum."
    en = "{Label} lies in the future. Check the date."


class DateTooEarlyError(FieldValidationError):
    nl = "{Label} ligt vóór {year}. Controleer het jaartal."
    en = "{Label} lies before {year}. Check the year."

    def __init__(self, field: str, *, year: int, label_nl: str = "", label_en: str = "") -> None:
        super().__init__(field, label_nl=label_nl, label_en=label_en, year=year)


class CountryCodeError(FieldValidationError):
    nl = "Kies een land uit de lijst (bijvoorbeeld Nederland of België)."
    en = "Choose a country from the list (for example the Netherlands or Belgium)."


class ClientNumberError(FieldValidationError):
    nl = (
        "Een klantnummer bestaat uit hoogstens 20 letters, cijfers en streepjes, bijvoorbeeld K-104233. "
        "Het BSN is nooit het klantnummer."
    )
    en = "A client number has at most 20 letters, digits and hyphens, for example K-104233. The BSN is never the client number."


class ClientNumberTakenError(FieldValidationError):
    nl = "Dit klantnummer is al in gebruik bij een ander dossier. Kies een ander nummer of laat het veld leeg voor een nieuw nummer."
    en = "This client number is already used by another dossier. Choose another number or leave the field empty for a new one."


class NameRequiredError(FieldValidationError):
    nl = "Vul een achternaam in (personen) of een organisatienaam (organisaties)."
    en = "Fill in a last name (persons) or an organisation name (organisations)."


class LegalBasisRequiredError(FieldValidationError):
    nl = (
        "Voor {category} van deze klant is nog geen grondslag vastgelegd. Leg eerst de grondslag vast "
        "(wettelijke plicht, overeenkomst of toestemming); zonder grondslag wordt niets hiervan opgeslagen."
    )
    en = "No legal basis has been recorded for {category} of this client. Record the basis first (legal obligation, contract or consent); without a basis nothing of it is stored."

    def __init__(
        self, field: str, *, category: str, category_en: str = "", label_nl: str = "", label_en: str = ""
    ) -> None:
        self.category_en = category_en or category
        super().__init__(field, label_nl=label_nl, label_en=label_en, category=category)

    def message(self, language: str = "nl") -> str:
        if language == "en":
            return self.en.format(category=self.category_en)
        return super().message(language)


class LegalBasisNotAllowedError(CalqiError):
    nl = (
        "Voor het BSN geldt alleen de wettelijke plicht (fiscale dienstverlening) als grondslag: "
        "toestemming of een overeenkomst maakt gebruik van het BSN niet rechtmatig."
    )
    en = "For the BSN only the legal obligation (tax services) is a valid basis: consent or a contract does not make use of the BSN lawful."


class ClientNotFoundError(CalqiError):
    nl = "Dit dossier bestaat niet (meer). Misschien is het intussen geanonimiseerd; vernieuw de lijst."
    en = "This dossier does not exist (any more). It may have been anonymised meanwhile; refresh the list."


class ClientRestrictedError(CalqiError):
    nl = (
        "De verwerking van de gegevens van deze klant is beperkt (AVG art. 18): het dossier kan worden "
        "ingezien, maar niet gewijzigd, geëxporteerd of verstrekt zolang de beperking geldt."
    )
    en = "Processing of this client's data is restricted (GDPR art. 18): the dossier can be viewed, but not changed, exported or disclosed while the restriction applies."


class ClientAnonymisedError(CalqiError):
    nl = "Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd."
    en = "This dossier has been anonymised and can no longer be changed."


class AnonymiseThroughRequestError(CalqiError):
    nl = (
        "Een dossier wordt alleen geanonimiseerd via een verzoek tot wissing, met het overzicht van wat "
        "wordt verwijderd en wat om wettelijke redenen blijft. Kies hier Actief of Beëindigd."
    )
    en = "A dossier is anonymised only through an erasure request, with the overview of what is removed and what is kept by law. Choose Active or Ended here."


class DossierChangedMeanwhileError(CalqiError):
    nl = (
        "Het dossier is intussen in een ander venster gewijzigd. Er is niets opgeslagen. Sluit dit venster, "
        "open het dossier opnieuw en breng uw wijziging dan nog eens aan."
    )
    en = "The dossier was changed in another window meanwhile. Nothing was saved. Close this window, open the dossier again and make your change once more."


class ChangeReasonRequiredError(CalqiError):
    nl = "Geef een reden voor de wijziging; die komt in de wijzigingshistorie van het dossier."
    en = "Give a reason for the change; it goes into the dossier's change history."


# --- documents -------------------------------------------------------------------


class DocumentTypeError(CalqiError):
    nl = (
        "Dit bestand is geen PDF-, PNG- of JPEG-bestand (de inhoud telt, niet de naam). "
        "Er is niets opgeslagen. Sla het document op als PDF of scan het als PNG of JPEG."
    )
    en = "This file is not a PDF, PNG or JPEG file (its content counts, not its name). Nothing was saved. Save the document as PDF or scan it as PNG or JPEG."


class DocumentTooLargeError(CalqiError):
    nl = "Het bestand is te groot: hoogstens {maximum_mb} MB. Er is niets opgeslagen. Verklein het bestand (bijvoorbeeld lagere scanresolutie) en probeer het opnieuw."
    en = "The file is too large: at most {maximum_mb} MB. Nothing was saved. Make the file smaller (for example a lower scan resolution) and try again."

    def __init__(self, maximum_mb: int) -> None:
        super().__init__(maximum_mb=maximum_mb)


class DocumentEmptyError(CalqiError):
    nl = "Het bestand is leeg. Er is niets opgeslagen. Kies het juiste bestand."
    en = "The file is empty. Nothing was saved. Choose the right file."


class DocumentImageTooLargeError(CalqiError):
    nl = (
        "De afbeelding heeft te veel pixels (hoogstens {maximum_megapixels} megapixel) en is mogelijk "
        "misvormd. Er is niets opgeslagen. Scan het document opnieuw met een lagere resolutie."
    )
    en = "The image has too many pixels (at most {maximum_megapixels} megapixels) and may be malformed. Nothing was saved. Scan the document again at a lower resolution."

    def __init__(self, maximum_megapixels: int) -> None:
        super().__init__(maximum_megapixels=maximum_megapixels)


class DocumentDamagedError(CalqiError):
    nl = "Het bestand is beschadigd en kan niet worden gelezen. Er is niets opgeslagen. Maak het document opnieuw aan of vraag de klant om een nieuwe kopie."
    en = "The file is damaged and cannot be read. Nothing was saved. Create the document again or ask the client for a new copy."


class DocumentNotFoundError(CalqiError):
    nl = "Dit document bestaat niet (meer). Vernieuw het dossier."
    en = "This document does not exist (any more). Refresh the dossier."


class FileReadError(CalqiError):
    nl = "Het bestand kan niet worden gelezen. Controleer of het nog bestaat en of u het mag openen."
    en = "The file cannot be read. Check that it still exists and that you may open it."


class FileWriteError(CalqiError):
    nl = "Het bestand kan niet worden opgeslagen op deze plek. Kies een andere map of controleer of er ruimte is."
    en = "The file cannot be saved in this place. Choose another folder or check that there is space."


# --- import -----------------------------------------------------------------------


class ImportFileError(CalqiError):
    nl = "Het bestand kan niet als klantenlijst worden gelezen: {reason} Er is niets geïmporteerd."
    en = "The file cannot be read as a client list: {reason} Nothing was imported."

    def __init__(self, reason_nl: str, reason_en: str) -> None:
        self.reason_nl = reason_nl
        self.reason_en = reason_en
        super().__init__(reason=reason_nl)

    def message(self, language: str = "nl") -> str:
        template = self.en if language == "en" else self.nl
        return template.format(reason=self.reason_en if language == "en" else self.reason_nl)


class ImportHasErrorsError(CalqiError):
    nl = (
        "{count} rij(en) bevatten fouten. Er is niets geïmporteerd. Verbeter het bestand, of kies "
        "uitdrukkelijk om alleen de goede rijen te importeren."
    )
    en = "{count} row(s) contain errors. Nothing was imported. Correct the file, or explicitly choose to import only the valid rows."

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(count=count)

    def message(self, language: str = "nl") -> str:
        if language == "en":
            return self.en.format(count=f"{self.count:,}")
        return self.nl.format(count=f"{self.count:,}".replace(",", "."))


# --- consent, authorisations, disclosures ---------------------------------------


class GuardianRequiredError(CalqiError):
    nl = (
        "De klant is op de dag van de toestemming jonger dan 16 jaar. Dan moet een ouder of wettelijk "
        "vertegenwoordiger de toestemming geven: kies die persoon in de kluis, of vul naam en relatie in."
    )
    en = "The client is under 16 on the day of consent. A parent or legal guardian must then give it: choose that person in the vault, or fill in name and relation."


class GuardianNotNeededError(CalqiError):
    nl = (
        "De klant is op de dag van de toestemming 16 jaar of ouder en geeft zelf toestemming. "
        "Laat de ouder of voogd weg."
    )
    en = "The client is 16 or older on the day of consent and gives consent themselves. Leave out the parent or guardian."


class GuardianIsSubjectError(CalqiError):
    nl = "De ouder of voogd kan niet de klant zelf zijn. Kies een andere persoon."
    en = "The parent or guardian cannot be the client themselves. Choose another person."


class GuardianNotAPersonError(CalqiError):
    nl = "Een ouder of voogd is een persoon, geen organisatie. Kies een persoon of vul naam en relatie in."
    en = (
        "A parent or guardian is a person, not an organisation. Choose a person or fill in name and relation."
    )


class GuardianTooYoungError(CalqiError):
    nl = "De gekozen ouder of voogd is zelf jonger dan 16 jaar en kan geen toestemming geven. Kies een andere persoon."
    en = (
        "The chosen parent or guardian is under 16 themselves and cannot give consent. Choose another person."
    )


class GuardianRestrictedError(CalqiError):
    nl = (
        "De verwerking van de gegevens van de gekozen ouder of voogd is beperkt (AVG art. 18): het dossier "
        "mag nu niet voor een toestemming worden gebruikt. Vul in plaats daarvan naam en relatie in."
    )
    en = "Processing of the chosen parent's or guardian's data is restricted (GDPR art. 18): the dossier may not be used for a consent now. Fill in name and relation instead."


class ConsentAgeUnknownError(CalqiError):
    nl = (
        "De geboortedatum van de klant is niet bekend, dus de app kan niet nagaan of de klant 16 jaar of "
        "ouder is. Bevestig dat u dit hebt gecontroleerd, of leg de toestemming van een ouder of voogd vast."
    )
    en = "The client's date of birth is not known, so the app cannot tell whether the client is 16 or older. Confirm that you checked this, or record the consent of a parent or guardian."


class ConsentInFutureError(CalqiError):
    nl = "Het moment van de toestemming of intrekking ligt in de toekomst. Vul de datum en tijd in waarop het gebeurde."
    en = "The moment of consent or withdrawal lies in the future. Fill in the date and time it happened."


class ConsentRecipientRequiredError(CalqiError):
    nl = "Vul in aan welke derde de gegevens worden doorgegeven: voor dit doel geldt toestemming per ontvanger."
    en = "Fill in the third party the data go to: for this purpose consent is given per recipient."


class ConsentNotFoundError(CalqiError):
    nl = "Deze toestemming bestaat niet (meer). Vernieuw het dossier."
    en = "This consent does not exist (any more). Refresh the dossier."


class ConsentAlreadyWithdrawnError(CalqiError):
    nl = "Deze toestemming is al ingetrokken. Er is niets gewijzigd."
    en = "This consent has already been withdrawn. Nothing was changed."


class ConsentPurposeInactiveError(CalqiError):
    nl = "Voor dit doel wordt geen nieuwe toestemming meer gevraagd. Kies een ander doel of vraag de beheerder."
    en = "Consent is no longer asked for this purpose. Choose another purpose or ask the administrator."


class ConsentPurposeNotFoundError(CalqiError):
    nl = "Dit doel bestaat niet (meer). Sluit het venster en probeer het opnieuw."
    en = "This purpose does not exist (any more). Close the window and try again."


class ConsentPurposeNameTakenError(CalqiError):
    nl = "Er bestaat al een doel met deze naam. Kies een andere naam."
    en = "A purpose with this name already exists. Choose another name."


class BuiltInPurposeError(CalqiError):
    nl = "De doelen uit de privacyverklaring kunnen niet worden gewijzigd of uitgezet; voeg zo nodig een nieuw doel toe."
    en = "The purposes from the privacy statement cannot be changed or switched off; add a new purpose if needed."


class WithdrawalDecisionRequiredError(CalqiError):
    nl = (
        "Deze toestemming is de grondslag van {category}. Kies wat ermee gebeurt: nu wissen, of bewaren onder "
        "een andere grondslag (wettelijke plicht of overeenkomst). Stilzwijgend bewaren kan niet."
    )
    en = "This consent is the basis of {category}. Choose what happens to it: erase it now, or keep it under another basis (legal obligation or contract). Keeping it silently is not possible."

    def __init__(self, *, category: str, category_en: str = "") -> None:
        self.category_en = category_en or category
        super().__init__(category=category)

    def message(self, language: str = "nl") -> str:
        if language == "en":
            return self.en.format(category=self.category_en)
        return super().message(language)


class WithdrawalNeedsSpecialAccessError(CalqiError):
    nl = (
        "Deze toestemming is de grondslag van bijzondere persoonsgegevens. Het intrekken ervan vraagt een "
        "beslissing over die gegevens; vraag een collega die bijzondere gegevens mag inzien (accountant, "
        "beheerder of privacy officer) om de intrekking meteen vast te leggen."
    )
    en = "This consent is the basis of special personal data. Withdrawing it needs a decision about those data; ask a colleague who may see special data (accountant, administrator or privacy officer) to record the withdrawal right away."


class OtherBasisRequiredError(CalqiError):
    nl = "Kies voor gegevens die blijven een andere grondslag dan toestemming: wettelijke plicht of overeenkomst, met een toelichting."
    en = "For data that are kept, choose a basis other than consent: legal obligation or contract, with an explanation."


class EvidenceInErasedCategoryError(CalqiError):
    nl = (
        "Een document bij {category} is het bewijs van een toestemming of een machtiging. Dat bewijs blijft "
        "bewaard en kan niet met de intrekking worden gewist. Kies voor {category} ‘Bewaren onder andere "
        "grondslag’ (wettelijke plicht of overeenkomst). Er is niets vastgelegd."
    )
    en = "A document filed as {category} is the evidence of a consent or an authorisation. That evidence is kept and cannot be erased with the withdrawal. For {category}, choose ‘Keep under another legal basis’ (legal obligation or contract). Nothing was recorded."

    def __init__(self, *, category: str, category_en: str = "") -> None:
        self.category_en = category_en or category
        super().__init__(category=category)

    def message(self, language: str = "nl") -> str:
        if language == "en":
            return self.en.format(category=self.category_en)
        return super().message(language)


class ConsentBasisMissingError(CalqiError):
    nl = (
        "Toestemming kan pas de grondslag zijn als de klant toestemming heeft gegeven voor de verwerking van "
        "bijzondere persoonsgegevens. Leg die toestemming eerst vast onder Toestemmingen."
    )
    en = "Consent can only be the basis once the client has consented to the processing of special personal data. Record that consent first under Consents."


class EvidenceNotInDossierError(CalqiError):
    nl = "Het gekozen bewijsstuk hoort niet bij dit dossier. Kies een document van deze klant."
    en = "The chosen evidence document does not belong to this dossier. Choose a document of this client."


class DocumentInUseError(CalqiError):
    nl = (
        "Dit document is het bewijs van een toestemming of een machtiging en blijft daarom bewaard. "
        "Het verdwijnt pas met het dossier, bij een verzoek tot wissing."
    )
    en = "This document is the evidence of a consent or an authorisation and is therefore kept. It goes only with the dossier, on an erasure request."


class StatementVersionNotFoundError(CalqiError):
    nl = "Deze versie van de privacyverklaring bestaat niet (meer). Kies een andere versie."
    en = "This version of the privacy statement does not exist (any more). Choose another version."


class StatementVersionTakenError(CalqiError):
    nl = "Er bestaat al een versie met dit nummer. Kies een ander versienummer."
    en = "A version with this number already exists. Choose another version number."


class StatementContentRequiredError(CalqiError):
    nl = "Voeg de tekst van de privacyverklaring toe, of een PDF ervan, of beide."
    en = "Add the text of the privacy statement, or a PDF of it, or both."


class NoStatementVersionError(CalqiError):
    nl = (
        "Er is nog geen versie van de privacyverklaring vastgelegd. Een beheerder of privacy officer legt die "
        "vast onder Privacyverklaring; daarna kan toestemming worden vastgelegd."
    )
    en = "No version of the privacy statement has been recorded yet. An administrator or privacy officer records one under Privacy statement; then consent can be recorded."


class StatementNotInAdvanceError(FieldValidationError):
    """A new version once consents are recorded: clients are told before it applies (R12)."""

    nl = (
        "Een nieuwe versie van de privacyverklaring wordt vooraf aangekondigd: kies een ingangsdatum na "
        "vandaag, zodat de klanten op tijd kunnen worden geïnformeerd."
    )
    en = "A new version of the privacy statement is announced in advance: choose an effective date after today, so that clients can be informed in time."


class AuthorisationNotFoundError(CalqiError):
    nl = "Deze machtiging bestaat niet (meer). Vernieuw het dossier."
    en = "This authorisation does not exist (any more). Refresh the dossier."


class AuthorisationRevokedError(CalqiError):
    nl = "Deze machtiging is ingetrokken en kan niet meer worden gewijzigd. Leg zo nodig een nieuwe vast."
    en = "This authorisation has been revoked and can no longer be changed. Record a new one if needed."


class AuthorisationScopeLockedError(CalqiError):
    """What an activated or used authorisation covers stays as it was: its activation and disclosures rest on it."""

    nl = (
        "Deze machtiging is al geactiveerd of gebruikt voor een verstrekking; soort, ontvanger, "
        "belastingmiddel, stukken en jaren kunnen daarom niet meer veranderen. Trek haar in en leg een "
        "nieuwe vast."
    )
    en = "This authorisation has already been activated or used for a disclosure, so its kind, recipient, tax type, documents and years can no longer change. Revoke it and record a new one."


class ActivationCodeError(FieldValidationError):
    nl = "Een activeringscode bestaat uit 4 tot 20 letters en cijfers. Neem de code over uit de brief van de Belastingdienst."
    en = "An activation code has 4 to 20 letters and digits. Copy it from the Belastingdienst's letter."


class ActivationCodeNotForKindError(FieldValidationError):
    nl = "Alleen een VIA-machtiging heeft een activeringscode. Laat het veld leeg."
    en = "Only a VIA authorisation has an activation code. Leave the field empty."


class TaxYearError(FieldValidationError):
    nl = "Vul een belastingjaar in tussen {first} en {last}."
    en = "Fill in a tax year between {first} and {last}."


class TaxYearOrderError(FieldValidationError):
    nl = "Het laatste jaar ligt vóór het eerste. Draai de jaren om of corrigeer ze."
    en = "The last year lies before the first. Swap or correct the years."


class DateOrderError(FieldValidationError):
    nl = "De einddatum ligt vóór de ingangsdatum. Corrigeer een van beide."
    en = "The end date lies before the start date. Correct one of them."


class FieldNotForKindError(FieldValidationError):
    nl = "Dit veld hoort niet bij deze soort machtiging. Laat het leeg."
    en = "This field does not belong to this kind of authorisation. Leave it empty."


class RecipientNotAllowedError(FieldValidationError):
    nl = (
        "Deze soort machtiging geldt alleen voor de Belastingdienst. Voor een bank of andere instantie legt "
        "u een door de klant getekende machtiging vast; voor een andere derde is toestemming nodig."
    )
    en = "This kind of authorisation is for the Belastingdienst only. For a bank or other body record an authorisation signed by the client; another third party needs consent."


class DisclosureRefusedError(CalqiError):
    """A disclosure the rules refuse; the reason's label is the message. Raised after the refusal is audited."""

    def __init__(self, reason: object) -> None:
        self.reason = reason
        super().__init__()

    def message(self, language: str = "nl") -> str:
        label = getattr(self.reason, "label", None)
        return label(language) if callable(label) else super().message(language)


# --- data-subject requests --------------------------------------------------------------------------


class RequestNotFoundError(CalqiError):
    nl = "Dit AVG-verzoek bestaat niet (meer). Vernieuw de lijst met verzoeken."
    en = "This data-subject request does not exist (any more). Refresh the list of requests."


class RequestClosedError(CalqiError):
    nl = (
        "Dit verzoek is al afgehandeld; er kan niets meer aan worden gedaan. Komt de verzoeker terug, "
        "boek dan een nieuw verzoek in."
    )
    en = "This request has already been closed; nothing more can be done with it. If the requester comes back, record a new request."


class IdentityNotVerifiedError(CalqiError):
    nl = (
        "De identiteit van de verzoeker is nog niet vastgesteld. Er worden geen gegevens verstrekt of "
        "gewijzigd voordat vaststaat dat het echt om deze persoon gaat: leg eerst de identiteitscontrole vast."
    )
    en = "The requester's identity has not been verified yet. No data are released or changed before it is certain who this is: record the identity check first."


class IdentityAlreadyCheckedError(CalqiError):
    nl = "De identiteit van de verzoeker is al vastgesteld. Dat hoeft niet nog eens."
    en = "The requester's identity has already been verified. There is no need to do it again."


class IdentityCopyNotMaskedError(FieldValidationError):
    nl = (
        "Een kopie van een identiteitsbewijs wordt alleen geaccepteerd als het BSN en de pasfoto zijn "
        "afgeschermd. Vraag de verzoeker om een afgeschermde kopie (bijvoorbeeld met de KopieID-app) en "
        "vink daarna aan dat BSN en pasfoto onleesbaar zijn."
    )
    en = "A copy of an ID document is accepted only with the BSN and the photo masked. Ask the requester for a masked copy (for example with the KopieID app), then tick that BSN and photo are unreadable."


class RequestNeedsClientError(CalqiError):
    nl = (
        "Dit verzoek is nog niet aan een dossier gekoppeld. Zoek het dossier van de verzoeker en koppel het "
        "verzoek eraan; staat de verzoeker niet in de kluis, dan houdt de firma geen gegevens over hem of "
        "haar en volstaat een brief."
    )
    en = "This request is not linked to a dossier yet. Find the requester's dossier and link the request to it; if the requester is not in the vault, the firm holds no data about them and a letter suffices."


class RequestAlreadyLinkedError(CalqiError):
    nl = "Dit verzoek is al aan een dossier gekoppeld; dat kan niet meer worden veranderd."
    en = "This request is already linked to a dossier; that can no longer be changed."


class RequestTypeMismatchError(CalqiError):
    nl = "Deze handeling hoort niet bij dit soort verzoek. Boek zo nodig een apart verzoek in voor dit recht."
    en = "This action does not belong to this kind of request. Record a separate request for that right if needed."


class ExtensionNotAllowedError(CalqiError):
    nl = (
        "De termijn kan alleen worden verlengd vóór de eerste termijn is verstreken, en maar één keer "
        "(met ten hoogste twee maanden). Handel het verzoek nu af."
    )
    en = "The term can only be extended before the first deadline has passed, and only once (by two months at most). Handle the request now."


class ExtensionMonthsError(FieldValidationError):
    nl = "Een verlenging is één of twee maanden (AVG art. 12 lid 3)."
    en = "An extension is one or two months (GDPR art. 12(3))."


class GroundsRequiredError(RequiredFieldError):
    nl = "Vul {label} in: de verzoeker heeft recht op de reden, en die komt in de brief."
    en = "Fill in {label}: the requester is entitled to the reason, and it goes into the letter."


class ReceivedInFutureError(FieldValidationError):
    nl = "De datum van ontvangst ligt in de toekomst. Vul de dag in waarop het verzoek binnenkwam."
    en = "The date of receipt lies in the future. Fill in the day the request came in."


class RequesterMissingError(FieldValidationError):
    nl = "Kies het dossier van de verzoeker, of vul naam en contactgegevens van de verzoeker in."
    en = "Choose the requester's dossier, or fill in the requester's name and contact details."


class RestrictionStateError(CalqiError):
    nl = "De beperking van de verwerking staat al zo. Vernieuw het dossier om de huidige stand te zien."
    en = "The restriction of processing is already in that state. Refresh the dossier to see where it stands."


class ErasurePreviewOutdatedError(CalqiError):
    nl = (
        "Het dossier is gewijzigd sinds het overzicht van de wissing werd gemaakt. Er is niets gewist. "
        "Bekijk het nieuwe overzicht en bevestig opnieuw."
    )
    en = "The dossier changed since the erasure overview was made. Nothing was erased. Look at the new overview and confirm again."


class ErasureFailedError(CalqiError):
    nl = (
        "Het wissen is niet gelukt; er is niets gewist. Sluit andere vensters en exports van deze kluis, "
        "controleer of de schijf ruimte heeft en probeer het opnieuw."
    )
    en = "The erasure did not succeed; nothing was erased. Close other windows and exports of this vault, check that the disk has space and try again."


class ExportPasswordError(FieldValidationError):
    nl = (
        "Het wachtwoord voor de PDF is te zwak of de twee keer komen niet overeen. Kies minstens 12 tekens "
        "en geef het wachtwoord via een ander kanaal door dan de PDF (bijvoorbeeld telefonisch)."
    )
    en = "The PDF password is too weak or the two entries differ. Choose at least 12 characters and pass it on through another channel than the PDF (by phone, for example)."


class LetterNotApplicableError(CalqiError):
    nl = (
        "Deze brief past niet bij de stand van het verzoek. Een besluitbrief volgt op het afhandelen met dat "
        "besluit, een verlengingsbrief op de verlenging, een verzoek om identificatie alleen zolang de "
        "identiteit niet is vastgesteld."
    )
    en = "This letter does not fit where the request stands. A decision letter follows closing with that decision, an extension letter the extension, a request for identification only while the identity is not verified."


class IdentityCheckBeforeReceiptError(FieldValidationError):
    nl = "De identiteitscontrole ligt vóór de ontvangst van het verzoek. Controleer beide datums."
    en = "The identity check lies before the request was received. Check both dates."


class RectificationNeedsRequestError(CalqiError):
    nl = (
        "De reden ‘Rectificatieverzoek’ hoort bij een AVG-verzoek. Corrigeer het dossier vanuit dat "
        "verzoek, of kies een andere reden."
    )
    en = "The reason ‘Rectification request’ belongs to a data-subject request. Correct the dossier from that request, or choose another reason."


class RequestDocumentTypeError(CalqiError):
    nl = (
        "Dit bestand is geen PDF, afbeelding (PNG of JPEG), e-mail (.eml of .msg) of tekstbestand (de inhoud "
        "telt, niet de naam). Er is niets opgeslagen. Sla de brief of e-mail op in een van die vormen."
    )
    en = "This file is not a PDF, an image (PNG or JPEG), an e-mail (.eml or .msg) or a text file (its content counts, not its name). Nothing was saved. Save the letter or e-mail in one of those forms."


class LinkAfterIdentityCheckError(CalqiError):
    """The identity check is about the person who asked; it cannot be carried over to a dossier linked later."""

    nl = (
        "De identiteit is al vastgesteld voordat het verzoek aan een dossier was gekoppeld; die controle "
        "geldt niet voor de persoon van een dossier. Boek het verzoek opnieuw in op het dossier (met dezelfde "
        "datum van ontvangst), leg daar de identiteitscontrole opnieuw vast en sluit dit verzoek af."
    )
    en = "The identity was verified before the request was linked to a dossier; that check does not hold for the person of a dossier. Record the request again on the dossier (with the same date of receipt), record the identity check there again and close this request."


class KnownEmailNeedsDossierError(FieldValidationError):
    nl = (
        "‘Bekend e-mailadres’ kan alleen als het verzoek aan een dossier is gekoppeld: het adres moet bekend "
        "zijn uit dat dossier. Koppel eerst het dossier, of kies een andere methode."
    )
    en = "‘Known e-mail address’ is possible only when the request is linked to a dossier: the address must be known from that dossier. Link the dossier first, or choose another method."


class ReceiptDateLockedError(FieldValidationError):
    """The receipt date sets the legal deadline; once identity is verified or the term extended it stays."""

    nl = (
        "De datum van ontvangst kan niet meer worden gewijzigd: de identiteit is vastgesteld of de termijn "
        "is verlengd, en de wettelijke termijn hangt aan deze datum. Klopt de datum niet, leg dat dan vast in "
        "de omschrijving."
    )
    en = "The date of receipt can no longer be changed: the identity has been verified or the term extended, and the legal deadline depends on this date. If the date is wrong, record that in the description."


class NothingDoneYetError(CalqiError):
    """Closing as (partly) granted before the work that fits the right was done."""

    nl = (
        "Er is voor dit verzoek nog niets uitgevoerd, dus het kan niet als (deels) toegekend worden "
        "afgesloten. {action}, of kies ‘Afgewezen’ met de gronden."
    )
    en = "Nothing has been done for this request yet, so it cannot be closed as (partly) granted. {action_en}, or choose ‘Refused’ with the grounds."
