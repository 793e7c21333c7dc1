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
    <name>ActivationDialog</name>
    <message>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Activeringscode invoeren</source>
        <translation>Enter activation code</translation>
    </message>
    <message>
        <source>De klant heeft van de Belastingdienst een brief met een activeringscode gekregen. Vul de code in en de dag waarop de machtiging is geactiveerd; vanaf die dag is de VIA-machtiging geldig. De code wordt afgeschermd bewaard.</source>
        <translation>The client has received a letter with an activation code from the Belastingdienst. Enter the code and the day on which the authorisation was activated; the VIA authorisation is valid from that day. The code is stored masked.</translation>
    </message>
    <message>
        <source>Acti&amp;veringscode</source>
        <translation>Activation &amp;code</translation>
    </message>
    <message>
        <source>uit de brief van de Belastingdienst</source>
        <translation>from the Belastingdienst’s letter</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Geact&amp;iveerd op</source>
        <translation>Act&amp;ivated on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Grijze soorten zijn bijzondere gegevens: die kunnen pas worden toegevoegd als de grondslag ervoor is vastgelegd (op dit tabblad), en alleen door wie bijzondere gegevens mag zien.</source>
        <translation>Greyed-out kinds are special data: they can only be added once their legal basis has been recorded (on this tab), and only by someone who may see special data.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>&amp;Soort document</source>
        <translation>&amp;Kind of document</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>bijv. paspoort, geldig tot 2031</source>
        <translation>e.g. passport, valid until 2031</translation>
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
    <name>AddressRow</name>
    <message>
        <source>Straat</source>
        <extracomment>key → (widget, its message label)</extracomment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Adres verwijderen</source>
        <translation>Remove address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Soort adres</source>
        <translation>Kind of address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postcode en plaats</source>
        <translation>Postcode and city</translation>
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
    <name>AuthorisationDialog</name>
    <message>
        <source>Machtiging wijzigen</source>
        <extracomment>The recipients an authorisation can name; another third party needs consent instead (R5).</extracomment>
        <translation>Change authorisation</translation>
    </message>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Record authorisation</translation>
    </message>
    <message>
        <source>Een machtiging geldt voor de Belastingdienst, een bank of een andere overheidsinstantie. Voor een andere derde legt u toestemming vast onder Toestemmingen.</source>
        <translation>An authorisation applies to the Belastingdienst, a bank or another government body. For any other third party, record consent under Consents.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>vastgelegd; leeg laten = ongewijzigd</source>
        <translation>recorded; leave empty = unchanged</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Belastingja&amp;ar</source>
        <translation>Tax &amp;year</translation>
    </message>
    <message>
        <source>Belastingja&amp;ren</source>
        <translation>Tax &amp;years</translation>
    </message>
    <message>
        <source>leeg: tot intrekking</source>
        <translation>empty: until revoked</translation>
    </message>
    <message>
        <source>VIA: voor één belastingjaar van de inkomstenbelasting. De klant krijgt van de Belastingdienst een brief met een activeringscode; pas na activering is de machtiging geldig.</source>
        <translation>VIA: for one income tax year. The client receives a letter with an activation code from the Belastingdienst; the authorisation is only valid once it has been activated.</translation>
    </message>
    <message>
        <source>SBA: de firma ontvangt de serviceberichten over aanslagen; dit dekt geen verstrekking.</source>
        <translation>SBA: the firm receives the service messages about assessments; this does not cover any disclosure.</translation>
    </message>
    <message>
        <source>SBT: de firma ontvangt de serviceberichten over toeslagen; dit dekt geen verstrekking.</source>
        <translation>SBT: the firm receives the service messages about allowances; this does not cover any disclosure.</translation>
    </message>
    <message>
        <source>Doorlopend: de aangiften van één belastingmiddel, vanaf het eerste jaar tot de machtiging wordt ingetrokken of afloopt.</source>
        <translation>Continuing: the returns for one tax type, from the first year until the authorisation is revoked or expires.</translation>
    </message>
    <message>
        <source>Door de klant getekend: voor de genoemde ontvanger, stukken en jaren. Koppel het getekende formulier als document.</source>
        <translation>Signed by the client: for the named recipient, documents and years. Link the signed form as a document.</translation>
    </message>
    <message>
        <source>Getekende machtiging toevoegen</source>
        <translation>Add signed authorisation</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Getekende machtiging</source>
        <translation>Signed authorisation</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Kies de soort machtiging; velden die er niet bij horen, staan uit.</source>
        <translation>Choose the kind of authorisation; fields that do not apply are switched off.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>&amp;Naam ontvanger</source>
        <translation>Recipient &amp;name</translation>
    </message>
    <message>
        <source>bijv. ING Bank N.V. of Gemeente Hoorn</source>
        <translation>e.g. ING Bank N.V. or Gemeente Hoorn</translation>
    </message>
    <message>
        <source>&amp;Belastingmiddel</source>
        <translation>&amp;Tax type</translation>
    </message>
    <message>
        <source>Stukken</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Belasting&amp;aangifte</source>
        <translation>Ta&amp;x return</translation>
    </message>
    <message>
        <source>&amp;Jaarrekening</source>
        <translation>&amp;Annual account</translation>
    </message>
    <message>
        <source>&amp;Financiële rapportage</source>
        <translation>&amp;Financial report</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Aangevraagd o&amp;p</source>
        <translation>Re&amp;quested on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Geldig vanaf</source>
        <translation>&amp;Valid from</translation>
    </message>
    <message>
        <source>Geldig &amp;tot en met</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <source>Acti&amp;veringscode</source>
        <translation>Activation &amp;code</translation>
    </message>
    <message>
        <source>uit de brief van de Belastingdienst</source>
        <translation>from the Belastingdienst’s letter</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Geact&amp;iveerd op</source>
        <translation>Act&amp;ivated on</translation>
    </message>
    <message>
        <source>Getekend stu&amp;k</source>
        <translation>Si&amp;gned document</translation>
    </message>
    <message>
        <source>&amp;Document toevoegen…</source>
        <translation>Add &amp;document…</translation>
    </message>
    <message>
        <source>Het getekende formulier (PDF, PNG of JPEG) aan het dossier toevoegen en hier koppelen</source>
        <translation>Add the signed form (PDF, PNG or JPEG) to the dossier and link it here</translation>
    </message>
    <message>
        <source>Notiti&amp;e</source>
        <translation>Not&amp;e</translation>
    </message>
</context>
<context>
    <name>AuthorisationTableModel</name>
    <message>
        <source>Soort</source>
        <extracomment>How a stored activation code shows until it is revealed.</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Dekt</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activeringscode</source>
        <translation>Activation code</translation>
    </message>
    <message>
        <source>Getekend stuk</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>vanaf %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Reden van intrekking: %1</source>
        <translation>Reason for revoking: %1</translation>
    </message>
    <message>
        <source>Afgeschermd; ‘Code tonen’ toont de code (wordt vastgelegd in de audittrail)</source>
        <translation>Masked; ‘Show code’ shows the code (recorded in the audit trail)</translation>
    </message>
</context>
<context>
    <name>AuthorisationsTab</name>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Record authorisation</translation>
    </message>
    <message>
        <source>Machtigingsformulier</source>
        <translation>Authorisation form</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd; de machtigingen kunnen niet meer worden gewijzigd.</source>
        <translation>This dossier has been anonymised; its authorisations can no longer be changed.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt (AVG art. 18): zolang dat geldt, worden geen machtigingen vastgelegd, gewijzigd of afgedrukt.</source>
        <translation>Processing is restricted (GDPR art. 18): while this applies, no authorisations are recorded, changed or printed.</translation>
    </message>
    <message>
        <source>U kunt de machtigingen inzien. Uw rol mag ze niet vastleggen of wijzigen.</source>
        <translation>You can view the authorisations. Your role may not record or change them.</translation>
    </message>
    <message>
        <source>De machtiging ‘%1’ is gewijzigd.</source>
        <translation>The authorisation ‘%1’ has been changed.</translation>
    </message>
    <message>
        <source>De machtiging ‘%1’ is vastgelegd.</source>
        <translation>The authorisation ‘%1’ has been recorded.</translation>
    </message>
    <message>
        <source>De VIA-machtiging is geactiveerd.</source>
        <translation>The VIA authorisation has been activated.</translation>
    </message>
    <message>
        <source>De machtiging is ingetrokken.</source>
        <translation>The authorisation has been revoked.</translation>
    </message>
    <message>
        <source>Activeringscode gekopieerd. Het klembord wordt over %1 seconden gewist.</source>
        <translation>Activation code copied. The clipboard will be cleared in %1 seconds.</translation>
    </message>
    <message>
        <source>Machtigingsformulier %1 %2.pdf</source>
        <translation>Authorisation form %1 %2.pdf</translation>
    </message>
    <message>
        <source>Machtigingsformulier opslaan</source>
        <translation>Save authorisation form</translation>
    </message>
    <message>
        <source>Het machtigingsformulier is opgeslagen als %1.</source>
        <translation>The authorisation form has been saved as %1.</translation>
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
    <name>BankAccountDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bankrekening</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>De rekening wordt opgeslagen met het dossier en daarna afgeschermd getoond.</source>
        <translation>The account is saved with the dossier and shown masked after that.</translation>
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
        <translation>Account &amp;holder</translation>
    </message>
    <message>
        <source>bijv. J. de Vries</source>
        <translation>e.g. J. de Vries</translation>
    </message>
</context>
<context>
    <name>BankAccountsTab</name>
    <message>
        <source>Bankrekeningen worden afgeschermd getoond. Met Tonen ziet u één rekening; dat wordt in de audittrail vastgelegd. Alleen een getoonde rekening kunt u wijzigen.</source>
        <translation>Bank accounts are shown masked. Show reveals one account; this is recorded in the audit trail. You can only change an account that is shown.</translation>
    </message>
    <message>
        <source>Er zijn geen bankrekeningen vastgelegd.</source>
        <translation>No bank accounts have been recorded.</translation>
    </message>
    <message>
        <source>Rekening &amp;toevoegen…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Rekening %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <source>Grondslag vastleggen: %1</source>
        <translation>Record legal basis: %1</translation>
    </message>
    <message>
        <source>Op welke grondslag bewaart het kantoor %1 van deze klant? Zonder grondslag wordt niets hiervan opgeslagen. De grondslag komt met uw naam en de datum in het dossier.</source>
        <translation>On what legal basis does the firm keep %1 of this client? Without a legal basis none of it is stored. The legal basis is recorded in the dossier with your name and the date.</translation>
    </message>
    <message>
        <source>Voor het BSN geldt alleen de wettelijke plicht (fiscale dienstverlening): toestemming of een overeenkomst maakt gebruik van het BSN niet rechtmatig.</source>
        <translation>For the BSN only the legal obligation (tax services) applies: consent or a contract does not make use of the BSN lawful.</translation>
    </message>
    <message>
        <source>Kies toestemming alleen als de klant die echt heeft gegeven; de klant kan haar altijd weer intrekken.</source>
        <translation>Choose consent only if the client has really given it; the client can withdraw it at any time.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Grondslag vastleggen</source>
        <translation>Record legal basis</translation>
    </message>
    <message>
        <source>&amp;Grondslag</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>bijv. opdrachtbevestiging van 12-01-2026</source>
        <translation>e.g. engagement letter of 12-01-2026</translation>
    </message>
</context>
<context>
    <name>BasisLine</name>
    <message>
        <source>Grondslag vastleggen…</source>
        <translation>Record legal basis…</translation>
    </message>
    <message>
        <source>Grondslag: %1 — wordt vastgelegd bij het opslaan van het dossier.</source>
        <translation>Legal basis: %1 — will be recorded when the dossier is saved.</translation>
    </message>
    <message>
        <source>Grondslag: %1 — vastgelegd door %2 op %3</source>
        <translation>Legal basis: %1 — recorded by %2 on %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Geen grondslag vastgelegd. Zonder grondslag kan hier niets worden ingevuld of opgeslagen (AVG: alleen met wettelijke plicht, overeenkomst of toestemming).</source>
        <translation>No legal basis recorded. Without a legal basis nothing can be entered or saved here (GDPR: only with a legal obligation, contract or consent).</translation>
    </message>
    <message>
        <source>Grondslag wijzigen…</source>
        <translation>Change legal basis…</translation>
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
    <name>ChangeReasonDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bij ‘Anders’ is een toelichting nodig: schrijf kort waarom het dossier wordt gewijzigd.</source>
        <translation>‘Other’ needs an explanation: write briefly why the dossier is being changed.</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Waarom wordt dit dossier gewijzigd? De reden komt met de wijziging in de historie van het dossier.</source>
        <translation>Why is this dossier being changed? The reason is kept with the change in the dossier’s history.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>bijv. nieuw adres doorgegeven per e-mail</source>
        <translation>e.g. new address reported by email</translation>
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
    <name>ChildDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Het kind wordt opgeslagen met het dossier en daarna afgeschermd getoond.</source>
        <translation>The child is saved with the dossier and shown masked after that.</translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>Gegevens van kinderen worden afgeschermd getoond. Met Tonen ziet u één kind; dat wordt in de audittrail vastgelegd. Alleen een getoond kind kunt u wijzigen.</source>
        <translation>Children’s details are shown masked. Show reveals one child; this is recorded in the audit trail. You can only change a child that is shown.</translation>
    </message>
    <message>
        <source>Er zijn geen kinderen vastgelegd.</source>
        <translation>No children have been recorded.</translation>
    </message>
    <message>
        <source>Kind &amp;toevoegen…</source>
        <translation>&amp;Add child…</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>%1, geboren %2</source>
        <translation>%1, born %2</translation>
    </message>
</context>
<context>
    <name>ClientsToInformModel</name>
    <message>
        <source>Klantnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geïnformeerd op</source>
        <translation>Informed on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming vastleggen — %1</source>
        <translation>Record consent — %1</translation>
    </message>
    <message>
        <source>Leg vast dat %1 toestemming heeft gegeven. De gebeurtenis komt met uw naam in de geschiedenis van de toestemming en kan niet meer worden gewijzigd; intrekken kan altijd.</source>
        <translation>Record that %1 has given consent. The event is added to the consent’s history with your name and cannot be changed afterwards; consent can always be withdrawn.</translation>
    </message>
    <message>
        <source>De geboortedatum van de klant staat niet in de kluis. Vink dit aan als u hebt nagegaan dat de klant 16 jaar of ouder is; is de klant jonger, leg dan de ouder of voogd vast.</source>
        <translation>The client’s date of birth is not in the vault. Tick this if you have checked that the client is 16 or older; if the client is younger, record the parent or guardian.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Ontvanger (verplicht voor dit doel)</source>
        <translation>&amp;Recipient (required for this purpose)</translation>
    </message>
    <message>
        <source>&amp;Ontvanger (niet nodig)</source>
        <translation>&amp;Recipient (not needed)</translation>
    </message>
    <message>
        <source>Voor dit doel geldt toestemming per ontvanger: vul de derde in die de gegevens krijgt.</source>
        <translation>For this purpose consent is given per recipient: fill in the third party that receives the data.</translation>
    </message>
    <message>
        <source>Hiervoor is uitdrukkelijke toestemming nodig (schriftelijk of per e-mail).</source>
        <translation>This needs explicit consent (in writing or by email).</translation>
    </message>
    <message>
        <source>Zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet verlenen.</source>
        <translation>Without this consent Calqi may not be able to provide certain services.</translation>
    </message>
    <message>
        <source>niet in de kluis — naam hieronder invullen</source>
        <translation>not in the vault — fill in the name below</translation>
    </message>
    <message>
        <source>Gevonden in de kluis: %1. Kies de ouder of voogd.</source>
        <translation>Found in the vault: %1. Choose the parent or guardian.</translation>
    </message>
    <message>
        <source>Schrijf het moment als dd-mm-jjjj uu:mm, bijvoorbeeld 24-11-2026 14:05.</source>
        <translation>Write the moment as dd-mm-yyyy hh:mm, for example 24-11-2026 14:05.</translation>
    </message>
    <message>
        <source>Kies het doel waarvoor de klant toestemming geeft.</source>
        <translation>Choose the purpose for which the client gives consent.</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>bijv. Hypotheekbank B.V.</source>
        <translation>e.g. Hypotheekbank B.V.</translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming gaf, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</source>
        <translation>When the client gave consent, as dd-mm-yyyy hh:mm (a date alone is also fine)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
    <message>
        <source>&amp;Manier</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Privacyverklaring</source>
        <translation>Privacy s&amp;tatement</translation>
    </message>
    <message>
        <source>De versie van de privacyverklaring die de klant heeft gezien</source>
        <translation>The version of the privacy statement that the client has seen</translation>
    </message>
    <message>
        <source>&amp;Bewijsstuk</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</source>
        <translation>Add a PDF, PNG or JPEG file to the dossier as the signed form and choose it as evidence</translation>
    </message>
    <message>
        <source>Bestand &amp;toevoegen…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Ik heb ge&amp;controleerd dat de klant 16 jaar of ouder is</source>
        <translation>I have &amp;checked that the client is 16 or older</translation>
    </message>
    <message>
        <source>Gegeven door o&amp;uder of wettelijk vertegenwoordiger</source>
        <translation>Given by a parent or &amp;legal representative</translation>
    </message>
    <message>
        <source>Voor een klant jonger dan 16 jaar geeft een ouder of wettelijk vertegenwoordiger de toestemming. Kies die persoon in de kluis, of vul naam en relatie in.</source>
        <translation>For a client under 16, a parent or legal representative gives consent. Choose that person in the vault, or fill in name and relationship.</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>Relations&amp;hip</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de kluis</source>
        <translation>&amp;Search the vault</translation>
    </message>
    <message>
        <source>naam, klantnummer, postcode of plaats</source>
        <translation>name, client number, postcode or city</translation>
    </message>
    <message>
        <source>P&amp;ersoon</source>
        <translation>Perso&amp;n</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>naam van de ouder of voogd, als die niet in de kluis staat</source>
        <translation>name of the parent or guardian, if they are not in the vault</translation>
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
        <translation>Event</translation>
    </message>
    <message>
        <source>Manier</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Ouder/voogd</source>
        <translation>Parent/guardian</translation>
    </message>
    <message>
        <source>Bewijsstuk</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Beslissingen</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming gaf of introk</source>
        <translation>When the client gave or withdrew consent</translation>
    </message>
    <message>
        <source>Bij intrekken: wat er met de bijzondere gegevens op deze grondslag is gebeurd</source>
        <translation>On withdrawal: what happened to the special data on this legal basis</translation>
    </message>
    <message>
        <source>Vastgelegd op %1</source>
        <translation>Recorded on %1</translation>
    </message>
</context>
<context>
    <name>ConsentPurposeModel</name>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Engelse naam</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Per ontvanger</source>
        <translation>Per recipient</translation>
    </message>
    <message>
        <source>Uitdrukkelijk</source>
        <translation>Explicit</translation>
    </message>
    <message>
        <source>Kan dienst beëindigen</source>
        <translation>May end service</translation>
    </message>
    <message>
        <source>Bijzondere gegevens</source>
        <translation>Special data</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Uit de verklaring</source>
        <translation>From the statement</translation>
    </message>
    <message>
        <source>Toestemming geldt per genoemde ontvanger</source>
        <translation>Consent applies per named recipient</translation>
    </message>
    <message>
        <source>De verklaring vraagt uitdrukkelijke toestemming</source>
        <translation>The statement asks for explicit consent</translation>
    </message>
    <message>
        <source>Intrekken kan betekenen dat de dienstverlening stopt</source>
        <translation>Withdrawal may mean that the service stops</translation>
    </message>
    <message>
        <source>Kan de grondslag zijn van bijzondere persoonsgegevens</source>
        <translation>Can be the legal basis for special personal data</translation>
    </message>
    <message>
        <source>Doelen uit de privacyverklaring kunnen niet worden gewijzigd</source>
        <translation>Purposes from the privacy statement cannot be changed</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ConsentPurposesDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies eerst een toegevoegd doel in de lijst.</source>
        <translation>First choose an added purpose in the list.</translation>
    </message>
    <message>
        <source>Dit doel staat in de privacyverklaring en kan daarom niet worden gewijzigd of uitgezet. Voeg zo nodig een nieuw doel toe.</source>
        <translation>This purpose is in the privacy statement and therefore cannot be changed or switched off. Add a new purpose if needed.</translation>
    </message>
    <message>
        <source>Naam, omschrijving en kenmerken van dit doel wijzigen</source>
        <translation>Change this purpose’s name, description and properties</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Change purpose</translation>
    </message>
    <message>
        <source>Doelen van toestemming</source>
        <translation>Consent purposes</translation>
    </message>
    <message>
        <source>De doelen waarvoor het kantoor toestemming kan vragen. De doelen uit de privacyverklaring staan vast; de beheerder kan doelen toevoegen. Een toegevoegd doel wordt nooit verwijderd, alleen uitgezet, zodat eerdere toestemmingen hun doel houden.</source>
        <translation>The purposes for which the firm can ask for consent. The purposes from the privacy statement are fixed; the administrator can add purposes. An added purpose is never deleted, only switched off, so that earlier consents keep their purpose.</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen…</source>
        <translation>&amp;Add purpose…</translation>
    </message>
    <message>
        <source>Doel &amp;wijzigen…</source>
        <translation>&amp;Change purpose…</translation>
    </message>
    <message>
        <source>Alleen de beheerder kan doelen toevoegen of wijzigen.</source>
        <translation>Only the administrator can add or change purposes.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name (Dutch)</translation>
    </message>
    <message>
        <source>bijv. Klanttevredenheidsonderzoek</source>
        <translation>e.g. Klanttevredenheidsonderzoek</translation>
    </message>
    <message>
        <source>&amp;Engelse naam</source>
        <translation>&amp;English name</translation>
    </message>
    <message>
        <source>voor de Engelse weergave; mag leeg blijven</source>
        <translation>for the English interface; may be left empty</translation>
    </message>
    <message>
        <source>Omsch&amp;rijving</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <source>waarvoor de gegevens worden gebruikt, zoals de klant het te lezen krijgt</source>
        <translation>what the data is used for, as the client will read it</translation>
    </message>
    <message>
        <source>Toestemming &amp;per genoemde ontvanger (gegevens doorgeven aan een derde)</source>
        <translation>Consent &amp;per named recipient (passing data on to a third party)</translation>
    </message>
    <message>
        <source>&amp;Uitdrukkelijke toestemming nodig</source>
        <translation>E&amp;xplicit consent needed</translation>
    </message>
    <message>
        <source>Intrekken kan betekenen dat de &amp;dienstverlening stopt</source>
        <translation>Withdrawal may mean that the ser&amp;vice stops</translation>
    </message>
    <message>
        <source>&amp;Actief: nieuwe toestemming kan voor dit doel worden vastgelegd</source>
        <translation>Ac&amp;tive: new consent can be recorded for this purpose</translation>
    </message>
    <message>
        <source>Doel &amp;opslaan</source>
        <translation>&amp;Save purpose</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>Cance&amp;l</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Ontvangstbewijs…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <source>Uw rol mag toestemming inzien, maar niet vastleggen of intrekken.</source>
        <translation>Your role may view consent, but not record or withdraw it.</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd: er kan geen toestemming meer worden vastgelegd.</source>
        <translation>This dossier has been anonymised: no more consent can be recorded.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt: er kan nu geen toestemming worden vastgelegd en geen formulier worden gemaakt. Intrekken kan wel.</source>
        <translation>Processing is restricted: no consent can be recorded and no form can be made now. Withdrawing consent is still possible.</translation>
    </message>
    <message>
        <source>Er is nog geen toestemming vastgelegd.</source>
        <translation>No consent has been recorded yet.</translation>
    </message>
    <message>
        <source>De toestemming is vastgelegd: %1.</source>
        <translation>The consent has been recorded: %1.</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken: %1.</source>
        <translation>The consent has been withdrawn: %1.</translation>
    </message>
    <message>
        <source>Toestemmingsformulier opslaan</source>
        <translation>Save consent form</translation>
    </message>
    <message>
        <source>Toestemmingsformulier %1.pdf</source>
        <translation>Consent form %1.pdf</translation>
    </message>
    <message>
        <source>Het toestemmingsformulier is opgeslagen als %1.</source>
        <translation>The consent form has been saved as %1.</translation>
    </message>
    <message>
        <source>Ontvangstbewijs opslaan</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>Ontvangstbewijs toestemming %1.pdf</source>
        <translation>Consent receipt %1.pdf</translation>
    </message>
    <message>
        <source>Het ontvangstbewijs is opgeslagen als %1.</source>
        <translation>The receipt has been saved as %1.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Een toestemming die een ouder of voogd gaf, moet de klant zelf vernieuwen zodra die 16 is.</source>
        <translation>Consent given by a parent or guardian must be renewed by the client once they turn 16.</translation>
    </message>
    <message>
        <source>De versie van de privacyverklaring die de klant bij de laatste gebeurtenis zag</source>
        <translation>The version of the privacy statement that the client saw at the last event</translation>
    </message>
    <message>
        <source>via ouder/voogd</source>
        <translation>via parent/guardian</translation>
    </message>
    <message>
        <source>vernieuwen vanaf %1</source>
        <translation>renew from %1</translation>
    </message>
    <message>
        <source>te vernieuwen</source>
        <translation>to renew</translation>
    </message>
    <message>
        <source>zodra de klant 16 is</source>
        <translation>once the client is 16</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Omschrijving, bijv. privé of werk</source>
        <translation>Description, e.g. home or work</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Adres &amp;toevoegen</source>
        <translation>&amp;Add address</translation>
    </message>
    <message>
        <source>E-mailadressen</source>
        <translation>Email addresses</translation>
    </message>
    <message>
        <source>&amp;E-mailadres toevoegen</source>
        <translation>Add &amp;email address</translation>
    </message>
    <message>
        <source>Telefoonnummers</source>
        <translation>Telephone numbers</translation>
    </message>
    <message>
        <source>Tele&amp;foonnummer toevoegen</source>
        <translation>Add &amp;telephone number</translation>
    </message>
    <message>
        <source>Adres %1</source>
        <translation>Address %1</translation>
    </message>
</context>
<context>
    <name>DashboardTableModel</name>
    <message>
        <source>Klantnummer</source>
        <extracomment>Row colours of the requests section, with dark text so they read in any theme.</extracomment>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Resterend</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Geldig tot en met</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Aangevraagd op</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>16 jaar sinds</source>
        <translation>Turned 16 on</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>nog 1 dag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>nog %1 dagen</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days overdue</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>%1 — blijft ongewijzigd en afgeschermd zolang de verwerking beperkt is.</source>
        <translation>%1 — stays unchanged and masked while processing is restricted.</translation>
    </message>
    <message>
        <source>%1 — hiervan is niets opgeslagen; kies toch wat er met de grondslag gebeurt.</source>
        <translation>%1 — none of this is stored; still choose what happens to the legal basis.</translation>
    </message>
    <message>
        <source>Nu wissen</source>
        <translation>Erase now</translation>
    </message>
    <message>
        <source>Bewaren onder andere grondslag</source>
        <translation>Keep under another legal basis</translation>
    </message>
    <message>
        <source>Andere grondslag</source>
        <translation>Other legal basis</translation>
    </message>
    <message>
        <source>toelichting, bijv. opdrachtbevestiging van 12-01-2026</source>
        <translation>note, e.g. engagement letter of 12-01-2026</translation>
    </message>
    <message>
        <source>Toelichting bij de andere grondslag</source>
        <translation>Note on the other legal basis</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>Fields only a person has, and only an organisation has; the rest are shared.</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>NL123456789B01</source>
        <translation>NL123456789B01</translation>
    </message>
    <message>
        <source>bijv. J.A.</source>
        <translation>e.g. J.A.</translation>
    </message>
    <message>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <source>leeg laten voor het volgende nummer: %1</source>
        <translation>leave empty for the next number: %1</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Alleen met uitdrukkelijke toestemming van de klant voor verkoop; Calqi verkoopt anders nooit.</source>
        <translation>Only with the client’s explicit consent to the sale; otherwise Calqi never sells data.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Toegestaan: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Geweigerd: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>de klant verstuurt het stuk zelf; dat wordt zo vastgelegd.</source>
        <translation>the client sends the document themselves; it is recorded as such.</translation>
    </message>
    <message>
        <source>een machtiging van de klant</source>
        <translation>an authorisation from the client</translation>
    </message>
    <message>
        <source>op grond van %1.</source>
        <translation>on the basis of %1.</translation>
    </message>
    <message>
        <source>op grond van de uitdrukkelijke toestemming van de klant voor verkoop.</source>
        <translation>on the basis of the client’s explicit consent to the sale.</translation>
    </message>
    <message>
        <source>op grond van de toestemming van de klant voor deze ontvanger.</source>
        <translation>on the basis of the client’s consent for this recipient.</translation>
    </message>
    <message>
        <source>de regels staan deze verstrekking toe.</source>
        <translation>the rules allow this disclosure.</translation>
    </message>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Record disclosure</translation>
    </message>
    <message>
        <source>Leg vast wat de firma verlaat. Naar de overheid of een bank alleen met een geldige machtiging, naar een andere derde alleen met toestemming van de klant; het liefst verstuurt de klant het stuk zelf.</source>
        <translation>Record what leaves the firm. To the government or a bank only with a valid authorisation, to any other third party only with the client’s consent; preferably the client sends the document themselves.</translation>
    </message>
    <message>
        <source>&amp;Stuk</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Belastingmiddel</source>
        <translation>&amp;Tax type</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>&amp;Naam ontvanger</source>
        <translation>Recipient &amp;name</translation>
    </message>
    <message>
        <source>bijv. ING Bank N.V. of Hypotheekadvies Noord B.V.</source>
        <translation>e.g. ING Bank N.V. or Hypotheekadvies Noord B.V.</translation>
    </message>
    <message>
        <source>&amp;Verstrekt op</source>
        <translation>Disc&amp;losed on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Het gaat om ver&amp;koop van gegevens</source>
        <translation>This is a s&amp;ale of data</translation>
    </message>
    <message>
        <source>Notiti&amp;e</source>
        <translation>Not&amp;e</translation>
    </message>
</context>
<context>
    <name>DisclosureTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Op grond van</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Door de klant zelf verstuurd</source>
        <translation>Sent by the client themselves</translation>
    </message>
    <message>
        <source>Machtiging van de klant</source>
        <translation>Authorisation from the client</translation>
    </message>
    <message>
        <source>Toestemming van de klant voor verkoop</source>
        <translation>Client’s consent to the sale</translation>
    </message>
    <message>
        <source>Toestemming van de klant</source>
        <translation>Client’s consent</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Record disclosure</translation>
    </message>
    <message>
        <source>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</source>
        <translation>Record that a document leaves the firm (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Uw rol mag geen verstrekkingen vastleggen.</source>
        <translation>Your role may not record disclosures.</translation>
    </message>
    <message>
        <source>Zolang de verwerking beperkt is of na anonimisering wordt er niets afgedrukt.</source>
        <translation>Nothing is printed while processing is restricted or after anonymisation.</translation>
    </message>
    <message>
        <source>Alle verstrekkingen van deze klant als PDF</source>
        <translation>All disclosures of this client as a PDF</translation>
    </message>
    <message>
        <source>De verstrekking is vastgelegd: %1 aan %2.</source>
        <translation>The disclosure has been recorded: %1 to %2.</translation>
    </message>
    <message>
        <source>Overzicht van verstrekkingen opslaan</source>
        <translation>Save overview of disclosures</translation>
    </message>
    <message>
        <source>Verstrekkingen %1.pdf</source>
        <translation>Disclosures %1.pdf</translation>
    </message>
    <message>
        <source>Het overzicht is opgeslagen als %1.</source>
        <translation>The overview has been saved as %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd door</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Uitzoomen</source>
        <extracomment>A zoomed picture is drawn at most this many pixels (a 60-megapixel scan at 800 % would need gigabytes).</extracomment>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Passend in breedte</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Geen document gekozen.</source>
        <translation>No document selected.</translation>
    </message>
    <message>
        <source>Dit soort bestand kan niet in het programma worden getoond.</source>
        <translation>This kind of file cannot be shown in the program.</translation>
    </message>
    <message>
        <source>Dit PDF-bestand is beveiligd met een wachtwoord en kan daarom niet in het programma worden getoond.</source>
        <translation>This PDF file is protected with a password and therefore cannot be shown in the program.</translation>
    </message>
    <message>
        <source>Dit PDF-bestand kan niet worden getoond: het is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</source>
        <translation>This PDF file cannot be shown: it is damaged or incomplete. Ask the client for a new copy.</translation>
    </message>
    <message>
        <source>Deze afbeelding kan niet worden getoond: het bestand is beschadigd of onvolledig. Vraag de klant om een nieuwe kopie.</source>
        <translation>This image cannot be shown: the file is damaged or incomplete. Ask the client for a new copy.</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Document bekijken</source>
        <translation>View document</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Dit document bevat bijzondere persoonsgegevens; uw rol mag het niet openen.</source>
        <translation>This document contains special personal data; your role may not open it.</translation>
    </message>
    <message>
        <source>Het gekozen document in het programma tonen</source>
        <translation>Show the selected document in the program</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Het document ‘%1’ is toegevoegd.</source>
        <translation>The document ‘%1’ has been added.</translation>
    </message>
    <message>
        <source>Document opslaan als</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Het document is opgeslagen als %1.</source>
        <translation>The document has been saved as %1.</translation>
    </message>
    <message>
        <source>Document verwijderen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Het document ‘%1’ wordt definitief uit de kluis verwijderd; dat kan niet ongedaan worden gemaakt. Waarom wordt het verwijderd? De reden komt in de historie van het dossier.</source>
        <translation>The document ‘%1’ will be permanently deleted from the vault; this cannot be undone. Why is it being deleted? The reason goes into the dossier’s history.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Het document ‘%1’ is verwijderd.</source>
        <translation>The document ‘%1’ has been deleted.</translation>
    </message>
</context>
<context>
    <name>DossierAuthorisationsTab</name>
    <message>
        <source>Belastingaangiften en financiële rapportages gaan alleen naar de overheid of een bank op grond van een machtiging van de klant. Activeringscodes van VIA-machtigingen zijn bijzondere gegevens: ze worden afgeschermd getoond en tonen wordt in de audittrail vastgelegd.</source>
        <translation>Tax returns and financial reports go to the government or a bank only on the basis of an authorisation from the client. Activation codes of VIA authorisations are special data: they are shown masked and showing one is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er machtigingen aan toevoegen.</source>
        <translation>Save the dossier first; then you can add authorisations to it.</translation>
    </message>
    <message>
        <source>Een machtiging van de klant vastleggen (Ctrl+Shift+M)</source>
        <translation>Record an authorisation from the client (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Machtiging &amp;vastleggen…</source>
        <translation>&amp;Record authorisation…</translation>
    </message>
    <message>
        <source>De gekozen machtiging wijzigen</source>
        <translation>Change the selected authorisation</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>Ch&amp;ange…</translation>
    </message>
    <message>
        <source>De activeringscode uit de brief van de Belastingdienst invoeren</source>
        <translation>Enter the activation code from the Belastingdienst’s letter</translation>
    </message>
    <message>
        <source>Activeringscode invo&amp;eren…</source>
        <translation>&amp;Enter activation code…</translation>
    </message>
    <message>
        <source>De gekozen machtiging intrekken</source>
        <translation>Revoke the selected authorisation</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>De activeringscode van de gekozen machtiging tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>Show the activation code of the selected authorisation; this is recorded in the audit trail</translation>
    </message>
    <message>
        <source>Code &amp;tonen</source>
        <translation>Sho&amp;w code</translation>
    </message>
    <message>
        <source>De getoonde activeringscode kopiëren; het klembord wordt daarna gewist</source>
        <translation>Copy the activation code shown; the clipboard is cleared afterwards</translation>
    </message>
    <message>
        <source>Code ko&amp;piëren</source>
        <translation>Cop&amp;y code</translation>
    </message>
    <message>
        <source>Het formulier voor de klant om te tekenen, als PDF (Ctrl+P)</source>
        <translation>The form for the client to sign, as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Machtigings&amp;formulier…</source>
        <translation>Authorisation &amp;form…</translation>
    </message>
</context>
<context>
    <name>DossierConsentTab</name>
    <message>
        <source>Toestemming geldt per doel (en bij doorgeven per ontvanger). Elke gebeurtenis — gegeven of ingetrokken — blijft bewaard met moment, vastlegger, manier, bewijsstuk en de versie van de privacyverklaring. Een klant jonger dan 16 jaar geeft toestemming via een ouder of wettelijk vertegenwoordiger.</source>
        <translation>Consent applies per purpose (and, when data is passed on, per recipient). Every event — given or withdrawn — is kept with its moment, who recorded it, method, evidence and the version of the privacy statement. A client under 16 gives consent through a parent or legal representative.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u toestemming vastleggen.</source>
        <translation>Save the dossier first; then you can record consent.</translation>
    </message>
    <message>
        <source>Vastleggen dat de klant toestemming heeft gegeven (Ctrl+Shift+T)</source>
        <translation>Record that the client has given consent (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>Vastleggen dat de klant de gekozen toestemming intrekt</source>
        <translation>Record that the client withdraws the selected consent</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Een toestemmingsformulier als PDF maken, om te laten ondertekenen</source>
        <translation>Make a consent form as a PDF, to be signed</translation>
    </message>
    <message>
        <source>&amp;Formulier afdrukken…</source>
        <translation>Print &amp;form…</translation>
    </message>
    <message>
        <source>Het ontvangstbewijs van de gekozen toestemming als PDF opslaan (Ctrl+P)</source>
        <translation>Save the receipt of the selected consent as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ontvangstbewij&amp;s…</source>
        <translation>Rece&amp;ipt…</translation>
    </message>
    <message>
        <source>Ges&amp;chiedenis van de gekozen toestemming (nieuwste eerst)</source>
        <translation>Histor&amp;y of the selected consent (newest first)</translation>
    </message>
</context>
<context>
    <name>DossierDisclosuresTab</name>
    <message>
        <source>Elke keer dat een belastingaangifte, jaarrekening of financiële rapportage de firma verlaat, wordt dat hier vastgelegd: wat, aan wie, wanneer, hoe en op grond waarvan. Een verstrekking zonder machtiging of toestemming wordt geweigerd.</source>
        <translation>Every time a tax return, annual account or financial report leaves the firm, it is recorded here: what, to whom, when, how and on what basis. A disclosure without an authorisation or consent is refused.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er verstrekkingen bij vastleggen.</source>
        <translation>Save the dossier first; then you can record disclosures for it.</translation>
    </message>
    <message>
        <source>Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)</source>
        <translation>Record that a document leaves the firm (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Verstrekking &amp;vastleggen…</source>
        <translation>&amp;Record disclosure…</translation>
    </message>
    <message>
        <source>Alle verstrekkingen van deze klant als PDF</source>
        <translation>All disclosures of this client as a PDF</translation>
    </message>
    <message>
        <source>Overzicht afd&amp;rukken…</source>
        <translation>Print o&amp;verview…</translation>
    </message>
</context>
<context>
    <name>DossierDocumentsTab</name>
    <message>
        <source>Documenten worden versleuteld in de kluis bewaard en in het programma getoond; er komt niets van op schijf, tenzij u het zelf opslaat. Een kopie van een identiteitsbewijs en financiële stukken zijn bijzondere gegevens: die kunnen alleen worden toegevoegd met een vastgelegde grondslag.</source>
        <translation>Documents are kept encrypted in the vault and shown in the program; nothing of them is written to disk unless you save it yourself. A copy of an ID document and financial documents are special data: they can only be added with a recorded legal basis.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u er documenten aan toevoegen.</source>
        <translation>Save the dossier first; then you can add documents to it.</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand aan het dossier toevoegen</source>
        <translation>Add a PDF, PNG or JPEG file to the dossier</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Het gekozen document in het programma tonen</source>
        <translation>Show the selected document in the program</translation>
    </message>
    <message>
        <source>Bek&amp;ijken</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>Een kopie van het gekozen document op schijf opslaan; dat wordt in de audittrail vastgelegd</source>
        <translation>Save a copy of the selected document to disk; this is recorded in the audit trail</translation>
    </message>
    <message>
        <source>Op&amp;slaan als…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Het gekozen document definitief uit de kluis verwijderen</source>
        <translation>Permanently delete the selected document from the vault</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>D&amp;elete…</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Machtigingen</source>
        <translation>Authorisations</translation>
    </message>
    <message>
        <source>Verstrekkingen</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Dossieroverzicht (PDF)…</source>
        <translation>Dossier summary (PDF)…</translation>
    </message>
    <message>
        <source>De gegevens van dit dossier zijn intussen gewijzigd. Sla uw wijzigingen op (dan volgt een melding) of sluit zonder opslaan en open het dossier opnieuw.</source>
        <translation>The details of this dossier have been changed in the meantime. Save your changes (you will then get a message) or close without saving and open the dossier again.</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Het dossier is niet opgeslagen: 1 veld moet nog worden verbeterd (rood gemarkeerd).</source>
        <translation>The dossier has not been saved: 1 field still needs to be corrected (marked in red).</translation>
    </message>
    <message>
        <source>Het dossier is niet opgeslagen: %1 velden moeten nog worden verbeterd (rood gemarkeerd).</source>
        <translation>The dossier has not been saved: %1 fields still need to be corrected (marked in red).</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: er is geen reden gekozen.</source>
        <translation>Not saved: no reason was chosen.</translation>
    </message>
    <message>
        <source>Het dossier is gecorrigeerd voor verzoek %1.</source>
        <translation>The dossier has been rectified for request %1.</translation>
    </message>
    <message>
        <source>Het dossier is opgeslagen.</source>
        <translation>The dossier has been saved.</translation>
    </message>
    <message>
        <source>Het dossieroverzicht is opgeslagen in %1.</source>
        <translation>The dossier summary has been saved in %1.</translation>
    </message>
    <message>
        <source>Uw niet-opgeslagen wijzigingen staan er niet in.</source>
        <translation>Your unsaved changes are not included in it.</translation>
    </message>
    <message>
        <source>De grondslag is vastgelegd.</source>
        <translation>The legal basis has been recorded.</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>U hebt dit dossier gewijzigd. Sla de wijzigingen op voordat het venster sluit, of gooi ze weg.</source>
        <translation>You have changed this dossier. Save the changes before the window closes, or discard them.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don’t save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Klantnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Organisatienaam</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Btw-id</source>
        <translation>VAT id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Adressen en contact</source>
        <translation>Addresses and &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Bijzondere gegevens</source>
        <translation>S&amp;pecial data</translation>
    </message>
    <message>
        <source>&amp;Kinderen</source>
        <translation>Chi&amp;ldren</translation>
    </message>
    <message>
        <source>Ba&amp;nkrekeningen</source>
        <translation>Ba&amp;nk accounts</translation>
    </message>
    <message>
        <source>&amp;Documenten</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Historie</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Elke wijziging van het dossier, met wie, wanneer en waarom. Van bijzondere gegevens staat alleen dat ze zijn gewijzigd, niet de waarde.</source>
        <translation>Every change to the dossier: by whom, when and why. For special data only the fact that it was changed is shown, not the value.</translation>
    </message>
    <message>
        <source>De wijzigingen opslaan (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Het venster sluiten (Esc of Ctrl+W); bij niet-opgeslagen wijzigingen wordt eerst gevraagd wat ermee moet</source>
        <translation>Close the window (Esc or Ctrl+W); if there are unsaved changes, you are asked first what to do with them</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rectificatie voor verzoek %1</source>
        <translation>Rectification for request %1</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18).</source>
        <translation>Processing restricted (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18): %1.</source>
        <translation>Processing restricted (GDPR art. 18): %1.</translation>
    </message>
    <message>
        <source>Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.</source>
        <translation>This dossier has been anonymised and can no longer be changed.</translation>
    </message>
    <message>
        <source>Het dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt.</source>
        <translation>The dossier can be viewed, but not changed, exported or disclosed.</translation>
    </message>
    <message>
        <source>U kunt dit dossier inzien. Uw rol mag het niet wijzigen.</source>
        <translation>You can view this dossier. Your role may not change it.</translation>
    </message>
    <message>
        <source>Rectificatie voor verzoek %1: elke wijziging wordt met dit verzoek vastgelegd in de historie van het dossier.</source>
        <translation>Rectification for request %1: every change is recorded with this request in the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>Het verzoek is afgehandeld; het dossier kan hier niet meer worden gewijzigd.</source>
        <translation>The request has been closed; the dossier can no longer be changed here.</translation>
    </message>
    <message>
        <source>Stel eerst de identiteit van de verzoeker vast; daarna kan het dossier worden gecorrigeerd.</source>
        <translation>Verify the requester&apos;s identity first; then the dossier can be corrected.</translation>
    </message>
    <message>
        <source>Uw rol mag het dossier niet wijzigen.</source>
        <translation>Your role may not change the dossier.</translation>
    </message>
    <message>
        <source>Alleen de correctie voor dit verzoek is toegestaan.</source>
        <translation>Only the correction for this request is allowed.</translation>
    </message>
</context>
<context>
    <name>DossierHistoryModel</name>
    <message>
        <source>Datum en tijd</source>
        <extracomment>Fields whose values the history never holds.</extracomment>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(gewijzigd)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>AVG-verzoek</source>
        <translation>Data-subject request</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Klik om op deze kolom te sorteren</source>
        <extracomment>fetch(query, offset, limit) -&gt; one page of the list. The columns the vault can sort by; the others are not sortable.</extracomment>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>The list cannot be sorted by this column</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18): inzien mag, wijzigen niet.</source>
        <translation>Processing restricted (GDPR art. 18): viewing is allowed, changing is not.</translation>
    </message>
    <message>
        <source>Klantnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beperkt</source>
        <translation>Restricted</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
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
        <translation>No dossiers found</translation>
    </message>
    <message>
        <source>Geen dossiers</source>
        <translation>No dossiers</translation>
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
        <translation>This dossier is already open and has unsaved changes.</translation>
    </message>
    <message>
        <source>Sla de wijzigingen op of sluit het venster zonder opslaan, en kies daarna opnieuw ‘Dossier corrigeren’ bij het verzoek. Zo komen alleen de correcties voor het verzoek in de historie onder dat verzoek.</source>
        <translation>Save the changes or close the window without saving, then choose ‘Rectify dossier’ on the request again. That way only the corrections for the request are recorded in the history under that request.</translation>
    </message>
    <message>
        <source>Zoek op naam, klantnummer, postcode, plaats, e-mail of KvK (BSN alleen volledig)</source>
        <translation>Search by name, client number, postcode, city, email or KvK (BSN only in full)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Een nieuw dossier aanmaken (Ctrl+N)</source>
        <translation>Create a new dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen (Enter)</source>
        <translation>Open the selected dossier (Enter)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Klanten inlezen uit een CSV- of Excel-bestand (Ctrl+I)</source>
        <translation>Import clients from a CSV or Excel file (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
</context>
<context>
    <name>DossierSearch</name>
    <message>
        <source>verwerking beperkt</source>
        <extracomment>At most this many dossiers are offered for one search.</extracomment>
        <translation>processing restricted</translation>
    </message>
</context>
<context>
    <name>DossierSpecialTab</name>
    <message>
        <source>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</source>
        <translation>Special personal data is not visible to your role.</translation>
    </message>
    <message>
        <source>Bijzondere persoonsgegevens worden afgeschermd getoond. Met Tonen ziet u één gegeven; dat wordt in de audittrail vastgelegd. Een getoond gegeven kunt u wijzigen of kopiëren.</source>
        <translation>Special personal data is shown masked. Show reveals one item; this is recorded in the audit trail. You can change or copy an item that is shown.</translation>
    </message>
    <message>
        <source>Burgerservicenummer (BSN)</source>
        <translation>Citizen service number (BSN)</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Dit gegeven tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>Show this item; this is recorded in the audit trail</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Naar het klembord kopiëren; het klembord wordt na korte tijd vanzelf gewist</source>
        <translation>Copy to the clipboard; the clipboard is cleared automatically after a short time</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Geboorte</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Geboorteplaats</source>
        <translation>Place of birth</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gegevens wissen voor verzoek %1</source>
        <translation>Erase data for request %1</translation>
    </message>
    <message>
        <source>De persoonsgegevens in dossier %1 worden gewist: het dossier wordt geanonimiseerd. Controleer hieronder wat er verdwijnt en wat er op grond van de wet blijft.</source>
        <translation>The personal data in dossier %1 will be erased: the dossier will be anonymised. Check below what will be removed and what is kept because the law requires it.</translation>
    </message>
    <message>
        <source>Hiervan is niets opgeslagen.</source>
        <translation>None of this is stored.</translation>
    </message>
    <message>
        <source>Niets</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Typ ter bevestiging het &amp;klantnummer (%1)</source>
        <translation>Type the client &amp;number (%1) to confirm</translation>
    </message>
    <message>
        <source>tot %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Besluit over het verzoek opslaan</source>
        <translation>Save decision on the request</translation>
    </message>
    <message>
        <source>Besluit wissing %1.pdf</source>
        <translation>Erasure decision %1.pdf</translation>
    </message>
    <message>
        <source>Er is niets gewist. Kies eerst waar de besluitbrief komt: na het wissen kan de brief niet meer worden geadresseerd.</source>
        <translation>Nothing has been erased. First choose where the decision letter should be saved: after the erasure the letter can no longer be addressed.</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <source>De gegevens zijn gewist.</source>
        <translation>The data has been erased.</translation>
    </message>
    <message>
        <source>Besluit op een andere plek opslaan</source>
        <translation>Save decision in another location</translation>
    </message>
    <message>
        <source>Dossier %1 is geanonimiseerd; %2 velden en regels zijn verwijderd.</source>
        <translation>Dossier %1 has been anonymised; %2 fields and rows have been removed.</translation>
    </message>
    <message>
        <source>Kluisbestand: %1 vóór, %2 na het opschonen.</source>
        <translation>Vault file: %1 before, %2 after the clean-up.</translation>
    </message>
    <message>
        <source>De besluitbrief is opgeslagen in %1.</source>
        <translation>The decision letter has been saved in %1.</translation>
    </message>
    <message>
        <source>De besluitbrief is niet opgeslagen. Het besluit en de gronden staan bij het verzoek; stel de brief aan de verzoeker daarmee op.</source>
        <translation>The decision letter has not been saved. The decision and the grounds are recorded with the request; use them to draw up the letter to the requester.</translation>
    </message>
    <message>
        <source>Gegevens wissen (anonimiseren)</source>
        <translation>Erase data (anonymise)</translation>
    </message>
    <message>
        <source>Wordt &amp;verwijderd</source>
        <translation>Will be &amp;removed</translation>
    </message>
    <message>
        <source>Blijft &amp;bewaard, met de reden</source>
        <translation>Will be &amp;kept, with the reason</translation>
    </message>
    <message>
        <source>Dit kan niet ongedaan worden gemaakt. Back-ups die vóór vandaag zijn gemaakt, bevatten de gegevens nog totdat ze volgens het back-upschema zijn vervangen; zet ze niet terug zonder deze wissing opnieuw uit te voeren.</source>
        <translation>This cannot be undone. Backups made before today still contain the data until they are replaced according to the backup schedule; do not restore them without carrying out this erasure again.</translation>
    </message>
    <message>
        <source>Ik heb gecontroleerd wat er wordt verwijderd en wat er blijft, en begrijp dat dit &amp;definitief is</source>
        <translation>I have checked what will be removed and what will be kept, and understand that this is &amp;permanent</translation>
    </message>
    <message>
        <source>&amp;Klantnummer ter bevestiging</source>
        <translation>Client &amp;number for confirmation</translation>
    </message>
</context>
<context>
    <name>ExportPasswordDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF beveiligen</source>
        <translation>Protect PDF</translation>
    </message>
    <message>
        <source>&amp;Beveiligen met een wachtwoord (aanbevolen: dit document bevat bijzondere persoonsgegevens)</source>
        <translation>Pro&amp;tect with a password (recommended: this document contains special personal data)</translation>
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
        <source>Kies minstens 12 tekens. Geef het wachtwoord telefonisch door aan de ontvanger, nooit in dezelfde brief of e-mail als het document.</source>
        <translation>Choose at least 12 characters. Give the password to the recipient by telephone, never in the same letter or email as the document.</translation>
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
    <name>FormPurposesDialog</name>
    <message>
        <source>Toestemmingsformulier</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Voor welke doelen vraagt het formulier toestemming? Elk doel krijgt een eigen vakje.</source>
        <translation>For which purposes does the form ask for consent? Each purpose gets its own tick box.</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies ten minste één doel.</source>
        <translation>Choose at least one purpose.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Overzicht vernieuwen</source>
        <extracomment>A section&apos;s table grows with its rows up to this many; beyond, it scrolls.</extracomment>
        <translation>Refresh overview</translation>
    </message>
    <message>
        <source>Het overzicht opnieuw laden (%1)</source>
        <translation>Reload the overview (%1)</translation>
    </message>
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
        <source>… en nog %1</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Niets te doen: %1</source>
        <translation>Nothing to do: %1</translation>
    </message>
    <message>
        <source>Er vraagt nu niets uw aandacht.</source>
        <translation>Nothing needs your attention now.</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1. Dubbelklik of Enter opent een regel.</source>
        <translation>Updated on %1. Double-click or press Enter to open a row.</translation>
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
        <source>Wat vraagt aandacht</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>— kies een grondslag —</source>
        <translation>— choose a legal basis —</translation>
    </message>
    <message>
        <source>Klantenlijst kiezen</source>
        <translation>Choose client list</translation>
    </message>
    <message>
        <source>Klantenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Client lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Klantenlijst lezen</source>
        <translation>Read client list</translation>
    </message>
    <message>
        <source>— niet importeren —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>De rijen worden gecontroleerd…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Voorbeeld maken</source>
        <translation>Make preview</translation>
    </message>
    <message>
        <source>De klanten worden opgeslagen…</source>
        <translation>Saving the clients…</translation>
    </message>
    <message>
        <source>Klanten importeren</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>%1 De nieuwe dossiers staan in de klantenlijst.</source>
        <translation>%1 The new dossiers are in the list of dossiers.</translation>
    </message>
    <message>
        <source>Klanten importeren – Calqi Desktop</source>
        <translation>Import clients – Calqi Desktop</translation>
    </message>
    <message>
        <source>Welk bestand?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <source>Kies een klantenlijst als CSV-bestand of Excel-werkmap (.xlsx). De eerste rij bevat de kolomnamen; elke volgende rij is één klant.</source>
        <translation>Choose a client list as a CSV file or Excel workbook (.xlsx). The first row contains the column names; each following row is one client.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Het bestand wordt alleen gelezen, niet gewijzigd. Er wordt niets opgeslagen voordat u de voorbeeldweergave hebt gezien en op Importeren hebt gedrukt.</source>
        <translation>The file is only read, not changed. Nothing is saved until you have seen the preview and pressed Import.</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>Kies bij elke kolom het dossierveld waarin die wordt gelezen. De herkende kolommen zijn al ingevuld; kolommen op ‘niet importeren’ worden overgeslagen.</source>
        <translation>For each column, choose the dossier field it is read into. Recognised columns have already been filled in; columns set to ‘do not import’ are skipped.</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Dossierveld</source>
        <translation>Dossier field</translation>
    </message>
    <message>
        <source>Grondslag voor bijzondere persoonsgegevens</source>
        <translation>Legal basis for special personal data</translation>
    </message>
    <message>
        <source>Bijzondere gegevens worden alleen opgeslagen met een vastgelegde grondslag. Die geldt voor elke klant in dit bestand. Voor het BSN is dat altijd de wettelijke plicht.</source>
        <translation>Special data is only stored with a recorded legal basis. It applies to every client in this file. For the BSN it is always the legal obligation.</translation>
    </message>
    <message>
        <source>B&amp;SN</source>
        <translation>B&amp;SN</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum en -plaats</source>
        <translation>&amp;Date and place of birth</translation>
    </message>
    <message>
        <source>Ban&amp;krekeningen</source>
        <translation>Ban&amp;k accounts</translation>
    </message>
    <message>
        <source>T&amp;oelichting</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>bijvoorbeeld: opdrachtbevestiging 2026</source>
        <translation>for example: engagement letter 2026</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Zo wordt elke rij gelezen. Er is nog niets opgeslagen.</source>
        <translation>This is how each row is read. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Alleen rijen met &amp;problemen tonen</source>
        <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Alleen de goede rijen importeren</source>
        <translation>Import only the &amp;valid rows</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
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
    <name>MarkInformedDialog</name>
    <message>
        <source>Markeren als geïnformeerd</source>
        <translation>Mark as informed</translation>
    </message>
    <message>
        <source>1 klant wordt gemarkeerd als geïnformeerd over versie %2. Hoe is de klant geïnformeerd?</source>
        <translation>1 client will be marked as informed of version %2. How was the client informed?</translation>
    </message>
    <message>
        <source>%1 klanten worden gemarkeerd als geïnformeerd over versie %2. Hoe zijn ze geïnformeerd?</source>
        <translation>%1 clients will be marked as informed of version %2. How were they informed?</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Markeren</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MaskedRowsTab</name>
    <message>
        <source>Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.</source>
        <translation>Special personal data is not visible to your role.</translation>
    </message>
    <message>
        <source>(nieuw, nog niet opgeslagen)</source>
        <translation>(new, not saved yet)</translation>
    </message>
    <message>
        <source>(gewijzigd, nog niet opgeslagen)</source>
        <translation>(changed, not saved yet)</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Deze regel tonen; dat wordt in de audittrail vastgelegd</source>
        <translation>Show this row; this is recorded in the audit trail</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Eerst tonen, dan wijzigen</source>
        <translation>Show first, then change</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
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
    <name>PhoneRow</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telephone number</translation>
    </message>
</context>
<context>
    <name>PrivacyStatementPage</name>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Te informeren klanten over versie %1</source>
        <translation>Clients to inform of version %1</translation>
    </message>
    <message>
        <source>Te informeren klanten</source>
        <translation>Clients to inform</translation>
    </message>
    <message>
        <source>Nog te informeren: %1 · geïnformeerd: %2</source>
        <translation>Still to inform: %1 · informed: %2</translation>
    </message>
    <message>
        <source>%1 geladen, scroll voor meer</source>
        <translation>%1 loaded, scroll for more</translation>
    </message>
    <message>
        <source>%1 gekozen</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <source>geen klanten te informeren.</source>
        <translation>no clients to inform.</translation>
    </message>
    <message>
        <source>1 klant te informeren.</source>
        <translation>1 client to inform.</translation>
    </message>
    <message>
        <source>%1 klanten te informeren.</source>
        <translation>%1 clients to inform.</translation>
    </message>
    <message>
        <source>Versie %1 is vastgelegd: %2</source>
        <translation>Version %1 has been recorded: %2</translation>
    </message>
    <message>
        <source>1 klant is gemarkeerd als geïnformeerd (%2).</source>
        <translation>1 client has been marked as informed (%2).</translation>
    </message>
    <message>
        <source>%1 klanten zijn gemarkeerd als geïnformeerd (%2).</source>
        <translation>%1 clients have been marked as informed (%2).</translation>
    </message>
    <message>
        <source>De versies van de privacyverklaring van het kantoor. Elke toestemming verwijst naar de versie die de klant te zien kreeg. Bij een nieuwe versie staan hieronder de klanten die vooraf moeten worden geïnformeerd, zoals de verklaring belooft.</source>
        <translation>The versions of the firm’s privacy statement. Every consent refers to the version the client was shown. For a new version, the clients who must be informed in advance, as the statement promises, are listed below.</translation>
    </message>
    <message>
        <source>Een nieuwe versie van de privacyverklaring vastleggen (Ctrl+N)</source>
        <translation>Record a new version of the privacy statement (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuwe versie…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <source>De tekst of de PDF van de gekozen versie lezen</source>
        <translation>Read the text or the PDF of the selected version</translation>
    </message>
    <message>
        <source>&amp;Tekst bekijken</source>
        <translation>&amp;View text</translation>
    </message>
    <message>
        <source>De doelen waarvoor toestemming kan worden gevraagd</source>
        <translation>The purposes for which consent can be asked</translation>
    </message>
    <message>
        <source>&amp;Doelen van toestemming…</source>
        <translation>Consent &amp;purposes…</translation>
    </message>
    <message>
        <source>&amp;Alleen nog te informeren</source>
        <translation>&amp;Only those still to inform</translation>
    </message>
    <message>
        <source>Vastleggen dat de gekozen klanten over deze versie zijn geïnformeerd, en hoe</source>
        <translation>Record that the selected clients have been informed of this version, and how</translation>
    </message>
    <message>
        <source>&amp;Markeren als geïnformeerd…</source>
        <translation>&amp;Mark as informed…</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <source>Verzoek afhandelen — %1</source>
        <extracomment>The decisions this dialog records, in the order offered.</extracomment>
        <translation>Close request — %1</translation>
    </message>
    <message>
        <source>Afhandelen</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de gronden in: ze komen in de besluitbrief.</source>
        <translation>Fill in the grounds: they are included in the decision letter.</translation>
    </message>
    <message>
        <source>&amp;Gronden (verplicht)</source>
        <translation>&amp;Grounds (required)</translation>
    </message>
    <message>
        <source>Een toelichting is niet verplicht.</source>
        <translation>A note is optional.</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>De identiteit is niet vastgesteld: er kan niets zijn toegekend. Kon de identiteit niet worden vastgesteld, leg dat dan vast bij de identiteit.</source>
        <translation>The identity has not been verified: nothing can have been granted. If the identity could not be verified, record that with the identity check.</translation>
    </message>
    <message>
        <source>Verzoek afhandelen</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Leg het besluit vast. Daarna kan aan het verzoek niets meer worden gedaan; de besluitbrief noemt de gronden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</source>
        <translation>Record the decision. After that, nothing more can be done with the request; the decision letter states the grounds and the option to lodge a complaint with the Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Besluit</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;Gronden</source>
        <translation>&amp;Grounds</translation>
    </message>
</context>
<context>
    <name>RequestExtensionDialog</name>
    <message>
        <source>Termijn verlengen — %1</source>
        <translation>Extend term — %1</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Verlengen</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Termijn verlengen</source>
        <translation>Extend term</translation>
    </message>
    <message>
        <source>De termijn kan één keer worden verlengd, met ten hoogste twee maanden, en alleen zolang de eerste termijn nog loopt (AVG art. 12 lid 3). De verzoeker krijgt bericht met de reden.</source>
        <translation>The term can be extended once, by at most two months, and only while the original term is still running (GDPR art. 12(3)). The requester is notified, with the reason.</translation>
    </message>
    <message>
        <source>Huidige termijn</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>&amp;Verlengen met</source>
        <translation>&amp;Extend by</translation>
    </message>
    <message>
        <source>Nieuwe termijn</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>bijv. het verzoek is complex: gegevens uit meerdere jaren moeten worden verzameld</source>
        <translation>e.g. the request is complex: data from several years has to be collected</translation>
    </message>
</context>
<context>
    <name>RequestIdentityDialog</name>
    <message>
        <source>Identiteit van de verzoeker — %1</source>
        <translation>Identity of the requester — %1</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terug: identiteit vastleggen</source>
        <translation>&amp;Back: verify identity</translation>
    </message>
    <message>
        <source>Identiteit kon &amp;niet worden vastgesteld…</source>
        <translation>Identity could &amp;not be verified…</translation>
    </message>
    <message>
        <source>Verzoek afsluiten</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Identiteit van de verzoeker</source>
        <translation>Identity of the requester</translation>
    </message>
    <message>
        <source>Leg vast hoe is vastgesteld dat de verzoeker echt de betrokkene is. Pas daarna worden gegevens verstrekt of gewijzigd.</source>
        <translation>Record how it was established that the requester really is the data subject. Only then is data disclosed or changed.</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>BSN en pasfoto op de kopie zijn &amp;afgeschermd (onleesbaar gemaakt)</source>
        <translation>BSN and passport photo on the copy are &amp;masked (made illegible)</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>bijv. rijbewijs getoond aan de balie (geen nummers overnemen)</source>
        <translation>e.g. driving licence shown at the desk (do not copy any numbers)</translation>
    </message>
    <message>
        <source>Identiteit kon niet worden vastgesteld</source>
        <translation>Identity could not be verified</translation>
    </message>
    <message>
        <source>Het verzoek wordt dan afgesloten. De verzoeker krijgt een brief met de reden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.</source>
        <translation>The request is then closed. The requester receives a letter stating the reason and the option to lodge a complaint with the Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>bijv. geen afgeschermde kopie ontvangen na herhaald verzoek</source>
        <translation>e.g. no masked copy received after repeated requests</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <source>Inboeken</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>geen (kan ook later)</source>
        <translation>none (can also be added later)</translation>
    </message>
    <message>
        <source>Het verzoek is ingeboekt, maar het stuk is niet toegevoegd.</source>
        <translation>The request has been registered, but the document has not been added.</translation>
    </message>
    <message>
        <source>Voeg het stuk later toe in het venster van het verzoek.</source>
        <translation>Add the document later in the request window.</translation>
    </message>
    <message>
        <source>Nieuw AVG-verzoek</source>
        <translation>New data-subject request</translation>
    </message>
    <message>
        <source>&amp;Soort verzoek</source>
        <translation>&amp;Kind of request</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation>Received &amp;on</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Binnengekomen per</source>
        <translation>Received &amp;via</translation>
    </message>
    <message>
        <source>Verzoeker</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Een &amp;klant in de kluis</source>
        <translation>A &amp;client in the vault</translation>
    </message>
    <message>
        <source>&amp;Niet in de kluis</source>
        <translation>&amp;Not in the vault</translation>
    </message>
    <message>
        <source>Zoek het dossier op naam, klantnummer, postcode of plaats</source>
        <translation>Search for the dossier by name, client number, postcode or city</translation>
    </message>
    <message>
        <source>Na&amp;am</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;Email address</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>straat en huisnummer, postcode en plaats</source>
        <translation>street and house number, postcode and city</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>wat er wordt gevraagd, in eigen woorden (zonder BSN of andere bijzondere gegevens)</source>
        <translation>what is being asked, in your own words (without the BSN or other special data)</translation>
    </message>
    <message>
        <source>Brief of e-mail</source>
        <translation>Letter or email</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>RequestLinkDialog</name>
    <message>
        <source>Koppelen aan dossier — %1</source>
        <translation>Link to dossier — %1</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Koppelen aan dossier</source>
        <translation>Link to dossier</translation>
    </message>
    <message>
        <source>Zoek het dossier van de betrokkene en koppel het verzoek eraan. Dat kan alleen zolang de identiteit van de verzoeker niet is vastgesteld, en maar één keer. De naam en contactgegevens die bij de intake zijn ingevuld, vervallen: het dossier houdt ze.</source>
        <translation>Find the data subject’s dossier and link the request to it. This is only possible while the requester’s identity has not been verified, and only once. The name and contact details entered at intake are discarded: the dossier holds them.</translation>
    </message>
    <message>
        <source>Verzoeker</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Zoek het dossier op naam, klantnummer, postcode of plaats</source>
        <translation>Search for the dossier by name, client number, postcode or city</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>De wettelijke termijn: één kalendermaand na ontvangst, of later na een verlenging</source>
        <translation>The statutory deadline: one calendar month after receipt, or later after an extension</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <source>%1 — %2 — AVG-verzoek</source>
        <extracomment>open_dossier(client_id, request_id): the dossier window in rectification mode; False when it cannot.</extracomment>
        <translation>%1 — %2 — Data-subject request</translation>
    </message>
    <message>
        <source>%1 — niet in de kluis</source>
        <translation>%1 — not in the vault</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Gronden: %1</source>
        <translation>Grounds: %1</translation>
    </message>
    <message>
        <source>Dossier geanonimiseerd — de gegevens van de betrokkene zijn gewist.</source>
        <translation>Dossier anonymised — the data subject’s data has been erased.</translation>
    </message>
    <message>
        <source>Verwerking beperkt — alleen dit verzoek wordt afgehandeld</source>
        <translation>Processing restricted — only this request is being handled</translation>
    </message>
    <message>
        <source>Wettelijke termijn: %1 (%2)</source>
        <translation>Statutory deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>Wettelijke termijn: %1</source>
        <translation>Statutory deadline: %1</translation>
    </message>
    <message>
        <source>Interne streefdatum (vier weken): %1</source>
        <translation>Internal target date (four weeks): %1</translation>
    </message>
    <message>
        <source>Verlengd met %1 op %2 door %3 (eerste termijn %4). Reden: %5</source>
        <translation>Extended by %1 on %2 by %3 (original deadline %4). Reason: %5</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>2 maanden</source>
        <translation>2 months</translation>
    </message>
    <message>
        <source>Identiteit vastgesteld: %1, door %2 op %3.</source>
        <translation>Identity verified: %1, by %2 on %3.</translation>
    </message>
    <message>
        <source>Toelichting: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Identiteit niet vastgesteld; het verzoek is afgesloten. Reden: %1</source>
        <translation>Identity not verified; the request has been closed. Reason: %1</translation>
    </message>
    <message>
        <source>Identiteit nog niet vastgesteld</source>
        <translation>Identity not yet verified</translation>
    </message>
    <message>
        <source>Brief opslaan</source>
        <translation>Save letter</translation>
    </message>
    <message>
        <source>Brief opgeslagen: %1</source>
        <translation>Letter saved: %1</translation>
    </message>
    <message>
        <source>De brief kan ook later worden gemaakt (Ctrl+Shift+B).</source>
        <translation>The letter can also be made later (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Brief maken…</source>
        <translation>Make letter…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Het verzoek is aan het dossier gekoppeld.</source>
        <translation>The request has been linked to the dossier.</translation>
    </message>
    <message>
        <source>Het verzoek is afgesloten: de identiteit kon niet worden vastgesteld.</source>
        <translation>The request has been closed: the identity could not be verified.</translation>
    </message>
    <message>
        <source>Nu de brief met de reden aan de verzoeker maken?</source>
        <translation>Make the letter to the requester stating the reason now?</translation>
    </message>
    <message>
        <source>De identiteit is vastgelegd.</source>
        <translation>The identity check has been recorded.</translation>
    </message>
    <message>
        <source>De termijn is verlengd.</source>
        <translation>The term has been extended.</translation>
    </message>
    <message>
        <source>De verzoeker moet de verlenging en de reden binnen de eerste termijn horen. Nu de brief maken?</source>
        <translation>The requester must be told about the extension and the reason within the original term. Make the letter now?</translation>
    </message>
    <message>
        <source>Het verzoek is afgehandeld.</source>
        <translation>The request has been closed.</translation>
    </message>
    <message>
        <source>Nu de besluitbrief aan de verzoeker maken?</source>
        <translation>Make the decision letter to the requester now?</translation>
    </message>
    <message>
        <source>%1 — %2 kB, toegevoegd op %3 door %4</source>
        <translation>%1 — %2 kB, added on %3 by %4</translation>
    </message>
    <message>
        <source>Stukken (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>AVG-verzoek</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Het verzoek koppelen aan het dossier van de betrokkene (alleen vóór de identiteitscontrole)</source>
        <translation>Link the request to the data subject’s dossier (only before the identity check)</translation>
    </message>
    <message>
        <source>&amp;Koppelen aan dossier…</source>
        <translation>Lin&amp;k to dossier…</translation>
    </message>
    <message>
        <source>De identiteitscontrole van de verzoeker vastleggen (Ctrl+Shift+I)</source>
        <translation>Record the identity check of the requester (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Identiteit vastleggen…</source>
        <translation>Verify &amp;identity…</translation>
    </message>
    <message>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Het verzoek uitvoeren (Ctrl+Shift+U)</source>
        <translation>Carry out the request (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>&amp;Uitvoeren…</source>
        <translation>&amp;Carry out…</translation>
    </message>
    <message>
        <source>De termijn verlengen met één of twee maanden (Ctrl+Shift+L)</source>
        <translation>Extend the term by one or two months (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Termijn &amp;verlengen…</source>
        <translation>&amp;Extend term…</translation>
    </message>
    <message>
        <source>Een brief aan de verzoeker maken (Ctrl+Shift+B)</source>
        <translation>Make a letter to the requester (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <source>Het besluit vastleggen en het verzoek afsluiten (Ctrl+Shift+H)</source>
        <translation>Record the decision and close the request (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Af&amp;handelen…</source>
        <translation>Close &amp;request…</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Stukken</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>De brief of e-mail van de verzoeker toevoegen</source>
        <translation>Add the requester’s letter or email</translation>
    </message>
    <message>
        <source>Stuk &amp;toevoegen…</source>
        <translation>&amp;Add document…</translation>
    </message>
    <message>
        <source>Het gekozen stuk als bestand opslaan</source>
        <translation>Save the selected document as a file</translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Dit venster sluiten (Esc)</source>
        <translation>Close this window (Esc)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>AVG-verzoeken</source>
        <translation>Data-subject requests</translation>
    </message>
    <message>
        <source>Geen openstaande verzoeken</source>
        <translation>No open requests</translation>
    </message>
    <message>
        <source>Geen verzoeken</source>
        <translation>No requests</translation>
    </message>
    <message>
        <source>1 openstaand verzoek</source>
        <translation>1 open request</translation>
    </message>
    <message>
        <source>1 verzoek</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>%1 openstaande verzoeken</source>
        <translation>%1 open requests</translation>
    </message>
    <message>
        <source>%1 verzoeken</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <source>Zoek op kenmerk, klantnummer of naam</source>
        <translation>Search by reference, client number or name</translation>
    </message>
    <message>
        <source>&amp;Alleen openstaande</source>
        <translation>O&amp;pen requests only</translation>
    </message>
    <message>
        <source>Een binnengekomen AVG-verzoek inboeken (Ctrl+N)</source>
        <translation>Register an incoming data-subject request (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Nieuw verzoek…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Het gekozen verzoek openen (Enter)</source>
        <translation>Open the selected request (Enter)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
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
    <name>RestrictionDialog</name>
    <message>
        <source>Beperking opheffen — %1</source>
        <translation>Lift restriction — %1</translation>
    </message>
    <message>
        <source>Na het opheffen mag het dossier weer worden gewijzigd, geëxporteerd en verstrekt. Laat de verzoeker vóór het opheffen weten dat de beperking wordt opgeheven (AVG art. 18 lid 3).</source>
        <translation>Once the restriction has been lifted, the dossier may be changed, exported and disclosed again. Inform the requester before the restriction is lifted (GDPR art. 18(3)).</translation>
    </message>
    <message>
        <source>&amp;Waarom wordt de beperking opgeheven?</source>
        <translation>&amp;Why is the restriction being lifted?</translation>
    </message>
    <message>
        <source>bijv. juistheid van het adres vastgesteld</source>
        <translation>e.g. accuracy of the address confirmed</translation>
    </message>
    <message>
        <source>Opheffen</source>
        <translation>Lift restriction</translation>
    </message>
    <message>
        <source>Verwerking beperken — %1</source>
        <translation>Restrict processing — %1</translation>
    </message>
    <message>
        <source>Zolang de beperking geldt, kan het dossier worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt; alleen de verzoeken van de betrokkene worden afgehandeld. De reden staat bovenaan het dossier.</source>
        <translation>While the restriction applies, the dossier can be viewed but not changed, exported or disclosed; only the data subject’s requests are handled. The reason is shown at the top of the dossier.</translation>
    </message>
    <message>
        <source>bijv. de klant betwist de juistheid van zijn adres (AVG art. 18 lid 1a)</source>
        <translation>e.g. the client contests the accuracy of their address (GDPR art. 18(1)(a))</translation>
    </message>
    <message>
        <source>Beperken</source>
        <translation>Restrict</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De tekst is te lang: ten hoogste %1 tekens.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Vink aan dat de verzoeker vooraf is geïnformeerd; pas dan kan de beperking worden opgeheven.</source>
        <translation>Tick the box to confirm that the requester has been informed in advance; only then can the restriction be lifted.</translation>
    </message>
    <message>
        <source>Schrijf kort waarom de beperking wordt opgeheven.</source>
        <translation>Write briefly why the restriction is being lifted.</translation>
    </message>
    <message>
        <source>Vul de reden van de beperking in; die komt bovenaan het dossier te staan.</source>
        <translation>Fill in the reason for the restriction; it will be shown at the top of the dossier.</translation>
    </message>
    <message>
        <source>Verwerking beperken</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>De verzoeker is &amp;vooraf geïnformeerd dat de beperking wordt opgeheven</source>
        <translation>The requester has been informed in &amp;advance that the restriction will be lifted</translation>
    </message>
</context>
<context>
    <name>RevokeAuthorisationDialog</name>
    <message>
        <source>Machtiging intrekken</source>
        <translation>Revoke authorisation</translation>
    </message>
    <message>
        <source>&amp;Ingetrokken op</source>
        <translation>Re&amp;voked on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>bijv. de klant heeft de machtiging ingetrokken</source>
        <translation>e.g. the client has revoked the authorisation</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>‘%1’ wordt ingetrokken. Vanaf de intrekkingsdatum wordt op deze machtiging niets meer verstrekt; intrekken kan niet ongedaan worden gemaakt.</source>
        <translation>‘%1’ will be revoked. From the revocation date nothing more is disclosed under this authorisation; revoking cannot be undone.</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
        <source>&amp;Documenten hoogstens</source>
        <translation>&amp;Documents at most</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Grootste bestand dat als document in een dossier kan worden opgeslagen (PDF, PNG of JPEG). Van 1 tot en met 100 MB.</source>
        <translation>Largest file that can be stored as a document in a dossier (PDF, PNG or JPEG). From 1 to 100 MB.</translation>
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
    <name>SpecialTab</name>
    <message>
        <source>Tonen: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <source>Kopiëren: %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <source>%1 gekopieerd. Het klembord wordt over %2 seconden gewist.</source>
        <translation>%1 copied. The clipboard will be cleared in %2 seconds.</translation>
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
    <name>StatementTextDialog</name>
    <message>
        <source>Privacyverklaring, versie %1</source>
        <translation>Privacy statement, version %1</translation>
    </message>
    <message>
        <source>Versie %1, geldt vanaf %2</source>
        <translation>Version %1, in effect from %2</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StatementVersionDialog</name>
    <message>
        <source>De dag waarop de nieuwe versie ingaat. Zodra er toestemmingen zijn vastgelegd, ligt die na vandaag: de klanten worden vooraf geïnformeerd.</source>
        <extracomment>A text file is read up to this many bytes: TEXT_MAX characters of up to four bytes in UTF-8. Errors about a chosen PDF, shown at the PDF field. The running (or last) recording; tests wait for its `finished` signal.</extracomment>
        <translation>The day the new version takes effect. Once consents have been recorded, it lies after today: clients are informed in advance.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tekst van de privacyverklaring kiezen</source>
        <translation>Choose the text of the privacy statement</translation>
    </message>
    <message>
        <source>Tekstbestanden (*.txt);;Alle bestanden (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een privacyverklaring (hoogstens %1 tekens). Er is niets geladen.</source>
        <translation>This file is too large for a privacy statement (at most %1 characters). Nothing has been loaded.</translation>
    </message>
    <message>
        <source>Dit bestand is geen tekst in UTF-8 en kan daarom niet goed worden gelezen; er is niets geladen. Open het in Kladblok of uw tekstverwerker, kies ‘Opslaan als’ met de codering UTF-8 (of ‘Tekst zonder opmaak’) en kies het bestand dan opnieuw.</source>
        <translation>This file is not UTF-8 text and therefore cannot be read properly; nothing has been loaded. Open it in Notepad or your word processor, choose ‘Save as’ with the UTF-8 encoding (or ‘Plain text’) and then choose the file again.</translation>
    </message>
    <message>
        <source>Dit bestand bevat geen tekst. Er is niets geladen.</source>
        <translation>This file contains no text. Nothing has been loaded.</translation>
    </message>
    <message>
        <source>PDF van de privacyverklaring kiezen</source>
        <translation>Choose the PDF of the privacy statement</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Geen PDF gekozen.</source>
        <translation>No PDF chosen.</translation>
    </message>
    <message>
        <source>Versie %1 wordt vastgelegd en de klanten die moeten worden geïnformeerd, worden opgezocht…</source>
        <translation>Recording version %1 and looking up the clients who must be informed…</translation>
    </message>
    <message>
        <source>Nieuwe versie vastleggen</source>
        <translation>Record new version</translation>
    </message>
    <message>
        <source>Nieuwe versie van de privacyverklaring</source>
        <translation>New version of the privacy statement</translation>
    </message>
    <message>
        <source>Leg de nieuwe versie vast met de tekst, een PDF of beide. Klanten die toestemming gaven onder een oudere versie komen op de lijst van te informeren klanten.</source>
        <translation>Record the new version with the text, a PDF or both. Clients who gave consent under an older version are added to the list of clients to inform.</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>bijv. 2026-1</source>
        <translation>e.g. 2026-1</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum</source>
        <translation>&amp;Effective date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Wat is gewijzigd</source>
        <translation>What has &amp;changed</translation>
    </message>
    <message>
        <source>in een zin of twee, voor het bericht aan de klanten</source>
        <translation>in a sentence or two, for the message to the clients</translation>
    </message>
    <message>
        <source>T&amp;ekst</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>De tekst uit een tekstbestand (.txt, UTF-8) laden</source>
        <translation>Load the text from a text file (.txt, UTF-8)</translation>
    </message>
    <message>
        <source>Tekst uit &amp;bestand…</source>
        <translation>Text from &amp;file…</translation>
    </message>
    <message>
        <source>De privacyverklaring als PDF toevoegen</source>
        <translation>Add the privacy statement as a PDF</translation>
    </message>
    <message>
        <source>&amp;PDF kiezen…</source>
        <translation>Choose &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF weg&amp;halen</source>
        <translation>&amp;Remove PDF</translation>
    </message>
</context>
<context>
    <name>StatementVersionModel</name>
    <message>
        <source>Versie</source>
        <extracomment>fetch(version_id, only_open, offset, limit) -&gt; one page of the version&apos;s list.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Wat is gewijzigd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <source>Te informeren</source>
        <translation>To inform</translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Toegevoegd door</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Klanten met een toestemming onder een oudere versie die nog niet zijn geïnformeerd</source>
        <translation>Clients with consent under an older version who have not yet been informed</translation>
    </message>
    <message>
        <source>%1 (geldt nu)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
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
    <name>WithdrawalDialog</name>
    <message>
        <source>Toestemming intrekken — %1</source>
        <translation>Withdraw consent — %1</translation>
    </message>
    <message>
        <source>Deze toestemming is de grondslag van de gegevens hieronder. De verwerking is beperkt: er mag nu niets aan worden gewijzigd of gewist. De grondslag toestemming vervalt, de gegevens blijven afgeschermd, en de intrekking legt dat per soort vast. Beslis na het opheffen van de beperking wat ermee gebeurt.</source>
        <translation>This consent is the legal basis of the data below. Processing is restricted: nothing may be changed or erased now. Consent lapses as the legal basis, the data stays masked, and the withdrawal records this for each kind. Once the restriction has been lifted, decide what happens to the data.</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Toestemming van %1 voor: %2.</source>
        <translation>Consent of %1 for: %2.</translation>
    </message>
    <message>
        <source>Gegeven op %1</source>
        <translation>Given on %1</translation>
    </message>
    <message>
        <source>(privacyverklaring %1)</source>
        <translation>(privacy statement %1)</translation>
    </message>
    <message>
        <source>Gegeven door een ouder of voogd.</source>
        <translation>Given by a parent or guardian.</translation>
    </message>
    <message>
        <source>De intrekking wordt meteen vastgelegd en blijft in de geschiedenis staan.</source>
        <translation>The withdrawal is recorded immediately and stays in the history.</translation>
    </message>
    <message>
        <source>Kies voor elke soort bijzondere gegevens wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag. Nog niet gekozen: %1.</source>
        <translation>For each kind of special data, choose what happens to it: erase now, or keep under another legal basis. Not yet chosen: %1.</translation>
    </message>
    <message>
        <source>Nu definitief wissen: %1?</source>
        <translation>Permanently erase now: %1?</translation>
    </message>
    <message>
        <source>Met het intrekken worden %1 van deze klant nu uit de kluis gewist, met hun wijzigingshistorie. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>On withdrawal, %1 of this client will now be erased from the vault, together with their change history. This cannot be undone.</translation>
    </message>
    <message>
        <source>Wissen en intrekken</source>
        <translation>Erase and withdraw</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Niet ingetrokken: het wissen is niet bevestigd.</source>
        <translation>Not withdrawn: the erasure was not confirmed.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Let op: zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet meer verlenen (privacyverklaring).</source>
        <translation>Note: without this consent Calqi may no longer be able to provide certain services (privacy statement).</translation>
    </message>
    <message>
        <source>Bijzondere gegevens op grond van deze toestemming</source>
        <translation>Special data based on this consent</translation>
    </message>
    <message>
        <source>Deze toestemming is de grondslag van de gegevens hieronder. Kies per soort wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag (met een toelichting). Stilzwijgend bewaren kan niet.</source>
        <translation>This consent is the legal basis of the data below. For each kind, choose what happens to it: erase now, or keep under another legal basis (with a note). Keeping it silently is not possible.</translation>
    </message>
    <message>
        <source>Ingetrokken &amp;op</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <source>Wanneer de klant de toestemming introk, als dd-mm-jjjj uu:mm (alleen een datum mag ook)</source>
        <translation>When the client withdrew consent, as dd-mm-yyyy hh:mm (a date alone is also fine)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
    <message>
        <source>&amp;Manier</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Bewijsstuk</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>Een PDF-, PNG- of JPEG-bestand (bijv. de brief of e-mail van de klant) als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen</source>
        <translation>Add a PDF, PNG or JPEG file (e.g. the client’s letter or email) to the dossier as the signed form and choose it as evidence</translation>
    </message>
    <message>
        <source>Bestand &amp;toevoegen…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>consent_dialog</name>
    <message>
        <source>geen</source>
        <extracomment>At most this many persons are offered as guardian for one search.</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>Bewijsstuk toevoegen</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>dossier_summary_export</name>
    <message>
        <source>Uw rol mag geen gegevens exporteren.</source>
        <translation>Your role may not export data.</translation>
    </message>
    <message>
        <source>Sla het nieuwe dossier eerst op.</source>
        <translation>Save the new dossier first.</translation>
    </message>
    <message>
        <source>Een geanonimiseerd dossier heeft geen overzicht meer.</source>
        <translation>An anonymised dossier has no summary any more.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt (AVG art. 18): het dossier mag niet worden geëxporteerd.</source>
        <translation>Processing is restricted (GDPR art. 18): the dossier may not be exported.</translation>
    </message>
    <message>
        <source>Een overzicht van het dossier als PDF (%1)</source>
        <translation>A summary of the dossier as PDF (%1)</translation>
    </message>
    <message>
        <source>Bijzondere persoonsgegevens opnemen in het dossieroverzicht?</source>
        <translation>Include special personal data in the dossier summary?</translation>
    </message>
    <message>
        <source>Met bijzondere gegevens staan het BSN, de geboortedatum, bankrekeningen en kinderen er volledig in; zonder worden ze afgeschermd getoond. Neem ze alleen op als het overzicht daarvoor bedoeld is.</source>
        <translation>With special data, the BSN, the date of birth, bank accounts and children appear in full; without, they are shown masked. Include them only if the summary is meant for that.</translation>
    </message>
    <message>
        <source>Met bijzondere gegevens</source>
        <translation>With special data</translation>
    </message>
    <message>
        <source>Zonder (afgeschermd)</source>
        <translation>Without (masked)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossieroverzicht opslaan</source>
        <translation>Save dossier summary</translation>
    </message>
    <message>
        <source>Dossieroverzicht %1.pdf</source>
        <translation>Dossier summary %1.pdf</translation>
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
    <name>pdf_export</name>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>request_intake_dialog</name>
    <message>
        <source>Brief of e-mail van de verzoeker</source>
        <translation>Requester’s letter or email</translation>
    </message>
    <message>
        <source>Brieven en e-mails (*.pdf *.png *.jpg *.jpeg *.eml *.msg *.txt);;Alle bestanden (*)</source>
        <translation>Letters and emails (*.pdf *.png *.jpg *.jpeg *.eml *.msg *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>request_model</name>
    <message>
        <source>vandaag</source>
        <extracomment>Background of a row (and of the window&apos;s deadline panel) by urgency; others keep the palette. The text on those backgrounds: dark, also under a dark desktop theme.</extracomment>
        <translation>today</translation>
    </message>
    <message>
        <source>nog 1 dag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>nog %1 dagen</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>1 dag verstreken</source>
        <translation>passed 1 day ago</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>%1 dagen verstreken</source>
        <translation>passed %1 days ago</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>met wachtwoord</source>
        <translation>with password</translation>
    </message>
    <message>
        <source>zonder wachtwoord</source>
        <translation>without password</translation>
    </message>
</context>
<context>
    <name>request_window_actions</name>
    <message>
        <source>Inzageoverzicht maken (PDF)…</source>
        <extracomment>What the member needs, besides HANDLE_REQUESTS, to carry out each right. The decision letter that fits each outcome.</extracomment>
        <translation>Make access report (PDF)…</translation>
    </message>
    <message>
        <source>Gegevensexport maken (ZIP)…</source>
        <translation>Make data export (ZIP)…</translation>
    </message>
    <message>
        <source>Dossier corrigeren…</source>
        <translation>Rectify dossier…</translation>
    </message>
    <message>
        <source>Wissen (anonimiseren)…</source>
        <translation>Erase (anonymise)…</translation>
    </message>
    <message>
        <source>Beperking opheffen…</source>
        <translation>Lift restriction…</translation>
    </message>
    <message>
        <source>Verwerking beperken…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Een verzoek om informatie wordt met een brief beantwoord (Ctrl+Shift+B); er worden geen gegevens uit de kluis verstrekt.</source>
        <translation>A request for information is answered with a letter (Ctrl+Shift+B); no data from the vault is disclosed.</translation>
    </message>
    <message>
        <source>Dit verzoek is afgehandeld; er kan niets meer aan worden gedaan.</source>
        <translation>This request has been closed; nothing more can be done with it.</translation>
    </message>
    <message>
        <source>Dit verzoek is niet aan een dossier gekoppeld, en na de identiteitscontrole kan dat niet meer. Staat de verzoeker toch in de kluis, boek het verzoek dan opnieuw in op het dossier en leg daar de identiteit vast. Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</source>
        <translation>This request is not linked to a dossier, and after the identity check it can no longer be linked. If the requester is in the vault after all, register the request again on the dossier and verify the identity there. If not, the firm holds no data about them: answer the request with a letter.</translation>
    </message>
    <message>
        <source>Dit verzoek is niet aan een dossier gekoppeld. Staat de verzoeker in de kluis, koppel het dan eerst aan het dossier (Koppelen aan dossier…). Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord het verzoek met een brief.</source>
        <translation>This request is not linked to a dossier. If the requester is in the vault, first link it to the dossier (Link to dossier…). If not, the firm holds no data about them: answer the request with a letter.</translation>
    </message>
    <message>
        <source>Het dossier is geanonimiseerd: er zijn geen gegevens meer om te verstrekken of te wijzigen.</source>
        <translation>The dossier has been anonymised: there is no data left to disclose or change.</translation>
    </message>
    <message>
        <source>Leg eerst de identiteit van de verzoeker vast (Ctrl+Shift+I): er worden geen gegevens verstrekt of gewijzigd voordat vaststaat dat het om deze persoon gaat.</source>
        <translation>First verify the requester’s identity (Ctrl+Shift+I): no data is disclosed or changed until it has been established that the request concerns this person.</translation>
    </message>
    <message>
        <source>Uw rol (%1) mag dit niet uitvoeren; vraag een collega met die bevoegdheid.</source>
        <translation>Your role (%1) may not carry this out; ask a colleague who has that permission.</translation>
    </message>
    <message>
        <source>Open het dossier om het te corrigeren vanuit het hoofdvenster (pagina AVG-verzoeken).</source>
        <translation>Open the dossier to rectify it from the main window (Data-subject requests page).</translation>
    </message>
    <message>
        <source>Inzageoverzicht opslaan</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <source>Inzage %1.pdf</source>
        <translation>Access report %1.pdf</translation>
    </message>
    <message>
        <source>Inzageoverzicht opgeslagen: %1</source>
        <translation>Access report saved: %1</translation>
    </message>
    <message>
        <source>Gegevensexport opslaan</source>
        <translation>Save data export</translation>
    </message>
    <message>
        <source>ZIP-bestanden (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>Gegevensexport %1.zip</source>
        <translation>Data export %1.zip</translation>
    </message>
    <message>
        <source>De gegevens worden verzameld en ingepakt…</source>
        <translation>Collecting and packing the data…</translation>
    </message>
    <message>
        <source>Het bestand wordt opgeslagen…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Gegevensexport opgeslagen: %1</source>
        <translation>Data export saved: %1</translation>
    </message>
    <message>
        <source>Gegevensexport maken</source>
        <translation>Make data export</translation>
    </message>
    <message>
        <source>Het dossier kon niet worden geopend. Open het via de pagina Dossiers.</source>
        <translation>The dossier could not be opened. Open it from the Dossiers page.</translation>
    </message>
    <message>
        <source>Het dossier is geanonimiseerd.</source>
        <translation>The dossier has been anonymised.</translation>
    </message>
    <message>
        <source>De beperking is opgeheven.</source>
        <translation>The restriction has been lifted.</translation>
    </message>
    <message>
        <source>De verwerking is beperkt.</source>
        <translation>Processing has been restricted.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Welke toestemming trekt de verzoeker in?</source>
        <translation>Which consent is the requester withdrawing?</translation>
    </message>
    <message>
        <source>Deze klant heeft geen gegeven toestemmingen die kunnen worden ingetrokken.</source>
        <translation>This client has not given any consent that can be withdrawn.</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken.</source>
        <translation>The consent has been withdrawn.</translation>
    </message>
    <message>
        <source>Stuk toegevoegd: %1</source>
        <translation>Document added: %1</translation>
    </message>
    <message>
        <source>Stuk opslaan als</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Stuk opgeslagen: %1</source>
        <translation>Document saved: %1</translation>
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
        <source>Pagina Dossiers</source>
        <translation>Dossiers page</translation>
    </message>
    <message>
        <source>Dossiervenster</source>
        <translation>Dossier window</translation>
    </message>
    <message>
        <source>Venster AVG-verzoek</source>
        <translation>Data-subject request window</translation>
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
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen</source>
        <translation>Open the selected dossier</translation>
    </message>
    <message>
        <source>Nieuwe versie van de privacyverklaring</source>
        <translation>New version of the privacy statement</translation>
    </message>
    <message>
        <source>Pagina Privacyverklaring</source>
        <translation>Privacy statement page</translation>
    </message>
    <message>
        <source>Klanten importeren</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Machtiging vastleggen</source>
        <translation>Record authorisation</translation>
    </message>
    <message>
        <source>Verstrekking vastleggen</source>
        <translation>Record disclosure</translation>
    </message>
    <message>
        <source>PDF van de gekozen regel (ontvangstbewijs, machtigingsformulier)</source>
        <translation>PDF of the selected row (receipt, authorisation form)</translation>
    </message>
    <message>
        <source>Tabbladen Toestemmingen en Machtigingen</source>
        <translation>Consents and Authorisations tabs</translation>
    </message>
    <message>
        <source>Overzicht vernieuwen</source>
        <translation>Refresh overview</translation>
    </message>
    <message>
        <source>Startpagina</source>
        <translation>Home page</translation>
    </message>
    <message>
        <source>Dossieroverzicht als PDF</source>
        <translation>Dossier summary as PDF</translation>
    </message>
    <message>
        <source>Nieuw AVG-verzoek inboeken</source>
        <translation>Register new data-subject request</translation>
    </message>
    <message>
        <source>Pagina AVG-verzoeken</source>
        <translation>Data-subject requests page</translation>
    </message>
    <message>
        <source>Identiteit vastleggen</source>
        <translation>Verify identity</translation>
    </message>
    <message>
        <source>Verzoek uitvoeren (inzage, export, wissen, beperken, corrigeren)</source>
        <translation>Carry out request (access, export, erasure, restriction, rectification)</translation>
    </message>
    <message>
        <source>Brief aan de verzoeker</source>
        <translation>Letter to the requester</translation>
    </message>
    <message>
        <source>Termijn verlengen</source>
        <translation>Extend term</translation>
    </message>
    <message>
        <source>Verzoek afhandelen</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)</source>
        <translation>Close the dossier window (asks first about unsaved changes)</translation>
    </message>
</context>
</TS>
