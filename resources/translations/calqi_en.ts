<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Licentie: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>%1 wordt gebruikt onder de %2. Het staat als losse bestanden in de programmamap en mag door een eigen, gewijzigde versie worden vervangen. De broncode is te vinden via %3.</source>
        <translation>%1 is used under the %2. It is included as separate files in the program folder and may be replaced with your own, modified version. The source code is available from %3.</translation>
    </message>
    <message>
        <source>Help – Calqi Desktop</source>
        <translation>Help – Calqi Desktop</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Met deze toetsen werkt u sneller. Menu-opdrachten tonen hun sneltoets ook in het menu.</source>
        <translation>These keys help you work faster. Menu commands also show their shortcut in the menu.</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Calqi Desktop bewaart de klantdossiers van het kantoor in een versleutelde kluis op deze computer en ondersteunt het privacywerk eromheen: toestemmingen, machtigingen, AVG-verzoeken, het register van datalekken en de documenten die daarbij horen.</source>
        <translation>Calqi Desktop keeps the firm’s client files in an encrypted vault on this computer and supports the privacy work around them: consent, authorisations, GDPR requests, the data breach register and the documents that go with them.</translation>
    </message>
    <message>
        <source>Een programma van Calqi B.V., administratie- en belastingadvieskantoor.</source>
        <translation>A program by Calqi B.V., bookkeeping and tax advisory firm.</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Licenties</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Calqi Desktop is gebouwd met deze opensourcesoftware. Kies een regel om de licentie te lezen.</source>
        <translation>Calqi Desktop is built with this open-source software. Choose a row to read its licence.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>bijv. jdeboer</source>
        <translation>e.g. jdeboer</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>bijv. Jan de Boer</source>
        <translation>e.g. Jan de Boer</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Confirm password</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Uitslag van de controle van de audittrail</source>
        <translation>Result of the audit trail check</translation>
    </message>
    <message>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>1 gebeurtenis</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>%1 gebeurtenissen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – gedeactiveerd</source>
        <translation>%1 – deactivated</translation>
    </message>
    <message>
        <source>Herstelcode of onbekende gebruiker</source>
        <translation>Recovery code or unknown user</translation>
    </message>
    <message>
        <source>Alle gebeurtenissen van de audittrail worden nagerekend…</source>
        <translation>Recalculating every event in the audit trail…</translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Audittrail exporteren</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 van %2 gebeurtenissen verwerkt…</source>
        <translation>%1 of %2 events processed…</translation>
    </message>
    <message>
        <source>Audittrail geëxporteerd</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>%1 geëxporteerd naar:
%2</source>
        <translation>%1 exported to:
%2</translation>
    </message>
    <message>
        <source>Alles wat in deze kluis is gebeurd: wanneer, door wie, welke handeling en voor welke cliënt. De audittrail bevat geen persoonsgegevens, alleen nummers en veldnamen, en kan niet worden gewijzigd.</source>
        <translation>Everything that has happened in this vault: when, by whom, which action and for which client. The audit trail contains no personal data, only numbers and field names, and cannot be changed.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Eerste dag van de periode (dd-mm-jjjj)</source>
        <translation>First day of the period (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To (inclusive)</translation>
    </message>
    <message>
        <source>Laatste dag van de periode, die dag meegerekend (dd-mm-jjjj)</source>
        <translation>Last day of the period, that day included (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>&amp;Medewerker</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <source>&amp;Actie</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Cliëntnummer</source>
        <translation>&amp;Client number</translation>
    </message>
    <message>
        <source>Alleen gebeurtenissen van deze cliënt (alleen cijfers); leeg: alle cliënten</source>
        <translation>Only events for this client (digits only); empty: all clients</translation>
    </message>
    <message>
        <source>alle cliënten</source>
        <translation>all clients</translation>
    </message>
    <message>
        <source>De lijst tonen met deze filters</source>
        <translation>Show the list with these filters</translation>
    </message>
    <message>
        <source>&amp;Filteren</source>
        <translation>A&amp;pply filter</translation>
    </message>
    <message>
        <source>Terug naar de laatste 30 dagen, iedereen, alle acties en alle cliënten</source>
        <translation>Back to the last 30 days, everyone, all actions and all clients</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Nagaan dat geen enkele gebeurtenis is gewijzigd of verwijderd (de hele audittrail, niet alleen het filter)</source>
        <translation>Check that no event has been changed or removed (the whole audit trail, not just the filtered list)</translation>
    </message>
    <message>
        <source>&amp;Keten controleren</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>De gebeurtenissen in de lijst opslaan als CSV-bestand voor Excel; het exporteren wordt vastgelegd</source>
        <translation>Save the events in the list as a CSV file for Excel; the export is recorded</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijdstip</source>
        <extracomment>fetch(offset, limit) -&gt; at most `limit` entries from `offset` on, newest first.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>medewerker: %1</source>
        <translation>staff member: %1</translation>
    </message>
    <message>
        <source>op verzoek van: %1</source>
        <translation>at the request of: %1</translation>
    </message>
    <message>
        <source>Gebeurtenis %1, %2 UTC</source>
        <translation>Event %1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kies een eigen wachtwoord</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>Uw wachtwoord is door de beheerder ingesteld. Kies nu een eigen wachtwoord dat alleen u kent; daarna kunt u verder werken.
Wilt u dat nu niet, kies dan Afmelden.</source>
        <translation>Your password was set by an administrator. Now choose a password of your own that only you know; then you can carry on working.
If you do not want to do this now, choose Sign out.</translation>
    </message>
    <message>
        <source>&amp;Tijdelijk wachtwoord</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Kies een nieuw wachtwoord. Vanaf nu meldt u zich daarmee aan; het oude wachtwoord werkt dan niet meer.</source>
        <translation>Choose a new password. From now on you sign in with it; the old password will no longer work.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul uw huidige wachtwoord in.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Uw huidige wachtwoord klopt niet. Let op hoofdletters en Caps Lock.</source>
        <translation>Your current password is not correct. Check upper and lower case and Caps Lock.</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Herhaal nieuw wachtwoord</source>
        <translation>Con&amp;firm new password</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>%1 is nu %2. Kies de nieuwe rol.</source>
        <translation>%1 is currently %2. Choose the new role.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>&amp;Nieuwe rol</source>
        <translation>&amp;New role</translation>
    </message>
    <message>
        <source>Let op: dit is uw eigen account. Als u geen beheerder meer bent, kunt u medewerkers niet meer beheren.</source>
        <translation>Note: this is your own account. If you are no longer an administrator, you can no longer manage staff.</translation>
    </message>
</context>
<context>
    <name>FirmDetailsForm</name>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>naam@kantoor.nl</source>
        <translation>name@firm.nl</translation>
    </message>
    <message>
        <source>030 123 4567</source>
        <translation>030 123 4567</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo van het kantoor</source>
        <translation>Firm logo</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Naam kantoor</source>
        <translation>Firm &amp;name</translation>
    </message>
    <message>
        <source>&amp;Adres (straat en huisnummer)</source>
        <translation>&amp;Address (street and number)</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;Email address</translation>
    </message>
    <message>
        <source>&amp;Telefoonnummer</source>
        <translation>&amp;Telephone number</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo k&amp;iezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>Logo &amp;verwijderen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>PNG of JPEG, hoogstens 2 MB en 4000 × 4000 pixels. Het logo komt bovenaan elk document.</source>
        <translation>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels. The logo appears at the top of every document.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Welkom, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>U bent aangemeld met de herstelcode. U kunt alleen wachtwoorden van medewerkers opnieuw instellen (onder Medewerkers).</source>
        <translation>You are signed in with the recovery code. You can only reset staff members’ passwords (under Staff).</translation>
    </message>
    <message>
        <source>Gebruikersnaam: %1
Rol: %2</source>
        <translation>User name: %1
Role: %2</translation>
    </message>
    <message>
        <source>Map van de kluis: %1</source>
        <translation>Vault folder: %1</translation>
    </message>
    <message>
        <source>De kluis en de audittrail worden gecontroleerd…</source>
        <translation>Checking the vault and the audit trail…</translation>
    </message>
    <message>
        <source>Kluis controleren</source>
        <translation>Check vault</translation>
    </message>
    <message>
        <source>Map voor de back-up kiezen</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <source>De back-up wordt gemaakt en gecontroleerd…</source>
        <translation>Making and verifying the backup…</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd op %1 in:
%2</source>
        <translation>Backup made and verified on %1 in:
%2</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Uw account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Eigen &amp;wachtwoord wijzigen…</source>
        <translation>Change your own &amp;password…</translation>
    </message>
    <message>
        <source>De kluis</source>
        <translation>The vault</translation>
    </message>
    <message>
        <source>Kluis &amp;controleren</source>
        <translation>&amp;Check vault</translation>
    </message>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
</context>
<context>
    <name>LicenceTableModel</name>
    <message>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Aangemeld: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Herstelsessie</source>
        <translation>Recovery session</translation>
    </message>
    <message>
        <source>Vergrendelt over %1</source>
        <translation>Locks in %1</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Toch afsluiten en ze weggooien?</source>
        <translation>There are changes that have not been saved. Quit anyway and discard them?</translation>
    </message>
    <message>
        <source>Calqi Desktop</source>
        <translation>Calqi Desktop</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sluit de kluis af; meld u opnieuw aan om verder te gaan waar u was</source>
        <translation>Closes the vault; sign in again to continue where you left off</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help en sneltoetsen</source>
        <translation>&amp;Help and keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over Calqi Desktop en licenties</source>
        <translation>&amp;About Calqi Desktop and licences</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>Minimaal %1 tekens; een zin van een paar woorden werkt goed. Niet toegestaan: veelgebruikte wachtwoorden, herhalingen of reeksen, en de gebruikersnaam of de naam van het kantoor.</source>
        <translation>At least %1 characters; a sentence of a few words works well. Not allowed: common passwords, repetitions or sequences, and the user name or the name of the firm.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passwords do not match. Type them again.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Kies een tijdelijk wachtwoord voor %1 en geef het persoonlijk of telefonisch door, niet per e-mail. Bij de volgende aanmelding moet %2 zelf een nieuw wachtwoord kiezen; tot dan kan %2 niets anders doen in de kluis.</source>
        <translation>Choose a temporary password for %1 and pass it on in person or by telephone, not by email. At the next sign-in %2 must choose a new password; until then %2 cannot do anything else in the vault.</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geef dit wachtwoord door aan %1. Na het sluiten van dit venster is het nergens meer te zien.</source>
        <translation>Pass this password on to %1. Once this window is closed, it cannot be seen anywhere again.</translation>
    </message>
    <message>
        <source>Gekopieerd. Het klembord wordt over %1 seconden gewist.</source>
        <translation>Copied. The clipboard will be cleared in %1 seconds.</translation>
    </message>
    <message>
        <source>Wachtwoord opnieuw instellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;Tijdelijk wachtwoord</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;voorstellen</source>
        <translation>&amp;Suggest a password</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>C&amp;opy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u die weggooien?</source>
        <translation>You have changes that have not been saved. Do you want to discard them?</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Instellingen – Calqi Desktop</source>
        <translation>Settings – Calqi Desktop</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan de kantoorgegevens wijzigen.</source>
        <translation>Only an administrator can change the firm’s details.</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan deze instellingen wijzigen.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <source>Automatisch &amp;vergrendelen na</source>
        <translation>Lock &amp;automatically after</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Zo lang zonder gebruik, dan vergrendelt Calqi Desktop zich en is het wachtwoord weer nodig. Van 1 tot en met 120 minuten; geldt op elke werkplek.</source>
        <translation>After this long without use, Calqi Desktop locks itself and the password is needed again. From 1 to 120 minutes; applies on every workstation.</translation>
    </message>
    <message>
        <source>&amp;Klembord wissen na</source>
        <translation>Clear the &amp;clipboard after</translation>
    </message>
    <message>
        <source> sec.</source>
        <translation> sec</translation>
    </message>
    <message>
        <source>Gekopieerde bijzondere gegevens, zoals een BSN, verdwijnen na zo veel seconden van het klembord. Van 5 tot en met 300 seconden.</source>
        <translation>Copied special category data, such as a BSN, is removed from the clipboard after this many seconds. From 5 to 300 seconds.</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Een andere taal geldt na het opnieuw starten van Calqi Desktop. Deze keuze geldt alleen voor deze computer.</source>
        <translation>A change of language takes effect when Calqi Desktop is restarted. This choice applies to this computer only.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terug naar aanmelden met wachtwoord</source>
        <translation>&amp;Back to signing in with a password</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten? &amp;Herstelcode gebruiken</source>
        <translation>Forgotten your password? Use the recovery &amp;code</translation>
    </message>
    <message>
        <source>Vul de herstelcode van het herstelblad in.</source>
        <translation>Enter the recovery code from the recovery sheet.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>De kluis wordt geopend…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord of een verkeerde code. Wacht nog %1.</source>
        <translation>Too many wrong passwords or codes. Please wait %1.</translation>
    </message>
    <message>
        <source>Aanmelden – Calqi Desktop</source>
        <translation>Sign in – Calqi Desktop</translation>
    </message>
    <message>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Calqi Desktop is vergrendeld. Meld u opnieuw aan om verder te gaan waar u was.</source>
        <translation>Calqi Desktop is locked. Sign in again to continue where you left off.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Let op: Caps Lock staat aan.</source>
        <translation>Note: Caps Lock is on.</translation>
    </message>
    <message>
        <source>Met de herstelcode van het herstelblad opent u de kluis als beheerder om het wachtwoord van een medewerker opnieuw in te stellen. Verder kunt u in deze sessie niets doen.</source>
        <translation>With the recovery code from the recovery sheet you open the vault as an administrator to reset a staff member’s password. You cannot do anything else in this session.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Medewerker toevoegen</source>
        <extracomment>How many progress steps `services.staff.deactivate` reports. The running (or last) deactivation; tests wait for its `finished` signal.</extracomment>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>%1 is toegevoegd als %2 en kan zich nu aanmelden.</source>
        <translation>%1 has been added as %2 and can now sign in.</translation>
    </message>
    <message>
        <source>Het wachtwoord van %1 is opnieuw ingesteld. %1 kiest bij de volgende aanmelding een eigen wachtwoord.</source>
        <translation>The password of %1 has been reset. %1 will choose their own password at the next sign-in.</translation>
    </message>
    <message>
        <source>%1 is nu %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Uw eigen rol is nu %1.</source>
        <translation>Your own role is now %1.</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan medewerkers beheren.</source>
        <translation>Only an administrator can manage staff.</translation>
    </message>
    <message>
        <source>Medewerker deactiveren</source>
        <translation>Deactivate staff member</translation>
    </message>
    <message>
        <source>%1 wordt gedeactiveerd…</source>
        <translation>Deactivating %1…</translation>
    </message>
    <message>
        <source>%1 deactiveren?</source>
        <translation>Deactivate %1?</translation>
    </message>
    <message>
        <source>De hoofdsleutel van de kluis wordt vervangen en de kluis wordt opnieuw versleuteld. Daarna kan %1 de kluis niet meer openen, ook niet met het oude wachtwoord. Dit kan niet ongedaan worden gemaakt en kan even duren.

Eerdere back-ups blijven te openen met de sleutels van toen, ook die van %1: bewaar ze goed.</source>
        <translation>The vault’s master key will be replaced and the vault re-encrypted. After that, %1 can no longer open the vault, not even with the old password. This cannot be undone and may take a while.

Earlier backups can still be opened with the keys of that time, including those of %1: keep them safe.</translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 is gedeactiveerd. De kluis heeft een nieuwe sleutel; %1 kan de kluis niet meer openen.</source>
        <translation>%1 has been deactivated. The vault has a new key; %1 can no longer open the vault.</translation>
    </message>
    <message>
        <source>Medewerkers met toegang tot deze kluis. Elke medewerker heeft een eigen wachtwoord en een rol die bepaalt wat hij of zij mag zien en doen.</source>
        <translation>Staff members with access to this vault. Each staff member has their own password and a role that determines what they may see and do.</translation>
    </message>
    <message>
        <source>U bent aangemeld met de herstelcode. In deze herstelsessie kunt u alleen wachtwoorden van medewerkers opnieuw instellen.</source>
        <translation>You are signed in with the recovery code. In this recovery session you can only reset staff members’ passwords.</translation>
    </message>
    <message>
        <source>&amp;Gedeactiveerde medewerkers tonen</source>
        <translation>S&amp;how deactivated staff</translation>
    </message>
    <message>
        <source>Een nieuwe medewerker met een eigen wachtwoord toevoegen (Ctrl+N)</source>
        <translation>Add a new staff member with their own password (Ctrl+N)</translation>
    </message>
    <message>
        <source>Medewerker &amp;toevoegen…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Een tijdelijk wachtwoord instellen; de medewerker kiest bij de volgende aanmelding een eigen wachtwoord</source>
        <translation>Set a temporary password; the staff member chooses their own password at the next sign-in</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord opnieuw instellen…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Rol wijzigen…</source>
        <translation>&amp;Change role…</translation>
    </message>
    <message>
        <source>De medewerker de toegang tot de kluis ontnemen; de kluis krijgt een nieuwe sleutel</source>
        <translation>Take away the staff member’s access to the vault; the vault gets a new key</translation>
    </message>
    <message>
        <source>&amp;Deactiveren…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gedeactiveerd</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Moet wachtwoord wijzigen</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>In %1 staat geen kluis. Kies een andere map of maak een nieuwe kluis.</source>
        <translation>There is no vault in %1. Choose another folder or create a new vault.</translation>
    </message>
    <message>
        <source>Map van de kluis kiezen</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <source>In %1 staat geen Calqi-kluis (de bestanden vault.db en keyslots.json ontbreken). Kies de map van de kluis zelf, of maak een nieuwe kluis.</source>
        <translation>There is no Calqi vault in %1 (the files vault.db and keyslots.json are missing). Choose the vault’s own folder, or create a new vault.</translation>
    </message>
    <message>
        <source>Calqi Desktop</source>
        <translation>Calqi Desktop</translation>
    </message>
    <message>
        <source>Welkom bij Calqi Desktop</source>
        <translation>Welcome to Calqi Desktop</translation>
    </message>
    <message>
        <source>De klantdossiers staan in een versleutelde kluis: een map op de eigen schijf van deze werkplek. Open een bestaande kluis of maak een nieuwe.</source>
        <translation>Client files are kept in an encrypted vault: a folder on this workstation’s own disk. Open an existing vault or create a new one.</translation>
    </message>
    <message>
        <source>&amp;Eerder geopend op deze werkplek</source>
        <translation>&amp;Previously opened on this workstation</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Andere kluis &amp;zoeken…</source>
        <translation>Find &amp;another vault…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>VaultWizard</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Map voor de kluis kiezen</source>
        <translation>Choose a folder for the vault</translation>
    </message>
    <message>
        <source>Kies een map voor de kluis.</source>
        <translation>Choose a folder for the vault.</translation>
    </message>
    <message>
        <source>In deze map staat al een kluis. Kies een nieuwe, lege map.</source>
        <translation>There is already a vault in this folder. Choose a new, empty folder.</translation>
    </message>
    <message>
        <source>Deze map is niet leeg. Kies een nieuwe, lege map voor de kluis.</source>
        <translation>This folder is not empty. Choose a new, empty folder for the vault.</translation>
    </message>
    <message>
        <source>Deze map lijkt op een netwerkschijf te staan (%1). Een kluis mag daar niet staan: de database kan beschadigd raken als hij over het netwerk wordt gebruikt. Kies een map op de eigen schijf van deze computer.</source>
        <translation>This folder appears to be on a network drive (%1). A vault must not be kept there: the database can be damaged when it is used over the network. Choose a folder on this computer’s own disk.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passwords do not match. Type them again.</translation>
    </message>
    <message>
        <source>De sleutels worden gemaakt en de kluis wordt versleuteld…</source>
        <translation>Creating the keys and encrypting the vault…</translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Herstelblad opgeslagen in %1. Druk het af en bewaar het op een veilige plek.</source>
        <translation>Recovery sheet saved in %1. Print it and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Bewaar eerst het herstelblad en vink aan dat u dat gedaan hebt.</source>
        <translation>First save the recovery sheet and tick the box to confirm that you have done so.</translation>
    </message>
    <message>
        <source>Nieuwe kluis maken – Calqi Desktop</source>
        <translation>Create a new vault – Calqi Desktop</translation>
    </message>
    <message>
        <source>Waar komt de kluis?</source>
        <translation>Where should the vault go?</translation>
    </message>
    <message>
        <source>De kluis is een map op de eigen schijf van deze werkplek. Alles wat u in Calqi Desktop vastlegt, staat versleuteld in die map.</source>
        <translation>The vault is a folder on this workstation’s own disk. Everything you record in Calqi Desktop is stored encrypted in that folder.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Maak de kluis niet op een netwerkschijf of in een gedeelde map: de kluis kan daar beschadigd raken. Zet hem op de lokale schijf en maak regelmatig een back-up naar het netwerk.</source>
        <translation>Do not create the vault on a network drive or in a shared folder: it can be damaged there. Put it on the local disk and make regular backups to the network.</translation>
    </message>
    <message>
        <source>Gegevens van het kantoor</source>
        <translation>Firm details</translation>
    </message>
    <message>
        <source>Deze gegevens komen als briefhoofd op elk document dat Calqi Desktop maakt. U kunt ze later wijzigen onder Instellingen.</source>
        <translation>These details appear as the letterhead on every document that Calqi Desktop creates. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>De eerste beheerder</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>De beheerder voegt later de andere medewerkers toe. Kies een wachtwoord van minstens 12 tekens dat u nergens anders gebruikt; een zin van een paar woorden werkt goed.</source>
        <translation>The administrator adds the other staff members later. Choose a password of at least 12 characters that you do not use anywhere else; a sentence of a few words works well.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Met deze code opent een beheerder de kluis als alle wachtwoorden vergeten zijn. Hij wordt maar één keer getoond.</source>
        <translation>With this code an administrator can open the vault if all passwords have been forgotten. It is shown only once.</translation>
    </message>
    <message>
        <source>Herstelblad &amp;opslaan als PDF…</source>
        <translation>&amp;Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <source>Let op: wie zijn wachtwoord vergeet én de herstelcode kwijt is, krijgt de gegevens in de kluis nooit meer terug. Niemand kan de kluis dan nog openen, ook Calqi niet. Druk het herstelblad af en bewaar het op een veilige plek, los van deze computer.</source>
        <translation>Important: anyone who forgets their password and has also lost the recovery code will never get the data in the vault back. Nobody can open the vault then, not even Calqi. Print the recovery sheet and keep it in a safe place, away from this computer.</translation>
    </message>
    <message>
        <source>Ik heb het herstelblad &amp;bewaard op een veilige plek</source>
        <translation>I have &amp;kept the recovery sheet in a safe place</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, blijft bewaard.
De technische details staan in %1; geef die aan de beheerder.</source>
        <translation>Something unexpected went wrong. Everything that was already saved has been kept.
The technical details are in %1; please give them to your administrator.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Overal</source>
        <extracomment>Ctrl+1 … Ctrl+9: the first nine sections of the sidebar, in order.</extracomment>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Help: sneltoetsen, over het programma, licenties</source>
        <translation>Help: keyboard shortcuts, about the program, licences</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Naar het eerste tot en met het negende onderdeel in de zijbalk</source>
        <translation>Go to the first to ninth section in the sidebar</translation>
    </message>
    <message>
        <source>Naar het zoek- of filterveld</source>
        <translation>Go to the search or filter field</translation>
    </message>
    <message>
        <source>Pagina’s met een lijst</source>
        <translation>Pages with a list</translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Pagina Medewerkers</source>
        <translation>Staff page</translation>
    </message>
</context>
</TS>
