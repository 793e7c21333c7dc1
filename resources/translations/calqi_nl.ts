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
    <name>ActivationDialog</name>
    <message>
        <source>Activeren</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Activeringscode invoeren</source>
        <translation>Activeringscode invoeren</translation>
    </message>
    <message>
        <source>De klant heeft van de Belastingdienst een brief met een activeringscode gekregen. Vul de code in en de dag waarop de machtiging is geactiveerd; vanaf die dag is de VIA-machtiging geldig. De code wordt afgeschermd bewaard.</source>
        <translation>De klant heeft van de Belastingdienst een brief met een activeringscode gekregen. Vul de code in en de dag waarop de machtiging is geactiveerd; vanaf die dag is de VIA-machtiging geldig. De code wordt afgeschermd bewaard.</translation>
    </message>
    <message>
        <source>Acti&amp;veringscode</source>
        <translation>Acti&amp;veringscode</translation>
    </message>
    <message>
        <source>uit de brief van de Belastingdienst</source>
        <translation>uit de brief van de Belastingdienst</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Geact&amp;iveerd op</source>
        <translation>Geact&amp;iveerd op</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
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
    <name>AuthorisationDialog</name>
    <message>
        <source>Machtiging wijzigen</source>
        <extracomment>The recipients an authorisation can name; another third party needs consent instead (R5).</extracomment>
        <translation>Machtiging wijzigen</translation>
    </message>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Machtiging vastleggen</translation>
    </message>
    <message>
        <source>Een machtiging geldt voor de Belastingdienst, een bank of een andere overheidsinstantie. Voor een andere derde legt u toestemming vast onder Toestemmingen.</source>
        <translation>Een machtiging geldt voor de Belastingdienst, een bank of een andere overheidsinstantie. Voor een andere derde legt u toestemming vast onder Toestemmingen.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
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
        <source>vastgelegd; leeg laten = ongewijzigd</source>
        <translation>vastgelegd; leeg laten = ongewijzigd</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Belastingja&amp;ar</source>
        <translation>Belastingja&amp;ar</translation>
    </message>
    <message>
        <source>Belastingja&amp;ren</source>
        <translation>Belastingja&amp;ren</translation>
    </message>
    <message>
        <source>leeg: tot intrekking</source>
        <translation>leeg: tot intrekking</translation>
    </message>
    <message>
        <source>VIA: voor één belastingjaar van de inkomstenbelasting. De klant krijgt van de Belastingdienst een brief met een activeringscode; pas na activering is de machtiging geldig.</source>
        <translation>VIA: voor één belastingjaar van de inkomstenbelasting. De klant krijgt van de Belastingdienst een brief met een activeringscode; pas na activering is de machtiging geldig.</translation>
    </message>
    <message>
        <source>SBA: de firma ontvangt de serviceberichten over aanslagen; dit dekt geen verstrekking.</source>
        <translation>SBA: de firma ontvangt de serviceberichten over aanslagen; dit dekt geen verstrekking.</translation>
    </message>
    <message>
        <source>SBT: de firma ontvangt de serviceberichten over toeslagen; dit dekt geen verstrekking.</source>
        <translation>SBT: de firma ontvangt de serviceberichten over toeslagen; dit dekt geen verstrekking.</translation>
    </message>
    <message>
        <source>Doorlopend: de aangiften van één belastingmiddel, vanaf het eerste jaar tot de machtiging wordt ingetrokken of afloopt.</source>
        <translation>Doorlopend: de aangiften van één belastingmiddel, vanaf het eerste jaar tot de machtiging wordt ingetrokken of afloopt.</translation>
    </message>
    <message>
        <source>Door de klant getekend: voor de genoemde ontvanger, stukken en jaren. Koppel het getekende formulier als document.</source>
        <translation>Door de klant getekend: voor de genoemde ontvanger, stukken en jaren. Koppel het getekende formulier als document.</translation>
    </message>
    <message>
        <source>Getekende machtiging toevoegen</source>
        <translation>Getekende machtiging toevoegen</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Getekende machtiging</source>
        <translation>Getekende machtiging</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Kies de soort machtiging; velden die er niet bij horen, staan uit.</source>
        <translation>Kies de soort machtiging; velden die er niet bij horen, staan uit.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>&amp;Naam ontvanger</source>
        <translation>&amp;Naam ontvanger</translation>
    </message>
    <message>
        <source>bijv. ING Bank N.V. of Gemeente Hoorn</source>
        <translation>bijv. ING Bank N.V. of Gemeente Hoorn</translation>
    </message>
    <message>
        <source>&amp;Belastingmiddel</source>
        <translation>&amp;Belastingmiddel</translation>
    </message>
    <message>
        <source>Stukken</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <source>Belasting&amp;aangifte</source>
        <translation>Belasting&amp;aangifte</translation>
    </message>
    <message>
        <source>&amp;Jaarrekening</source>
        <translation>&amp;Jaarrekening</translation>
    </message>
    <message>
        <source>&amp;Financiële rapportage</source>
        <translation>&amp;Financiële rapportage</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>jjjj</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Aangevraagd o&amp;p</source>
        <translation>Aangevraagd o&amp;p</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Geldig vanaf</source>
        <translation>&amp;Geldig vanaf</translation>
    </message>
    <message>
        <source>Geldig &amp;tot en met</source>
        <translation>Geldig &amp;tot en met</translation>
    </message>
    <message>
        <source>Acti&amp;veringscode</source>
        <translation>Acti&amp;veringscode</translation>
    </message>
    <message>
        <source>uit de brief van de Belastingdienst</source>
        <translation>uit de brief van de Belastingdienst</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Geact&amp;iveerd op</source>
        <translation>Geact&amp;iveerd op</translation>
    </message>
    <message>
        <source>Getekend stu&amp;k</source>
        <translation>Getekend stu&amp;k</translation>
    </message>
    <message>
        <source>&amp;Document toevoegen…</source>
        <translation>&amp;Document toevoegen…</translation>
    </message>
    <message>
        <source>Het getekende formulier (PDF, PNG of JPEG) aan het dossier toevoegen en hier koppelen</source>
        <translation>Het getekende formulier (PDF, PNG of JPEG) aan het dossier toevoegen en hier koppelen</translation>
    </message>
    <message>
        <source>Notiti&amp;e</source>
        <translation>Notiti&amp;e</translation>
    </message>
</context>
<context>
    <name>AuthorisationTableModel</name>
    <message>
        <source>Soort</source>
        <extracomment>How a stored activation code shows until it is revealed.</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Dekt</source>
        <translation>Dekt</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activeringscode</source>
        <translation>Activeringscode</translation>
    </message>
    <message>
        <source>Getekend stuk</source>
        <translation>Getekend stuk</translation>
    </message>
    <message>
        <source>vanaf %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Reden van intrekking: %1</source>
        <translation>Reden van intrekking: %1</translation>
    </message>
    <message>
        <source>Afgeschermd; ‘Code tonen’ toont de code (wordt vastgelegd in de audittrail)</source>
        <translation>Afgeschermd; ‘Code tonen’ toont de code (wordt vastgelegd in de audittrail)</translation>
    </message>
</context>
<context>
    <name>AuthorisationsTab</name>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Machtiging vastleggen</translation>
    </message>
    <message>
        <source>Machtigingsformulier</source>
        <translation>Machtigingsformulier</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd; de machtigingen kunnen niet meer worden gewijzigd.</source>
        <translation>Dit dossier is geanonimiseerd; de machtigingen kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt (AVG art. 18): zolang dat geldt, worden geen machtigingen vastgelegd, gewijzigd of afgedrukt.</source>
        <translation>De verwerking is beperkt (AVG art. 18): zolang dat geldt, worden geen machtigingen vastgelegd, gewijzigd of afgedrukt.</translation>
    </message>
    <message>
        <source>U kunt de machtigingen inzien. Uw rol mag ze niet vastleggen of wijzigen.</source>
        <translation>U kunt de machtigingen inzien. Uw rol mag ze niet vastleggen of wijzigen.</translation>
    </message>
    <message>
        <source>De machtiging ‘%1’ is gewijzigd.</source>
        <translation>De machtiging ‘%1’ is gewijzigd.</translation>
    </message>
    <message>
        <source>De machtiging ‘%1’ is vastgelegd.</source>
        <translation>De machtiging ‘%1’ is vastgelegd.</translation>
    </message>
    <message>
        <source>De VIA-machtiging is geactiveerd.</source>
        <translation>De VIA-machtiging is geactiveerd.</translation>
    </message>
    <message>
        <source>De machtiging is ingetrokken.</source>
        <translation>De machtiging is ingetrokken.</translation>
    </message>
    <message>
        <source>Activeringscode gekopieerd. Het klembord wordt over %1 seconden gewist.</source>
        <translation>Activeringscode gekopieerd. Het klembord wordt over %1 seconden gewist.</translation>
    </message>
    <message>
        <source>Machtigingsformulier %1 %2.pdf</source>
        <translation>Machtigingsformulier %1 %2.pdf</translation>
    </message>
    <message>
        <source>Machtigingsformulier opslaan</source>
        <translation>Machtigingsformulier opslaan</translation>
    </message>
    <message>
        <source>Het machtigingsformulier is opgeslagen als %1.</source>
        <translation>Het machtigingsformulier is opgeslagen als %1.</translation>
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
    <name>ClientsToInformModel</name>
    <message>
        <source>Klantnummer</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Geïnformeerd op</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming vastleggen — %1</source>
        <translation>Toestemming vastleggen — %1</translation>
    </message>
    <message>
        <source>Leg vast dat %1 toestemming heeft gegeven. De gebeurtenis komt met uw naam in de geschiedenis van de toestemming en kan niet meer worden gewijzigd; intrekken kan altijd.</source>
        <translation>Leg vast dat %1 toestemming heeft gegeven. De gebeurtenis komt met uw naam in de geschiedenis van de toestemming en kan niet meer worden gewijzigd; intrekken kan altijd.</translation>
    </message>
    <message>
        <source>De geboortedatum van de klant staat niet in de kluis. Vink dit aan als u hebt nagegaan dat de klant 16 jaar of ouder is; is de klant jonger, leg dan de ouder of voogd vast.</source>
        <translation>De geboortedatum van de klant staat niet in de kluis. Vink dit aan als u hebt nagegaan dat de klant 16 jaar of ouder is; is de klant jonger, leg dan de ouder of voogd vast.</translation>
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
        <source>&amp;Ontvanger (verplicht voor dit doel)</source>
        <translation>&amp;Ontvanger (verplicht voor dit doel)</translation>
    </message>
    <message>
        <source>&amp;Ontvanger (niet nodig)</source>
        <translation>&amp;Ontvanger (niet nodig)</translation>
    </message>
    <message>
        <source>Voor dit doel geldt toestemming per ontvanger: vul de derde in die de gegevens krijgt.</source>
        <translation>Voor dit doel geldt toestemming per ontvanger: vul de derde in die de gegevens krijgt.</translation>
    </message>
    <message>
        <source>Hiervoor is uitdrukkelijke toestemming nodig (schriftelijk of per e-mail).</source>
        <translation>Hiervoor is uitdrukkelijke toestemming nodig (schriftelijk of per e-mail).</translation>
    </message>
    <message>
        <source>Zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet verlenen.</source>
        <translation>Zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet verlenen.</translation>
    </message>
    <message>
        <source>niet in de kluis — naam hieronder invullen</source>
        <translation>niet in de kluis — naam hieronder invullen</translation>
    </message>
    <message>
        <source>Gevonden in de kluis: %1. Kies de ouder of voogd.</source>
        <translation>Gevonden in de kluis: %1. Kies de ouder of voogd.</translation>
    </message>
    <message>
        <source>Schrijf het moment als dd-mm-jjjj uu:mm, bijvoorbeeld 24-11-2026 14:05.</source>
        <translation>Schrijf het moment als dd-mm-jjjj uu:mm, bijvoorbeeld 24-11-2026 14:05.</translation>
    </message>
    <message>
        <source>Kies het doel waarvoor de klant toestemming geeft.</source>
        <translation>Kies het doel waarvoor de klant toestemming geeft.</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>bijv. Hypotheekbank B.V.</source>
        <translation>bijv. Hypotheekbank B.V.</translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation>&amp;Gegeven op</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming gaf, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</source>
        <translation>Wanneer de klant de toestemming gaf, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <source>&amp;Manier</source>
        <translation>&amp;Manier</translation>
    </message>
    <message>
        <source>&amp;Privacyverklaring</source>
        <translation>&amp;Privacyverklaring</translation>
    </message>
    <message>
        <source>De versie van de privacyverklaring die de klant heeft gezien</source>
        <translation>De versie van de privacyverklaring die de klant heeft gezien</translation>
    </message>
    <message>
        <source>&amp;Bewijsstuk</source>
        <translation>&amp;Bewijsstuk</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</source>
        <translation>Een PDF-, PNG- of JPEG-bestand als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</translation>
    </message>
    <message>
        <source>Bestand &amp;toevoegen…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>Toe&amp;lichting</translation>
    </message>
    <message>
        <source>Ik heb ge&amp;controleerd dat de klant 16 jaar of ouder is</source>
        <translation>Ik heb ge&amp;controleerd dat de klant 16 jaar of ouder is</translation>
    </message>
    <message>
        <source>Gegeven door o&amp;uder of wettelijk vertegenwoordiger</source>
        <translation>Gegeven door o&amp;uder of wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Voor een klant jonger dan 16 jaar geeft een ouder of wettelijk vertegenwoordiger de toestemming. Kies die persoon in de kluis, of vul naam en relatie in.</source>
        <translation>Voor een klant jonger dan 16 jaar geeft een ouder of wettelijk vertegenwoordiger de toestemming. Kies die persoon in de kluis, of vul naam en relatie in.</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relatie</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de kluis</source>
        <translation>&amp;Zoeken in de kluis</translation>
    </message>
    <message>
        <source>naam, klantnummer, postcode of plaats</source>
        <translation>naam, klantnummer, postcode of plaats</translation>
    </message>
    <message>
        <source>P&amp;ersoon</source>
        <translation>P&amp;ersoon</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>naam van de ouder of voogd, als die niet in de kluis staat</source>
        <translation>naam van de ouder of voogd, als die niet in de kluis staat</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Manier</source>
        <translation>Manier</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Ouder/voogd</source>
        <translation>Ouder/voogd</translation>
    </message>
    <message>
        <source>Bewijsstuk</source>
        <translation>Bewijsstuk</translation>
    </message>
    <message>
        <source>Beslissingen</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming gaf of introk</source>
        <translation>Wanneer de klant de toestemming gaf of introk</translation>
    </message>
    <message>
        <source>Bij intrekken: wat er met de bijzondere gegevens op deze grondslag is gebeurd</source>
        <translation>Bij intrekken: wat er met de bijzondere gegevens op deze grondslag is gebeurd</translation>
    </message>
    <message>
        <source>Vastgelegd op %1</source>
        <translation>Vastgelegd op %1</translation>
    </message>
</context>
<context>
    <name>ConsentPurposeModel</name>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Engelse naam</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <source>Per ontvanger</source>
        <translation>Per ontvanger</translation>
    </message>
    <message>
        <source>Uitdrukkelijk</source>
        <translation>Uitdrukkelijk</translation>
    </message>
    <message>
        <source>Kan dienst beëindigen</source>
        <translation>Kan dienst beëindigen</translation>
    </message>
    <message>
        <source>Bijzondere gegevens</source>
        <translation>Bijzondere gegevens</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Uit de verklaring</source>
        <translation>Uit de verklaring</translation>
    </message>
    <message>
        <source>Toestemming geldt per genoemde ontvanger</source>
        <translation>Toestemming geldt per genoemde ontvanger</translation>
    </message>
    <message>
        <source>De verklaring vraagt uitdrukkelijke toestemming</source>
        <translation>De verklaring vraagt uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <source>Intrekken kan betekenen dat de dienstverlening stopt</source>
        <translation>Intrekken kan betekenen dat de dienstverlening stopt</translation>
    </message>
    <message>
        <source>Kan de grondslag zijn van bijzondere persoonsgegevens</source>
        <translation>Kan de grondslag zijn van bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>Doelen uit de privacyverklaring kunnen niet worden gewijzigd</source>
        <translation>Doelen uit de privacyverklaring kunnen niet worden gewijzigd</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ConsentPurposesDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Kies eerst een toegevoegd doel in de lijst.</source>
        <translation>Kies eerst een toegevoegd doel in de lijst.</translation>
    </message>
    <message>
        <source>Dit doel staat in de privacyverklaring en kan daarom niet worden gewijzigd of uitgezet. Voeg zo nodig een nieuw doel toe.</source>
        <translation>Dit doel staat in de privacyverklaring en kan daarom niet worden gewijzigd of uitgezet. Voeg zo nodig een nieuw doel toe.</translation>
    </message>
    <message>
        <source>Naam, omschrijving en kenmerken van dit doel wijzigen</source>
        <translation>Naam, omschrijving en kenmerken van dit doel wijzigen</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Doelen van toestemming</source>
        <translation>Doelen van toestemming</translation>
    </message>
    <message>
        <source>De doelen waarvoor het kantoor toestemming kan vragen. De doelen uit de privacyverklaring staan vast; de beheerder kan doelen toevoegen. Een toegevoegd doel wordt nooit verwijderd, alleen uitgezet, zodat eerdere toestemmingen hun doel houden.</source>
        <translation>De doelen waarvoor het kantoor toestemming kan vragen. De doelen uit de privacyverklaring staan vast; de beheerder kan doelen toevoegen. Een toegevoegd doel wordt nooit verwijderd, alleen uitgezet, zodat eerdere toestemmingen hun doel houden.</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen…</source>
        <translation>Doel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Doel &amp;wijzigen…</source>
        <translation>Doel &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Alleen de beheerder kan doelen toevoegen of wijzigen.</source>
        <translation>Alleen de beheerder kan doelen toevoegen of wijzigen.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>bijv. Klanttevredenheidsonderzoek</source>
        <translation>bijv. Klanttevredenheidsonderzoek</translation>
    </message>
    <message>
        <source>&amp;Engelse naam</source>
        <translation>&amp;Engelse naam</translation>
    </message>
    <message>
        <source>voor de Engelse weergave; mag leeg blijven</source>
        <translation>voor de Engelse weergave; mag leeg blijven</translation>
    </message>
    <message>
        <source>Omsch&amp;rijving</source>
        <translation>Omsch&amp;rijving</translation>
    </message>
    <message>
        <source>waarvoor de gegevens worden gebruikt, zoals de klant het te lezen krijgt</source>
        <translation>waarvoor de gegevens worden gebruikt, zoals de klant het te lezen krijgt</translation>
    </message>
    <message>
        <source>Toestemming &amp;per genoemde ontvanger (gegevens doorgeven aan een derde)</source>
        <translation>Toestemming &amp;per genoemde ontvanger (gegevens doorgeven aan een derde)</translation>
    </message>
    <message>
        <source>&amp;Uitdrukkelijke toestemming nodig</source>
        <translation>&amp;Uitdrukkelijke toestemming nodig</translation>
    </message>
    <message>
        <source>Intrekken kan betekenen dat de &amp;dienstverlening stopt</source>
        <translation>Intrekken kan betekenen dat de &amp;dienstverlening stopt</translation>
    </message>
    <message>
        <source>&amp;Actief: nieuwe toestemming kan voor dit doel worden vastgelegd</source>
        <translation>&amp;Actief: nieuwe toestemming kan voor dit doel worden vastgelegd</translation>
    </message>
    <message>
        <source>Doel &amp;opslaan</source>
        <translation>Doel &amp;opslaan</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>Annu&amp;leren</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Ontvangstbewijs…</source>
        <translation>Ontvangstbewijs…</translation>
    </message>
    <message>
        <source>Uw rol mag toestemming inzien, maar niet vastleggen of intrekken.</source>
        <translation>Uw rol mag toestemming inzien, maar niet vastleggen of intrekken.</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd: er kan geen toestemming meer worden vastgelegd.</source>
        <translation>Dit dossier is geanonimiseerd: er kan geen toestemming meer worden vastgelegd.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt: er kan nu geen toestemming worden vastgelegd en geen formulier worden gemaakt. Intrekken kan wel.</source>
        <translation>De verwerking is beperkt: er kan nu geen toestemming worden vastgelegd en geen formulier worden gemaakt. Intrekken kan wel.</translation>
    </message>
    <message>
        <source>Er is nog geen toestemming vastgelegd.</source>
        <translation>Er is nog geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>De toestemming is vastgelegd: %1.</source>
        <translation>De toestemming is vastgelegd: %1.</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken: %1.</source>
        <translation>De toestemming is ingetrokken: %1.</translation>
    </message>
    <message>
        <source>Toestemmingsformulier opslaan</source>
        <translation>Toestemmingsformulier opslaan</translation>
    </message>
    <message>
        <source>Toestemmingsformulier %1.pdf</source>
        <translation>Toestemmingsformulier %1.pdf</translation>
    </message>
    <message>
        <source>Het toestemmingsformulier is opgeslagen als %1.</source>
        <translation>Het toestemmingsformulier is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Ontvangstbewijs opslaan</source>
        <translation>Ontvangstbewijs opslaan</translation>
    </message>
    <message>
        <source>Ontvangstbewijs toestemming %1.pdf</source>
        <translation>Ontvangstbewijs toestemming %1.pdf</translation>
    </message>
    <message>
        <source>Het ontvangstbewijs is opgeslagen als %1.</source>
        <translation>Het ontvangstbewijs is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Een toestemming die een ouder of voogd gaf, moet de klant zelf vernieuwen zodra die 16 is.</source>
        <translation>Een toestemming die een ouder of voogd gaf, moet de klant zelf vernieuwen zodra die 16 is.</translation>
    </message>
    <message>
        <source>De versie van de privacyverklaring die de klant bij de laatste gebeurtenis zag</source>
        <translation>De versie van de privacyverklaring die de klant bij de laatste gebeurtenis zag</translation>
    </message>
    <message>
        <source>via ouder/voogd</source>
        <translation>via ouder/voogd</translation>
    </message>
    <message>
        <source>vernieuwen vanaf %1</source>
        <translation>vernieuwen vanaf %1</translation>
    </message>
    <message>
        <source>te vernieuwen</source>
        <translation>te vernieuwen</translation>
    </message>
    <message>
        <source>zodra de klant 16 is</source>
        <translation>zodra de klant 16 is</translation>
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
    <name>DashboardTableModel</name>
    <message>
        <source>Klantnummer</source>
        <extracomment>Row colours of the requests section, with dark text so they read in any theme.</extracomment>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Resterend</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Geldig tot en met</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Aangevraagd op</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>16 jaar sinds</source>
        <translation>16 jaar sinds</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>nog 1 dag</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>nog %1 dagen</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 dagen te laat</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>%1 — blijft ongewijzigd en afgeschermd zolang de verwerking beperkt is.</source>
        <translation>%1 — blijft ongewijzigd en afgeschermd zolang de verwerking beperkt is.</translation>
    </message>
    <message>
        <source>%1 — hiervan is niets opgeslagen; kies toch wat er met de grondslag gebeurt.</source>
        <translation>%1 — hiervan is niets opgeslagen; kies toch wat er met de grondslag gebeurt.</translation>
    </message>
    <message>
        <source>Nu wissen</source>
        <translation>Nu wissen</translation>
    </message>
    <message>
        <source>Bewaren onder andere grondslag</source>
        <translation>Bewaren onder andere grondslag</translation>
    </message>
    <message>
        <source>Andere grondslag</source>
        <translation>Andere grondslag</translation>
    </message>
    <message>
        <source>toelichting, bijv. opdrachtbevestiging van 12-01-2026</source>
        <translation>toelichting, bijv. opdrachtbevestiging van 12-01-2026</translation>
    </message>
    <message>
        <source>Toelichting bij de andere grondslag</source>
        <translation>Toelichting bij de andere grondslag</translation>
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
    <name>DisclosureDialog</name>
    <message>
        <source>Alleen met uitdrukkelijke toestemming van de klant voor verkoop; Calqi verkoopt anders nooit.</source>
        <translation>Alleen met uitdrukkelijke toestemming van de klant voor verkoop; Calqi verkoopt anders nooit.</translation>
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
        <source>Toegestaan: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>Geweigerd: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>de klant verstuurt het stuk zelf; dat wordt zo vastgelegd.</source>
        <translation>de klant verstuurt het stuk zelf; dat wordt zo vastgelegd.</translation>
    </message>
    <message>
        <source>een machtiging van de klant</source>
        <translation>een machtiging van de klant</translation>
    </message>
    <message>
        <source>op grond van %1.</source>
        <translation>op grond van %1.</translation>
    </message>
    <message>
        <source>op grond van de uitdrukkelijke toestemming van de klant voor verkoop.</source>
        <translation>op grond van de uitdrukkelijke toestemming van de klant voor verkoop.</translation>
    </message>
    <message>
        <source>op grond van de toestemming van de klant voor deze ontvanger.</source>
        <translation>op grond van de toestemming van de klant voor deze ontvanger.</translation>
    </message>
    <message>
        <source>de regels staan deze verstrekking toe.</source>
        <translation>de regels staan deze verstrekking toe.</translation>
    </message>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <source>Leg vast wat de firma verlaat. Naar de overheid of een bank alleen met een geldige machtiging, naar een andere derde alleen met toestemming van de klant; het liefst verstuurt de klant het stuk zelf.</source>
        <translation>Leg vast wat de firma verlaat. Naar de overheid of een bank alleen met een geldige machtiging, naar een andere derde alleen met toestemming van de klant; het liefst verstuurt de klant het stuk zelf.</translation>
    </message>
    <message>
        <source>&amp;Stuk</source>
        <translation>&amp;Stuk</translation>
    </message>
    <message>
        <source>&amp;Belastingmiddel</source>
        <translation>&amp;Belastingmiddel</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>&amp;Naam ontvanger</source>
        <translation>&amp;Naam ontvanger</translation>
    </message>
    <message>
        <source>bijv. ING Bank N.V. of Hypotheekadvies Noord B.V.</source>
        <translation>bijv. ING Bank N.V. of Hypotheekadvies Noord B.V.</translation>
    </message>
    <message>
        <source>&amp;Verstrekt op</source>
        <translation>&amp;Verstrekt op</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>Het gaat om ver&amp;koop van gegevens</source>
        <translation>Het gaat om ver&amp;koop van gegevens</translation>
    </message>
    <message>
        <source>Notiti&amp;e</source>
        <translation>Notiti&amp;e</translation>
    </message>
</context>
<context>
    <name>DisclosureTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Op grond van</source>
        <translation>Op grond van</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Door de klant zelf verstuurd</source>
        <translation>Door de klant zelf verstuurd</translation>
    </message>
    <message>
        <source>Machtiging van de klant</source>
        <translation>Machtiging van de klant</translation>
    </message>
    <message>
        <source>Toestemming van de klant voor verkoop</source>
        <translation>Toestemming van de klant voor verkoop</translation>
    </message>
    <message>
        <source>Toestemming van de klant</source>
        <translation>Toestemming van de klant</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <source>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</source>
        <translation>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Uw rol mag geen verstrekkingen vastleggen.</source>
        <translation>Uw rol mag geen verstrekkingen vastleggen.</translation>
    </message>
    <message>
        <source>Zolang de verwerking beperkt is of na anonimisering wordt er niets afgedrukt.</source>
        <translation>Zolang de verwerking beperkt is of na anonimisering wordt er niets afgedrukt.</translation>
    </message>
    <message>
        <source>Alle verstrekkingen van deze klant als PDF</source>
        <translation>Alle verstrekkingen van deze klant als PDF</translation>
    </message>
    <message>
        <source>De verstrekking is vastgelegd: %1 aan %2.</source>
        <translation>De verstrekking is vastgelegd: %1 aan %2.</translation>
    </message>
    <message>
        <source>Overzicht van verstrekkingen opslaan</source>
        <translation>Overzicht van verstrekkingen opslaan</translation>
    </message>
    <message>
        <source>Verstrekkingen %1.pdf</source>
        <translation>Verstrekkingen %1.pdf</translation>
    </message>
    <message>
        <source>Het overzicht is opgeslagen als %1.</source>
        <translation>Het overzicht is opgeslagen als %1.</translation>
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
    <name>DossierAuthorisationsTab</name>
    <message>
        <source>Belastingaangiften en financiële rapportages gaan alleen naar de overheid of een bank op grond van een machtiging van de klant. Activeringscodes van VIA-machtigingen zijn bijzondere gegevens: ze worden afgeschermd getoond en tonen wordt in de audittrail vastgelegd.</source>
        <translation>Belastingaangiften en financiële rapportages gaan alleen naar de overheid of een bank op grond van een machtiging van de klant. Activeringscodes van VIA-machtigingen zijn bijzondere gegevens: ze worden afgeschermd getoond en tonen wordt in de audittrail vastgelegd.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er machtigingen aan toevoegen.</source>
        <translation>Sla het dossier eerst op; daarna kunt u er machtigingen aan toevoegen.</translation>
    </message>
    <message>
        <source>Een machtiging van de klant vastleggen (Ctrl+Shift+M)</source>
        <translation>Een machtiging van de klant vastleggen (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Machtiging &amp;vastleggen…</source>
        <translation>Machtiging &amp;vastleggen…</translation>
    </message>
    <message>
        <source>De gekozen machtiging wijzigen</source>
        <translation>De gekozen machtiging wijzigen</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>De activeringscode uit de brief van de Belastingdienst invoeren</source>
        <translation>De activeringscode uit de brief van de Belastingdienst invoeren</translation>
    </message>
    <message>
        <source>Activeringscode invo&amp;eren…</source>
        <translation>Activeringscode invo&amp;eren…</translation>
    </message>
    <message>
        <source>De gekozen machtiging intrekken</source>
        <translation>De gekozen machtiging intrekken</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>De activeringscode van de gekozen machtiging tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>De activeringscode van de gekozen machtiging tonen; dat wordt in de audittrail vastgelegd</translation>
    </message>
    <message>
        <source>Code &amp;tonen</source>
        <translation>Code &amp;tonen</translation>
    </message>
    <message>
        <source>De getoonde activeringscode kopiëren; het klembord wordt daarna gewist</source>
        <translation>De getoonde activeringscode kopiëren; het klembord wordt daarna gewist</translation>
    </message>
    <message>
        <source>Code ko&amp;piëren</source>
        <translation>Code ko&amp;piëren</translation>
    </message>
    <message>
        <source>Het formulier voor de klant om te tekenen, als PDF (Ctrl+P)</source>
        <translation>Het formulier voor de klant om te tekenen, als PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Machtigings&amp;formulier…</source>
        <translation>Machtigings&amp;formulier…</translation>
    </message>
</context>
<context>
    <name>DossierConsentTab</name>
    <message>
        <source>Toestemming geldt per doel (en bij doorgeven per ontvanger). Elke gebeurtenis — gegeven of ingetrokken — blijft bewaard met moment, vastlegger, manier, bewijsstuk en de versie van de privacyverklaring. Een klant jonger dan 16 jaar geeft toestemming via een ouder of wettelijk vertegenwoordiger.</source>
        <translation>Toestemming geldt per doel (en bij doorgeven per ontvanger). Elke gebeurtenis — gegeven of ingetrokken — blijft bewaard met moment, vastlegger, manier, bewijsstuk en de versie van de privacyverklaring. Een klant jonger dan 16 jaar geeft toestemming via een ouder of wettelijk vertegenwoordiger.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u toestemming vastleggen.</source>
        <translation>Sla het dossier eerst op; daarna kunt u toestemming vastleggen.</translation>
    </message>
    <message>
        <source>Vastleggen dat de klant toestemming heeft gegeven (Ctrl+Shift+T)</source>
        <translation>Vastleggen dat de klant toestemming heeft gegeven (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Vastleggen dat de klant de gekozen toestemming intrekt</source>
        <translation>Vastleggen dat de klant de gekozen toestemming intrekt</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Een toestemmingsformulier als PDF maken, om te laten ondertekenen</source>
        <translation>Een toestemmingsformulier als PDF maken, om te laten ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Formulier afdrukken…</source>
        <translation>&amp;Formulier afdrukken…</translation>
    </message>
    <message>
        <source>Het ontvangstbewijs van de gekozen toestemming als PDF opslaan (Ctrl+P)</source>
        <translation>Het ontvangstbewijs van de gekozen toestemming als PDF opslaan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ontvangstbewij&amp;s…</source>
        <translation>Ontvangstbewij&amp;s…</translation>
    </message>
    <message>
        <source>Ges&amp;chiedenis van de gekozen toestemming (nieuwste eerst)</source>
        <translation>Ges&amp;chiedenis van de gekozen toestemming (nieuwste eerst)</translation>
    </message>
</context>
<context>
    <name>DossierDisclosuresTab</name>
    <message>
        <source>Elke keer dat een belastingaangifte, jaarrekening of financiële rapportage de firma verlaat, wordt dat hier vastgelegd: wat, aan wie, wanneer, hoe en op grond waarvan. Een verstrekking zonder machtiging of toestemming wordt geweigerd.</source>
        <translation>Elke keer dat een belastingaangifte, jaarrekening of financiële rapportage de firma verlaat, wordt dat hier vastgelegd: wat, aan wie, wanneer, hoe en op grond waarvan. Een verstrekking zonder machtiging of toestemming wordt geweigerd.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er verstrekkingen bij vastleggen.</source>
        <translation>Sla het dossier eerst op; daarna kunt u er verstrekkingen bij vastleggen.</translation>
    </message>
    <message>
        <source>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</source>
        <translation>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Verstrekking &amp;vastleggen…</source>
        <translation>Verstrekking &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Alle verstrekkingen van deze klant als PDF</source>
        <translation>Alle verstrekkingen van deze klant als PDF</translation>
    </message>
    <message>
        <source>Overzicht afd&amp;rukken…</source>
        <translation>Overzicht afd&amp;rukken…</translation>
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
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Machtigingen</source>
        <translation>Machtigingen</translation>
    </message>
    <message>
        <source>Verstrekkingen</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Dossieroverzicht (PDF)…</source>
        <translation>Dossieroverzicht (PDF)…</translation>
    </message>
    <message>
        <source>De gegevens van dit dossier zijn intussen gewijzigd. Sla uw wijzigingen op (dan volgt een melding) of sluit zonder opslaan en open het dossier opnieuw.</source>
        <translation>De gegevens van dit dossier zijn intussen gewijzigd. Sla uw wijzigingen op (dan volgt een melding) of sluit zonder opslaan en open het dossier opnieuw.</translation>
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
        <source>Het dossier is gecorrigeerd voor verzoek %1.</source>
        <translation>Het dossier is gecorrigeerd voor verzoek %1.</translation>
    </message>
    <message>
        <source>Het dossier is opgeslagen.</source>
        <translation>Het dossier is opgeslagen.</translation>
    </message>
    <message>
        <source>Het dossieroverzicht is opgeslagen in %1.</source>
        <translation>Het dossieroverzicht is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Uw niet-opgeslagen wijzigingen staan er niet in.</source>
        <translation>Uw niet-opgeslagen wijzigingen staan er niet in.</translation>
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
    <message>
        <source>Rectificatie voor verzoek %1</source>
        <translation>Rectificatie voor verzoek %1</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18).</source>
        <translation>Verwerking beperkt (AVG art. 18).</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18): %1.</source>
        <translation>Verwerking beperkt (AVG art. 18): %1.</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.</source>
        <translation>Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Het dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt.</source>
        <translation>Het dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt.</translation>
    </message>
    <message>
        <source>U kunt dit dossier inzien. Uw rol mag het niet wijzigen.</source>
        <translation>U kunt dit dossier inzien. Uw rol mag het niet wijzigen.</translation>
    </message>
    <message>
        <source>Rectificatie voor verzoek %1: elke wijziging wordt met dit verzoek vastgelegd in de historie van het dossier.</source>
        <translation>Rectificatie voor verzoek %1: elke wijziging wordt met dit verzoek vastgelegd in de historie van het dossier.</translation>
    </message>
    <message>
        <source>Het verzoek is afgehandeld; het dossier kan hier niet meer worden gewijzigd.</source>
        <translation>Het verzoek is afgehandeld; het dossier kan hier niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Stel eerst de identiteit van de verzoeker vast; daarna kan het dossier worden gecorrigeerd.</source>
        <translation>Stel eerst de identiteit van de verzoeker vast; daarna kan het dossier worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>Uw rol mag het dossier niet wijzigen.</source>
        <translation>Uw rol mag het dossier niet wijzigen.</translation>
    </message>
    <message>
        <source>Alleen de correctie voor dit verzoek is toegestaan.</source>
        <translation>Alleen de correctie voor dit verzoek is toegestaan.</translation>
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
    <message>
        <source>AVG-verzoek</source>
        <translation>AVG-verzoek</translation>
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
        <source>Dit dossier is al geopend en heeft niet-opgeslagen wijzigingen.</source>
        <translation>Dit dossier is al geopend en heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Sla de wijzigingen op of sluit het venster zonder opslaan, en kies daarna opnieuw ‘Dossier corrigeren’ bij het verzoek. Zo komen alleen de correcties voor het verzoek in de historie onder dat verzoek.</source>
        <translation>Sla de wijzigingen op of sluit het venster zonder opslaan, en kies daarna opnieuw ‘Dossier corrigeren’ bij het verzoek. Zo komen alleen de correcties voor het verzoek in de historie onder dat verzoek.</translation>
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
    <name>DossierSearch</name>
    <message>
        <source>verwerking beperkt</source>
        <extracomment>At most this many dossiers are offered for one search.</extracomment>
        <translation>verwerking beperkt</translation>
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
    <name>ErasureDialog</name>
    <message>
        <source>Wissen</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Gegevens wissen voor verzoek %1</source>
        <translation>Gegevens wissen voor verzoek %1</translation>
    </message>
    <message>
        <source>De persoonsgegevens in dossier %1 worden gewist: het dossier wordt geanonimiseerd. Controleer hieronder wat er verdwijnt en wat er op grond van de wet blijft.</source>
        <translation>De persoonsgegevens in dossier %1 worden gewist: het dossier wordt geanonimiseerd. Controleer hieronder wat er verdwijnt en wat er op grond van de wet blijft.</translation>
    </message>
    <message>
        <source>Hiervan is niets opgeslagen.</source>
        <translation>Hiervan is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Niets</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>Typ ter bevestiging het &amp;klantnummer (%1)</source>
        <translation>Typ ter bevestiging het &amp;klantnummer (%1)</translation>
    </message>
    <message>
        <source>tot %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Besluit over het verzoek opslaan</source>
        <translation>Besluit over het verzoek opslaan</translation>
    </message>
    <message>
        <source>Besluit wissing %1.pdf</source>
        <translation>Besluit wissing %1.pdf</translation>
    </message>
    <message>
        <source>Er is niets gewist. Kies eerst waar de besluitbrief komt: na het wissen kan de brief niet meer worden geadresseerd.</source>
        <translation>Er is niets gewist. Kies eerst waar de besluitbrief komt: na het wissen kan de brief niet meer worden geadresseerd.</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Gegevens wissen</translation>
    </message>
    <message>
        <source>De gegevens zijn gewist.</source>
        <translation>De gegevens zijn gewist.</translation>
    </message>
    <message>
        <source>Besluit op een andere plek opslaan</source>
        <translation>Besluit op een andere plek opslaan</translation>
    </message>
    <message>
        <source>Dossier %1 is geanonimiseerd; %2 velden en regels zijn verwijderd.</source>
        <translation>Dossier %1 is geanonimiseerd; %2 velden en regels zijn verwijderd.</translation>
    </message>
    <message>
        <source>Kluisbestand: %1 vóór, %2 na het opschonen.</source>
        <translation>Kluisbestand: %1 vóór, %2 na het opschonen.</translation>
    </message>
    <message>
        <source>De besluitbrief is opgeslagen in %1.</source>
        <translation>De besluitbrief is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>De besluitbrief is niet opgeslagen. Het besluit en de gronden staan bij het verzoek; stel de brief aan de verzoeker daarmee op.</source>
        <translation>De besluitbrief is niet opgeslagen. Het besluit en de gronden staan bij het verzoek; stel de brief aan de verzoeker daarmee op.</translation>
    </message>
    <message>
        <source>Gegevens wissen (anonimiseren)</source>
        <translation>Gegevens wissen (anonimiseren)</translation>
    </message>
    <message>
        <source>Wordt &amp;verwijderd</source>
        <translation>Wordt &amp;verwijderd</translation>
    </message>
    <message>
        <source>Blijft &amp;bewaard, met de reden</source>
        <translation>Blijft &amp;bewaard, met de reden</translation>
    </message>
    <message>
        <source>Dit kan niet ongedaan worden gemaakt. Back-ups die vóór vandaag zijn gemaakt, bevatten de gegevens nog totdat ze volgens het back-upschema zijn vervangen; zet ze niet terug zonder deze wissing opnieuw uit te voeren.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Back-ups die vóór vandaag zijn gemaakt, bevatten de gegevens nog totdat ze volgens het back-upschema zijn vervangen; zet ze niet terug zonder deze wissing opnieuw uit te voeren.</translation>
    </message>
    <message>
        <source>Ik heb gecontroleerd wat er wordt verwijderd en wat er blijft, en begrijp dat dit &amp;definitief is</source>
        <translation>Ik heb gecontroleerd wat er wordt verwijderd en wat er blijft, en begrijp dat dit &amp;definitief is</translation>
    </message>
    <message>
        <source>&amp;Klantnummer ter bevestiging</source>
        <translation>&amp;Klantnummer ter bevestiging</translation>
    </message>
</context>
<context>
    <name>ExportPasswordDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>PDF beveiligen</source>
        <translation>PDF beveiligen</translation>
    </message>
    <message>
        <source>&amp;Beveiligen met een wachtwoord (aanbevolen: dit document bevat bijzondere persoonsgegevens)</source>
        <translation>&amp;Beveiligen met een wachtwoord (aanbevolen: dit document bevat bijzondere persoonsgegevens)</translation>
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
        <source>Kies minstens 12 tekens. Geef het wachtwoord telefonisch door aan de ontvanger, nooit in dezelfde brief of e-mail als het document.</source>
        <translation>Kies minstens 12 tekens. Geef het wachtwoord telefonisch door aan de ontvanger, nooit in dezelfde brief of e-mail als het document.</translation>
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
    <name>FormPurposesDialog</name>
    <message>
        <source>Toestemmingsformulier</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <source>Voor welke doelen vraagt het formulier toestemming? Elk doel krijgt een eigen vakje.</source>
        <translation>Voor welke doelen vraagt het formulier toestemming? Elk doel krijgt een eigen vakje.</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Kies ten minste één doel.</source>
        <translation>Kies ten minste één doel.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Overzicht vernieuwen</source>
        <extracomment>A section&apos;s table grows with its rows up to this many; beyond, it scrolls.</extracomment>
        <translation>Overzicht vernieuwen</translation>
    </message>
    <message>
        <source>Het overzicht opnieuw laden (%1)</source>
        <translation>Het overzicht opnieuw laden (%1)</translation>
    </message>
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
        <source>… en nog %1</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Niets te doen: %1</source>
        <translation>Niets te doen: %1</translation>
    </message>
    <message>
        <source>Er vraagt nu niets uw aandacht.</source>
        <translation>Er vraagt nu niets uw aandacht.</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1. Dubbelklik of Enter opent een regel.</source>
        <translation>Bijgewerkt op %1. Dubbelklik of Enter opent een regel.</translation>
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
        <source>Wat vraagt aandacht</source>
        <translation>Wat vraagt aandacht</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Vernieuwen</translation>
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
    <name>MarkInformedDialog</name>
    <message>
        <source>Markeren als geïnformeerd</source>
        <translation>Markeren als geïnformeerd</translation>
    </message>
    <message>
        <source>1 klant wordt gemarkeerd als geïnformeerd over versie %2. Hoe is de klant geïnformeerd?</source>
        <translation>1 klant wordt gemarkeerd als geïnformeerd over versie %2. Hoe is de klant geïnformeerd?</translation>
    </message>
    <message>
        <source>%1 klanten worden gemarkeerd als geïnformeerd over versie %2. Hoe zijn ze geïnformeerd?</source>
        <translation>%1 klanten worden gemarkeerd als geïnformeerd over versie %2. Hoe zijn ze geïnformeerd?</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>Markeren</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
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
    <name>PrivacyStatementPage</name>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Te informeren klanten over versie %1</source>
        <translation>Te informeren klanten over versie %1</translation>
    </message>
    <message>
        <source>Te informeren klanten</source>
        <translation>Te informeren klanten</translation>
    </message>
    <message>
        <source>Nog te informeren: %1 · geïnformeerd: %2</source>
        <translation>Nog te informeren: %1 · geïnformeerd: %2</translation>
    </message>
    <message>
        <source>%1 geladen, scroll voor meer</source>
        <translation>%1 geladen, scroll voor meer</translation>
    </message>
    <message>
        <source>%1 gekozen</source>
        <translation>%1 gekozen</translation>
    </message>
    <message>
        <source>geen klanten te informeren.</source>
        <translation>geen klanten te informeren.</translation>
    </message>
    <message>
        <source>1 klant te informeren.</source>
        <translation>1 klant te informeren.</translation>
    </message>
    <message>
        <source>%1 klanten te informeren.</source>
        <translation>%1 klanten te informeren.</translation>
    </message>
    <message>
        <source>Versie %1 is vastgelegd: %2</source>
        <translation>Versie %1 is vastgelegd: %2</translation>
    </message>
    <message>
        <source>1 klant is gemarkeerd als geïnformeerd (%2).</source>
        <translation>1 klant is gemarkeerd als geïnformeerd (%2).</translation>
    </message>
    <message>
        <source>%1 klanten zijn gemarkeerd als geïnformeerd (%2).</source>
        <translation>%1 klanten zijn gemarkeerd als geïnformeerd (%2).</translation>
    </message>
    <message>
        <source>De versies van de privacyverklaring van het kantoor. Elke toestemming verwijst naar de versie die de klant te zien kreeg. Bij een nieuwe versie staan hieronder de klanten die vooraf moeten worden geïnformeerd, zoals de verklaring belooft.</source>
        <translation>De versies van de privacyverklaring van het kantoor. Elke toestemming verwijst naar de versie die de klant te zien kreeg. Bij een nieuwe versie staan hieronder de klanten die vooraf moeten worden geïnformeerd, zoals de verklaring belooft.</translation>
    </message>
    <message>
        <source>Een nieuwe versie van de privacyverklaring vastleggen (Ctrl+N)</source>
        <translation>Een nieuwe versie van de privacyverklaring vastleggen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuwe versie…</source>
        <translation>&amp;Nieuwe versie…</translation>
    </message>
    <message>
        <source>De tekst of de PDF van de gekozen versie lezen</source>
        <translation>De tekst of de PDF van de gekozen versie lezen</translation>
    </message>
    <message>
        <source>&amp;Tekst bekijken</source>
        <translation>&amp;Tekst bekijken</translation>
    </message>
    <message>
        <source>De doelen waarvoor toestemming kan worden gevraagd</source>
        <translation>De doelen waarvoor toestemming kan worden gevraagd</translation>
    </message>
    <message>
        <source>&amp;Doelen van toestemming…</source>
        <translation>&amp;Doelen van toestemming…</translation>
    </message>
    <message>
        <source>&amp;Alleen nog te informeren</source>
        <translation>&amp;Alleen nog te informeren</translation>
    </message>
    <message>
        <source>Vastleggen dat de gekozen klanten over deze versie zijn geïnformeerd, en hoe</source>
        <translation>Vastleggen dat de gekozen klanten over deze versie zijn geïnformeerd, en hoe</translation>
    </message>
    <message>
        <source>&amp;Markeren als geïnformeerd…</source>
        <translation>&amp;Markeren als geïnformeerd…</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <source>Verzoek afhandelen — %1</source>
        <extracomment>The decisions this dialog records, in the order offered.</extracomment>
        <translation>Verzoek afhandelen — %1</translation>
    </message>
    <message>
        <source>Afhandelen</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Vul de gronden in: ze komen in de besluitbrief.</source>
        <translation>Vul de gronden in: ze komen in de besluitbrief.</translation>
    </message>
    <message>
        <source>&amp;Gronden (verplicht)</source>
        <translation>&amp;Gronden (verplicht)</translation>
    </message>
    <message>
        <source>Een toelichting is niet verplicht.</source>
        <translation>Een toelichting is niet verplicht.</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>De identiteit is niet vastgesteld: er kan niets zijn toegekend. Kon de identiteit niet worden vastgesteld, leg dat dan vast bij de identiteit.</source>
        <translation>De identiteit is niet vastgesteld: er kan niets zijn toegekend. Kon de identiteit niet worden vastgesteld, leg dat dan vast bij de identiteit.</translation>
    </message>
    <message>
        <source>Verzoek afhandelen</source>
        <translation>Verzoek afhandelen</translation>
    </message>
    <message>
        <source>Leg het besluit vast. Daarna kan aan het verzoek niets meer worden gedaan; de besluitbrief noemt de gronden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</source>
        <translation>Leg het besluit vast. Daarna kan aan het verzoek niets meer worden gedaan; de besluitbrief noemt de gronden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Besluit</source>
        <translation>&amp;Besluit</translation>
    </message>
    <message>
        <source>&amp;Gronden</source>
        <translation>&amp;Gronden</translation>
    </message>
</context>
<context>
    <name>RequestExtensionDialog</name>
    <message>
        <source>Termijn verlengen — %1</source>
        <translation>Termijn verlengen — %1</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>Verlengen</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Termijn verlengen</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>De termijn kan één keer worden verlengd, met ten hoogste twee maanden, en alleen zolang de eerste termijn nog loopt (AVG art. 12 lid 3). De verzoeker krijgt bericht met de reden.</source>
        <translation>De termijn kan één keer worden verlengd, met ten hoogste twee maanden, en alleen zolang de eerste termijn nog loopt (AVG art. 12 lid 3). De verzoeker krijgt bericht met de reden.</translation>
    </message>
    <message>
        <source>Huidige termijn</source>
        <translation>Huidige termijn</translation>
    </message>
    <message>
        <source>&amp;Verlengen met</source>
        <translation>&amp;Verlengen met</translation>
    </message>
    <message>
        <source>Nieuwe termijn</source>
        <translation>Nieuwe termijn</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>bijv. het verzoek is complex: gegevens uit meerdere jaren moeten worden verzameld</source>
        <translation>bijv. het verzoek is complex: gegevens uit meerdere jaren moeten worden verzameld</translation>
    </message>
</context>
<context>
    <name>RequestIdentityDialog</name>
    <message>
        <source>Identiteit van de verzoeker — %1</source>
        <translation>Identiteit van de verzoeker — %1</translation>
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
        <source>&amp;Terug: identiteit vastleggen</source>
        <translation>&amp;Terug: identiteit vastleggen</translation>
    </message>
    <message>
        <source>Identiteit kon &amp;niet worden vastgesteld…</source>
        <translation>Identiteit kon &amp;niet worden vastgesteld…</translation>
    </message>
    <message>
        <source>Verzoek afsluiten</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <source>Identiteit van de verzoeker</source>
        <translation>Identiteit van de verzoeker</translation>
    </message>
    <message>
        <source>Leg vast hoe is vastgesteld dat de verzoeker echt de betrokkene is. Pas daarna worden gegevens verstrekt of gewijzigd.</source>
        <translation>Leg vast hoe is vastgesteld dat de verzoeker echt de betrokkene is. Pas daarna worden gegevens verstrekt of gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>BSN en pasfoto op de kopie zijn &amp;afgeschermd (onleesbaar gemaakt)</source>
        <translation>BSN en pasfoto op de kopie zijn &amp;afgeschermd (onleesbaar gemaakt)</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>bijv. rijbewijs getoond aan de balie (geen nummers overnemen)</source>
        <translation>bijv. rijbewijs getoond aan de balie (geen nummers overnemen)</translation>
    </message>
    <message>
        <source>Identiteit kon niet worden vastgesteld</source>
        <translation>Identiteit kon niet worden vastgesteld</translation>
    </message>
    <message>
        <source>Het verzoek wordt dan afgesloten. De verzoeker krijgt een brief met de reden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</source>
        <translation>Het verzoek wordt dan afgesloten. De verzoeker krijgt een brief met de reden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>bijv. geen afgeschermde kopie ontvangen na herhaald verzoek</source>
        <translation>bijv. geen afgeschermde kopie ontvangen na herhaald verzoek</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <source>Inboeken</source>
        <translation>Inboeken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>geen (kan ook later)</source>
        <translation>geen (kan ook later)</translation>
    </message>
    <message>
        <source>Het verzoek is ingeboekt, maar het stuk is niet toegevoegd.</source>
        <translation>Het verzoek is ingeboekt, maar het stuk is niet toegevoegd.</translation>
    </message>
    <message>
        <source>Voeg het stuk later toe in het venster van het verzoek.</source>
        <translation>Voeg het stuk later toe in het venster van het verzoek.</translation>
    </message>
    <message>
        <source>Nieuw AVG-verzoek</source>
        <translation>Nieuw AVG-verzoek</translation>
    </message>
    <message>
        <source>&amp;Soort verzoek</source>
        <translation>&amp;Soort verzoek</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation>&amp;Ontvangen op</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Binnengekomen per</source>
        <translation>&amp;Binnengekomen per</translation>
    </message>
    <message>
        <source>Verzoeker</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Een &amp;klant in de kluis</source>
        <translation>Een &amp;klant in de kluis</translation>
    </message>
    <message>
        <source>&amp;Niet in de kluis</source>
        <translation>&amp;Niet in de kluis</translation>
    </message>
    <message>
        <source>Zoek het dossier op naam, klantnummer, postcode of plaats</source>
        <translation>Zoek het dossier op naam, klantnummer, postcode of plaats</translation>
    </message>
    <message>
        <source>Na&amp;am</source>
        <translation>Na&amp;am</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>straat en huisnummer, postcode en plaats</source>
        <translation>straat en huisnummer, postcode en plaats</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>wat er wordt gevraagd, in eigen woorden (zonder BSN of andere bijzondere gegevens)</source>
        <translation>wat er wordt gevraagd, in eigen woorden (zonder BSN of andere bijzondere gegevens)</translation>
    </message>
    <message>
        <source>Brief of e-mail</source>
        <translation>Brief of e-mail</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Weghalen</translation>
    </message>
</context>
<context>
    <name>RequestLinkDialog</name>
    <message>
        <source>Koppelen aan dossier — %1</source>
        <translation>Koppelen aan dossier — %1</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Koppelen aan dossier</source>
        <translation>Koppelen aan dossier</translation>
    </message>
    <message>
        <source>Zoek het dossier van de betrokkene en koppel het verzoek eraan. Dat kan alleen zolang de identiteit van de verzoeker niet is vastgesteld, en maar één keer. De naam en contactgegevens die bij de intake zijn ingevuld, vervallen: het dossier houdt ze.</source>
        <translation>Zoek het dossier van de betrokkene en koppel het verzoek eraan. Dat kan alleen zolang de identiteit van de verzoeker niet is vastgesteld, en maar één keer. De naam en contactgegevens die bij de intake zijn ingevuld, vervallen: het dossier houdt ze.</translation>
    </message>
    <message>
        <source>Verzoeker</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Zoek het dossier op naam, klantnummer, postcode of plaats</source>
        <translation>Zoek het dossier op naam, klantnummer, postcode of plaats</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>De wettelijke termijn: één kalendermaand na ontvangst, of later na een verlenging</source>
        <translation>De wettelijke termijn: één kalendermaand na ontvangst, of later na een verlenging</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <source>%1 — %2 — AVG-verzoek</source>
        <extracomment>open_dossier(client_id, request_id): the dossier window in rectification mode; False when it cannot.</extracomment>
        <translation>%1 — %2 — AVG-verzoek</translation>
    </message>
    <message>
        <source>%1 — niet in de kluis</source>
        <translation>%1 — niet in de kluis</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Gronden: %1</source>
        <translation>Gronden: %1</translation>
    </message>
    <message>
        <source>Dossier geanonimiseerd — de gegevens van de betrokkene zijn gewist.</source>
        <translation>Dossier geanonimiseerd — de gegevens van de betrokkene zijn gewist.</translation>
    </message>
    <message>
        <source>Verwerking beperkt — alleen dit verzoek wordt afgehandeld</source>
        <translation>Verwerking beperkt — alleen dit verzoek wordt afgehandeld</translation>
    </message>
    <message>
        <source>Wettelijke termijn: %1 (%2)</source>
        <translation>Wettelijke termijn: %1 (%2)</translation>
    </message>
    <message>
        <source>Wettelijke termijn: %1</source>
        <translation>Wettelijke termijn: %1</translation>
    </message>
    <message>
        <source>Interne streefdatum (vier weken): %1</source>
        <translation>Interne streefdatum (vier weken): %1</translation>
    </message>
    <message>
        <source>Verlengd met %1 op %2 door %3 (eerste termijn %4). Reden: %5</source>
        <translation>Verlengd met %1 op %2 door %3 (eerste termijn %4). Reden: %5</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>2 maanden</source>
        <translation>2 maanden</translation>
    </message>
    <message>
        <source>Identiteit vastgesteld: %1, door %2 op %3.</source>
        <translation>Identiteit vastgesteld: %1, door %2 op %3.</translation>
    </message>
    <message>
        <source>Toelichting: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <source>Identiteit niet vastgesteld; het verzoek is afgesloten. Reden: %1</source>
        <translation>Identiteit niet vastgesteld; het verzoek is afgesloten. Reden: %1</translation>
    </message>
    <message>
        <source>Identiteit nog niet vastgesteld</source>
        <translation>Identiteit nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Brief opslaan</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <source>Brief opgeslagen: %1</source>
        <translation>Brief opgeslagen: %1</translation>
    </message>
    <message>
        <source>De brief kan ook later worden gemaakt (Ctrl+Shift+B).</source>
        <translation>De brief kan ook later worden gemaakt (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Brief maken…</source>
        <translation>Brief maken…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Het verzoek is aan het dossier gekoppeld.</source>
        <translation>Het verzoek is aan het dossier gekoppeld.</translation>
    </message>
    <message>
        <source>Het verzoek is afgesloten: de identiteit kon niet worden vastgesteld.</source>
        <translation>Het verzoek is afgesloten: de identiteit kon niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>Nu de brief met de reden aan de verzoeker maken?</source>
        <translation>Nu de brief met de reden aan de verzoeker maken?</translation>
    </message>
    <message>
        <source>De identiteit is vastgelegd.</source>
        <translation>De identiteit is vastgelegd.</translation>
    </message>
    <message>
        <source>De termijn is verlengd.</source>
        <translation>De termijn is verlengd.</translation>
    </message>
    <message>
        <source>De verzoeker moet de verlenging en de reden binnen de eerste termijn horen. Nu de brief maken?</source>
        <translation>De verzoeker moet de verlenging en de reden binnen de eerste termijn horen. Nu de brief maken?</translation>
    </message>
    <message>
        <source>Het verzoek is afgehandeld.</source>
        <translation>Het verzoek is afgehandeld.</translation>
    </message>
    <message>
        <source>Nu de besluitbrief aan de verzoeker maken?</source>
        <translation>Nu de besluitbrief aan de verzoeker maken?</translation>
    </message>
    <message>
        <source>%1 — %2 kB, toegevoegd op %3 door %4</source>
        <translation>%1 — %2 kB, toegevoegd op %3 door %4</translation>
    </message>
    <message>
        <source>Stukken (%1)</source>
        <translation>Stukken (%1)</translation>
    </message>
    <message>
        <source>AVG-verzoek</source>
        <translation>AVG-verzoek</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Het verzoek koppelen aan het dossier van de betrokkene (alleen vóór de identiteitscontrole)</source>
        <translation>Het verzoek koppelen aan het dossier van de betrokkene (alleen vóór de identiteitscontrole)</translation>
    </message>
    <message>
        <source>&amp;Koppelen aan dossier…</source>
        <translation>&amp;Koppelen aan dossier…</translation>
    </message>
    <message>
        <source>De identiteitscontrole van de verzoeker vastleggen (Ctrl+Shift+I)</source>
        <translation>De identiteitscontrole van de verzoeker vastleggen (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Identiteit vastleggen…</source>
        <translation>&amp;Identiteit vastleggen…</translation>
    </message>
    <message>
        <source>Afhandeling</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Het verzoek uitvoeren (Ctrl+Shift+U)</source>
        <translation>Het verzoek uitvoeren (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>&amp;Uitvoeren…</source>
        <translation>&amp;Uitvoeren…</translation>
    </message>
    <message>
        <source>De termijn verlengen met één of twee maanden (Ctrl+Shift+L)</source>
        <translation>De termijn verlengen met één of twee maanden (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Termijn &amp;verlengen…</source>
        <translation>Termijn &amp;verlengen…</translation>
    </message>
    <message>
        <source>Een brief aan de verzoeker maken (Ctrl+Shift+B)</source>
        <translation>Een brief aan de verzoeker maken (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <source>Het besluit vastleggen en het verzoek afsluiten (Ctrl+Shift+H)</source>
        <translation>Het besluit vastleggen en het verzoek afsluiten (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Af&amp;handelen…</source>
        <translation>Af&amp;handelen…</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Stukken</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <source>De brief of e-mail van de verzoeker toevoegen</source>
        <translation>De brief of e-mail van de verzoeker toevoegen</translation>
    </message>
    <message>
        <source>Stuk &amp;toevoegen…</source>
        <translation>Stuk &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Het gekozen stuk als bestand opslaan</source>
        <translation>Het gekozen stuk als bestand opslaan</translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>Dit venster sluiten (Esc)</source>
        <translation>Dit venster sluiten (Esc)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>AVG-verzoeken</source>
        <translation>AVG-verzoeken</translation>
    </message>
    <message>
        <source>Geen openstaande verzoeken</source>
        <translation>Geen openstaande verzoeken</translation>
    </message>
    <message>
        <source>Geen verzoeken</source>
        <translation>Geen verzoeken</translation>
    </message>
    <message>
        <source>1 openstaand verzoek</source>
        <translation>1 openstaand verzoek</translation>
    </message>
    <message>
        <source>1 verzoek</source>
        <translation>1 verzoek</translation>
    </message>
    <message>
        <source>%1 openstaande verzoeken</source>
        <translation>%1 openstaande verzoeken</translation>
    </message>
    <message>
        <source>%1 verzoeken</source>
        <translation>%1 verzoeken</translation>
    </message>
    <message>
        <source>Zoek op kenmerk, klantnummer of naam</source>
        <translation>Zoek op kenmerk, klantnummer of naam</translation>
    </message>
    <message>
        <source>&amp;Alleen openstaande</source>
        <translation>&amp;Alleen openstaande</translation>
    </message>
    <message>
        <source>Een binnengekomen AVG-verzoek inboeken (Ctrl+N)</source>
        <translation>Een binnengekomen AVG-verzoek inboeken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuw verzoek…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Het gekozen verzoek openen (Enter)</source>
        <translation>Het gekozen verzoek openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Openen</translation>
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
    <name>RestrictionDialog</name>
    <message>
        <source>Beperking opheffen — %1</source>
        <translation>Beperking opheffen — %1</translation>
    </message>
    <message>
        <source>Na het opheffen mag het dossier weer worden gewijzigd, geëxporteerd en verstrekt. Laat de verzoeker vóór het opheffen weten dat de beperking wordt opgeheven (AVG art. 18 lid 3).</source>
        <translation>Na het opheffen mag het dossier weer worden gewijzigd, geëxporteerd en verstrekt. Laat de verzoeker vóór het opheffen weten dat de beperking wordt opgeheven (AVG art. 18 lid 3).</translation>
    </message>
    <message>
        <source>&amp;Waarom wordt de beperking opgeheven?</source>
        <translation>&amp;Waarom wordt de beperking opgeheven?</translation>
    </message>
    <message>
        <source>bijv. juistheid van het adres vastgesteld</source>
        <translation>bijv. juistheid van het adres vastgesteld</translation>
    </message>
    <message>
        <source>Opheffen</source>
        <translation>Opheffen</translation>
    </message>
    <message>
        <source>Verwerking beperken — %1</source>
        <translation>Verwerking beperken — %1</translation>
    </message>
    <message>
        <source>Zolang de beperking geldt, kan het dossier worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt; alleen de verzoeken van de betrokkene worden afgehandeld. De reden staat bovenaan het dossier.</source>
        <translation>Zolang de beperking geldt, kan het dossier worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt; alleen de verzoeken van de betrokkene worden afgehandeld. De reden staat bovenaan het dossier.</translation>
    </message>
    <message>
        <source>bijv. de klant betwist de juistheid van zijn adres (AVG art. 18 lid 1a)</source>
        <translation>bijv. de klant betwist de juistheid van zijn adres (AVG art. 18 lid 1a)</translation>
    </message>
    <message>
        <source>Beperken</source>
        <translation>Beperken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>De tekst is te lang: ten hoogste %1 tekens.</source>
        <translation>De tekst is te lang: ten hoogste %1 tekens.</translation>
    </message>
    <message>
        <source>Vink aan dat de verzoeker vooraf is geïnformeerd; pas dan kan de beperking worden opgeheven.</source>
        <translation>Vink aan dat de verzoeker vooraf is geïnformeerd; pas dan kan de beperking worden opgeheven.</translation>
    </message>
    <message>
        <source>Schrijf kort waarom de beperking wordt opgeheven.</source>
        <translation>Schrijf kort waarom de beperking wordt opgeheven.</translation>
    </message>
    <message>
        <source>Vul de reden van de beperking in; die komt bovenaan het dossier te staan.</source>
        <translation>Vul de reden van de beperking in; die komt bovenaan het dossier te staan.</translation>
    </message>
    <message>
        <source>Verwerking beperken</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>De verzoeker is &amp;vooraf geïnformeerd dat de beperking wordt opgeheven</source>
        <translation>De verzoeker is &amp;vooraf geïnformeerd dat de beperking wordt opgeheven</translation>
    </message>
</context>
<context>
    <name>RevokeAuthorisationDialog</name>
    <message>
        <source>Machtiging intrekken</source>
        <translation>Machtiging intrekken</translation>
    </message>
    <message>
        <source>&amp;Ingetrokken op</source>
        <translation>&amp;Ingetrokken op</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>bijv. de klant heeft de machtiging ingetrokken</source>
        <translation>bijv. de klant heeft de machtiging ingetrokken</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>‘%1’ wordt ingetrokken. Vanaf de intrekkingsdatum wordt op deze machtiging niets meer verstrekt; intrekken kan niet ongedaan worden gemaakt.</source>
        <translation>‘%1’ wordt ingetrokken. Vanaf de intrekkingsdatum wordt op deze machtiging niets meer verstrekt; intrekken kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
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
    <name>StatementTextDialog</name>
    <message>
        <source>Privacyverklaring, versie %1</source>
        <translation>Privacyverklaring, versie %1</translation>
    </message>
    <message>
        <source>Versie %1, geldt vanaf %2</source>
        <translation>Versie %1, geldt vanaf %2</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>StatementVersionDialog</name>
    <message>
        <source>De dag waarop de nieuwe versie ingaat. Zodra er toestemmingen zijn vastgelegd, ligt die na vandaag: de klanten worden vooraf geïnformeerd.</source>
        <extracomment>A text file is read up to this many bytes: TEXT_MAX characters of up to four bytes in UTF-8. Errors about a chosen PDF, shown at the PDF field. The running (or last) recording; tests wait for its `finished` signal.</extracomment>
        <translation>De dag waarop de nieuwe versie ingaat. Zodra er toestemmingen zijn vastgelegd, ligt die na vandaag: de klanten worden vooraf geïnformeerd.</translation>
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
        <source>Tekst van de privacyverklaring kiezen</source>
        <translation>Tekst van de privacyverklaring kiezen</translation>
    </message>
    <message>
        <source>Tekstbestanden (*.txt);;Alle bestanden (*)</source>
        <translation>Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een privacyverklaring (hoogstens %1 tekens). Er is niets geladen.</source>
        <translation>Dit bestand is te groot voor een privacyverklaring (hoogstens %1 tekens). Er is niets geladen.</translation>
    </message>
    <message>
        <source>Dit bestand is geen tekst in UTF-8 en kan daarom niet goed worden gelezen; er is niets geladen. Open het in Kladblok of uw tekstverwerker, kies ‘Opslaan als’ met de codering UTF-8 (of ‘Tekst zonder opmaak’) en kies het bestand dan opnieuw.</source>
        <translation>Dit bestand is geen tekst in UTF-8 en kan daarom niet goed worden gelezen; er is niets geladen. Open het in Kladblok of uw tekstverwerker, kies ‘Opslaan als’ met de codering UTF-8 (of ‘Tekst zonder opmaak’) en kies het bestand dan opnieuw.</translation>
    </message>
    <message>
        <source>Dit bestand bevat geen tekst. Er is niets geladen.</source>
        <translation>Dit bestand bevat geen tekst. Er is niets geladen.</translation>
    </message>
    <message>
        <source>PDF van de privacyverklaring kiezen</source>
        <translation>PDF van de privacyverklaring kiezen</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Geen PDF gekozen.</source>
        <translation>Geen PDF gekozen.</translation>
    </message>
    <message>
        <source>Versie %1 wordt vastgelegd en de klanten die moeten worden geïnformeerd, worden opgezocht…</source>
        <translation>Versie %1 wordt vastgelegd en de klanten die moeten worden geïnformeerd, worden opgezocht…</translation>
    </message>
    <message>
        <source>Nieuwe versie vastleggen</source>
        <translation>Nieuwe versie vastleggen</translation>
    </message>
    <message>
        <source>Nieuwe versie van de privacyverklaring</source>
        <translation>Nieuwe versie van de privacyverklaring</translation>
    </message>
    <message>
        <source>Leg de nieuwe versie vast met de tekst, een PDF of beide. Klanten die toestemming gaven onder een oudere versie komen op de lijst van te informeren klanten.</source>
        <translation>Leg de nieuwe versie vast met de tekst, een PDF of beide. Klanten die toestemming gaven onder een oudere versie komen op de lijst van te informeren klanten.</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Versie</translation>
    </message>
    <message>
        <source>bijv. 2026-1</source>
        <translation>bijv. 2026-1</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum</source>
        <translation>&amp;Ingangsdatum</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Wat is gewijzigd</source>
        <translation>&amp;Wat is gewijzigd</translation>
    </message>
    <message>
        <source>in een zin of twee, voor het bericht aan de klanten</source>
        <translation>in een zin of twee, voor het bericht aan de klanten</translation>
    </message>
    <message>
        <source>T&amp;ekst</source>
        <translation>T&amp;ekst</translation>
    </message>
    <message>
        <source>De tekst uit een tekstbestand (.txt, UTF-8) laden</source>
        <translation>De tekst uit een tekstbestand (.txt, UTF-8) laden</translation>
    </message>
    <message>
        <source>Tekst uit &amp;bestand…</source>
        <translation>Tekst uit &amp;bestand…</translation>
    </message>
    <message>
        <source>De privacyverklaring als PDF toevoegen</source>
        <translation>De privacyverklaring als PDF toevoegen</translation>
    </message>
    <message>
        <source>&amp;PDF kiezen…</source>
        <translation>&amp;PDF kiezen…</translation>
    </message>
    <message>
        <source>PDF weg&amp;halen</source>
        <translation>PDF weg&amp;halen</translation>
    </message>
</context>
<context>
    <name>StatementVersionModel</name>
    <message>
        <source>Versie</source>
        <extracomment>fetch(version_id, only_open, offset, limit) -&gt; one page of the version&apos;s list.</extracomment>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>Wat is gewijzigd</source>
        <translation>Wat is gewijzigd</translation>
    </message>
    <message>
        <source>Te informeren</source>
        <translation>Te informeren</translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Toegevoegd door</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Klanten met een toestemming onder een oudere versie die nog niet zijn geïnformeerd</source>
        <translation>Klanten met een toestemming onder een oudere versie die nog niet zijn geïnformeerd</translation>
    </message>
    <message>
        <source>%1 (geldt nu)</source>
        <translation>%1 (geldt nu)</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
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
    <name>WithdrawalDialog</name>
    <message>
        <source>Toestemming intrekken — %1</source>
        <translation>Toestemming intrekken — %1</translation>
    </message>
    <message>
        <source>Deze toestemming is de grondslag van de gegevens hieronder. De verwerking is beperkt: er mag nu niets aan worden gewijzigd of gewist. De grondslag toestemming vervalt, de gegevens blijven afgeschermd, en de intrekking legt dat per soort vast. Beslis na het opheffen van de beperking wat ermee gebeurt.</source>
        <translation>Deze toestemming is de grondslag van de gegevens hieronder. De verwerking is beperkt: er mag nu niets aan worden gewijzigd of gewist. De grondslag toestemming vervalt, de gegevens blijven afgeschermd, en de intrekking legt dat per soort vast. Beslis na het opheffen van de beperking wat ermee gebeurt.</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Toestemming van %1 voor: %2.</source>
        <translation>Toestemming van %1 voor: %2.</translation>
    </message>
    <message>
        <source>Gegeven op %1</source>
        <translation>Gegeven op %1</translation>
    </message>
    <message>
        <source>(privacyverklaring %1)</source>
        <translation>(privacyverklaring %1)</translation>
    </message>
    <message>
        <source>Gegeven door een ouder of voogd.</source>
        <translation>Gegeven door een ouder of voogd.</translation>
    </message>
    <message>
        <source>De intrekking wordt meteen vastgelegd en blijft in de geschiedenis staan.</source>
        <translation>De intrekking wordt meteen vastgelegd en blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Kies voor elke soort bijzondere gegevens wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag. Nog niet gekozen: %1.</source>
        <translation>Kies voor elke soort bijzondere gegevens wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag. Nog niet gekozen: %1.</translation>
    </message>
    <message>
        <source>Nu definitief wissen: %1?</source>
        <translation>Nu definitief wissen: %1?</translation>
    </message>
    <message>
        <source>Met het intrekken worden %1 van deze klant nu uit de kluis gewist, met hun wijzigingshistorie. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Met het intrekken worden %1 van deze klant nu uit de kluis gewist, met hun wijzigingshistorie. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Wissen en intrekken</source>
        <translation>Wissen en intrekken</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Niet ingetrokken: het wissen is niet bevestigd.</source>
        <translation>Niet ingetrokken: het wissen is niet bevestigd.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Let op: zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet meer verlenen (privacyverklaring).</source>
        <translation>Let op: zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet meer verlenen (privacyverklaring).</translation>
    </message>
    <message>
        <source>Bijzondere gegevens op grond van deze toestemming</source>
        <translation>Bijzondere gegevens op grond van deze toestemming</translation>
    </message>
    <message>
        <source>Deze toestemming is de grondslag van de gegevens hieronder. Kies per soort wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag (met een toelichting). Stilzwijgend bewaren kan niet.</source>
        <translation>Deze toestemming is de grondslag van de gegevens hieronder. Kies per soort wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag (met een toelichting). Stilzwijgend bewaren kan niet.</translation>
    </message>
    <message>
        <source>Ingetrokken &amp;op</source>
        <translation>Ingetrokken &amp;op</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming introk, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</source>
        <translation>Wanneer de klant de toestemming introk, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <source>&amp;Manier</source>
        <translation>&amp;Manier</translation>
    </message>
    <message>
        <source>&amp;Bewijsstuk</source>
        <translation>&amp;Bewijsstuk</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand (bijv. de brief of e-mail van de klant) als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</source>
        <translation>Een PDF-, PNG- of JPEG-bestand (bijv. de brief of e-mail van de klant) als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</translation>
    </message>
    <message>
        <source>Bestand &amp;toevoegen…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>Toe&amp;lichting</translation>
    </message>
</context>
<context>
    <name>consent_dialog</name>
    <message>
        <source>geen</source>
        <extracomment>At most this many persons are offered as guardian for one search.</extracomment>
        <translation>geen</translation>
    </message>
    <message>
        <source>Bewijsstuk toevoegen</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>dossier_summary_export</name>
    <message>
        <source>Uw rol mag geen gegevens exporteren.</source>
        <translation>Uw rol mag geen gegevens exporteren.</translation>
    </message>
    <message>
        <source>Sla het nieuwe dossier eerst op.</source>
        <translation>Sla het nieuwe dossier eerst op.</translation>
    </message>
    <message>
        <source>Een geanonimiseerd dossier heeft geen overzicht meer.</source>
        <translation>Een geanonimiseerd dossier heeft geen overzicht meer.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt (AVG art. 18): het dossier mag niet worden geëxporteerd.</source>
        <translation>De verwerking is beperkt (AVG art. 18): het dossier mag niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Een overzicht van het dossier als PDF (%1)</source>
        <translation>Een overzicht van het dossier als PDF (%1)</translation>
    </message>
    <message>
        <source>Bijzondere persoonsgegevens opnemen in het dossieroverzicht?</source>
        <translation>Bijzondere persoonsgegevens opnemen in het dossieroverzicht?</translation>
    </message>
    <message>
        <source>Met bijzondere gegevens staan het BSN, de geboortedatum, bankrekeningen en kinderen er volledig in; zonder worden ze afgeschermd getoond. Neem ze alleen op als het overzicht daarvoor bedoeld is.</source>
        <translation>Met bijzondere gegevens staan het BSN, de geboortedatum, bankrekeningen en kinderen er volledig in; zonder worden ze afgeschermd getoond. Neem ze alleen op als het overzicht daarvoor bedoeld is.</translation>
    </message>
    <message>
        <source>Met bijzondere gegevens</source>
        <translation>Met bijzondere gegevens</translation>
    </message>
    <message>
        <source>Zonder (afgeschermd)</source>
        <translation>Zonder (afgeschermd)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Dossieroverzicht opslaan</source>
        <translation>Dossieroverzicht opslaan</translation>
    </message>
    <message>
        <source>Dossieroverzicht %1.pdf</source>
        <translation>Dossieroverzicht %1.pdf</translation>
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
    <name>pdf_export</name>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>request_intake_dialog</name>
    <message>
        <source>Brief of e-mail van de verzoeker</source>
        <translation>Brief of e-mail van de verzoeker</translation>
    </message>
    <message>
        <source>Brieven en e-mails (*.pdf *.png *.jpg *.jpeg *.eml *.msg *.txt);;Alle bestanden (*)</source>
        <translation>Brieven en e-mails (*.pdf *.png *.jpg *.jpeg *.eml *.msg *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>request_model</name>
    <message>
        <source>vandaag</source>
        <extracomment>Background of a row (and of the window&apos;s deadline panel) by urgency; others keep the palette. The text on those backgrounds: dark, also under a dark desktop theme.</extracomment>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>nog 1 dag</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>nog %1 dagen</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>1 dag verstreken</source>
        <translation>1 dag verstreken</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 dagen verstreken</source>
        <translation>%1 dagen verstreken</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>met wachtwoord</source>
        <translation>met wachtwoord</translation>
    </message>
    <message>
        <source>zonder wachtwoord</source>
        <translation>zonder wachtwoord</translation>
    </message>
</context>
<context>
    <name>request_window_actions</name>
    <message>
        <source>Inzageoverzicht maken (PDF)…</source>
        <extracomment>What the member needs, besides HANDLE_REQUESTS, to carry out each right. The decision letter that fits each outcome.</extracomment>
        <translation>Inzageoverzicht maken (PDF)…</translation>
    </message>
    <message>
        <source>Gegevensexport maken (ZIP)…</source>
        <translation>Gegevensexport maken (ZIP)…</translation>
    </message>
    <message>
        <source>Dossier corrigeren…</source>
        <translation>Dossier corrigeren…</translation>
    </message>
    <message>
        <source>Wissen (anonimiseren)…</source>
        <translation>Wissen (anonimiseren)…</translation>
    </message>
    <message>
        <source>Beperking opheffen…</source>
        <translation>Beperking opheffen…</translation>
    </message>
    <message>
        <source>Verwerking beperken…</source>
        <translation>Verwerking beperken…</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <source>Een verzoek om informatie wordt met een brief beantwoord (Ctrl+Shift+B); er worden geen gegevens uit de kluis verstrekt.</source>
        <translation>Een verzoek om informatie wordt met een brief beantwoord (Ctrl+Shift+B); er worden geen gegevens uit de kluis verstrekt.</translation>
    </message>
    <message>
        <source>Dit verzoek is afgehandeld; er kan niets meer aan worden gedaan.</source>
        <translation>Dit verzoek is afgehandeld; er kan niets meer aan worden gedaan.</translation>
    </message>
    <message>
        <source>Dit verzoek is niet aan een dossier gekoppeld, en na de identiteitscontrole kan dat niet meer. Staat de verzoeker toch in de kluis, boek het verzoek dan opnieuw in op het dossier en leg daar de identiteit vast. Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</source>
        <translation>Dit verzoek is niet aan een dossier gekoppeld, en na de identiteitscontrole kan dat niet meer. Staat de verzoeker toch in de kluis, boek het verzoek dan opnieuw in op het dossier en leg daar de identiteit vast. Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</translation>
    </message>
    <message>
        <source>Dit verzoek is niet aan een dossier gekoppeld. Staat de verzoeker in de kluis, koppel het dan eerst aan het dossier (Koppelen aan dossier…). Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</source>
        <translation>Dit verzoek is niet aan een dossier gekoppeld. Staat de verzoeker in de kluis, koppel het dan eerst aan het dossier (Koppelen aan dossier…). Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</translation>
    </message>
    <message>
        <source>Het dossier is geanonimiseerd: er zijn geen gegevens meer om te verstrekken of te wijzigen.</source>
        <translation>Het dossier is geanonimiseerd: er zijn geen gegevens meer om te verstrekken of te wijzigen.</translation>
    </message>
    <message>
        <source>Leg eerst de identiteit van de verzoeker vast (Ctrl+Shift+I): er worden geen gegevens verstrekt of gewijzigd voordat vaststaat dat het om deze persoon gaat.</source>
        <translation>Leg eerst de identiteit van de verzoeker vast (Ctrl+Shift+I): er worden geen gegevens verstrekt of gewijzigd voordat vaststaat dat het om deze persoon gaat.</translation>
    </message>
    <message>
        <source>Uw rol (%1) mag dit niet uitvoeren; vraag een collega met die bevoegdheid.</source>
        <translation>Uw rol (%1) mag dit niet uitvoeren; vraag een collega met die bevoegdheid.</translation>
    </message>
    <message>
        <source>Open het dossier om het te corrigeren vanuit het hoofdvenster (pagina AVG-verzoeken).</source>
        <translation>Open het dossier om het te corrigeren vanuit het hoofdvenster (pagina AVG-verzoeken).</translation>
    </message>
    <message>
        <source>Inzageoverzicht opslaan</source>
        <translation>Inzageoverzicht opslaan</translation>
    </message>
    <message>
        <source>Inzage %1.pdf</source>
        <translation>Inzage %1.pdf</translation>
    </message>
    <message>
        <source>Inzageoverzicht opgeslagen: %1</source>
        <translation>Inzageoverzicht opgeslagen: %1</translation>
    </message>
    <message>
        <source>Gegevensexport opslaan</source>
        <translation>Gegevensexport opslaan</translation>
    </message>
    <message>
        <source>ZIP-bestanden (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Gegevensexport %1.zip</source>
        <translation>Gegevensexport %1.zip</translation>
    </message>
    <message>
        <source>De gegevens worden verzameld en ingepakt…</source>
        <translation>De gegevens worden verzameld en ingepakt…</translation>
    </message>
    <message>
        <source>Het bestand wordt opgeslagen…</source>
        <translation>Het bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Gegevensexport opgeslagen: %1</source>
        <translation>Gegevensexport opgeslagen: %1</translation>
    </message>
    <message>
        <source>Gegevensexport maken</source>
        <translation>Gegevensexport maken</translation>
    </message>
    <message>
        <source>Het dossier kon niet worden geopend. Open het via de pagina Dossiers.</source>
        <translation>Het dossier kon niet worden geopend. Open het via de pagina Dossiers.</translation>
    </message>
    <message>
        <source>Het dossier is geanonimiseerd.</source>
        <translation>Het dossier is geanonimiseerd.</translation>
    </message>
    <message>
        <source>De beperking is opgeheven.</source>
        <translation>De beperking is opgeheven.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt.</source>
        <translation>De verwerking is beperkt.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Welke toestemming trekt de verzoeker in?</source>
        <translation>Welke toestemming trekt de verzoeker in?</translation>
    </message>
    <message>
        <source>Deze klant heeft geen gegeven toestemmingen die kunnen worden ingetrokken.</source>
        <translation>Deze klant heeft geen gegeven toestemmingen die kunnen worden ingetrokken.</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken.</source>
        <translation>De toestemming is ingetrokken.</translation>
    </message>
    <message>
        <source>Stuk toegevoegd: %1</source>
        <translation>Stuk toegevoegd: %1</translation>
    </message>
    <message>
        <source>Stuk opslaan als</source>
        <translation>Stuk opslaan als</translation>
    </message>
    <message>
        <source>Stuk opgeslagen: %1</source>
        <translation>Stuk opgeslagen: %1</translation>
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
        <source>Venster AVG-verzoek</source>
        <translation>Venster AVG-verzoek</translation>
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
        <source>Nieuwe versie van de privacyverklaring</source>
        <translation>Nieuwe versie van de privacyverklaring</translation>
    </message>
    <message>
        <source>Pagina Privacyverklaring</source>
        <translation>Pagina Privacyverklaring</translation>
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
        <source>Toestemming vastleggen</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Machtiging vastleggen</translation>
    </message>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <source>PDF van de gekozen regel (ontvangstbewijs, machtigingsformulier)</source>
        <translation>PDF van de gekozen regel (ontvangstbewijs, machtigingsformulier)</translation>
    </message>
    <message>
        <source>Tabbladen Toestemmingen en Machtigingen</source>
        <translation>Tabbladen Toestemmingen en Machtigingen</translation>
    </message>
    <message>
        <source>Overzicht vernieuwen</source>
        <translation>Overzicht vernieuwen</translation>
    </message>
    <message>
        <source>Startpagina</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>Dossieroverzicht als PDF</source>
        <translation>Dossieroverzicht als PDF</translation>
    </message>
    <message>
        <source>Nieuw AVG-verzoek inboeken</source>
        <translation>Nieuw AVG-verzoek inboeken</translation>
    </message>
    <message>
        <source>Pagina AVG-verzoeken</source>
        <translation>Pagina AVG-verzoeken</translation>
    </message>
    <message>
        <source>Identiteit vastleggen</source>
        <translation>Identiteit vastleggen</translation>
    </message>
    <message>
        <source>Verzoek uitvoeren (inzage, export, wissen, beperken, corrigeren)</source>
        <translation>Verzoek uitvoeren (inzage, export, wissen, beperken, corrigeren)</translation>
    </message>
    <message>
        <source>Brief aan de verzoeker</source>
        <translation>Brief aan de verzoeker</translation>
    </message>
    <message>
        <source>Termijn verlengen</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>Verzoek afhandelen</source>
        <translation>Verzoek afhandelen</translation>
    </message>
    <message>
        <source>Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)</source>
        <translation>Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)</translation>
    </message>
</context>
</TS>
