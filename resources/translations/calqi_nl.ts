<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Versie %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Licentie: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <source>%1 wordt gebruikt onder de %2. Het staat als losse bestanden in de programmamap en mag door een eigen, gewijzigde versie worden vervangen. De broncode is te vinden via %3.</source>
        <translation>%1 wordt gebruikt onder de %2. Het staat als losse bestanden in de programmamap en mag door een eigen, gewijzigde versie worden vervangen. De broncode is te vinden via %3.</translation>
    </message>
    <message>
        <source>Help – Calqi Desktop</source>
        <translation>Help – Calqi Desktop</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Met deze toetsen werkt u sneller. Menu-opdrachten tonen hun sneltoets ook in het menu.</source>
        <translation>Met deze toetsen werkt u sneller. Menu-opdrachten tonen hun sneltoets ook in het menu.</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Calqi Desktop bewaart de klantdossiers van het kantoor in een versleutelde kluis op deze computer en ondersteunt het privacywerk eromheen: toestemmingen, machtigingen, AVG-verzoeken, het register van datalekken en de documenten die daarbij horen.</source>
        <translation>Calqi Desktop bewaart de klantdossiers van het kantoor in een versleutelde kluis op deze computer en ondersteunt het privacywerk eromheen: toestemmingen, machtigingen, AVG-verzoeken, het register van datalekken en de documenten die daarbij horen.</translation>
    </message>
    <message>
        <source>Een programma van Calqi B.V., administratie- en belastingadvieskantoor.</source>
        <translation>Een programma van Calqi B.V., administratie- en belastingadvieskantoor.</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Licenties</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Calqi Desktop is gebouwd met deze opensourcesoftware. Kies een regel om de licentie te lezen.</source>
        <translation>Calqi Desktop is gebouwd met deze opensourcesoftware. Kies een regel om de licentie te lezen.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>bijv. jdeboer</source>
        <translation>bijv. jdeboer</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>bijv. Jan de Boer</source>
        <translation>bijv. Jan de Boer</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Herhaal wachtwoord</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Iedereen</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Uitslag van de controle van de audittrail</source>
        <translation>Uitslag van de controle van de audittrail</translation>
    </message>
    <message>
        <source>Audittrail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>1 gebeurtenis</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <source>%1 gebeurtenissen</source>
        <translation>%1 gebeurtenissen</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – gedeactiveerd</source>
        <translation>%1 – gedeactiveerd</translation>
    </message>
    <message>
        <source>Herstelcode of onbekende gebruiker</source>
        <translation>Herstelcode of onbekende gebruiker</translation>
    </message>
    <message>
        <source>Alle gebeurtenissen van de audittrail worden nagerekend…</source>
        <translation>Alle gebeurtenissen van de audittrail worden nagerekend…</translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <source>Audittrail exporteren</source>
        <translation>Audittrail exporteren</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 van %2 gebeurtenissen verwerkt…</source>
        <translation>%1 van %2 gebeurtenissen verwerkt…</translation>
    </message>
    <message>
        <source>Audittrail geëxporteerd</source>
        <translation>Audittrail geëxporteerd</translation>
    </message>
    <message>
        <source>%1 geëxporteerd naar:
%2</source>
        <translation>%1 geëxporteerd naar:
%2</translation>
    </message>
    <message>
        <source>Alles wat in deze kluis is gebeurd: wanneer, door wie, welke handeling en voor welke cliënt. De audittrail bevat geen persoonsgegevens, alleen nummers en veldnamen, en kan niet worden gewijzigd.</source>
        <translation>Alles wat in deze kluis is gebeurd: wanneer, door wie, welke handeling en voor welke cliënt. De audittrail bevat geen persoonsgegevens, alleen nummers en veldnamen, en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>Eerste dag van de periode (dd-mm-jjjj)</source>
        <translation>Eerste dag van de periode (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Laatste dag van de periode, die dag meegerekend (dd-mm-jjjj)</source>
        <translation>Laatste dag van de periode, die dag meegerekend (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>&amp;Medewerker</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>&amp;Actie</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;Cliëntnummer</source>
        <translation>&amp;Cliëntnummer</translation>
    </message>
    <message>
        <source>Alleen gebeurtenissen van deze cliënt (alleen cijfers); leeg: alle cliënten</source>
        <translation>Alleen gebeurtenissen van deze cliënt (alleen cijfers); leeg: alle cliënten</translation>
    </message>
    <message>
        <source>alle cliënten</source>
        <translation>alle cliënten</translation>
    </message>
    <message>
        <source>De lijst tonen met deze filters</source>
        <translation>De lijst tonen met deze filters</translation>
    </message>
    <message>
        <source>&amp;Filteren</source>
        <translation>&amp;Filteren</translation>
    </message>
    <message>
        <source>Terug naar de laatste 30 dagen, iedereen, alle acties en alle cliënten</source>
        <translation>Terug naar de laatste 30 dagen, iedereen, alle acties en alle cliënten</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Nagaan dat geen enkele gebeurtenis is gewijzigd of verwijderd (de hele audittrail, niet alleen het filter)</source>
        <translation>Nagaan dat geen enkele gebeurtenis is gewijzigd of verwijderd (de hele audittrail, niet alleen het filter)</translation>
    </message>
    <message>
        <source>&amp;Keten controleren</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>De gebeurtenissen in de lijst opslaan als CSV-bestand voor Excel; het exporteren wordt vastgelegd</source>
        <translation>De gebeurtenissen in de lijst opslaan als CSV-bestand voor Excel; het exporteren wordt vastgelegd</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijdstip</source>
        <extracomment>fetch(offset, limit) -&gt; at most `limit` entries from `offset` on, newest first.</extracomment>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>medewerker: %1</source>
        <translation>medewerker: %1</translation>
    </message>
    <message>
        <source>op verzoek van: %1</source>
        <translation>op verzoek van: %1</translation>
    </message>
    <message>
        <source>Gebeurtenis %1, %2 UTC</source>
        <translation>Gebeurtenis %1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bezig met annuleren…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Kies een eigen wachtwoord</source>
        <translation>Kies een eigen wachtwoord</translation>
    </message>
    <message>
        <source>Uw wachtwoord is door de beheerder ingesteld. Kies nu een eigen wachtwoord dat alleen u kent; daarna kunt u verder werken.
Wilt u dat nu niet, kies dan Afmelden.</source>
        <translation>Uw wachtwoord is door de beheerder ingesteld. Kies nu een eigen wachtwoord dat alleen u kent; daarna kunt u verder werken.
Wilt u dat nu niet, kies dan Afmelden.</translation>
    </message>
    <message>
        <source>&amp;Tijdelijk wachtwoord</source>
        <translation>&amp;Tijdelijk wachtwoord</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Kies een nieuw wachtwoord. Vanaf nu meldt u zich daarmee aan; het oude wachtwoord werkt dan niet meer.</source>
        <translation>Kies een nieuw wachtwoord. Vanaf nu meldt u zich daarmee aan; het oude wachtwoord werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Vul uw huidige wachtwoord in.</source>
        <translation>Vul uw huidige wachtwoord in.</translation>
    </message>
    <message>
        <source>Uw huidige wachtwoord klopt niet. Let op hoofdletters en Caps Lock.</source>
        <translation>Uw huidige wachtwoord klopt niet. Let op hoofdletters en Caps Lock.</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Herhaal nieuw wachtwoord</source>
        <translation>&amp;Herhaal nieuw wachtwoord</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>%1 is nu %2. Kies de nieuwe rol.</source>
        <translation>%1 is nu %2. Kies de nieuwe rol.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>&amp;Nieuwe rol</source>
        <translation>&amp;Nieuwe rol</translation>
    </message>
    <message>
        <source>Let op: dit is uw eigen account. Als u geen beheerder meer bent, kunt u medewerkers niet meer beheren.</source>
        <translation>Let op: dit is uw eigen account. Als u geen beheerder meer bent, kunt u medewerkers niet meer beheren.</translation>
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
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>naam@kantoor.nl</source>
        <translation>naam@kantoor.nl</translation>
    </message>
    <message>
        <source>030 123 4567</source>
        <translation>030 123 4567</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo van het kantoor</source>
        <translation>Logo van het kantoor</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>&amp;Naam kantoor</source>
        <translation>&amp;Naam kantoor</translation>
    </message>
    <message>
        <source>&amp;Adres (straat en huisnummer)</source>
        <translation>&amp;Adres (straat en huisnummer)</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>&amp;Telefoonnummer</source>
        <translation>&amp;Telefoonnummer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo k&amp;iezen…</source>
        <translation>Logo k&amp;iezen…</translation>
    </message>
    <message>
        <source>Logo &amp;verwijderen</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>PNG of JPEG, hoogstens 2 MB en 4000 × 4000 pixels. Het logo komt bovenaan elk document.</source>
        <translation>PNG of JPEG, hoogstens 2 MB en 4000 × 4000 pixels. Het logo komt bovenaan elk document.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Welkom, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <source>U bent aangemeld met de herstelcode. U kunt alleen wachtwoorden van medewerkers opnieuw instellen (onder Medewerkers).</source>
        <translation>U bent aangemeld met de herstelcode. U kunt alleen wachtwoorden van medewerkers opnieuw instellen (onder Medewerkers).</translation>
    </message>
    <message>
        <source>Gebruikersnaam: %1
Rol: %2</source>
        <translation>Gebruikersnaam: %1
Rol: %2</translation>
    </message>
    <message>
        <source>Map van de kluis: %1</source>
        <translation>Map van de kluis: %1</translation>
    </message>
    <message>
        <source>De kluis en de audittrail worden gecontroleerd…</source>
        <translation>De kluis en de audittrail worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Kluis controleren</source>
        <translation>Kluis controleren</translation>
    </message>
    <message>
        <source>Map voor de back-up kiezen</source>
        <translation>Map voor de back-up kiezen</translation>
    </message>
    <message>
        <source>De back-up wordt gemaakt en gecontroleerd…</source>
        <translation>De back-up wordt gemaakt en gecontroleerd…</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd op %1 in:
%2</source>
        <translation>Back-up gemaakt en gecontroleerd op %1 in:
%2</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Uw account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Eigen &amp;wachtwoord wijzigen…</source>
        <translation>Eigen &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>De kluis</source>
        <translation>De kluis</translation>
    </message>
    <message>
        <source>Kluis &amp;controleren</source>
        <translation>Kluis &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
</context>
<context>
    <name>LicenceTableModel</name>
    <message>
        <source>Onderdeel</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Aangemeld: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
    </message>
    <message>
        <source>Herstelsessie</source>
        <translation>Herstelsessie</translation>
    </message>
    <message>
        <source>Vergrendelt over %1</source>
        <translation>Vergrendelt over %1</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Toch afsluiten en ze weggooien?</source>
        <translation>Er zijn wijzigingen die nog niet zijn opgeslagen. Toch afsluiten en ze weggooien?</translation>
    </message>
    <message>
        <source>Calqi Desktop</source>
        <translation>Calqi Desktop</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Sluit de kluis af; meld u opnieuw aan om verder te gaan waar u was</source>
        <translation>Sluit de kluis af; meld u opnieuw aan om verder te gaan waar u was</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help en sneltoetsen</source>
        <translation>&amp;Help en sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Over Calqi Desktop en licenties</source>
        <translation>&amp;Over Calqi Desktop en licenties</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>Minimaal %1 tekens; een zin van een paar woorden werkt goed. Niet toegestaan: veelgebruikte wachtwoorden, herhalingen of reeksen, en de gebruikersnaam of de naam van het kantoor.</source>
        <translation>Minimaal %1 tekens; een zin van een paar woorden werkt goed. Niet toegestaan: veelgebruikte wachtwoorden, herhalingen of reeksen, en de gebruikersnaam of de naam van het kantoor.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Kies een tijdelijk wachtwoord voor %1 en geef het persoonlijk of telefonisch door, niet per e-mail. Bij de volgende aanmelding moet %2 zelf een nieuw wachtwoord kiezen; tot dan kan %2 niets anders doen in de kluis.</source>
        <translation>Kies een tijdelijk wachtwoord voor %1 en geef het persoonlijk of telefonisch door, niet per e-mail. Bij de volgende aanmelding moet %2 zelf een nieuw wachtwoord kiezen; tot dan kan %2 niets anders doen in de kluis.</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Geef dit wachtwoord door aan %1. Na het sluiten van dit venster is het nergens meer te zien.</source>
        <translation>Geef dit wachtwoord door aan %1. Na het sluiten van dit venster is het nergens meer te zien.</translation>
    </message>
    <message>
        <source>Gekopieerd. Het klembord wordt over %1 seconden gewist.</source>
        <translation>Gekopieerd. Het klembord wordt over %1 seconden gewist.</translation>
    </message>
    <message>
        <source>Wachtwoord opnieuw instellen</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>&amp;Tijdelijk wachtwoord</source>
        <translation>&amp;Tijdelijk wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;voorstellen</source>
        <translation>Wachtwoord &amp;voorstellen</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
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
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u die weggooien?</source>
        <translation>U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u die weggooien?</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Verder bewerken</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Instellingen – Calqi Desktop</source>
        <translation>Instellingen – Calqi Desktop</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan de kantoorgegevens wijzigen.</source>
        <translation>Alleen een beheerder kan de kantoorgegevens wijzigen.</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan deze instellingen wijzigen.</source>
        <translation>Alleen een beheerder kan deze instellingen wijzigen.</translation>
    </message>
    <message>
        <source>Automatisch &amp;vergrendelen na</source>
        <translation>Automatisch &amp;vergrendelen na</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Zo lang zonder gebruik, dan vergrendelt Calqi Desktop zich en is het wachtwoord weer nodig. Van 1 tot en met 120 minuten; geldt op elke werkplek.</source>
        <translation>Zo lang zonder gebruik, dan vergrendelt Calqi Desktop zich en is het wachtwoord weer nodig. Van 1 tot en met 120 minuten; geldt op elke werkplek.</translation>
    </message>
    <message>
        <source>&amp;Klembord wissen na</source>
        <translation>&amp;Klembord wissen na</translation>
    </message>
    <message>
        <source> sec.</source>
        <translation> sec.</translation>
    </message>
    <message>
        <source>Gekopieerde bijzondere gegevens, zoals een BSN, verdwijnen na zo veel seconden van het klembord. Van 5 tot en met 300 seconden.</source>
        <translation>Gekopieerde bijzondere gegevens, zoals een BSN, verdwijnen na zo veel seconden van het klembord. Van 5 tot en met 300 seconden.</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Een andere taal geldt na het opnieuw starten van Calqi Desktop. Deze keuze geldt alleen voor deze computer.</source>
        <translation>Een andere taal geldt na het opnieuw starten van Calqi Desktop. Deze keuze geldt alleen voor deze computer.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Toetsen</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Kluis: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Terug naar aanmelden met wachtwoord</source>
        <translation>&amp;Terug naar aanmelden met wachtwoord</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten? &amp;Herstelcode gebruiken</source>
        <translation>Wachtwoord vergeten? &amp;Herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Vul de herstelcode van het herstelblad in.</source>
        <translation>Vul de herstelcode van het herstelblad in.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>De kluis wordt geopend…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord of een verkeerde code. Wacht nog %1.</source>
        <translation>Te vaak een verkeerd wachtwoord of een verkeerde code. Wacht nog %1.</translation>
    </message>
    <message>
        <source>Aanmelden – Calqi Desktop</source>
        <translation>Aanmelden – Calqi Desktop</translation>
    </message>
    <message>
        <source>Kluis</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Calqi Desktop is vergrendeld. Meld u opnieuw aan om verder te gaan waar u was.</source>
        <translation>Calqi Desktop is vergrendeld. Meld u opnieuw aan om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Let op: Caps Lock staat aan.</source>
        <translation>Let op: Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>Met de herstelcode van het herstelblad opent u de kluis als beheerder om het wachtwoord van een medewerker opnieuw in te stellen. Verder kunt u in deze sessie niets doen.</source>
        <translation>Met de herstelcode van het herstelblad opent u de kluis als beheerder om het wachtwoord van een medewerker opnieuw in te stellen. Verder kunt u in deze sessie niets doen.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Herstelcode</translation>
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
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>%1 is toegevoegd als %2 en kan zich nu aanmelden.</source>
        <translation>%1 is toegevoegd als %2 en kan zich nu aanmelden.</translation>
    </message>
    <message>
        <source>Het wachtwoord van %1 is opnieuw ingesteld. %1 kiest bij de volgende aanmelding een eigen wachtwoord.</source>
        <translation>Het wachtwoord van %1 is opnieuw ingesteld. %1 kiest bij de volgende aanmelding een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>%1 is nu %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>Uw eigen rol is nu %1.</source>
        <translation>Uw eigen rol is nu %1.</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan medewerkers beheren.</source>
        <translation>Alleen een beheerder kan medewerkers beheren.</translation>
    </message>
    <message>
        <source>Medewerker deactiveren</source>
        <translation>Medewerker deactiveren</translation>
    </message>
    <message>
        <source>%1 wordt gedeactiveerd…</source>
        <translation>%1 wordt gedeactiveerd…</translation>
    </message>
    <message>
        <source>%1 deactiveren?</source>
        <translation>%1 deactiveren?</translation>
    </message>
    <message>
        <source>De hoofdsleutel van de kluis wordt vervangen en de kluis wordt opnieuw versleuteld. Daarna kan %1 de kluis niet meer openen, ook niet met het oude wachtwoord. Dit kan niet ongedaan worden gemaakt en kan even duren.

Eerdere back-ups blijven te openen met de sleutels van toen, ook die van %1: bewaar ze goed.</source>
        <translation>De hoofdsleutel van de kluis wordt vervangen en de kluis wordt opnieuw versleuteld. Daarna kan %1 de kluis niet meer openen, ook niet met het oude wachtwoord. Dit kan niet ongedaan worden gemaakt en kan even duren.

Eerdere back-ups blijven te openen met de sleutels van toen, ook die van %1: bewaar ze goed.</translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 is gedeactiveerd. De kluis heeft een nieuwe sleutel; %1 kan de kluis niet meer openen.</source>
        <translation>%1 is gedeactiveerd. De kluis heeft een nieuwe sleutel; %1 kan de kluis niet meer openen.</translation>
    </message>
    <message>
        <source>Medewerkers met toegang tot deze kluis. Elke medewerker heeft een eigen wachtwoord en een rol die bepaalt wat hij of zij mag zien en doen.</source>
        <translation>Medewerkers met toegang tot deze kluis. Elke medewerker heeft een eigen wachtwoord en een rol die bepaalt wat hij of zij mag zien en doen.</translation>
    </message>
    <message>
        <source>U bent aangemeld met de herstelcode. In deze herstelsessie kunt u alleen wachtwoorden van medewerkers opnieuw instellen.</source>
        <translation>U bent aangemeld met de herstelcode. In deze herstelsessie kunt u alleen wachtwoorden van medewerkers opnieuw instellen.</translation>
    </message>
    <message>
        <source>&amp;Gedeactiveerde medewerkers tonen</source>
        <translation>&amp;Gedeactiveerde medewerkers tonen</translation>
    </message>
    <message>
        <source>Een nieuwe medewerker met een eigen wachtwoord toevoegen (Ctrl+N)</source>
        <translation>Een nieuwe medewerker met een eigen wachtwoord toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Medewerker &amp;toevoegen…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Een tijdelijk wachtwoord instellen; de medewerker kiest bij de volgende aanmelding een eigen wachtwoord</source>
        <translation>Een tijdelijk wachtwoord instellen; de medewerker kiest bij de volgende aanmelding een eigen wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord opnieuw instellen…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>&amp;Rol wijzigen…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>De medewerker de toegang tot de kluis ontnemen; de kluis krijgt een nieuwe sleutel</source>
        <translation>De medewerker de toegang tot de kluis ontnemen; de kluis krijgt een nieuwe sleutel</translation>
    </message>
    <message>
        <source>&amp;Deactiveren…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gedeactiveerd</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Moet wachtwoord wijzigen</source>
        <translation>Moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>In %1 staat geen kluis. Kies een andere map of maak een nieuwe kluis.</source>
        <translation>In %1 staat geen kluis. Kies een andere map of maak een nieuwe kluis.</translation>
    </message>
    <message>
        <source>Map van de kluis kiezen</source>
        <translation>Map van de kluis kiezen</translation>
    </message>
    <message>
        <source>In %1 staat geen Calqi-kluis (de bestanden vault.db en keyslots.json ontbreken). Kies de map van de kluis zelf, of maak een nieuwe kluis.</source>
        <translation>In %1 staat geen Calqi-kluis (de bestanden vault.db en keyslots.json ontbreken). Kies de map van de kluis zelf, of maak een nieuwe kluis.</translation>
    </message>
    <message>
        <source>Calqi Desktop</source>
        <translation>Calqi Desktop</translation>
    </message>
    <message>
        <source>Welkom bij Calqi Desktop</source>
        <translation>Welkom bij Calqi Desktop</translation>
    </message>
    <message>
        <source>De klantdossiers staan in een versleutelde kluis: een map op de eigen schijf van deze werkplek. Open een bestaande kluis of maak een nieuwe.</source>
        <translation>De klantdossiers staan in een versleutelde kluis: een map op de eigen schijf van deze werkplek. Open een bestaande kluis of maak een nieuwe.</translation>
    </message>
    <message>
        <source>&amp;Eerder geopend op deze werkplek</source>
        <translation>&amp;Eerder geopend op deze werkplek</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Andere kluis &amp;zoeken…</source>
        <translation>Andere kluis &amp;zoeken…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>&amp;Nieuwe kluis maken…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>VaultWizard</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Map voor de kluis kiezen</source>
        <translation>Map voor de kluis kiezen</translation>
    </message>
    <message>
        <source>Kies een map voor de kluis.</source>
        <translation>Kies een map voor de kluis.</translation>
    </message>
    <message>
        <source>In deze map staat al een kluis. Kies een nieuwe, lege map.</source>
        <translation>In deze map staat al een kluis. Kies een nieuwe, lege map.</translation>
    </message>
    <message>
        <source>Deze map is niet leeg. Kies een nieuwe, lege map voor de kluis.</source>
        <translation>Deze map is niet leeg. Kies een nieuwe, lege map voor de kluis.</translation>
    </message>
    <message>
        <source>Deze map lijkt op een netwerkschijf te staan (%1). Een kluis mag daar niet staan: de database kan beschadigd raken als hij over het netwerk wordt gebruikt. Kies een map op de eigen schijf van deze computer.</source>
        <translation>Deze map lijkt op een netwerkschijf te staan (%1). Een kluis mag daar niet staan: de database kan beschadigd raken als hij over het netwerk wordt gebruikt. Kies een map op de eigen schijf van deze computer.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>De sleutels worden gemaakt en de kluis wordt versleuteld…</source>
        <translation>De sleutels worden gemaakt en de kluis wordt versleuteld…</translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt…</source>
        <translation>De kluis wordt gemaakt…</translation>
    </message>
    <message>
        <source>Kluis maken</source>
        <translation>Kluis maken</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Herstelblad opgeslagen in %1. Druk het af en bewaar het op een veilige plek.</source>
        <translation>Herstelblad opgeslagen in %1. Druk het af en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <source>Bewaar eerst het herstelblad en vink aan dat u dat gedaan hebt.</source>
        <translation>Bewaar eerst het herstelblad en vink aan dat u dat gedaan hebt.</translation>
    </message>
    <message>
        <source>Nieuwe kluis maken – Calqi Desktop</source>
        <translation>Nieuwe kluis maken – Calqi Desktop</translation>
    </message>
    <message>
        <source>Waar komt de kluis?</source>
        <translation>Waar komt de kluis?</translation>
    </message>
    <message>
        <source>De kluis is een map op de eigen schijf van deze werkplek. Alles wat u in Calqi Desktop vastlegt, staat versleuteld in die map.</source>
        <translation>De kluis is een map op de eigen schijf van deze werkplek. Alles wat u in Calqi Desktop vastlegt, staat versleuteld in die map.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Maak de kluis niet op een netwerkschijf of in een gedeelde map: de kluis kan daar beschadigd raken. Zet hem op de lokale schijf en maak regelmatig een back-up naar het netwerk.</source>
        <translation>Maak de kluis niet op een netwerkschijf of in een gedeelde map: de kluis kan daar beschadigd raken. Zet hem op de lokale schijf en maak regelmatig een back-up naar het netwerk.</translation>
    </message>
    <message>
        <source>Gegevens van het kantoor</source>
        <translation>Gegevens van het kantoor</translation>
    </message>
    <message>
        <source>Deze gegevens komen als briefhoofd op elk document dat Calqi Desktop maakt. U kunt ze later wijzigen onder Instellingen.</source>
        <translation>Deze gegevens komen als briefhoofd op elk document dat Calqi Desktop maakt. U kunt ze later wijzigen onder Instellingen.</translation>
    </message>
    <message>
        <source>De eerste beheerder</source>
        <translation>De eerste beheerder</translation>
    </message>
    <message>
        <source>De beheerder voegt later de andere medewerkers toe. Kies een wachtwoord van minstens 12 tekens dat u nergens anders gebruikt; een zin van een paar woorden werkt goed.</source>
        <translation>De beheerder voegt later de andere medewerkers toe. Kies een wachtwoord van minstens 12 tekens dat u nergens anders gebruikt; een zin van een paar woorden werkt goed.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>Uw herstelcode</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>Met deze code opent een beheerder de kluis als alle wachtwoorden vergeten zijn. Hij wordt maar één keer getoond.</source>
        <translation>Met deze code opent een beheerder de kluis als alle wachtwoorden vergeten zijn. Hij wordt maar één keer getoond.</translation>
    </message>
    <message>
        <source>Herstelblad &amp;opslaan als PDF…</source>
        <translation>Herstelblad &amp;opslaan als PDF…</translation>
    </message>
    <message>
        <source>Let op: wie zijn wachtwoord vergeet én de herstelcode kwijt is, krijgt de gegevens in de kluis nooit meer terug. Niemand kan de kluis dan nog openen, ook Calqi niet. Druk het herstelblad af en bewaar het op een veilige plek, los van deze computer.</source>
        <translation>Let op: wie zijn wachtwoord vergeet én de herstelcode kwijt is, krijgt de gegevens in de kluis nooit meer terug. Niemand kan de kluis dan nog openen, ook Calqi niet. Druk het herstelblad af en bewaar het op een veilige plek, los van deze computer.</translation>
    </message>
    <message>
        <source>Ik heb het herstelblad &amp;bewaard op een veilige plek</source>
        <translation>Ik heb het herstelblad &amp;bewaard op een veilige plek</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, blijft bewaard.
De technische details staan in %1; geef die aan de beheerder.</source>
        <translation>Er ging iets onverwachts mis. Wat al was opgeslagen, blijft bewaard.
De technische details staan in %1; geef die aan de beheerder.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Overal</source>
        <extracomment>Ctrl+1 … Ctrl+9: the first nine sections of the sidebar, in order.</extracomment>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Help: sneltoetsen, over het programma, licenties</source>
        <translation>Help: sneltoetsen, over het programma, licenties</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Naar het eerste tot en met het negende onderdeel in de zijbalk</source>
        <translation>Naar het eerste tot en met het negende onderdeel in de zijbalk</translation>
    </message>
    <message>
        <source>Naar het zoek- of filterveld</source>
        <translation>Naar het zoek- of filterveld</translation>
    </message>
    <message>
        <source>Pagina’s met een lijst</source>
        <translation>Pagina’s met een lijst</translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <source>Pagina Medewerkers</source>
        <translation>Pagina Medewerkers</translation>
    </message>
</context>
</TS>
