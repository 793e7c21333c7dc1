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
    <name>AddDocumentDialog</name>
    <message>
        <source>Bestand: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Grijze soorten zijn bijzondere gegevens: die kunnen pas worden toegevoegd als de grondslag ervoor is vastgelegd (op dit tabblad), en alleen door wie bijzondere gegevens mag zien.</source>
        <translation>Grijze soorten zijn bijzondere gegevens: die kunnen pas worden toegevoegd als de grondslag ervoor is vastgelegd (op dit tabblad), en alleen door wie bijzondere gegevens mag zien.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>&amp;Soort document</source>
        <translation>&amp;Soort document</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>bijv. paspoort, geldig tot 2031</source>
        <translation>bijv. paspoort, geldig tot 2031</translation>
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
    <name>AddressRow</name>
    <message>
        <source>Straat</source>
        <extracomment>key → (widget, its message label)</extracomment>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Adres verwijderen</source>
        <translation>Adres verwijderen</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Soort adres</source>
        <translation>Soort adres</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode en plaats</source>
        <translation>Postcode en plaats</translation>
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
    <name>BankAccountDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bankrekening</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>De rekening wordt opgeslagen met het dossier en daarna afgeschermd getoond.</source>
        <translation>De rekening wordt opgeslagen met het dossier en daarna afgeschermd getoond.</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>NL00 BANK 0123 4567 89</source>
        <translation>NL00 BANK 0123 4567 89</translation>
    </message>
    <message>
        <source>&amp;Tenaamstelling</source>
        <translation>&amp;Tenaamstelling</translation>
    </message>
    <message>
        <source>bijv. J. de Vries</source>
        <translation>bijv. J. de Vries</translation>
    </message>
</context>
<context>
    <name>BankAccountsTab</name>
    <message>
        <source>Bankrekeningen worden afgeschermd getoond. Met Tonen ziet u één rekening; dat wordt in de audittrail vastgelegd. Alleen een getoonde rekening kunt u wijzigen.</source>
        <translation>Bankrekeningen worden afgeschermd getoond. Met Tonen ziet u één rekening; dat wordt in de audittrail vastgelegd. Alleen een getoonde rekening kunt u wijzigen.</translation>
    </message>
    <message>
        <source>Er zijn geen bankrekeningen vastgelegd.</source>
        <translation>Er zijn geen bankrekeningen vastgelegd.</translation>
    </message>
    <message>
        <source>Rekening &amp;toevoegen…</source>
        <translation>Rekening &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Rekening %1</source>
        <translation>Rekening %1</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <source>Grondslag vastleggen: %1</source>
        <translation>Grondslag vastleggen: %1</translation>
    </message>
    <message>
        <source>Op welke grondslag bewaart het kantoor %1 van deze klant? Zonder grondslag wordt niets hiervan opgeslagen. De grondslag komt met uw naam en de datum in het dossier.</source>
        <translation>Op welke grondslag bewaart het kantoor %1 van deze klant? Zonder grondslag wordt niets hiervan opgeslagen. De grondslag komt met uw naam en de datum in het dossier.</translation>
    </message>
    <message>
        <source>Voor het BSN geldt alleen de wettelijke plicht (fiscale dienstverlening): toestemming of een overeenkomst maakt gebruik van het BSN niet rechtmatig.</source>
        <translation>Voor het BSN geldt alleen de wettelijke plicht (fiscale dienstverlening): toestemming of een overeenkomst maakt gebruik van het BSN niet rechtmatig.</translation>
    </message>
    <message>
        <source>Kies toestemming alleen als de klant die echt heeft gegeven; de klant kan haar altijd weer intrekken.</source>
        <translation>Kies toestemming alleen als de klant die echt heeft gegeven; de klant kan haar altijd weer intrekken.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Grondslag vastleggen</source>
        <translation>Grondslag vastleggen</translation>
    </message>
    <message>
        <source>&amp;Grondslag</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>bijv. opdrachtbevestiging van 12-01-2026</source>
        <translation>bijv. opdrachtbevestiging van 12-01-2026</translation>
    </message>
</context>
<context>
    <name>BasisLine</name>
    <message>
        <source>Grondslag vastleggen…</source>
        <translation>Grondslag vastleggen…</translation>
    </message>
    <message>
        <source>Grondslag: %1 — wordt vastgelegd bij het opslaan van het dossier.</source>
        <translation>Grondslag: %1 — wordt vastgelegd bij het opslaan van het dossier.</translation>
    </message>
    <message>
        <source>Grondslag: %1 — vastgelegd door %2 op %3</source>
        <translation>Grondslag: %1 — vastgelegd door %2 op %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Geen grondslag vastgelegd. Zonder grondslag kan hier niets worden ingevuld of opgeslagen (AVG: alleen met wettelijke plicht, overeenkomst of toestemming).</source>
        <translation>Geen grondslag vastgelegd. Zonder grondslag kan hier niets worden ingevuld of opgeslagen (AVG: alleen met wettelijke plicht, overeenkomst of toestemming).</translation>
    </message>
    <message>
        <source>Grondslag wijzigen…</source>
        <translation>Grondslag wijzigen…</translation>
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
    <name>ChangeReasonDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bij ‘Anders’ is een toelichting nodig: schrijf kort waarom het dossier wordt gewijzigd.</source>
        <translation>Bij ‘Anders’ is een toelichting nodig: schrijf kort waarom het dossier wordt gewijzigd.</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Waarom wordt dit dossier gewijzigd? De reden komt met de wijziging in de historie van het dossier.</source>
        <translation>Waarom wordt dit dossier gewijzigd? De reden komt met de wijziging in de historie van het dossier.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>bijv. nieuw adres doorgegeven per e-mail</source>
        <translation>bijv. nieuw adres doorgegeven per e-mail</translation>
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
    <name>ChildDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Het kind wordt opgeslagen met het dossier en daarna afgeschermd getoond.</source>
        <translation>Het kind wordt opgeslagen met het dossier en daarna afgeschermd getoond.</translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation>&amp;Voornamen</translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>Gegevens van kinderen worden afgeschermd getoond. Met Tonen ziet u één kind; dat wordt in de audittrail vastgelegd. Alleen een getoond kind kunt u wijzigen.</source>
        <translation>Gegevens van kinderen worden afgeschermd getoond. Met Tonen ziet u één kind; dat wordt in de audittrail vastgelegd. Alleen een getoond kind kunt u wijzigen.</translation>
    </message>
    <message>
        <source>Er zijn geen kinderen vastgelegd.</source>
        <translation>Er zijn geen kinderen vastgelegd.</translation>
    </message>
    <message>
        <source>Kind &amp;toevoegen…</source>
        <translation>Kind &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation>Kind %1</translation>
    </message>
    <message>
        <source>%1, geboren %2</source>
        <translation>%1, geboren %2</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Omschrijving, bijv. privé of werk</source>
        <translation>Omschrijving, bijv. privé of werk</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>Adressen</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Adres &amp;toevoegen</source>
        <translation>Adres &amp;toevoegen</translation>
    </message>
    <message>
        <source>E-mailadressen</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <source>&amp;E-mailadres toevoegen</source>
        <translation>&amp;E-mailadres toevoegen</translation>
    </message>
    <message>
        <source>Telefoonnummers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Tele&amp;foonnummer toevoegen</source>
        <translation>Tele&amp;foonnummer toevoegen</translation>
    </message>
    <message>
        <source>Adres %1</source>
        <translation>Adres %1</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>Fields only a person has, and only an organisation has; the rest are shared.</extracomment>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>NL123456789B01</source>
        <translation>NL123456789B01</translation>
    </message>
    <message>
        <source>bijv. J.A.</source>
        <translation>bijv. J.A.</translation>
    </message>
    <message>
        <source>bijv. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>leeg laten voor het volgende nummer: %1</source>
        <translation>leeg laten voor het volgende nummer: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Toegevoegd door</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Toegevoegd op</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Uitzoomen</source>
        <extracomment>A zoomed picture is drawn at most this many pixels (a 60-megapixel scan at 800 % would need gigabytes).</extracomment>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Passend in breedte</source>
        <translation>Passend in breedte</translation>
    </message>
    <message>
        <source>Geen document gekozen.</source>
        <translation>Geen document gekozen.</translation>
    </message>
    <message>
        <source>Dit soort bestand kan niet in het programma worden getoond.</source>
        <translation>Dit soort bestand kan niet in het programma worden getoond.</translation>
    </message>
    <message>
        <source>Dit PDF-bestand is beveiligd met een wachtwoord en kan daarom niet in het programma worden getoond.</source>
        <translation>Dit PDF-bestand is beveiligd met een wachtwoord en kan daarom niet in het programma worden getoond.</translation>
    </message>
    <message>
        <source>Dit PDF-bestand kan niet worden getoond: het is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</source>
        <translation>Dit PDF-bestand kan niet worden getoond: het is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>Deze afbeelding kan niet worden getoond: het bestand is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</source>
        <translation>Deze afbeelding kan niet worden getoond: het bestand is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Document bekijken</source>
        <translation>Document bekijken</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Dit document bevat bijzondere persoonsgegevens; uw rol mag het niet openen.</source>
        <translation>Dit document bevat bijzondere persoonsgegevens; uw rol mag het niet openen.</translation>
    </message>
    <message>
        <source>Het gekozen document in het programma tonen</source>
        <translation>Het gekozen document in het programma tonen</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Het document ‘%1’ is toegevoegd.</source>
        <translation>Het document ‘%1’ is toegevoegd.</translation>
    </message>
    <message>
        <source>Document opslaan als</source>
        <translation>Document opslaan als</translation>
    </message>
    <message>
        <source>Het document is opgeslagen als %1.</source>
        <translation>Het document is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Document verwijderen</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <source>Het document ‘%1’ wordt definitief uit de kluis verwijderd; dat kan niet ongedaan worden gemaakt. Waarom wordt het verwijderd? De reden komt in de historie van het dossier.</source>
        <translation>Het document ‘%1’ wordt definitief uit de kluis verwijderd; dat kan niet ongedaan worden gemaakt. Waarom wordt het verwijderd? De reden komt in de historie van het dossier.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Het document ‘%1’ is verwijderd.</source>
        <translation>Het document ‘%1’ is verwijderd.</translation>
    </message>
</context>
<context>
    <name>DossierDocumentsTab</name>
    <message>
        <source>Documenten worden versleuteld in de kluis bewaard en in het programma getoond; er komt niets van op schijf, tenzij u het zelf opslaat. Een kopie van een identiteitsbewijs en financiële stukken zijn bijzondere gegevens: die kunnen alleen worden toegevoegd met een vastgelegde grondslag.</source>
        <translation>Documenten worden versleuteld in de kluis bewaard en in het programma getoond; er komt niets van op schijf, tenzij u het zelf opslaat. Een kopie van een identiteitsbewijs en financiële stukken zijn bijzondere gegevens: die kunnen alleen worden toegevoegd met een vastgelegde grondslag.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er documenten aan toevoegen.</source>
        <translation>Sla het dossier eerst op; daarna kunt u er documenten aan toevoegen.</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand aan het dossier toevoegen</source>
        <translation>Een PDF-, PNG- of JPEG-bestand aan het dossier toevoegen</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Het gekozen document in het programma tonen</source>
        <translation>Het gekozen document in het programma tonen</translation>
    </message>
    <message>
        <source>Bek&amp;ijken</source>
        <translation>Bek&amp;ijken</translation>
    </message>
    <message>
        <source>Een kopie van het gekozen document op schijf opslaan; dat wordt in de audittrail vastgelegd</source>
        <translation>Een kopie van het gekozen document op schijf opslaan; dat wordt in de audittrail vastgelegd</translation>
    </message>
    <message>
        <source>Op&amp;slaan als…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Het gekozen document definitief uit de kluis verwijderen</source>
        <translation>Het gekozen document definitief uit de kluis verwijderen</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.</source>
        <translation>Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18): dit dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt zolang de beperking geldt.</source>
        <translation>Verwerking beperkt (AVG art. 18): dit dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt zolang de beperking geldt.</translation>
    </message>
    <message>
        <source>Reden: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>U kunt dit dossier inzien. Uw rol mag het niet wijzigen.</source>
        <translation>U kunt dit dossier inzien. Uw rol mag het niet wijzigen.</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Het dossier is niet opgeslagen: 1 veld moet nog worden verbeterd (rood gemarkeerd).</source>
        <translation>Het dossier is niet opgeslagen: 1 veld moet nog worden verbeterd (rood gemarkeerd).</translation>
    </message>
    <message>
        <source>Het dossier is niet opgeslagen: %1 velden moeten nog worden verbeterd (rood gemarkeerd).</source>
        <translation>Het dossier is niet opgeslagen: %1 velden moeten nog worden verbeterd (rood gemarkeerd).</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: er is geen reden gekozen.</source>
        <translation>Niet opgeslagen: er is geen reden gekozen.</translation>
    </message>
    <message>
        <source>Het dossier is opgeslagen.</source>
        <translation>Het dossier is opgeslagen.</translation>
    </message>
    <message>
        <source>De grondslag is vastgelegd.</source>
        <translation>De grondslag is vastgelegd.</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>U hebt dit dossier gewijzigd. Sla de wijzigingen op voordat het venster sluit, of gooi ze weg.</source>
        <translation>U hebt dit dossier gewijzigd. Sla de wijzigingen op voordat het venster sluit, of gooi ze weg.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Klantnummer</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Organisatienaam</source>
        <translation>Organisatienaam</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Btw-id</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Adressen en contact</source>
        <translation>&amp;Adressen en contact</translation>
    </message>
    <message>
        <source>&amp;Bijzondere gegevens</source>
        <translation>&amp;Bijzondere gegevens</translation>
    </message>
    <message>
        <source>&amp;Kinderen</source>
        <translation>&amp;Kinderen</translation>
    </message>
    <message>
        <source>Ba&amp;nkrekeningen</source>
        <translation>Ba&amp;nkrekeningen</translation>
    </message>
    <message>
        <source>&amp;Documenten</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>&amp;Historie</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>Elke wijziging van het dossier, met wie, wanneer en waarom. Van bijzondere gegevens staat alleen dat ze zijn gewijzigd, niet de waarde.</source>
        <translation>Elke wijziging van het dossier, met wie, wanneer en waarom. Van bijzondere gegevens staat alleen dat ze zijn gewijzigd, niet de waarde.</translation>
    </message>
    <message>
        <source>De wijzigingen opslaan (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Het venster sluiten (Esc of Ctrl+W); bij niet-opgeslagen wijzigingen wordt eerst gevraagd wat ermee moet</source>
        <translation>Het venster sluiten (Esc of Ctrl+W); bij niet-opgeslagen wijzigingen wordt eerst gevraagd wat ermee moet</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DossierHistoryModel</name>
    <message>
        <source>Datum en tijd</source>
        <extracomment>Fields whose values the history never holds.</extracomment>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>(gewijzigd)</source>
        <translation>(gewijzigd)</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Klik om op deze kolom te sorteren</source>
        <extracomment>fetch(query, offset, limit) -&gt; one page of the list. The columns the vault can sort by; the others are not sortable.</extracomment>
        <translation>Klik om op deze kolom te sorteren</translation>
    </message>
    <message>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>Op deze kolom kan niet worden gesorteerd</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18): inzien mag, wijzigen niet.</source>
        <translation>Verwerking beperkt (AVG art. 18): inzien mag, wijzigen niet.</translation>
    </message>
    <message>
        <source>Klantnummer</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beperkt</source>
        <translation>Beperkt</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1+ dossiers</source>
        <translation>%1+ dossiers</translation>
    </message>
    <message>
        <source>Geen dossiers gevonden</source>
        <translation>Geen dossiers gevonden</translation>
    </message>
    <message>
        <source>Geen dossiers</source>
        <translation>Geen dossiers</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Zoek op naam, klantnummer, postcode, plaats, e-mail of KvK (BSN alleen volledig)</source>
        <translation>Zoek op naam, klantnummer, postcode, plaats, e-mail of KvK (BSN alleen volledig)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Een nieuw dossier aanmaken (Ctrl+N)</source>
        <translation>Een nieuw dossier aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen (Enter)</source>
        <translation>Het gekozen dossier openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Klanten inlezen uit een CSV- of Excel-bestand (Ctrl+I)</source>
        <translation>Klanten inlezen uit een CSV- of Excel-bestand (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Importeren…</translation>
    </message>
</context>
<context>
    <name>DossierSpecialTab</name>
    <message>
        <source>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</source>
        <translation>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</translation>
    </message>
    <message>
        <source>Bijzondere persoonsgegevens worden afgeschermd getoond. Met Tonen ziet u één gegeven; dat wordt in de audittrail vastgelegd. Een getoond gegeven kunt u wijzigen of kopiëren.</source>
        <translation>Bijzondere persoonsgegevens worden afgeschermd getoond. Met Tonen ziet u één gegeven; dat wordt in de audittrail vastgelegd. Een getoond gegeven kunt u wijzigen of kopiëren.</translation>
    </message>
    <message>
        <source>Burgerservicenummer (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>Dit gegeven tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>Dit gegeven tonen; dat wordt in de audittrail vastgelegd</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Naar het klembord kopiëren; het klembord wordt na korte tijd vanzelf gewist</source>
        <translation>Naar het klembord kopiëren; het klembord wordt na korte tijd vanzelf gewist</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Geboorte</source>
        <translation>Geboorte</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Geboorteplaats</source>
        <translation>Geboorteplaats</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mailadres</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>— kies een grondslag —</source>
        <translation>— kies een grondslag —</translation>
    </message>
    <message>
        <source>Klantenlijst kiezen</source>
        <translation>Klantenlijst kiezen</translation>
    </message>
    <message>
        <source>Klantenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Klantenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>Klantenlijst lezen</source>
        <translation>Klantenlijst lezen</translation>
    </message>
    <message>
        <source>— niet importeren —</source>
        <translation>— niet importeren —</translation>
    </message>
    <message>
        <source>De rijen worden gecontroleerd…</source>
        <translation>De rijen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Voorbeeld maken</source>
        <translation>Voorbeeld maken</translation>
    </message>
    <message>
        <source>De klanten worden opgeslagen…</source>
        <translation>De klanten worden opgeslagen…</translation>
    </message>
    <message>
        <source>Klanten importeren</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>%1 De nieuwe dossiers staan in de klantenlijst.</source>
        <translation>%1 De nieuwe dossiers staan in de klantenlijst.</translation>
    </message>
    <message>
        <source>Klanten importeren – Calqi Desktop</source>
        <translation>Klanten importeren – Calqi Desktop</translation>
    </message>
    <message>
        <source>Welk bestand?</source>
        <translation>Welk bestand?</translation>
    </message>
    <message>
        <source>Kies een klantenlijst als CSV-bestand of Excel-werkmap (.xlsx). De eerste rij bevat de kolomnamen; elke volgende rij is één klant.</source>
        <translation>Kies een klantenlijst als CSV-bestand of Excel-werkmap (.xlsx). De eerste rij bevat de kolomnamen; elke volgende rij is één klant.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Het bestand wordt alleen gelezen, niet gewijzigd. Er wordt niets opgeslagen voordat u de voorbeeldweergave hebt gezien en op Importeren hebt gedrukt.</source>
        <translation>Het bestand wordt alleen gelezen, niet gewijzigd. Er wordt niets opgeslagen voordat u de voorbeeldweergave hebt gezien en op Importeren hebt gedrukt.</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Welke kolom is wat?</translation>
    </message>
    <message>
        <source>Kies bij elke kolom het dossierveld waarin die wordt gelezen. De herkende kolommen zijn al ingevuld; kolommen op ‘niet importeren’ worden overgeslagen.</source>
        <translation>Kies bij elke kolom het dossierveld waarin die wordt gelezen. De herkende kolommen zijn al ingevuld; kolommen op ‘niet importeren’ worden overgeslagen.</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Dossierveld</source>
        <translation>Dossierveld</translation>
    </message>
    <message>
        <source>Grondslag voor bijzondere persoonsgegevens</source>
        <translation>Grondslag voor bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>Bijzondere gegevens worden alleen opgeslagen met een vastgelegde grondslag. Die geldt voor elke klant in dit bestand. Voor het BSN is dat altijd de wettelijke plicht.</source>
        <translation>Bijzondere gegevens worden alleen opgeslagen met een vastgelegde grondslag. Die geldt voor elke klant in dit bestand. Voor het BSN is dat altijd de wettelijke plicht.</translation>
    </message>
    <message>
        <source>B&amp;SN</source>
        <translation>B&amp;SN</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum en -plaats</source>
        <translation>&amp;Geboortedatum en -plaats</translation>
    </message>
    <message>
        <source>Ban&amp;krekeningen</source>
        <translation>Ban&amp;krekeningen</translation>
    </message>
    <message>
        <source>T&amp;oelichting</source>
        <translation>T&amp;oelichting</translation>
    </message>
    <message>
        <source>bijvoorbeeld: opdrachtbevestiging 2026</source>
        <translation>bijvoorbeeld: opdrachtbevestiging 2026</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Zo wordt elke rij gelezen. Er is nog niets opgeslagen.</source>
        <translation>Zo wordt elke rij gelezen. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Alleen rijen met &amp;problemen tonen</source>
        <translation>Alleen rijen met &amp;problemen tonen</translation>
    </message>
    <message>
        <source>&amp;Alleen de goede rijen importeren</source>
        <translation>&amp;Alleen de goede rijen importeren</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Rij</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
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
    <name>MaskedRowsTab</name>
    <message>
        <source>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</source>
        <translation>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</translation>
    </message>
    <message>
        <source>(nieuw, nog niet opgeslagen)</source>
        <translation>(nieuw, nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>(gewijzigd, nog niet opgeslagen)</source>
        <translation>(gewijzigd, nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Deze regel tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>Deze regel tonen; dat wordt in de audittrail vastgelegd</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Eerst tonen, dan wijzigen</source>
        <translation>Eerst tonen, dan wijzigen</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
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
    <name>PhoneRow</name>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telefoonnummer</translation>
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
        <source>&amp;Documenten hoogstens</source>
        <translation>&amp;Documenten hoogstens</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Grootste bestand dat als document in een dossier kan worden opgeslagen (PDF, PNG of JPEG). Van 1 tot en met 100 MB.</source>
        <translation>Grootste bestand dat als document in een dossier kan worden opgeslagen (PDF, PNG of JPEG). Van 1 tot en met 100 MB.</translation>
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
    <name>SpecialTab</name>
    <message>
        <source>Tonen: %1</source>
        <translation>Tonen: %1</translation>
    </message>
    <message>
        <source>Kopiëren: %1</source>
        <translation>Kopiëren: %1</translation>
    </message>
    <message>
        <source>%1 gekopieerd. Het klembord wordt over %2 seconden gewist.</source>
        <translation>%1 gekopieerd. Het klembord wordt over %2 seconden gewist.</translation>
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
        <source>Pagina Dossiers</source>
        <translation>Pagina Dossiers</translation>
    </message>
    <message>
        <source>Dossiervenster</source>
        <translation>Dossiervenster</translation>
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
    <message>
        <source>Nieuw dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen</source>
        <translation>Het gekozen dossier openen</translation>
    </message>
    <message>
        <source>Klanten importeren</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation>Dossier opslaan</translation>
    </message>
    <message>
        <source>Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)</source>
        <translation>Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)</translation>
    </message>
</context>
</TS>
