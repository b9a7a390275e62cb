<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ControlCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: unexpected text after the closing quote of a field</source>
        <translation>Zeile %1: unerwarteter Text nach dem schließenden Anführungszeichen eines Feldes</translation>
    </message>
    <message>
        <source>line %1: quoted field is never closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1: quote character inside a field that is not quoted</source>
        <translation>Zeile %1: Anführungszeichen in einem Feld, das nicht in Anführungszeichen steht</translation>
    </message>
    <message>
        <source>a CSV delimiter cannot be a quote or a line break</source>
        <translation>ein CSV-Trennzeichen darf weder ein Anführungszeichen noch ein Zeilenumbruch sein</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceReferenceCommand</name>
    <message>
        <source>Refer item %1, attribute %2 to %3</source>
        <translation>Element %1, Testattribut %2 auf %3 verweisen lassen</translation>
    </message>
    <message>
        <source>Remove reference to %3 from item %1, attribute %2</source>
        <translation>Verweis auf %3 aus Element %1, Testattribut %2 entfernen</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Tickmark workpapers (*.tickmark);;All files (*)</source>
        <translation>Tickmark-Arbeitspapiere (*.tickmark);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RecordCellCommand</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Set item %1, attribute %2 to %3</source>
        <translation>Element %1, Testattribut %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Clear item %1, attribute %2</source>
        <translation>Element %1, Testattribut %2 leeren</translation>
    </message>
</context>
<context>
    <name>SampleSizePanel</name>
    <message>
        <source>A percentage such as 5% or 2.5%</source>
        <translation>Ein Prozentsatz wie 5% oder 2.5%</translation>
    </message>
    <message>
        <source>Risk of overreliance: 5% or 10% as in the AICPA tables, or any other percentage</source>
        <translation>Risiko übermäßigen Vertrauens: 5% oder 10% wie in den AICPA-Tabellen oder ein beliebiger anderer Prozentsatz</translation>
    </message>
</context>
<context>
    <name>Tickmark::Cli</name>
    <message>
        <source>the identity/role setting</source>
        <translation>die Einstellung identity/role</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use preparer, reviewer or partner</source>
        <translation>%1: „%2“ ist keine Rolle; verwenden Sie preparer, reviewer oder partner</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user; use &quot;Name (INITIALS)&quot;</source>
        <translation>%1: „%2“ ist kein Benutzer; verwenden Sie „Name (KÜRZEL)“</translation>
    </message>
    <message>
        <source>the identity/name setting</source>
        <translation>die Einstellung identity/name</translation>
    </message>
    <message>
        <source>Acting user, &quot;Name (INITIALS)&quot; (default: TICKMARK_USER, then the settings of the Tickmark app, then the system user).</source>
        <translation>Handelnder Benutzer, „Name (KÜRZEL)“ (Standard: TICKMARK_USER, dann die Einstellungen der Tickmark-App, dann der Systembenutzer).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Acting role: preparer, reviewer or partner (default: TICKMARK_ROLE, then settings, then preparer).</source>
        <translation>Handelnde Rolle: preparer, reviewer oder partner (Standard: TICKMARK_ROLE, dann die Einstellungen, dann preparer).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Ein JSON-Dokument statt Text auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>The .tickmark workpaper.</source>
        <translation>Das .tickmark-Arbeitspapier.</translation>
    </message>
    <message>
        <source>the system user name</source>
        <translation>der Benutzername des Systems</translation>
    </message>
    <message>
        <source>no acting user: pass --user &quot;Name (INITIALS)&quot; or set TICKMARK_USER</source>
        <translation>kein handelnder Benutzer: Geben Sie --user &quot;Name (KÜRZEL)&quot; an oder setzen Sie TICKMARK_USER</translation>
    </message>
    <message>
        <source>Criteria in scope: %1.</source>
        <translation>Kriterien im Prüfungsumfang: %1.</translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot; was ignored</source>
        <translation>%1: unbekannte Spalte „%2“ wurde ignoriert</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as %2</source>
        <translation>%1 ist nicht UTF-8-kodiert; die Datei wurde als %2 gelesen</translation>
    </message>
    <message>
        <source>Imported %1 into %2; controls added: %3.</source>
        <translation>%1 in %2 importiert; hinzugefügte Kontrollen: %3.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüsselkontrolle</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Controls: %1.</source>
        <translation>Kontrollen: %1.</translation>
    </message>
    <message>
        <source>Criteria without a control:</source>
        <translation>Kriterien ohne Kontrolle:</translation>
    </message>
    <message>
        <source>Criteria with controls:</source>
        <translation>Kriterien mit Kontrollen:</translation>
    </message>
    <message>
        <source>Criteria in scope: %1; without a control: %2.</source>
        <translation>Kriterien im Prüfungsumfang: %1; ohne Kontrolle: %2.</translation>
    </message>
    <message>
        <source>List the in-scope trust services criteria</source>
        <translation>Die Kriterien der Trust Services im Prüfungsumfang auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;category&quot;, &quot;title&quot;}] in catalog order.</source>
        <translation>JSON: [{&quot;id&quot;, &quot;category&quot;, &quot;title&quot;}] in Katalogreihenfolge.</translation>
    </message>
    <message>
        <source>Import a client&apos;s control matrix</source>
        <translation>Die Kontrollmatrix eines Mandanten importieren</translation>
    </message>
    <message>
        <source>List the engagement&apos;s controls</source>
        <translation>Die Kontrollen des Auftrags auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;description&quot;, &quot;criteria&quot;, &quot;frequency&quot;, &quot;type&quot;, &quot;owner&quot;, &quot;key&quot;}]</source>
        <translation>JSON: [{&quot;id&quot;, &quot;description&quot;, &quot;criteria&quot;, &quot;frequency&quot;, &quot;type&quot;, &quot;owner&quot;, &quot;key&quot;}]</translation>
    </message>
    <message>
        <source>Show each in-scope criterion with its controls, uncovered ones first</source>
        <translation>Jedes Kriterium im Prüfungsumfang mit seinen Kontrollen anzeigen, nicht abgedeckte zuerst</translation>
    </message>
    <message>
        <source>JSON: [{&quot;criterion&quot;, &quot;category&quot;, &quot;title&quot;, &quot;controls&quot;}]; criteria without a control come first,
then the rest, each group in catalog order.</source>
        <translation>JSON: [{&quot;criterion&quot;, &quot;category&quot;, &quot;title&quot;, &quot;controls&quot;}]; Kriterien ohne Kontrolle stehen zuerst,
dann die übrigen, jede Gruppe in Katalogreihenfolge.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [options]
Runs Tickmark&apos;s operations on .tickmark workpapers without the GUI.

Commands:
</source>
        <translation>Aufruf: %1 BEFEHL [ARGUMENTE] [Optionen]
Führt die Funktionen von Tickmark ohne grafische Oberfläche auf .tickmark-Arbeitspapieren aus.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options accepted by every command:
  --user NAME   Acting user, &quot;Name (INITIALS)&quot; (default: TICKMARK_USER, then the Tickmark app&apos;s
                settings, then the system user).
  --role ROLE   preparer, reviewer or partner (default: TICKMARK_ROLE, then settings, then preparer).
  --json        (most commands) Print one JSON document on stdout instead of text.
  -h, --help    Show help; &quot;%1 COMMAND --help&quot; shows a command&apos;s options.
  --version     Show the version and exit.

Exit status: 0 on success, 1 when the command fails (the workpaper is left unchanged),
2 when the command line is malformed. Errors are one line on stderr starting &quot;error: &quot;.
</source>
        <translation>
Optionen für jeden Befehl:
  --user NAME   Handelnder Benutzer, „Name (KÜRZEL)“ (Standard: TICKMARK_USER, dann die Einstellungen
                der Tickmark-App, dann der Systembenutzer).
  --role ROLLE  preparer, reviewer oder partner (Standard: TICKMARK_ROLE, dann die Einstellungen, dann preparer).
  --json        (die meisten Befehle) Ein JSON-Dokument statt Text auf stdout ausgeben.
  -h, --help    Hilfe anzeigen; „%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
  --version     Version anzeigen und beenden.

Exit-Status: 0 bei Erfolg, 1 wenn der Befehl fehlschlägt (das Arbeitspapier bleibt unverändert),
2 bei fehlerhafter Befehlszeile. Fehler erscheinen als eine Zeile auf stderr, beginnend mit „error: “.
</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUB-COMMAND [ARGUMENTS] [options]

Sub-commands:
</source>
        <translation>Aufruf: %1 %2 UNTERBEFEHL [ARGUMENTE] [Optionen]

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 %2 SUB-COMMAND --help&quot; for its options.
</source>
        <translation>
Die Optionen eines Unterbefehls zeigt „%1 %2 UNTERBEFEHL --help“.
</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Aufruf: %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>%1: missing %2 argument; usage: %3 %4</source>
        <translation>%1: Argument %2 fehlt; Aufruf: %3 %4</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list</source>
        <translation>unbekannter Befehl „%1“; die Liste zeigt „%2 --help“</translation>
    </message>
    <message>
        <source>%1: missing sub-command; use one of: %2</source>
        <translation>%1: Unterbefehl fehlt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; use one of: %3</source>
        <translation>unbekannter Befehl „%1 %2“; verwenden Sie einen von: %3</translation>
    </message>
    <message>
        <source>missing value after %1</source>
        <translation>Wert nach %1 fehlt</translation>
    </message>
    <message>
        <source>unknown option %1; run &quot;%2 --help&quot;</source>
        <translation>unbekannte Option %1; siehe „%2 --help“</translation>
    </message>
    <message>
        <source>no command given; run &quot;%1 --help&quot; for the list</source>
        <translation>kein Befehl angegeben; die Liste zeigt „%1 --help“</translation>
    </message>
    <message>
        <source>new: --%1 is required</source>
        <translation>new: --%1 ist erforderlich</translation>
    </message>
    <message>
        <source>new: --%1 does not apply: %2</source>
        <translation>new: --%1 ist nicht anwendbar: %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date; use YYYY-MM-DD</source>
        <translation>--%1: „%2“ ist kein gültiges Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a report type; use 1 (Type I) or 2 (Type II)</source>
        <translation>--type: „%1“ ist keine Berichtsart; verwenden Sie 1 (Typ I) oder 2 (Typ II)</translation>
    </message>
    <message>
        <source>--categories: unknown category &quot;%1&quot;; use security, availability, processing-integrity, confidentiality or privacy</source>
        <translation>--categories: unbekannte Kategorie „%1“; verwenden Sie security, availability, processing-integrity, confidentiality oder privacy</translation>
    </message>
    <message>
        <source>a Type I report is as of one date (--as-of)</source>
        <translation>ein Bericht vom Typ I bezieht sich auf einen Stichtag (--as-of)</translation>
    </message>
    <message>
        <source>a Type II report covers a period (--from, --to)</source>
        <translation>ein Bericht vom Typ II umfasst einen Zeitraum (--from, --to)</translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2</source>
        <translation>--to: %1 liegt nicht nach --from %2</translation>
    </message>
    <message>
        <source>SOC 2 Type I as of %1</source>
        <translation>SOC 2 Typ I zum %1</translation>
    </message>
    <message>
        <source>SOC 2 Type II, %1 to %2</source>
        <translation>SOC 2 Typ II, %1 bis %2</translation>
    </message>
    <message>
        <source>new: --sample cannot be combined with --%1</source>
        <translation>new: --sample kann nicht mit --%1 kombiniert werden</translation>
    </message>
    <message>
        <source>Created %1 with the sample engagement; controls: %2.</source>
        <translation>%1 mit dem Beispielauftrag erstellt; Kontrollen: %2.</translation>
    </message>
    <message>
        <source>Created %1: %2 for %3 (%4); %5.</source>
        <translation>%1 erstellt: %2 für %3 (%4); %5.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Grundgesamtheiten</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>issued (locked)</source>
        <translation>ausgegeben (gesperrt)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>The service organization&apos;s name.</source>
        <translation>Name der Dienstleistungsorganisation.</translation>
    </message>
    <message>
        <source>The system&apos;s name as the report states it.</source>
        <translation>Name des Systems, wie er im Bericht steht.</translation>
    </message>
    <message>
        <source>Report type: 1 (Type I) or 2 (Type II).</source>
        <translation>Berichtsart: 1 (Typ I) oder 2 (Typ II).</translation>
    </message>
    <message>
        <source>1|2</source>
        <translation>1|2</translation>
    </message>
    <message>
        <source>Type I: the as-of date.</source>
        <translation>Typ I: der Stichtag.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Type II: the first day of the period.</source>
        <translation>Typ II: der erste Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Type II: the last day of the period.</source>
        <translation>Typ II: der letzte Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Comma-separated categories in scope besides security: availability, processing-integrity, confidentiality, privacy.</source>
        <translation>Kommagetrennte Kategorien im Prüfungsumfang neben security: availability, processing-integrity, confidentiality, privacy.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>The service auditor&apos;s firm.</source>
        <translation>Die Prüfungsgesellschaft des Dienstleistungsprüfers.</translation>
    </message>
    <message>
        <source>The engagement partner.</source>
        <translation>Der Auftragsverantwortliche.</translation>
    </message>
    <message>
        <source>City printed with the firm&apos;s signature.</source>
        <translation>Ort, der mit der Unterschrift der Prüfungsgesellschaft gedruckt wird.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Create the bundled fictional sample engagement instead.</source>
        <translation>Stattdessen den mitgelieferten fiktiven Beispielauftrag erstellen.</translation>
    </message>
    <message>
        <source>The workpaper to create; an existing file is never overwritten.</source>
        <translation>Das zu erstellende Arbeitspapier; eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Create a workpaper for a new engagement (or the sample one)</source>
        <translation>Ein Arbeitspapier für einen neuen Auftrag (oder den Beispielauftrag) erstellen</translation>
    </message>
    <message>
        <source>Type I:  new FILE --client NAME --system NAME --type 1 --as-of DATE
Type II: new FILE --client NAME --system NAME --type 2 --from DATE --to DATE
Sample:  new FILE --sample
Dates are ISO 8601 (2026-01-31). Security is always in scope. A Type II period shorter than 3
or longer than 12 months is allowed with a warning on stderr.</source>
        <translation>Typ I:    new FILE --client NAME --system NAME --type 1 --as-of DATUM
Typ II:   new FILE --client NAME --system NAME --type 2 --from DATUM --to DATUM
Beispiel: new FILE --sample
Datumsangaben im Format ISO 8601 (2026-01-31). Sicherheit ist immer im Prüfungsumfang. Ein Zeitraum
vom Typ II unter 3 oder über 12 Monaten ist mit einer Warnung auf stderr zulässig.</translation>
    </message>
    <message>
        <source>Show the engagement and what the workpaper holds</source>
        <translation>Den Auftrag und den Inhalt des Arbeitspapiers anzeigen</translation>
    </message>
    <message>
        <source>JSON: {&quot;client&quot;, &quot;system&quot;, &quot;type&quot;, &quot;as_of&quot; | &quot;from&quot;, &quot;to&quot;, &quot;categories&quot;,
&quot;schema_version&quot;, &quot;controls&quot;, &quot;evidence_items&quot;, &quot;populations&quot;, &quot;exceptions&quot;, &quot;issued&quot;}</source>
        <translation>JSON: {&quot;client&quot;, &quot;system&quot;, &quot;type&quot;, &quot;as_of&quot; | &quot;from&quot;, &quot;to&quot;, &quot;categories&quot;,
&quot;schema_version&quot;, &quot;controls&quot;, &quot;evidence_items&quot;, &quot;populations&quot;, &quot;exceptions&quot;, &quot;issued&quot;}</translation>
    </message>
    <message>
        <source>audit trail broken at event %1: %2</source>
        <translation>Prüfpfad bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>%1: audit trail intact; events verified: %2.</source>
        <translation>%1: Prüfpfad intakt; geprüfte Ereignisse: %2.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain</source>
        <translation>Die Hash-Kette des Prüfpfads prüfen</translation>
    </message>
    <message>
        <source>Exits with status 1 and &quot;error: audit trail broken at event N: ...&quot; when an event was altered,
removed or unlinked. JSON: {&quot;ok&quot;, &quot;events&quot;, &quot;first_broken&quot; (null when ok), &quot;problem&quot;}</source>
        <translation>Endet mit Status 1 und „error: Prüfpfad bei Ereignis N unterbrochen: ...“, wenn ein Ereignis geändert,
entfernt oder entkoppelt wurde. JSON: {&quot;ok&quot;, &quot;events&quot;, &quot;first_broken&quot; (null, wenn ok), &quot;problem&quot;}</translation>
    </message>
    <message>
        <source>Only events on objects starting with REF, e.g. control: or control:CTL-01.</source>
        <translation>Nur Ereignisse zu Objekten, die mit REF beginnen, z.&#xa0;B. control: oder control:CTL-01.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>List the audit trail&apos;s events</source>
        <translation>Die Ereignisse des Prüfpfads auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;seq&quot;, &quot;at&quot;, &quot;user&quot;, &quot;initials&quot;, &quot;role&quot;, &quot;object&quot;, &quot;action&quot;, &quot;summary&quot;}];
&quot;summary&quot; is the before/after summary as stored (compact JSON text).</source>
        <translation>JSON: [{&quot;seq&quot;, &quot;at&quot;, &quot;user&quot;, &quot;initials&quot;, &quot;role&quot;, &quot;object&quot;, &quot;action&quot;, &quot;summary&quot;}];
&quot;summary&quot; ist die gespeicherte Vorher/Nachher-Zusammenfassung (kompakter JSON-Text).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of %3 or more</source>
        <translation>--%1: „%2“ ist keine ganze Zahl größer oder gleich %3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not a delimiter; give one ASCII character other than a quote, such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;</source>
        <translation>--delimiter: „%1“ ist kein Trennzeichen; geben Sie ein ASCII-Zeichen außer einem Anführungszeichen an, etwa &quot;,&quot; oder &quot;;&quot;, oder &quot;tab&quot;</translation>
    </message>
    <message>
        <source>--sheet applies only to an .xlsx file; %1 is read as CSV</source>
        <translation>--sheet gilt nur für eine .xlsx-Datei; %1 wird als CSV gelesen</translation>
    </message>
    <message>
        <source>--delimiter applies only to a CSV file; %1 is a workbook</source>
        <translation>--delimiter gilt nur für eine CSV-Datei; %1 ist eine Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1: blank rows skipped (not stored, not numbered): %2</source>
        <translation>%1: übersprungene leere Zeilen (nicht gespeichert, nicht nummeriert): %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252</source>
        <translation>%1 ist nicht UTF-8-kodiert; die Datei wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>Imported %1 as population &quot;%2&quot; of control %3; rows: %4; columns: %5.</source>
        <translation>%1 als Grundgesamtheit „%2“ der Kontrolle %3 importiert; Zeilen: %4; Spalten: %5.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 der Datei: %1</translation>
    </message>
    <message>
        <source>  rows: %1  %2  %3</source>
        <translation>  Zeilen: %1  %2  %3</translation>
    </message>
    <message>
        <source>Populations: %1.</source>
        <translation>Grundgesamtheiten: %1.</translation>
    </message>
    <message>
        <source>%1: no population named &quot;%2&quot;; see &quot;population list&quot;</source>
        <translation>%1: keine Grundgesamtheit namens „%2“; siehe „population list“</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>No rows; the population has %1.</source>
        <translation>Keine Zeilen; die Grundgesamtheit umfasst %1.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3.</source>
        <translation>Zeilen %1 bis %2 von %3.</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has %2 rows; --from %3 is past the last one</source>
        <translation>die Grundgesamtheit „%1“ hat %2 Zeilen; --from %3 liegt hinter der letzten</translation>
    </message>
    <message>
        <source>The control the population belongs to (required).</source>
        <translation>Die Kontrolle, zu der die Grundgesamtheit gehört (erforderlich).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The population&apos;s name, unique in the engagement (required).</source>
        <translation>Der Name der Grundgesamtheit, eindeutig im Auftrag (erforderlich).</translation>
    </message>
    <message>
        <source>XLSX only: the worksheet to read (default: the first).</source>
        <translation>Nur XLSX: das zu lesende Arbeitsblatt (Standard: das erste).</translation>
    </message>
    <message>
        <source>CSV only: the field delimiter, one character or &quot;tab&quot; (default: detected among , ; tab |).</source>
        <translation>Nur CSV: das Feldtrennzeichen, ein Zeichen oder &quot;tab&quot; (Standard: erkannt unter , ; tab |).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>The client&apos;s population file (.csv or .xlsx) with a header row naming the columns.</source>
        <translation>Die Datei des Mandanten mit der Grundgesamtheit (.csv oder .xlsx) und einer Kopfzeile, die die Spalten benennt.</translation>
    </message>
    <message>
        <source>Import a control&apos;s population (the occurrences in the period)</source>
        <translation>Die Grundgesamtheit einer Kontrolle importieren (die Vorgänge im Zeitraum)</translation>
    </message>
    <message>
        <source>The first record is the header; its names must be non-empty and unique. Data rows are numbered
from 1 in file order; entirely blank rows are skipped (a warning says how many); a row with more
fields than the header is an error naming the row. A file that is not UTF-8 is read as
Windows-1252 with a warning. Any error leaves the workpaper unchanged.
JSON: {&quot;name&quot;, &quot;control&quot;, &quot;source&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;skipped_blank_rows&quot;}</source>
        <translation>Der erste Datensatz ist die Kopfzeile; ihre Namen müssen nicht leer und eindeutig sein. Datenzeilen werden
ab 1 in Dateireihenfolge nummeriert; vollständig leere Zeilen werden übersprungen (eine Warnung nennt ihre
Anzahl); eine Zeile mit mehr Feldern als die Kopfzeile ist ein Fehler, der die Zeile nennt. Eine Datei, die
nicht UTF-8-kodiert ist, wird mit einer Warnung als Windows-1252 gelesen. Jeder Fehler lässt das Arbeitspapier unverändert.
JSON: {&quot;name&quot;, &quot;control&quot;, &quot;source&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;skipped_blank_rows&quot;}</translation>
    </message>
    <message>
        <source>List the engagement&apos;s populations</source>
        <translation>Die Grundgesamtheiten des Auftrags auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;name&quot;, &quot;control&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;source&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;imported_at&quot;, &quot;imported_by&quot;}]</source>
        <translation>JSON: [{&quot;name&quot;, &quot;control&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;source&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;imported_at&quot;, &quot;imported_by&quot;}]</translation>
    </message>
    <message>
        <source>The first row to show, from 1 (default: 1).</source>
        <translation>Die erste anzuzeigende Zeile, ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>How many rows to show (default: %1, at most %2).</source>
        <translation>Wie viele Zeilen angezeigt werden (Standard: %1, höchstens %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show rows of a population with their row numbers</source>
        <translation>Zeilen einer Grundgesamtheit mit ihren Zeilennummern anzeigen</translation>
    </message>
    <message>
        <source>JSON: {&quot;name&quot;, &quot;columns&quot;, &quot;total_rows&quot;, &quot;rows&quot;: [{&quot;row&quot;, &quot;values&quot;: {column: value}}]}</source>
        <translation>JSON: {&quot;name&quot;, &quot;columns&quot;, &quot;total_rows&quot;, &quot;rows&quot;: [{&quot;row&quot;, &quot;values&quot;: {Spalte: Wert}}]}</translation>
    </message>
    <message>
        <source>No sample of %1 items or fewer supports reliance at %2 risk, %3 tolerable, %4 expected (the AICPA tables print &quot;*&quot;); raise the tolerable rate or lower the expected rate</source>
        <translation>Keine Stichprobe von %1 Elementen oder weniger stützt das Vertrauen bei einem Risiko von %2, einer tolerierbaren Rate von %3 und einer erwarteten Rate von %4 (die AICPA-Tabellen zeigen „*“); erhöhen Sie die tolerierbare Rate oder senken Sie die erwartete Rate</translation>
    </message>
    <message>
        <source>Sample size %1 (1 expected deviation) at %2 risk, %3 tolerable, %4 expected</source>
        <translation>Stichprobenumfang %1 (1 erwartete Abweichung) bei einem Risiko von %2, einer tolerierbaren Rate von %3 und einer erwarteten Rate von %4</translation>
    </message>
    <message>
        <source>Sample size %1 (%2 expected deviations) at %3 risk, %4 tolerable, %5 expected</source>
        <translation>Stichprobenumfang %1 (%2 erwartete Abweichungen) bei einem Risiko von %3, einer tolerierbaren Rate von %4 und einer erwarteten Rate von %5</translation>
    </message>
    <message>
        <source>--risk-level: &quot;%1&quot; is not a risk level; use lower or higher</source>
        <translation>--risk-level: „%1“ ist keine Risikostufe; verwenden Sie lower oder higher</translation>
    </message>
    <message>
        <source>--frequency: unknown frequency &quot;%1&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation>--frequency: unbekannte Häufigkeit „%1“; verwenden Sie annual, quarterly, monthly, weekly, daily, multiple-daily oder ad-hoc</translation>
    </message>
    <message>
        <source>Sample size %1.</source>
        <translation>Stichprobenumfang %1.</translation>
    </message>
    <message>
        <source>sample size: --%1 does not apply with --frequency</source>
        <translation>sample size: --%1 ist mit --frequency nicht anwendbar</translation>
    </message>
    <message>
        <source>sample size: --%1 applies only with --frequency</source>
        <translation>sample size: --%1 gilt nur mit --frequency</translation>
    </message>
    <message>
        <source>sample size: give --risk, --tolerable and --expected, or --frequency</source>
        <translation>sample size: geben Sie --risk, --tolerable und --expected oder --frequency an</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 (%3); upper deviation limit: %4 at %5 risk.</source>
        <translation>Abweichungen: %1 von %2 (%3); obere Abweichungsgrenze: %4 bei einem Risiko von %5.</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a seed; use a whole number from 0 to %2</source>
        <translation>--seed: „%1“ ist kein Startwert; verwenden Sie eine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a selection method; use random or systematic</source>
        <translation>--method: „%1“ ist keine Auswahlmethode; verwenden Sie random oder systematic</translation>
    </message>
    <message>
        <source>Sample of population &quot;%1&quot;: %2 selection of %3 of %4 rows, seed %5; drawn %6 by %7.</source>
        <translation>Stichprobe der Grundgesamtheit „%1“: %3 von %4 Zeilen, Auswahlmethode %2, Startwert %5; gezogen am %6 von %7.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>seed %1 chosen</source>
        <translation>Startwert %1 gewählt</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample yet; draw one with &quot;sample draw&quot;</source>
        <translation>die Grundgesamtheit „%1“ hat noch keine Stichprobe; ziehen Sie eine mit „sample draw“</translation>
    </message>
    <message>
        <source>sample export: %1 does not end in .xlsx; the request list is an XLSX workbook</source>
        <translation>sample export: %1 endet nicht auf .xlsx; die Anforderungsliste ist eine XLSX-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Wrote the request list for the sample of population &quot;%1&quot; to %2.</source>
        <translation>Anforderungsliste für die Stichprobe der Grundgesamtheit „%1“ in %2 geschrieben.</translation>
    </message>
    <message>
        <source>The population&apos;s name (required).</source>
        <translation>Der Name der Grundgesamtheit (erforderlich).</translation>
    </message>
    <message>
        <source>Statistical: risk of overreliance, e.g. 0.05 or 5%.</source>
        <translation>Statistisch: Risiko übermäßigen Vertrauens, z.&#xa0;B. 0.05 oder 5%.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Statistical: tolerable deviation rate.</source>
        <translation>Statistisch: tolerierbare Abweichungsrate.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Statistical: expected deviation rate, below the tolerable rate.</source>
        <translation>Statistisch: erwartete Abweichungsrate, unter der tolerierbaren Rate.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Frequency-based: annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc.</source>
        <translation>Häufigkeitsbasiert: annual, quarterly, monthly, weekly, daily, multiple-daily oder ad-hoc.</translation>
    </message>
    <message>
        <source>FREQ</source>
        <translation>HÄUFIGKEIT</translation>
    </message>
    <message>
        <source>Frequency-based: the table column, lower or higher (default: higher).</source>
        <translation>Häufigkeitsbasiert: die Tabellenspalte, lower oder higher (Standard: higher).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Frequency-based: an automated control (a test of one).</source>
        <translation>Häufigkeitsbasiert: eine automatisierte Kontrolle (Prüfung eines einzigen Falls).</translation>
    </message>
    <message>
        <source>Frequency-based: the population&apos;s size; a smaller population is tested whole.</source>
        <translation>Häufigkeitsbasiert: der Umfang der Grundgesamtheit; eine kleinere Grundgesamtheit wird vollständig geprüft.</translation>
    </message>
    <message>
        <source>Frequency-based: the period in months (default: the --file engagement&apos;s Type II period, else a full year).</source>
        <translation>Häufigkeitsbasiert: der Zeitraum in Monaten (Standard: der Zeitraum vom Typ II des Auftrags aus --file, sonst ein ganzes Jahr).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Frequency-based: take the firm table and the period from this workpaper.</source>
        <translation>Häufigkeitsbasiert: die Tabelle der Prüfungsgesellschaft und den Zeitraum aus diesem Arbeitspapier übernehmen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Items tested (required).</source>
        <translation>Geprüfte Elemente (erforderlich).</translation>
    </message>
    <message>
        <source>Deviations found (required).</source>
        <translation>Festgestellte Abweichungen (erforderlich).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Risk of overreliance, e.g. 0.05 or 5% (required).</source>
        <translation>Risiko übermäßigen Vertrauens, z.&#xa0;B. 0.05 oder 5% (erforderlich).</translation>
    </message>
    <message>
        <source>Tolerable deviation rate; without it no conclusion on reliance is drawn.</source>
        <translation>Tolerierbare Abweichungsrate; ohne sie wird keine Schlussfolgerung zum Vertrauen gezogen.</translation>
    </message>
    <message>
        <source>Items to select (required).</source>
        <translation>Anzahl der auszuwählenden Elemente (erforderlich).</translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to 2^64 - 1 (default: a new random seed, reported).</source>
        <translation>Der Startwert, eine ganze Zahl von 0 bis 2^64 - 1 (Standard: ein neuer zufälliger Startwert, der ausgegeben wird).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>random (default) or systematic.</source>
        <translation>random (Standard) oder systematic.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>How the size was chosen, in words, kept with the sample.</source>
        <translation>Wie der Umfang bestimmt wurde, in Worten; wird mit der Stichprobe gespeichert.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation>Die zu schreibende .xlsx-Datei.</translation>
    </message>
    <message>
        <source>Compute a sample size, statistical or frequency-based</source>
        <translation>Einen Stichprobenumfang berechnen, statistisch oder häufigkeitsbasiert</translation>
    </message>
    <message>
        <source>Statistical: sample size --risk R --tolerable T --expected E (rates as 0.05 or 5%)
  JSON: {&quot;method&quot;: &quot;statistical&quot;, &quot;size&quot;, &quot;expected_deviations&quot;, &quot;too_large&quot;, &quot;risk&quot;,
  &quot;tolerable&quot;, &quot;expected&quot;}; too_large is true when no sample of 2,000 or fewer suffices.
Frequency-based: sample size --frequency F [--risk-level lower|higher] [--automated]
  [--population N] [--period-months M] [--file FILE]
  JSON: {&quot;method&quot;: &quot;frequency&quot;, &quot;size&quot;, &quot;explanation&quot;, &quot;frequency&quot;, &quot;risk_level&quot;,
  &quot;automated&quot;, &quot;population&quot;, &quot;period_months&quot;}</source>
        <translation>Statistisch: sample size --risk R --tolerable T --expected E (Raten als 0.05 oder 5%)
  JSON: {&quot;method&quot;: &quot;statistical&quot;, &quot;size&quot;, &quot;expected_deviations&quot;, &quot;too_large&quot;, &quot;risk&quot;,
  &quot;tolerable&quot;, &quot;expected&quot;}; too_large ist true, wenn keine Stichprobe von 2.000 oder weniger ausreicht.
Häufigkeitsbasiert: sample size --frequency F [--risk-level lower|higher] [--automated]
  [--population N] [--period-months M] [--file DATEI]
  JSON: {&quot;method&quot;: &quot;frequency&quot;, &quot;size&quot;, &quot;explanation&quot;, &quot;frequency&quot;, &quot;risk_level&quot;,
  &quot;automated&quot;, &quot;population&quot;, &quot;period_months&quot;}</translation>
    </message>
    <message>
        <source>Evaluate a tested sample: upper deviation limit and conclusion</source>
        <translation>Eine geprüfte Stichprobe auswerten: obere Abweichungsgrenze und Schlussfolgerung</translation>
    </message>
    <message>
        <source>The upper deviation limit is the exact one-sided binomial bound, rounded up to 0.1%.
JSON: {&quot;sample_size&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;, &quot;upper_deviation_limit&quot;, &quot;risk&quot;,
&quot;tolerable_rate&quot;, &quot;supports_reliance&quot;, &quot;conclusion&quot;}; rates are fractions (0.077 for 7.7%);
tolerable_rate and supports_reliance are null without --tolerable.</source>
        <translation>Die obere Abweichungsgrenze ist die exakte einseitige Binomialgrenze, aufgerundet auf 0,1&#xa0;%.
JSON: {&quot;sample_size&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;, &quot;upper_deviation_limit&quot;, &quot;risk&quot;,
&quot;tolerable_rate&quot;, &quot;supports_reliance&quot;, &quot;conclusion&quot;}; Raten sind Brüche (0.077 für 7,7&#xa0;%);
tolerable_rate und supports_reliance sind ohne --tolerable null.</translation>
    </message>
    <message>
        <source>Select a population&apos;s sample and store it</source>
        <translation>Die Stichprobe einer Grundgesamtheit auswählen und speichern</translation>
    </message>
    <message>
        <source>Replaces an earlier sample of the population. Without --seed a seed is chosen and reported
(on stderr as &quot;note: seed S chosen&quot; unless --json).
</source>
        <translation>Ersetzt eine frühere Stichprobe der Grundgesamtheit. Ohne --seed wird ein Startwert gewählt und ausgegeben
(auf stderr als „note: Startwert S gewählt“, außer bei --json).
</translation>
    </message>
    <message>
        <source>The new, larger size.</source>
        <translation>Der neue, größere Umfang.</translation>
    </message>
    <message>
        <source>Extend a random sample; its first items stay</source>
        <translation>Eine Zufallsstichprobe erweitern; ihre bisherigen Elemente bleiben erhalten</translation>
    </message>
    <message>
        <source>Continues the same generator stream from the stored seed. A systematic sample cannot be extended.
</source>
        <translation>Setzt dieselbe Zahlenfolge des Generators ab dem gespeicherten Startwert fort. Eine systematische Stichprobe kann nicht erweitert werden.
</translation>
    </message>
    <message>
        <source>Show a population&apos;s stored sample with the values of its rows</source>
        <translation>Die gespeicherte Stichprobe einer Grundgesamtheit mit den Werten ihrer Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Write a population&apos;s sample as a request list for the client (.xlsx)</source>
        <translation>Die Stichprobe einer Grundgesamtheit als Anforderungsliste für den Mandanten schreiben (.xlsx)</translation>
    </message>
    <message>
        <source>One row per item (item number, population row, the population&apos;s columns) and empty columns
for the client: evidence reference, provided by, date provided, comments.</source>
        <translation>Eine Zeile je Element (Elementnummer, Zeile der Grundgesamtheit, die Spalten der Grundgesamtheit) und leere Spalten
für den Mandanten: Nachweisreferenz, bereitgestellt von, Datum der Bereitstellung, Kommentare.</translation>
    </message>
    <message>
        <source>control %1: inquiry alone is not sufficient evidence; add an observation, inspection or reperformance procedure</source>
        <translation>Kontrolle %1: Befragung allein ist kein ausreichender Prüfungsnachweis; fügen Sie eine Prüfungshandlung Beobachtung, Einsichtnahme oder Nachvollzug hinzu</translation>
    </message>
    <message>
        <source>--procedure: &quot;%1&quot; is not a procedure; use inquiry, observation, inspection or reperformance</source>
        <translation>--procedure: „%1“ ist keine Prüfungshandlung; verwenden Sie inquiry, observation, inspection oder reperformance</translation>
    </message>
    <message>
        <source>Added a procedure (%1) to control %2.</source>
        <translation>Prüfungshandlung (%1) zur Kontrolle %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added attribute %1 to control %2.</source>
        <translation>Testattribut %1 zur Kontrolle %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>--result: &quot;%1&quot; is not a result; use pass, deviation or na</source>
        <translation>--result: „%1“ ist kein Ergebnis; verwenden Sie pass, deviation oder na</translation>
    </message>
    <message>
        <source>Recorded %1 for attribute %2 on row %3 of control %4&apos;s sample.</source>
        <translation>%1 für Testattribut %2 in Zeile %3 der Stichprobe der Kontrolle %4 erfasst.</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Prüfungshandlungen:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Testattribute:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>  %1 row %2, attribute %3: %4</source>
        <translation>  %1 Zeile %2, Testattribut %3: %4</translation>
    </message>
    <message>
        <source>The control&apos;s ID (required).</source>
        <translation>Die ID der Kontrolle (erforderlich).</translation>
    </message>
    <message>
        <source>Add a procedure: inquiry, observation, inspection or reperformance.</source>
        <translation>Eine Prüfungshandlung hinzufügen: inquiry (Befragung), observation (Beobachtung), inspection (Einsichtnahme) oder reperformance (Nachvollzug).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Add a test attribute named LETTER (default: the next free letter from A).</source>
        <translation>Ein Testattribut mit dem Buchstaben BUCHSTABE hinzufügen (Standard: der nächste freie Buchstabe ab A).</translation>
    </message>
    <message>
        <source>[LETTER]</source>
        <translation>[BUCHSTABE]</translation>
    </message>
    <message>
        <source>What the procedure does or the attribute checks (required).</source>
        <translation>Was die Prüfungshandlung tut bzw. das Testattribut prüft (erforderlich).</translation>
    </message>
    <message>
        <source>The population row, one of the sample&apos;s (required).</source>
        <translation>Die Zeile der Grundgesamtheit; sie muss zur Stichprobe gehören (erforderlich).</translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (required).</source>
        <translation>Der Buchstabe des Testattributs (erforderlich).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>pass, deviation or na (required).</source>
        <translation>pass, deviation oder na (erforderlich).</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>A note on the result.</source>
        <translation>Eine Anmerkung zum Ergebnis.</translation>
    </message>
    <message>
        <source>Record the result of an attribute on a sample item</source>
        <translation>Das Ergebnis eines Testattributs für ein Stichprobenelement erfassen</translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation>Die Prüfungshandlungen, Testattribute und erfassten Ergebnisse einer Kontrolle anzeigen</translation>
    </message>
    <message>
        <source>The record holding the column names, from 1; the records above it are skipped (default: 1).</source>
        <translation>Der Datensatz mit den Spaltennamen, ab 1; die Datensätze darüber werden übersprungen (Standard: 1).</translation>
    </message>
    <message>
        <source>%1: skipped %2: %3</source>
        <translation>%1: %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>Imported package &quot;%1&quot; (%2); files: %3; bytes: %4; skipped: %5.</source>
        <translation>Paket „%1“ (%2) importiert; Dateien: %3; Bytes: %4; übersprungen: %5.</translation>
    </message>
    <message>
        <source>SHA-256 of the package: %1</source>
        <translation>SHA-256 des Pakets: %1</translation>
    </message>
    <message>
        <source>No evidence imported.</source>
        <translation>Keine Prüfungsnachweise importiert.</translation>
    </message>
    <message>
        <source>evidence export: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation>evidence export: „%1“ ist kein SHA-256; geben Sie 64 Hexadezimalziffern an</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>evidence %1/%2 does not match its SHA-256 %3 (stored bytes hash to %4); mismatched items: %5</source>
        <translation>Prüfungsnachweis %1/%2 stimmt nicht mit seinem SHA-256 %3 überein (die gespeicherten Bytes ergeben den Hash %4); abweichende Elemente: %5</translation>
    </message>
    <message>
        <source>%1: evidence intact; items verified: %2; bytes: %3.</source>
        <translation>%1: Prüfungsnachweise intakt; geprüfte Elemente: %2; Bytes: %3.</translation>
    </message>
    <message>
        <source>An archive (zip, tar, 7z), a single file or a folder.</source>
        <translation>Ein Archiv (zip, tar, 7z), eine einzelne Datei oder ein Ordner.</translation>
    </message>
    <message>
        <source>The PBC request the package answers.</source>
        <translation>Die PBC-Anforderung, die das Paket beantwortet.</translation>
    </message>
    <message>
        <source>Import an evidence package into the workpaper</source>
        <translation>Ein Nachweispaket in das Arbeitspapier importieren</translation>
    </message>
    <message>
        <source>Skipped entries (links, devices, unsafe paths) are listed as warnings.
JSON: {&quot;package&quot;, &quot;sha256&quot;, &quot;format&quot;, &quot;request&quot;, &quot;files&quot;, &quot;bytes&quot;,
&quot;skipped&quot;: [{&quot;path&quot;, &quot;reason&quot;}], &quot;items&quot;: [{&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}]}</source>
        <translation>Übersprungene Einträge (Links, Geräte, unsichere Pfade) werden als Warnungen aufgeführt.
JSON: {&quot;package&quot;, &quot;sha256&quot;, &quot;format&quot;, &quot;request&quot;, &quot;files&quot;, &quot;bytes&quot;,
&quot;skipped&quot;: [{&quot;path&quot;, &quot;reason&quot;}], &quot;items&quot;: [{&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}]}</translation>
    </message>
    <message>
        <source>List the stored evidence items</source>
        <translation>Die gespeicherten Prüfungsnachweise auflisten</translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (64 hex digits).</source>
        <translation>Der SHA-256 des Elements (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Write a stored item&apos;s bytes to a file</source>
        <translation>Die Bytes eines gespeicherten Elements in eine Datei schreiben</translation>
    </message>
    <message>
        <source>The bytes are re-hashed on the way; the file appears only if they match.</source>
        <translation>Die Bytes werden dabei erneut gehasht; die Datei entsteht nur, wenn sie übereinstimmen.</translation>
    </message>
    <message>
        <source>Re-hash every stored item; non-zero exit on a mismatch</source>
        <translation>Jedes gespeicherte Element erneut hashen; Exit-Code ungleich null bei einer Abweichung</translation>
    </message>
    <message>
        <source>JSON: {&quot;ok&quot;, &quot;items&quot;, &quot;blobs&quot;, &quot;bytes&quot;, &quot;mismatches&quot;: [{&quot;package&quot;, &quot;path&quot;, &quot;expected&quot;,
&quot;actual&quot;, &quot;expected_size&quot;, &quot;actual_size&quot;}]}</source>
        <translation>JSON: {&quot;ok&quot;, &quot;items&quot;, &quot;blobs&quot;, &quot;bytes&quot;, &quot;mismatches&quot;: [{&quot;package&quot;, &quot;path&quot;, &quot;expected&quot;,
&quot;actual&quot;, &quot;expected_size&quot;, &quot;actual_size&quot;}]}</translation>
    </message>
    <message>
        <source>(out of period)</source>
        <translation>(außerhalb des Zeitraums)</translation>
    </message>
    <message>
        <source>controls: %1</source>
        <translation>Kontrollen: %1</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>Anforderung: %1</translation>
    </message>
    <message>
        <source>%1: the text was not indexed for search: %2</source>
        <translation>%1: der Text wurde nicht für die Suche indiziert: %2</translation>
    </message>
    <message>
        <source>No evidence matches &quot;%1&quot;.</source>
        <translation>Kein Prüfungsnachweis passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1/%2, page %3</source>
        <translation>%1/%2, Seite %3</translation>
    </message>
    <message>
        <source>evidence link: give --sha256 HASH (or --path PACKAGE/PATH)</source>
        <translation>evidence link: geben Sie --sha256 HASH (oder --path PAKET/PFAD) an</translation>
    </message>
    <message>
        <source>evidence link: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation>evidence link: „%1“ ist kein SHA-256; geben Sie 64 Hexadezimalziffern an</translation>
    </message>
    <message>
        <source>Unlinked %1 from control %2.</source>
        <translation>Verknüpfung von %1 mit Kontrolle %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Linked %1 to control %2.</source>
        <translation>%1 mit Kontrolle %2 verknüpft.</translation>
    </message>
    <message>
        <source>JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;, &quot;effective_date&quot;,
&quot;out_of_period&quot;, &quot;controls&quot;, &quot;request&quot;}], by package and path. effective_date and request are null
when unknown.</source>
        <translation>JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;, &quot;effective_date&quot;,
&quot;out_of_period&quot;, &quot;controls&quot;, &quot;request&quot;}], nach Paket und Pfad. effective_date und request sind null,
wenn unbekannt.</translation>
    </message>
    <message>
        <source>Words to find (all must occur); FTS5 syntax: &quot;exact phrase&quot;,
OR, NOT, prefix*.</source>
        <translation>Zu suchende Wörter (alle müssen vorkommen); FTS5-Syntax: &quot;exakte Phrase&quot;,
OR, NOT, Präfix*.</translation>
    </message>
    <message>
        <source>Full-text search of the evidence (text, CSV, PDF)</source>
        <translation>Volltextsuche in den Prüfungsnachweisen (Text, CSV, PDF)</translation>
    </message>
    <message>
        <source>Indexes any evidence not indexed yet first. Hits come best first; the matched words are wrapped in
[ and ]. JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;page&quot;, &quot;snippet&quot;}] (page 0 for text files).</source>
        <translation>Indiziert zuerst alle noch nicht indizierten Prüfungsnachweise. Die besten Treffer kommen zuerst; die gefundenen Wörter stehen in
[ und ]. JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;page&quot;, &quot;snippet&quot;}] (page 0 bei Textdateien).</translation>
    </message>
    <message>
        <source>The control to link to.</source>
        <translation>Die zu verknüpfende Kontrolle.</translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (every item with that content).</source>
        <translation>Der SHA-256 des Elements (jedes Element mit diesem Inhalt).</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>One item, as PACKAGE/PATH (instead of or with --sha256).</source>
        <translation>Ein Element, als PAKET/PFAD (statt oder zusammen mit --sha256).</translation>
    </message>
    <message>
        <source>PACKAGE/PATH</source>
        <translation>PAKET/PFAD</translation>
    </message>
    <message>
        <source>Remove the link instead.</source>
        <translation>Stattdessen die Verknüpfung aufheben.</translation>
    </message>
    <message>
        <source>Link evidence to a control (or unlink it)</source>
        <translation>Prüfungsnachweis mit einer Kontrolle verknüpfen (oder die Verknüpfung aufheben)</translation>
    </message>
    <message>
        <source>Recorded in the audit trail on evidence:SHA256.</source>
        <translation>Wird im Prüfpfad unter evidence:SHA256 erfasst.</translation>
    </message>
    <message>
        <source>not concluded</source>
        <translation>nicht abschließend beurteilt</translation>
    </message>
    <message>
        <source>criterion met</source>
        <translation>Kriterium erfüllt</translation>
    </message>
    <message>
        <source>criterion not met</source>
        <translation>Kriterium nicht erfüllt</translation>
    </message>
    <message>
        <source>Exception %1 on control %2 (%3)</source>
        <translation>Abweichung %1 bei Kontrolle %2 (%3)</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  Deviations: %1 of %2</source>
        <translation>  Abweichungen: %1 von %2</translation>
    </message>
    <message>
        <source>  Criteria: %1</source>
        <translation>  Kriterien: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>  Cause: %1</source>
        <translation>  Ursache: %1</translation>
    </message>
    <message>
        <source>  Management response: %1</source>
        <translation>  Stellungnahme des Managements: %1</translation>
    </message>
    <message>
        <source>  Assessment: %1; %2</source>
        <translation>  Beurteilung: %1; %2</translation>
    </message>
    <message>
        <source>  Reasoning: %1</source>
        <translation>  Begründung: %1</translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation>Keine Abweichungen.</translation>
    </message>
    <message>
        <source>--assessment: &quot;%1&quot; is not an assessment; use isolated, systematic or unassessed</source>
        <translation>--assessment: „%1“ ist keine Beurteilung; verwenden Sie isolated, systematic oder unassessed</translation>
    </message>
    <message>
        <source>--criterion-met: &quot;%1&quot; is not yes, no or unset</source>
        <translation>--criterion-met: „%1“ ist nicht yes, no oder unset</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a kind; use design, description or operating</source>
        <translation>--kind: „%1“ ist keine Art; verwenden Sie design, description oder operating</translation>
    </message>
    <message>
        <source>Raised exception %1 on control %2.</source>
        <translation>Abweichung %1 bei Kontrolle %2 erfasst.</translation>
    </message>
    <message>
        <source>Only this control&apos;s exceptions.</source>
        <translation>Nur die Abweichungen dieser Kontrolle.</translation>
    </message>
    <message>
        <source>List the exceptions, with live deviation counts</source>
        <translation>Die Abweichungen mit aktuellen Abweichungszahlen auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;control&quot;, &quot;kind&quot;, &quot;criteria&quot;: [], &quot;description&quot;, &quot;cause&quot;, &quot;deviations&quot;,
&quot;sample_size&quot;, &quot;management_response&quot;, &quot;assessment&quot;, &quot;criterion_met&quot;: bool or null,
&quot;reasoning&quot;, &quot;raised_at&quot;, &quot;raised_by&quot;}]. A recorded deviation creates or joins the control&apos;s
operating exception; &quot;deviations&quot; of &quot;sample_size&quot; are counted from the results as they stand.</source>
        <translation>JSON: [{&quot;id&quot;, &quot;control&quot;, &quot;kind&quot;, &quot;criteria&quot;: [], &quot;description&quot;, &quot;cause&quot;, &quot;deviations&quot;,
&quot;sample_size&quot;, &quot;management_response&quot;, &quot;assessment&quot;, &quot;criterion_met&quot;: bool oder null,
&quot;reasoning&quot;, &quot;raised_at&quot;, &quot;raised_by&quot;}]. Eine erfasste Abweichung eröffnet die Funktionsabweichung der Kontrolle
oder wird ihr zugeordnet; &quot;deviations&quot; von &quot;sample_size&quot; werden aus den aktuellen Ergebnissen gezählt.</translation>
    </message>
    <message>
        <source>The exception&apos;s id (required).</source>
        <translation>Die ID der Abweichung (erforderlich).</translation>
    </message>
    <message>
        <source>The exception&apos;s description.</source>
        <translation>Die Beschreibung der Abweichung.</translation>
    </message>
    <message>
        <source>The cause of the deviations.</source>
        <translation>Die Ursache der Abweichungen.</translation>
    </message>
    <message>
        <source>Management&apos;s response.</source>
        <translation>Die Stellungnahme des Managements.</translation>
    </message>
    <message>
        <source>Affected criteria, comma-separated (e.g. CC7.1,CC8.1).</source>
        <translation>Betroffene Kriterien, durch Kommas getrennt (z. B. CC7.1,CC8.1).</translation>
    </message>
    <message>
        <source>isolated, systematic or unassessed.</source>
        <translation>isolated, systematic oder unassessed.</translation>
    </message>
    <message>
        <source>Whether the criteria are still met: yes, no or unset.</source>
        <translation>Ob die Kriterien weiterhin erfüllt sind: yes, no oder unset.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The reasoning for the assessment and conclusion.</source>
        <translation>Die Begründung für Beurteilung und Schlussfolgerung.</translation>
    </message>
    <message>
        <source>Change an exception&apos;s description, cause, response, criteria, assessment or conclusion</source>
        <translation>Beschreibung, Ursache, Stellungnahme, Kriterien, Beurteilung oder Schlussfolgerung einer Abweichung ändern</translation>
    </message>
    <message>
        <source>Unknown criterion ids are an error naming the id.</source>
        <translation>Unbekannte Kriterien-IDs führen zu einem Fehler, der die ID nennt.</translation>
    </message>
    <message>
        <source>design (default), description or operating.</source>
        <translation>design (Standard), description oder operating.</translation>
    </message>
    <message>
        <source>What was found (required).</source>
        <translation>Was festgestellt wurde (erforderlich).</translation>
    </message>
    <message>
        <source>Raise an exception by hand (a design or description matter)</source>
        <translation>Eine Abweichung manuell erfassen (eine Frage der Ausgestaltung oder der Beschreibung)</translation>
    </message>
    <message>
        <source>JSON: {&quot;id&quot;}.</source>
        <translation>JSON: {&quot;id&quot;}.</translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter (default: the workpaper&apos;s).</source>
        <translation>PDF-Papierformat: a4 oder letter (Standard: das des Arbeitspapiers).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>PDF/A-1b schreiben (Archiv-PDF).</translation>
    </message>
    <message>
        <source>Add the evidence index: every item linked to a control, with its SHA-256.</source>
        <translation>Das Nachweisverzeichnis hinzufügen: jedes mit einer Kontrolle verknüpfte Element mit seinem SHA-256.</translation>
    </message>
    <message>
        <source>%1: --paper must be a4 or letter, not &quot;%2&quot;</source>
        <translation>%1: --paper muss a4 oder letter sein, nicht „%2“</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 pages, %4 opinion, %5)</source>
        <translation>%1: Bericht geschrieben (%2, %3 Seiten, %4 Prüfungsurteil, %5)</translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 opinion, %4)</source>
        <translation>%1: Bericht geschrieben (%2, %3 Prüfungsurteil, %4)</translation>
    </message>
    <message>
        <source>report opinion: --mode must be proposed, adverse or disclaimer, not &quot;%1&quot;</source>
        <translation>report opinion: --mode muss proposed, adverse oder disclaimer sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Folder for the reference archive (default: the workpaper&apos;s folder).</source>
        <translation>Ordner für das Referenzarchiv (Standard: der Ordner des Arbeitspapiers).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>The report file to write: .pdf, .odt or .html.</source>
        <translation>Die zu schreibende Berichtsdatei: .pdf, .odt oder .html.</translation>
    </message>
    <message>
        <source>Export the SOC 2 report to PDF, ODT or HTML</source>
        <translation>Den SOC 2-Bericht als PDF, ODT oder HTML exportieren</translation>
    </message>
    <message>
        <source>The format follows OUT&apos;s suffix. Every page is marked DRAFT until the report is issued.
JSON: {&quot;path&quot;, &quot;format&quot;, &quot;pages&quot; (PDF; else null), &quot;draft&quot;, &quot;opinion&quot;, &quot;criteria_not_met&quot;}</source>
        <translation>Das Format richtet sich nach der Endung von OUT. Jede Seite ist als ENTWURF gekennzeichnet, bis der Bericht ausgegeben ist.
JSON: {&quot;path&quot;, &quot;format&quot;, &quot;pages&quot; (PDF; sonst null), &quot;draft&quot;, &quot;opinion&quot;, &quot;criteria_not_met&quot;}</translation>
    </message>
    <message>
        <source>Issue the report and lock the engagement</source>
        <translation>Den Bericht ausgeben und den Auftrag sperren</translation>
    </message>
    <message>
        <source>Refused while review notes are open or sign-offs are missing or stale, and for the preparer role.
Writes the reference archive (a zip with the final PDF, a copy of the workpaper and manifest.json
with the SHA-256 of every file) and prints its path, then locks the engagement.
JSON: {&quot;archive&quot;, &quot;archive_sha256&quot;, &quot;pdf_sha256&quot;, &quot;pages&quot;, &quot;opinion&quot;}</source>
        <translation>Wird verweigert, solange Review-Anmerkungen offen sind oder Abzeichnungen fehlen bzw. veraltet sind, sowie für die Rolle preparer.
Schreibt das Referenzarchiv (ein ZIP mit dem endgültigen PDF, einer Kopie des Arbeitspapiers und manifest.json
mit dem SHA-256 jeder Datei), gibt dessen Pfad aus und sperrt dann den Auftrag.
JSON: {&quot;archive&quot;, &quot;archive_sha256&quot;, &quot;pdf_sha256&quot;, &quot;pages&quot;, &quot;opinion&quot;}</translation>
    </message>
    <message>
        <source>proposed (from the criteria results), adverse or disclaimer.</source>
        <translation>proposed (aus den Ergebnissen der Kriterien), adverse oder disclaimer.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Adverse or disclaimer: the reason, stated in the report.</source>
        <translation>Versagtes Prüfungsurteil oder Nichtabgabe: die Begründung, wie im Bericht angegeben.</translation>
    </message>
    <message>
        <source>Show or choose the report&apos;s opinion</source>
        <translation>Das Prüfungsurteil des Berichts anzeigen oder wählen</translation>
    </message>
    <message>
        <source>Without --mode, prints the opinion the report would carry now.
JSON: {&quot;opinion&quot;, &quot;criteria_not_met&quot;, &quot;reason&quot;}</source>
        <translation>Ohne --mode wird das Prüfungsurteil ausgegeben, das der Bericht derzeit tragen würde.
JSON: {&quot;opinion&quot;, &quot;criteria_not_met&quot;, &quot;reason&quot;}</translation>
    </message>
    <message>
        <source>request add: --due &quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>request add: --due „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation>Anforderung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Keine Anforderungen.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Prüfungsnachweise: %1</translation>
    </message>
    <message>
        <source>request status: --status &quot;%1&quot; is not one of open, received, accepted, rejected</source>
        <translation>request status: --status „%1“ ist nicht open, received, accepted oder rejected</translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation>Anforderung %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation>Anforderungsliste in %1 geschrieben.</translation>
    </message>
    <message>
        <source>What the client is asked to provide.</source>
        <translation>Was der Mandant bereitstellen soll.</translation>
    </message>
    <message>
        <source>The request&apos;s reference (default: the next R-NNN).</source>
        <translation>Die Referenz der Anforderung (Standard: die nächste R-NNN).</translation>
    </message>
    <message>
        <source>A related control (repeat for several).</source>
        <translation>Eine zugehörige Kontrolle (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>The client&apos;s person responsible.</source>
        <translation>Der Verantwortliche beim Mandanten.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Add a request to the PBC (provided by client) list</source>
        <translation>Eine Anforderung zur PBC-Liste (vom Mandanten bereitzustellen) hinzufügen</translation>
    </message>
    <message>
        <source>Prints the new request&apos;s reference. JSON: {&quot;ref&quot;}</source>
        <translation>Gibt die Referenz der neuen Anforderung aus. JSON: {&quot;ref&quot;}</translation>
    </message>
    <message>
        <source>List the requests with their status</source>
        <translation>Die Anforderungen mit ihrem Status auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;ref&quot;, &quot;description&quot;, &quot;controls&quot;, &quot;owner&quot;, &quot;due&quot;, &quot;status&quot;, &quot;overdue&quot;,
&quot;packages&quot;, &quot;history&quot;: [{&quot;status&quot;, &quot;note&quot;, &quot;by&quot;, &quot;at&quot;}]}], by ref. A request is overdue
when it is still open after its due date.</source>
        <translation>JSON: [{&quot;ref&quot;, &quot;description&quot;, &quot;controls&quot;, &quot;owner&quot;, &quot;due&quot;, &quot;status&quot;, &quot;overdue&quot;,
&quot;packages&quot;, &quot;history&quot;: [{&quot;status&quot;, &quot;note&quot;, &quot;by&quot;, &quot;at&quot;}]}], nach ref. Eine Anforderung ist überfällig,
wenn sie nach ihrem Fälligkeitsdatum noch offen ist.</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>Die Anforderung.</translation>
    </message>
    <message>
        <source>open, received, accepted or rejected.</source>
        <translation>open, received, accepted oder rejected.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Why (kept in the request&apos;s history).</source>
        <translation>Warum (wird in der Historie der Anforderung festgehalten).</translation>
    </message>
    <message>
        <source>Change a request&apos;s status</source>
        <translation>Den Status einer Anforderung ändern</translation>
    </message>
    <message>
        <source>Importing evidence with --request moves an open request to received by itself.</source>
        <translation>Ein Import von Prüfungsnachweisen mit --request setzt eine offene Anforderung automatisch auf received.</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to write.</source>
        <translation>Die zu schreibende .xlsx- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>Write the request list to send to the client (.xlsx or .csv)</source>
        <translation>Die Anforderungsliste zum Versand an den Mandanten schreiben (.xlsx oder .csv)</translation>
    </message>
    <message>
        <source>Columns: Ref, Description, Controls, Owner, Due, Status, Overdue, Evidence received, Client comments.</source>
        <translation>Spalten: Ref., Beschreibung, Kontrollen, Verantwortlich, Fällig, Status, Überfällig, Nachweise erhalten, Kommentare des Mandanten.</translation>
    </message>
    <message>
        <source>Note %1 on %2 (%3)</source>
        <translation>Anmerkung %1 zu %2 (%3)</translation>
    </message>
    <message>
        <source>  cleared by %1 at %2</source>
        <translation>  erledigt von %1 am %2</translation>
    </message>
    <message>
        <source>Opened review note %1 on %2.</source>
        <translation>Review-Anmerkung %1 zu %2 eröffnet.</translation>
    </message>
    <message>
        <source>Replied to review note %1.</source>
        <translation>Auf Review-Anmerkung %1 geantwortet.</translation>
    </message>
    <message>
        <source>Cleared review note %1.</source>
        <translation>Review-Anmerkung %1 erledigt.</translation>
    </message>
    <message>
        <source>Signed off %1 as %2.</source>
        <translation>%1 als %2 abgezeichnet.</translation>
    </message>
    <message>
        <source>No review notes.</source>
        <translation>Keine Review-Anmerkungen.</translation>
    </message>
    <message>
        <source>Open review notes: %1</source>
        <translation>Offene Review-Anmerkungen: %1</translation>
    </message>
    <message>
        <source>Missing sign-offs: %1</source>
        <translation>Fehlende Abzeichnungen: %1</translation>
    </message>
    <message>
        <source>Stale sign-offs (changed since signed): %1</source>
        <translation>Veraltete Abzeichnungen (seit der Abzeichnung geändert): %1</translation>
    </message>
    <message>
        <source>  %1 (%2) by %3</source>
        <translation>  %1 (%2) von %3</translation>
    </message>
    <message>
        <source>Review complete: the engagement can be issued.</source>
        <translation>Review abgeschlossen: Der Auftrag kann ausgegeben werden.</translation>
    </message>
    <message>
        <source>Review not complete.</source>
        <translation>Review nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Reopened the engagement; the report is no longer issued.</source>
        <translation>Auftrag wieder geöffnet; der Bericht gilt nicht mehr als ausgegeben.</translation>
    </message>
    <message>
        <source>The review note&apos;s id (required).</source>
        <translation>Die ID der Review-Anmerkung (erforderlich).</translation>
    </message>
    <message>
        <source>REF names an object: control:ID, exception:ID, population:NAME, evidence:SHA256 or
section:NAME (scope, controls, evidence, samples, exceptions, report).</source>
        <translation>REF bezeichnet ein Objekt: control:ID, exception:ID, population:NAME, evidence:SHA256 oder
section:NAME (scope, controls, evidence, samples, exceptions, report).</translation>
    </message>
    <message>
        <source>The object the note is about (required).</source>
        <translation>Das Objekt, auf das sich die Anmerkung bezieht (erforderlich).</translation>
    </message>
    <message>
        <source>The note (required).</source>
        <translation>Die Anmerkung (erforderlich).</translation>
    </message>
    <message>
        <source>Open a review note on an object</source>
        <translation>Eine Review-Anmerkung zu einem Objekt eröffnen</translation>
    </message>
    <message>
        <source>The reply (required).</source>
        <translation>Die Antwort (erforderlich).</translation>
    </message>
    <message>
        <source>Reply to a review note</source>
        <translation>Auf eine Review-Anmerkung antworten</translation>
    </message>
    <message>
        <source>A reply by someone other than the note&apos;s author marks the note answered.</source>
        <translation>Eine Antwort von jemand anderem als dem Verfasser der Anmerkung markiert die Anmerkung als beantwortet.</translation>
    </message>
    <message>
        <source>Clear a review note (reviewer or partner)</source>
        <translation>Eine Review-Anmerkung erledigen (Reviewer oder Partner)</translation>
    </message>
    <message>
        <source>The object to sign off (required).</source>
        <translation>Das abzuzeichnende Objekt (erforderlich).</translation>
    </message>
    <message>
        <source>Sign off an object as the acting user and role</source>
        <translation>Ein Objekt als handelnder Benutzer in seiner Rolle abzeichnen</translation>
    </message>
    <message>
        <source>A preparer signs as preparer, a reviewer or partner as reviewer; one person cannot hold both
sign-offs of an object. A sign-off goes stale when the object changes.</source>
        <translation>Ein Ersteller zeichnet als Ersteller ab, ein Reviewer oder Partner als Reviewer; eine Person kann nicht beide
Abzeichnungen eines Objekts innehaben. Eine Abzeichnung veraltet, wenn sich das Objekt ändert.</translation>
    </message>
    <message>
        <source>Only the notes on this object.</source>
        <translation>Nur die Anmerkungen zu diesem Objekt.</translation>
    </message>
    <message>
        <source>List review notes with their threads</source>
        <translation>Review-Anmerkungen mit ihren Verläufen auflisten</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;object&quot;, &quot;status&quot;, &quot;text&quot;, &quot;by&quot;, &quot;at&quot;, &quot;thread&quot;: [{&quot;text&quot;, &quot;by&quot;, &quot;at&quot;}]}]</source>
        <translation>JSON: [{&quot;id&quot;, &quot;object&quot;, &quot;status&quot;, &quot;text&quot;, &quot;by&quot;, &quot;at&quot;, &quot;thread&quot;: [{&quot;text&quot;, &quot;by&quot;, &quot;at&quot;}]}]</translation>
    </message>
    <message>
        <source>Show what stands between the workpaper and an issued report</source>
        <translation>Anzeigen, was zwischen dem Arbeitspapier und einem ausgegebenen Bericht steht</translation>
    </message>
    <message>
        <source>JSON: {&quot;open_notes&quot;: [note], &quot;missing_signoffs&quot;: [&quot;control:CTL-01 (reviewer)&quot;],
&quot;stale_signoffs&quot;: [{&quot;object&quot;, &quot;role&quot;, &quot;by&quot;, &quot;at&quot;, &quot;hash&quot;, &quot;stale&quot;}], &quot;clean&quot;, &quot;issued&quot;}</source>
        <translation>JSON: {&quot;open_notes&quot;: [note], &quot;missing_signoffs&quot;: [&quot;control:CTL-01 (reviewer)&quot;],
&quot;stale_signoffs&quot;: [{&quot;object&quot;, &quot;role&quot;, &quot;by&quot;, &quot;at&quot;, &quot;hash&quot;, &quot;stale&quot;}], &quot;clean&quot;, &quot;issued&quot;}</translation>
    </message>
    <message>
        <source>Why the issued engagement is reopened (required).</source>
        <translation>Warum der ausgegebene Auftrag wieder geöffnet wird (erforderlich).</translation>
    </message>
    <message>
        <source>Reopen an issued (locked) engagement (reviewer or partner)</source>
        <translation>Einen ausgegebenen (gesperrten) Auftrag wieder öffnen (Reviewer oder Partner)</translation>
    </message>
    <message>
        <source>The reason is recorded in the audit trail.</source>
        <translation>Die Begründung wird im Prüfpfad erfasst.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>testing in progress</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>not operated: the control&apos;s event did not occur in the period (not tested, no exceptions noted)</source>
        <translation>nicht durchgeführt: Das Ereignis der Kontrolle ist im Zeitraum nicht eingetreten (nicht geprüft, keine Abweichungen festgestellt)</translation>
    </message>
    <message>
        <source>operating effectively: tested, no deviations</source>
        <translation>wirksam: geprüft, keine Abweichungen</translation>
    </message>
    <message>
        <source>deviations noted, upper deviation limit within the tolerable rate</source>
        <translation>Abweichungen festgestellt, obere Abweichungsgrenze innerhalb der tolerierbaren Rate</translation>
    </message>
    <message>
        <source>not operating effectively</source>
        <translation>nicht wirksam</translation>
    </message>
    <message>
        <source>  Sample: %1 items, %2 done, %3 with deviations (%4)</source>
        <translation>  Stichprobe: %1 Elemente, %2 erledigt, %3 mit Abweichungen (%4)</translation>
    </message>
    <message>
        <source>  Upper deviation limit: %1 at %2 risk of overreliance; tolerable rate %3</source>
        <translation>  Obere Abweichungsgrenze: %1 bei einem Risiko übermäßigen Vertrauens von %2; tolerierbare Rate %3</translation>
    </message>
    <message>
        <source>  Tolerable rate %1 at %2 risk of overreliance</source>
        <translation>  Tolerierbare Rate %1 bei einem Risiko übermäßigen Vertrauens von %2</translation>
    </message>
    <message>
        <source>  Exceptions: %1</source>
        <translation>  Abweichungen: %1</translation>
    </message>
    <message>
        <source>  Conclusion: %1</source>
        <translation>  Schlussfolgerung: %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not yes or no</source>
        <translation>--%1: „%2“ ist nicht yes oder no</translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design implemented.</source>
        <translation>Walkthrough der Kontrolle %1 erfasst: Ausgestaltung implementiert.</translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design not implemented; a design exception is open.</source>
        <translation>Walkthrough der Kontrolle %1 erfasst: Ausgestaltung nicht implementiert; eine Abweichung in der Ausgestaltung ist offen.</translation>
    </message>
    <message>
        <source>test not-operated: give either --reason TEXT or --clear</source>
        <translation>test not-operated: geben Sie entweder --reason TEXT oder --clear an</translation>
    </message>
    <message>
        <source>Control %1 is no longer marked as not operated.</source>
        <translation>Kontrolle %1 ist nicht mehr als nicht durchgeführt markiert.</translation>
    </message>
    <message>
        <source>Control %1 is marked as not operated in the period.</source>
        <translation>Kontrolle %1 ist als im Zeitraum nicht durchgeführt markiert.</translation>
    </message>
    <message>
        <source>Evaluate a control&apos;s test: deviations, upper deviation limit and conclusion</source>
        <translation>Die Prüfung einer Kontrolle auswerten: Abweichungen, obere Abweichungsgrenze und Schlussfolgerung</translation>
    </message>
    <message>
        <source>JSON: {&quot;control&quot;, &quot;sample_size&quot;, &quot;items_done&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;,
&quot;upper_deviation_limit&quot; (null before results), &quot;tolerable_rate&quot;, &quot;risk&quot;, &quot;exceptions&quot;,
&quot;conclusion&quot;}; conclusion is not-tested, in-progress, not-operated, effective,
deviations-within-tolerable or not-effective. Rates are fractions.</source>
        <translation>JSON: {&quot;control&quot;, &quot;sample_size&quot;, &quot;items_done&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;,
&quot;upper_deviation_limit&quot; (null vor Ergebnissen), &quot;tolerable_rate&quot;, &quot;risk&quot;, &quot;exceptions&quot;,
&quot;conclusion&quot;}; conclusion ist not-tested, in-progress, not-operated, effective,
deviations-within-tolerable oder not-effective. Raten sind Bruchteile.</translation>
    </message>
    <message>
        <source>Whether the design was found implemented: yes or no.</source>
        <translation>Ob die Ausgestaltung als implementiert befunden wurde: yes oder no.</translation>
    </message>
    <message>
        <source>What was observed (required for no).</source>
        <translation>Was beobachtet wurde (bei no erforderlich).</translation>
    </message>
    <message>
        <source>Record a Type I walkthrough (a test of one) of a control&apos;s design</source>
        <translation>Einen Walkthrough nach Typ I (eine Prüfung eines Falls) der Ausgestaltung einer Kontrolle erfassen</translation>
    </message>
    <message>
        <source>A design found not implemented raises the control&apos;s design exception.</source>
        <translation>Eine als nicht implementiert befundene Ausgestaltung erzeugt die Ausgestaltungsabweichung der Kontrolle.</translation>
    </message>
    <message>
        <source>Why the control&apos;s event did not occur.</source>
        <translation>Warum das Ereignis der Kontrolle nicht eingetreten ist.</translation>
    </message>
    <message>
        <source>Withdraw the mark.</source>
        <translation>Die Markierung zurücknehmen.</translation>
    </message>
    <message>
        <source>Mark a control as not operated in the period (its event did not occur)</source>
        <translation>Eine Kontrolle als im Zeitraum nicht durchgeführt markieren (ihr Ereignis ist nicht eingetreten)</translation>
    </message>
    <message>
        <source>A not-operated control is reported differently from one tested without exceptions. A population
with 0 rows is treated the same way automatically.</source>
        <translation>Eine nicht durchgeführte Kontrolle wird anders berichtet als eine ohne Abweichungen geprüfte. Eine Grundgesamtheit
mit 0 Zeilen wird automatisch ebenso behandelt.</translation>
    </message>
    <message>
        <source>Store the package only; its text is indexed for search later, by &quot;evidence search&quot; or the app (for large text files that takes longer than the import).</source>
        <translation>Nur das Paket speichern; sein Text wird später für die Suche indiziert, durch &quot;evidence search&quot; oder die App (bei großen Textdateien dauert das länger als der Import).</translation>
    </message>
    <message>
        <source>Changed procedure %1 of control %2.</source>
        <translation>Prüfungshandlung %1 der Kontrolle %2 geändert.</translation>
    </message>
    <message>
        <source>Removed procedure %1 of control %2.</source>
        <translation>Prüfungshandlung %1 der Kontrolle %2 entfernt.</translation>
    </message>
    <message>
        <source>Changed attribute %1 of control %2.</source>
        <translation>Testattribut %1 der Kontrolle %2 geändert.</translation>
    </message>
    <message>
        <source> (--with-results removes them)</source>
        <translation> (--with-results entfernt sie)</translation>
    </message>
    <message>
        <source>Removed attribute %1 of control %2.</source>
        <translation>Testattribut %1 der Kontrolle %2 entfernt.</translation>
    </message>
    <message>
        <source>test design: give one of --procedure KIND, --attribute [LETTER] (each with --text), --update-procedure N, --remove-procedure N, --update-attribute A or --remove-attribute A</source>
        <translation>test design: geben Sie genau eines an: --procedure KIND, --attribute [LETTER] (jeweils mit --text), --update-procedure N, --remove-procedure N, --update-attribute A oder --remove-attribute A</translation>
    </message>
    <message>
        <source>Change procedure N (1-based, as test list shows them): --text, and --procedure to change its kind.</source>
        <translation>Prüfungshandlung N ändern (ab 1, wie test list sie zeigt): --text, und --procedure, um ihre Art zu ändern.</translation>
    </message>
    <message>
        <source>Remove procedure N.</source>
        <translation>Prüfungshandlung N entfernen.</translation>
    </message>
    <message>
        <source>Change the text of attribute A (--text).</source>
        <translation>Den Text des Testattributs A ändern (--text).</translation>
    </message>
    <message>
        <source>Remove attribute A.</source>
        <translation>Testattribut A entfernen.</translation>
    </message>
    <message>
        <source>With --remove-attribute: also remove the results and evidence references recorded on it.</source>
        <translation>Mit --remove-attribute: auch die darauf erfassten Ergebnisse und Nachweisverweise entfernen.</translation>
    </message>
    <message>
        <source>Add, change or remove a control&apos;s test procedures and attributes</source>
        <translation>Prüfungshandlungen und Testattribute einer Kontrolle hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Give one of --procedure KIND or --attribute [LETTER] (to add, with --text), --update-procedure N,
--remove-procedure N, --update-attribute A or --remove-attribute A. An attribute with recorded
results is removed only with --with-results. A control tested by inquiry alone draws a warning:
inquiry alone is not sufficient evidence.</source>
        <translation>Geben Sie genau eines an: --procedure KIND oder --attribute [LETTER] (zum Hinzufügen, mit --text),
--update-procedure N, --remove-procedure N, --update-attribute A oder --remove-attribute A. Ein Testattribut
mit erfassten Ergebnissen wird nur mit --with-results entfernt. Eine nur durch Befragung geprüfte Kontrolle
erzeugt eine Warnung: Befragung allein ist kein ausreichender Prüfungsnachweis.</translation>
    </message>
    <message>
        <source>Refer the result to an evidence item: its SHA-256 or PACKAGE/PATH, optionally with :PAGE (repeatable).</source>
        <translation>Das Ergebnis auf ein Nachweiselement verweisen lassen: dessen SHA-256 oder PACKAGE/PATH, optional mit :PAGE (wiederholbar).</translation>
    </message>
    <message>
        <source>REF[:PAGE]</source>
        <translation>REF[:PAGE]</translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute; its evidence references
stay, and --evidence adds to them (an unknown item or a page beyond a PDF&apos;s end records nothing).</source>
        <translation>N ist eine Zeile der Stichprobe der Kontrolle; eine nicht gezogene Zeile oder ein nicht definiertes
Testattribut ist ein Fehler. Erneutes Erfassen ersetzt das frühere Ergebnis dieses Elements und Testattributs;
seine Nachweisverweise bleiben, und --evidence fügt weitere hinzu (ein unbekanntes Element oder eine Seite
hinter dem Ende eines PDF erfasst nichts).</translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}], &quot;evidence_references&quot;: [as test evidence --json]}</source>
        <translation>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}], &quot;evidence_references&quot;: [wie test evidence --json]}</translation>
    </message>
    <message>
        <source>No evidence references.</source>
        <translation>Keine Nachweisverweise.</translation>
    </message>
    <message>
        <source>%1 row %2, attribute %3: %4</source>
        <translation>%1 Zeile %2, Testattribut %3: %4</translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation>%1 verweist nicht auf %2</translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation>Zeile %1, Testattribut %2 der Kontrolle %3</translation>
    </message>
    <message>
        <source>--evidence &quot;%1&quot;: the page must be a number from 1</source>
        <translation>--evidence „%1“: die Seite muss eine Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>an evidence reference is empty; give SHA256 or PACKAGE/PATH, optionally with :PAGE</source>
        <translation>ein Nachweisverweis ist leer; geben Sie SHA256 oder PACKAGE/PATH an, optional mit :PAGE</translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; does not exist; give an item&apos;s SHA-256 or PACKAGE/PATH as `evidence list` shows them</source>
        <translation>der Prüfungsnachweis „%1“ existiert nicht; geben Sie den SHA-256 eines Elements oder PACKAGE/PATH an, wie `evidence list` sie zeigt</translation>
    </message>
    <message>
        <source>evidence %1 is held by several items (%2); name one as PACKAGE/PATH</source>
        <translation>der Inhalt %1 gehört zu mehreren Elementen (%2); nennen Sie eines als PACKAGE/PATH</translation>
    </message>
    <message>
        <source>The population row of the result (with --attribute).</source>
        <translation>Die Grundgesamtheitszeile des Ergebnisses (mit --attribute).</translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (with --row).</source>
        <translation>Der Buchstabe des Testattributs (mit --row).</translation>
    </message>
    <message>
        <source>Remove a reference (repeatable).</source>
        <translation>Einen Verweis entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>A label for the references added.</source>
        <translation>Eine Bezeichnung für die hinzugefügten Verweise.</translation>
    </message>
    <message>
        <source>List, add or remove the evidence references of test results</source>
        <translation>Nachweisverweise von Testergebnissen auflisten, hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Without --add or --remove, lists the references of the control (or of one result with --row and
--attribute). --add and --remove change one result&apos;s references in one action; the result must be
recorded first. A page beyond a PDF&apos;s known page count is an error.
JSON: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;evidence_id&quot;, &quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;,
&quot;media_type&quot;, &quot;page&quot; (null: the whole document), &quot;label&quot;, &quot;added_at&quot;, &quot;added_by&quot;}]</source>
        <translation>Ohne --add oder --remove werden die Verweise der Kontrolle aufgelistet (oder eines Ergebnisses, mit --row und
--attribute). --add und --remove ändern die Verweise eines Ergebnisses in einer Aktion; das Ergebnis muss
zuerst erfasst sein. Eine Seite jenseits der bekannten Seitenzahl eines PDF ist ein Fehler.
JSON: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;evidence_id&quot;, &quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;,
&quot;media_type&quot;, &quot;page&quot; (null: das ganze Dokument), &quot;label&quot;, &quot;added_at&quot;, &quot;added_by&quot;}]</translation>
    </message>
    <message>
        <source>%1: control %2 maps to %3, which is not in the engagement&apos;s scope; coverage, results and the report leave that mapping out</source>
        <translation>%1: Kontrolle %2 ist %3 zugeordnet, das nicht im Prüfungsumfang liegt; Abdeckung, Ergebnisse und Bericht lassen diese Zuordnung aus</translation>
    </message>
    <message>
        <source>The control matrix (.csv or .xlsx) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
        <translation>Die Kontrollmatrix (.csv oder .xlsx) mit Kopfzeile: control id, description, criteria und optional frequency, type, owner, key.</translation>
    </message>
    <message>
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged. A mapping to a criterion
outside the engagement&apos;s categories is kept and reported as a warning (and in &quot;out_of_scope&quot;).
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;, &quot;out_of_scope&quot;: [{&quot;control&quot;, &quot;criterion&quot;}]}</source>
        <translation>Spaltenköpfe werden unabhängig von Groß-/Kleinschreibung erkannt; unbekannte werden als Warnung auf stderr gemeldet.
Kriterien sind durch &quot;;&quot; oder &quot;,&quot; getrennte IDs. Eine ungültige Zeile (in der Fehlermeldung genannt) oder eine
bereits vorhandene ID lässt den gesamten Import scheitern; das Arbeitspapier bleibt unverändert. Eine Zuordnung zu
einem Kriterium außerhalb der Kategorien des Auftrags bleibt erhalten und wird als Warnung gemeldet (und in &quot;out_of_scope&quot;).
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;, &quot;out_of_scope&quot;: [{&quot;control&quot;, &quot;criterion&quot;}]}</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --description, --cause, --response, --criteria, --assessment, --criterion-met or --reasoning</source>
        <translation>nichts zu ändern: mindestens eine der Optionen --description, --cause, --response, --criteria, --assessment, --criterion-met oder --reasoning angeben</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a rate between 0 and 1 (e.g. 0.05 or 5%)</source>
        <translation>--%1: &quot;%2&quot; ist keine Rate zwischen 0 und 1 (z.&#xa0;B. 0.05 oder 5%)</translation>
    </message>
    <message>
        <source>Set the control&apos;s tolerable rate first (e.g. 0.05 or 5%; default 5%).</source>
        <translation>Zuerst die tolerierbare Rate der Kontrolle setzen (z.&#xa0;B. 0.05 oder 5%; Standard 5%).</translation>
    </message>
    <message>
        <source>Set the control&apos;s risk of overreliance first (e.g. 0.10 or 10%; default 10%).</source>
        <translation>Zuerst das Risiko übermäßigen Vertrauens der Kontrolle setzen (z.&#xa0;B. 0.10 oder 10%; Standard 10%).</translation>
    </message>
    <message>
        <source>The population to show (required; --population, as in the sample commands, works too).</source>
        <translation>Die anzuzeigende Grundgesamtheit (erforderlich; --population wie bei den Stichprobenbefehlen geht auch).</translation>
    </message>
    <message>
        <source>%1 has no data rows: control %2 is concluded as not operated in the period (its event did not occur) until a sample is drawn from another population</source>
        <translation>%1 hat keine Datenzeilen: Die Kontrolle %2 gilt als im Zeitraum nicht durchgeführt (ihr Ereignis ist nicht eingetreten), bis eine Stichprobe aus einer anderen Grundgesamtheit gezogen wird</translation>
    </message>
    <message>
        <source>The population whose sample is tested, when the control has several with a sample.</source>
        <translation>Die Grundgesamtheit, deren Stichprobe geprüft wird, wenn die Kontrolle mehrere mit Stichprobe hat.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core</name>
    <message>
        <source>event %1 is missing (the next stored event is %2)</source>
        <translation>Ereignis %1 fehlt (das nächste gespeicherte Ereignis ist %2)</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2 (previous hash differs)</source>
        <translation>Ereignis %1 ist nicht mit Ereignis %2 verknüpft (vorheriger Hash weicht ab)</translation>
    </message>
    <message>
        <source>event %1 (%2 %3) was altered: its content does not match its hash</source>
        <translation>Ereignis %1 (%2 %3) wurde geändert: sein Inhalt stimmt nicht mit seinem Hash überein</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Multiple times a day</source>
        <translation>Mehrmals täglich</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Anlassbezogen</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation>Kontroll-ID: erforderlich</translation>
    </message>
    <message>
        <source>control id: &quot;%1&quot; has leading or trailing spaces</source>
        <translation>Kontroll-ID: „%1“ hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation>Beschreibung: Kontrolle %1 braucht eine Beschreibung</translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation>Kriterien: Kontrolle %1 muss mindestens einem Kriterium zugeordnet sein</translation>
    </message>
    <message>
        <source>the control matrix is empty</source>
        <translation>die Kontrollmatrix ist leer</translation>
    </message>
    <message>
        <source>row %1: control id %2 appears twice</source>
        <translation>Zeile %1: Kontroll-ID %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>the control matrix has a header but no controls</source>
        <translation>die Kontrollmatrix hat eine Kopfzeile, aber keine Kontrollen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <translation>Verarbeitungsintegrität</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>client: the service organization&apos;s name is required</source>
        <translation>Mandant: Der Name der Dienstleistungsorganisation ist erforderlich</translation>
    </message>
    <message>
        <source>system: the system name is required</source>
        <translation>System: Der Name des Systems ist erforderlich</translation>
    </message>
    <message>
        <source>categories: Security is always in scope</source>
        <translation>Kategorien: Sicherheit ist immer im Prüfungsumfang</translation>
    </message>
    <message>
        <source>as-of date: a Type I report needs a valid date (YYYY-MM-DD)</source>
        <translation>Stichtag: Ein Bericht vom Typ I braucht ein gültiges Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>period start: a Type II report needs a valid start date (YYYY-MM-DD)</source>
        <translation>Beginn des Zeitraums: Ein Bericht vom Typ II braucht ein gültiges Anfangsdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>period end: a Type II report needs a valid end date (YYYY-MM-DD)</source>
        <translation>Ende des Zeitraums: Ein Bericht vom Typ II braucht ein gültiges Enddatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>period end: %1 is not after the start %2</source>
        <translation>Ende des Zeitraums: %1 liegt nicht nach dem Beginn %2</translation>
    </message>
    <message>
        <source>The Type II period is shorter than 3 months; users of the report may not accept it.</source>
        <translation>Der Zeitraum für Typ II ist kürzer als 3 Monate; Berichtsnutzer akzeptieren ihn möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The Type II period is longer than 12 months; reports usually cover at most a year.</source>
        <translation>Der Zeitraum für Typ II ist länger als 12 Monate; Berichte umfassen üblicherweise höchstens ein Jahr.</translation>
    </message>
    <message>
        <source>subservice organization name: required</source>
        <translation>Name des Subdienstleisters: erforderlich</translation>
    </message>
    <message>
        <source>subservice organization services: describe what %1 provides</source>
        <translation>Leistungen des Subdienstleisters: Beschreiben Sie, was %1 erbringt</translation>
    </message>
    <message>
        <source>CUEC text: required</source>
        <translation>CUEC-Text: erforderlich</translation>
    </message>
    <message>
        <source>The upper deviation limit is %1 at a %2 risk of overreliance; without a tolerable rate no conclusion on reliance is drawn.</source>
        <translation>Die obere Abweichungsgrenze beträgt %1 bei einem Risiko übermäßigen Vertrauens von %2; ohne tolerierbare Abweichungsrate wird keine Schlussfolgerung zum Vertrauen gezogen.</translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 does not exceed the tolerable rate of %2; the sample supports the planned reliance on the control.</source>
        <translation>Die obere Abweichungsgrenze von %1 überschreitet die tolerierbare Abweichungsrate von %2 nicht; die Stichprobe stützt das geplante Vertrauen in die Kontrolle.</translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 exceeds the tolerable rate of %2; the sample does not support the planned reliance on the control.</source>
        <translation>Die obere Abweichungsgrenze von %1 überschreitet die tolerierbare Abweichungsrate von %2; die Stichprobe stützt das geplante Vertrauen in die Kontrolle nicht.</translation>
    </message>
    <message>
        <source>sample size %1: must be at least 1</source>
        <translation>Stichprobenumfang %1: muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>deviations %1: must be between 0 and the sample size of %2</source>
        <translation>Abweichungen %1: muss zwischen 0 und dem Stichprobenumfang von %2 liegen</translation>
    </message>
    <message>
        <source>risk of overreliance %1: must be above 0% and below 100%</source>
        <translation>Risiko übermäßigen Vertrauens %1: muss über 0&#xa0;% und unter 100&#xa0;% liegen</translation>
    </message>
    <message>
        <source>tolerable deviation rate %1: must be above 0% and below 100%</source>
        <translation>tolerierbare Abweichungsrate %1: muss über 0&#xa0;% und unter 100&#xa0;% liegen</translation>
    </message>
    <message>
        <source>Annual control</source>
        <translation>Jährliche Kontrolle</translation>
    </message>
    <message>
        <source>Quarterly control</source>
        <translation>Vierteljährliche Kontrolle</translation>
    </message>
    <message>
        <source>Monthly control</source>
        <translation>Monatliche Kontrolle</translation>
    </message>
    <message>
        <source>Weekly control</source>
        <translation>Wöchentliche Kontrolle</translation>
    </message>
    <message>
        <source>Daily control</source>
        <translation>Tägliche Kontrolle</translation>
    </message>
    <message>
        <source>Control operating multiple times a day</source>
        <translation>Mehrmals täglich durchgeführte Kontrolle</translation>
    </message>
    <message>
        <source>Ad hoc control (population-based, sized like a daily control)</source>
        <translation>Anlassbezogene Kontrolle (auf Basis der Grundgesamtheit, bemessen wie eine tägliche Kontrolle)</translation>
    </message>
    <message>
        <source>period of 1 month</source>
        <translation>Zeitraum von 1 Monat</translation>
    </message>
    <message>
        <source>period of %1 months</source>
        <translation>Zeitraum von %1 Monaten</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 Durchführung</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 Durchführungen</translation>
    </message>
    <message>
        <source>%1 holds %2: %3 unchanged</source>
        <translation>%1 umfasst %2: %3 unverändert</translation>
    </message>
    <message>
        <source>%1: at most %2, so %3</source>
        <translation>%1: höchstens %2, also %3</translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3, raised to the minimum of %4</source>
        <translation>%1: %2 aufgerundet = %3, angehoben auf das Minimum von %4</translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3</source>
        <translation>%1: %2 aufgerundet = %3</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>frequency table, %1: must be an object with lower and higher sizes</source>
        <translation>Häufigkeitstabelle, %1: muss ein Objekt mit den Umfängen lower und higher sein</translation>
    </message>
    <message>
        <source>frequency table, %1.%2: must be a whole number from 1 to %3</source>
        <translation>Häufigkeitstabelle, %1.%2: muss eine ganze Zahl von 1 bis %3 sein</translation>
    </message>
    <message>
        <source>frequency table, %1: the lower-risk size %2 exceeds the higher-risk size %3</source>
        <translation>Häufigkeitstabelle, %1: der Umfang bei niedrigerem Risiko (%2) übersteigt den Umfang bei höherem Risiko (%3)</translation>
    </message>
    <message>
        <source>Automated control: 1, a test of one instance (its consistent operation rests on effective IT general controls)</source>
        <translation>Automatisierte Kontrolle: 1, Prüfung eines einzelnen Vorgangs (ihre gleichbleibende Funktion beruht auf wirksamen generellen IT-Kontrollen)</translation>
    </message>
    <message>
        <source>%1, %2 risk: %3 from the firm table</source>
        <translation>%1, %2 Risiko: %3 laut Tabelle der Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedrigeres</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höheres</translation>
    </message>
    <message>
        <source>the population is empty: nothing to test</source>
        <translation>die Grundgesamtheit ist leer: nichts zu prüfen</translation>
    </message>
    <message>
        <source>population of %1 is smaller, so all %1 are tested</source>
        <translation>die Grundgesamtheit von %1 ist kleiner, daher werden alle %1 geprüft</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: not a number; write a fraction such as 0.05 or a percentage such as 5%</source>
        <translation>Rate „%1“: keine Zahl; schreiben Sie einen Bruch wie 0.05 oder einen Prozentsatz wie 5%</translation>
    </message>
    <message>
        <source>expected deviation rate %1: must be below the tolerable rate of %2</source>
        <translation>erwartete Abweichungsrate %1: muss unter der tolerierbaren Abweichungsrate von %2 liegen</translation>
    </message>
    <message>
        <source>population size %1: must be at least 1</source>
        <translation>Umfang der Grundgesamtheit %1: muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>sample size %1: exceeds the population of %2</source>
        <translation>Stichprobenumfang %1: übersteigt die Grundgesamtheit von %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tickmark workpaper</source>
        <translation>%1 ist leer und kein Tickmark-Arbeitspapier</translation>
    </message>
    <message>
        <source>%1 is not a Tickmark workpaper (not an SQLite database)</source>
        <translation>%1 ist kein Tickmark-Arbeitspapier (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>%1 (sheet %2): %3</source>
        <translation>%1 (Blatt %2): %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; a population needs a header row</source>
        <translation>%1: die Datei ist leer; eine Grundgesamtheit benötigt eine Kopfzeile</translation>
    </message>
    <message>
        <source>%1: header column %2 has no name</source>
        <translation>%1: Spalte %2 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: header column &quot;%2&quot; appears twice</source>
        <translation>%1: Spalte „%2“ der Kopfzeile kommt doppelt vor</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the delimiter must be a single ASCII character other than a quote</source>
        <translation>%1: das Trennzeichen muss ein einzelnes ASCII-Zeichen außer einem Anführungszeichen sein</translation>
    </message>
    <message>
        <source>%1: row %2 (line %3) has %4 fields but the header has %5</source>
        <translation>%1: Zeile %2 (Dateizeile %3) hat %4 Felder, die Kopfzeile aber %5</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>der Import von %1 wurde abgebrochen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>a stored population row is damaged</source>
        <translation>eine gespeicherte Zeile der Grundgesamtheit ist beschädigt</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>die Grundgesamtheit „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>absolute path (entries must be relative to the package)</source>
        <translation>absoluter Pfad (Einträge müssen relativ zum Paket sein)</translation>
    </message>
    <message>
        <source>the path climbs out of the package with &quot;..&quot;</source>
        <translation>der Pfad verlässt das Paket mit „..“</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>%1 is neither a supported archive (zip, tar, tar.gz, tar.bz2, tar.xz, 7z) nor a recognised evidence file (PDF, image, text, CSV, Office document)</source>
        <translation>%1 ist weder ein unterstütztes Archiv (zip, tar, tar.gz, tar.bz2, tar.xz, 7z) noch ein erkannter Prüfungsnachweis (PDF, Bild, Text, CSV, Office-Dokument)</translation>
    </message>
    <message>
        <source>%1 is %2-compressed but holds no tar archive (%3); only compressed tar archives are supported</source>
        <translation>%1 ist mit %2 komprimiert, enthält aber kein tar-Archiv (%3); nur komprimierte tar-Archive werden unterstützt</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip, tar or 7z archive (%2)</source>
        <translation>%1 kann nicht als zip-, tar- oder 7z-Archiv gelesen werden (%2)</translation>
    </message>
    <message>
        <source>header row: %1 ends after record %2, before record %3</source>
        <translation>Kopfzeile: %1 endet nach Datensatz %2, vor Datensatz %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>Nachweise erhalten</translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation>Kommentare des Mandanten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Evidence request list</source>
        <translation>Anforderungsliste für Prüfungsnachweise</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Please provide the evidence for each open request and add your comments in the shaded column.</source>
        <translation>Bitte stellen Sie für jede offene Anforderung die Nachweise bereit und tragen Sie Ihre Kommentare in der schattierten Spalte ein.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for an unprotected copy</source>
        <translation>das PDF ist passwortgeschützt; bitten Sie den Mandanten um eine ungeschützte Kopie</translation>
    </message>
    <message>
        <source>the file is not a PDF or is damaged beyond repair</source>
        <translation>die Datei ist kein PDF oder irreparabel beschädigt</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the PDF viewer process (%2) could not be started: %3</source>
        <translation>%1: der PDF-Viewer-Prozess (%2) konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>the PDF viewer process did not finish within %1 s</source>
        <translation>der PDF-Viewer-Prozess wurde nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>the PDF viewer process crashed on %1 (the file is probably damaged)</source>
        <translation>der PDF-Viewer-Prozess ist bei %1 abgestürzt (die Datei ist wahrscheinlich beschädigt)</translation>
    </message>
    <message>
        <source>the PDF viewer process sent an unreadable answer (%1)</source>
        <translation>der PDF-Viewer-Prozess hat eine unlesbare Antwort gesendet (%1)</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>unexpected PDF writer output: %1</source>
        <translation>unerwartete Ausgabe des PDF-Writers: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>DRAFT — subject to change</source>
        <translation>ENTWURF — Änderungen vorbehalten</translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in the restricted use paragraph of Section I.</source>
        <translation>Dieser Bericht ist ausschließlich für die im Absatz zur Verwendungsbeschränkung in Abschnitt I genannten Parteien bestimmt.</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>der PDF-Writer kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot write the archive %1: %2</source>
        <translation>das Archiv %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1 for the archive: %2</source>
        <translation>%1 kann für das Archiv nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the archive %1 exists already; it is never overwritten</source>
        <translation>das Archiv %1 existiert bereits; es wird nie überschrieben</translation>
    </message>
    <message>
        <source>cannot move the archive into place at %1</source>
        <translation>das Archiv kann nicht an seinen Platz %1 verschoben werden</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: the brace opened at &quot;%2&quot; is not closed</source>
        <translation>Berichtsvorlage „%1“: die bei „%2“ geöffnete geschweifte Klammer wird nicht geschlossen</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: unknown placeholder {%2}; known placeholders: %3</source>
        <translation>Berichtsvorlage „%1“: unbekannter Platzhalter {%2}; bekannte Platzhalter: %3</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>exception:%1 is not an exception id (a number)</source>
        <translation>exception:%1 ist keine Abweichungs-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation>Abweichung %1 existiert nicht</translation>
    </message>
    <message>
        <source>no evidence item has SHA-256 %1</source>
        <translation>kein Prüfungsnachweis hat den SHA-256 %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; does not exist; the sections are %2</source>
        <translation>Abschnitt „%1“ existiert nicht; die Abschnitte sind %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object reference; use control:ID, exception:ID, population:NAME, evidence:SHA256 or section:NAME</source>
        <translation>„%1“ ist keine Objektreferenz; verwenden Sie control:ID, exception:ID, population:NAME, evidence:SHA256 oder section:NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown kind of object &quot;%2&quot;; use control, exception, population, evidence or section</source>
        <translation>„%1“: unbekannte Objektart „%2“; verwenden Sie control, exception, population, evidence oder section</translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1.</source>
        <translation>Abweichung bei Testattribut %1 festgestellt.</translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1: %2</source>
        <translation>Abweichung bei Testattribut %1 festgestellt: %2</translation>
    </message>
    <message>
        <source>review note #%1 on %2 is answered, not cleared: “%3”</source>
        <translation>Review-Anmerkung #%1 zu %2 ist beantwortet, aber nicht erledigt: „%3“</translation>
    </message>
    <message>
        <source>review note #%1 on %2 is open: “%3”</source>
        <translation>Review-Anmerkung #%1 zu %2 ist offen: „%3“</translation>
    </message>
    <message>
        <source>sign-off missing: %1</source>
        <translation>fehlende Abzeichnung: %1</translation>
    </message>
    <message>
        <source>sign-off stale since a change: %1 (%2, %3)</source>
        <translation>Abzeichnung seit einer Änderung veraltet: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, S. %1</translation>
    </message>
    <message>
        <source>a zip archive (an Excel workbook is one: name it .xlsx)</source>
        <translation>ein ZIP-Archiv (auch eine Excel-Arbeitsmappe ist eines: Endung .xlsx verwenden)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>UTF-16 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>UTF-16-Text (als &quot;CSV UTF-8&quot; speichern)</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: its content is %2; a population is read from .csv or .xlsx</source>
        <translation>%1 ist keine CSV-Datei: ihr Inhalt ist %2; eine Grundgesamtheit wird aus .csv oder .xlsx gelesen</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV</source>
        <translation>eine Excel-97-2003-Arbeitsmappe (.xls): als .xlsx oder CSV speichern</translation>
    </message>
    <message>
        <source>binary data (a zero byte at offset %1)</source>
        <translation>Binärdaten (ein Nullbyte an Position %1)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ArchiveReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>its name cannot be read (%1)</source>
        <translation>sein Name kann nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::AuditTrail</name>
    <message>
        <source>events %1 to %2 are missing from the end of the trail</source>
        <translation>Ereignisse %1 bis %2 fehlen am Ende des Prüfpfads</translation>
    </message>
    <message>
        <source>the recorded chain head (event %1) does not match the last event %2</source>
        <translation>der gespeicherte Kopf der Kette (Ereignis %1) stimmt nicht mit dem letzten Ereignis %2 überein</translation>
    </message>
    <message>
        <source>cannot write the audit trail to %1: %2</source>
        <translation>der Prüfpfad kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Contents</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ControlService</name>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation>Kriterien: %1 ist kein Kriterium der Trust Services (Kontrolle %2)</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>control %1 already exists in the workpaper</source>
        <translation>Kontrolle %1 ist im Arbeitspapier bereits vorhanden</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>control %1 has population %2; delete the population first</source>
        <translation>die Kontrolle %1 hat die Grundgesamtheit %2; löschen Sie zuerst die Grundgesamtheit</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ControlTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation>Kontroll-ID: erforderlich</translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation>Beschreibung: Kontrolle %1 braucht eine Beschreibung</translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation>Kriterien: Kontrolle %1 muss mindestens einem Kriterium zugeordnet sein</translation>
    </message>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation>Kriterien: %1 ist kein Kriterium der Trust Services (Kontrolle %2)</translation>
    </message>
    <message>
        <source>frequency: &quot;%1&quot; is not a known frequency</source>
        <translation>Häufigkeit: „%1“ ist keine bekannte Häufigkeit</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is neither manual nor automated</source>
        <translation>Art: „%1“ ist weder manuell noch automatisiert</translation>
    </message>
    <message>
        <source>column %1 cannot be edited</source>
        <translation>Spalte %1 kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::CoverageModel</name>
    <message>
        <source>No control</source>
        <translation>Keine Kontrolle</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>%1
No control is mapped to this criterion.</source>
        <translation>%1
Diesem Kriterium ist keine Kontrolle zugeordnet.</translation>
    </message>
    <message>
        <source>%1
Controls: %2</source>
        <translation>%1
Kontrollen: %2</translation>
    </message>
    <message>
        <source>Number of controls mapped to the criterion</source>
        <translation>Anzahl der dem Kriterium zugeordneten Kontrollen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Control ids</source>
        <translation>Kontroll-IDs</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Database</name>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Tickmark workpaper</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Tickmark-Arbeitspapier</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tickmark (schema %2; this version reads up to %3); it was not changed. Please update Tickmark.</source>
        <translation>%1 wurde von einer neueren Tickmark-Version geschrieben (Schema %2; diese Version liest bis Schema %3); die Datei wurde nicht geändert. Bitte aktualisieren Sie Tickmark.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: integrity check returned nothing</source>
        <translation>%1 ist beschädigt: die Integritätsprüfung lieferte kein Ergebnis</translation>
    </message>
    <message>
        <source>cannot switch %1 to rollback-journal mode</source>
        <translation>%1 kann nicht in den Rollback-Journal-Modus geschaltet werden</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation>Aktualisierung von %1 auf Schema %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>Kopie kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EngagementService</name>
    <message>
        <source>subservice organization name: %1 is already listed</source>
        <translation>Name des Subdienstleisters: %1 ist bereits erfasst</translation>
    </message>
    <message>
        <source>subservice organization %1 does not exist</source>
        <translation>Subdienstleister %1 existiert nicht</translation>
    </message>
    <message>
        <source>CUEC criteria: %1 is not a trust services criterion</source>
        <translation>CUEC-Kriterien: %1 ist kein Kriterium der Trust Services</translation>
    </message>
    <message>
        <source>CUEC %1 does not exist</source>
        <translation>CUEC %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvaluationService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>control %1: the tolerable rate must be between 0 and 1 (exclusive), not %2</source>
        <translation>Kontrolle %1: die tolerierbare Rate muss zwischen 0 und 1 liegen (ausschließlich), nicht %2</translation>
    </message>
    <message>
        <source>control %1: the risk of overreliance must be between 0 and 1 (exclusive), not %2</source>
        <translation>Kontrolle %1: das Risiko übermäßigen Vertrauens muss zwischen 0 und 1 liegen (ausschließlich), nicht %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceImporter</name>
    <message>
        <source>the package&apos;s list of entries is encrypted; ask the client for an unencrypted package</source>
        <translation>das Verzeichnis der Einträge des Pakets ist verschlüsselt; fordern Sie beim Mandanten ein unverschlüsseltes Paket an</translation>
    </message>
    <message>
        <source>the package is damaged or truncated before its first entry (%1)</source>
        <translation>das Paket ist vor seinem ersten Eintrag beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated after entry %1 (%2)</source>
        <translation>das Paket ist nach Eintrag %1 beschädigt oder abgeschnitten (%2)</translation>
    </message>
    <message>
        <source>the package has more than %1 entries (the limit); ask the client to split it</source>
        <translation>das Paket hat mehr als %1 Einträge (die Obergrenze); bitten Sie den Mandanten, es aufzuteilen</translation>
    </message>
    <message>
        <source>the package holds no files to import</source>
        <translation>das Paket enthält keine Dateien zum Importieren</translation>
    </message>
    <message>
        <source> (skipped entries: %1; the first: %2: %3)</source>
        <translation> (übersprungene Einträge: %1; der erste: %2: %3)</translation>
    </message>
    <message>
        <source>(entry %1, without a name)</source>
        <translation>(Eintrag %1, ohne Namen)</translation>
    </message>
    <message>
        <source>entry %1 is encrypted; ask the client for an unencrypted package</source>
        <translation>Eintrag %1 ist verschlüsselt; fordern Sie beim Mandanten ein unverschlüsseltes Paket an</translation>
    </message>
    <message>
        <source>symbolic link to %1 (links are never followed)</source>
        <translation>symbolische Verknüpfung auf %1 (Verknüpfungen werden nie verfolgt)</translation>
    </message>
    <message>
        <source>hard link to %1 (links are never followed)</source>
        <translation>harte Verknüpfung auf %1 (Verknüpfungen werden nie verfolgt)</translation>
    </message>
    <message>
        <source>device file (only regular files are imported)</source>
        <translation>Gerätedatei (nur reguläre Dateien werden importiert)</translation>
    </message>
    <message>
        <source>FIFO / named pipe (only regular files are imported)</source>
        <translation>FIFO / benannte Pipe (nur reguläre Dateien werden importiert)</translation>
    </message>
    <message>
        <source>socket (only regular files are imported)</source>
        <translation>Socket (nur reguläre Dateien werden importiert)</translation>
    </message>
    <message>
        <source>not a regular file (only regular files are imported)</source>
        <translation>keine reguläre Datei (nur reguläre Dateien werden importiert)</translation>
    </message>
    <message>
        <source>entry %1 takes the package past its limit of %2 uncompressed (a decompression bomb?)</source>
        <translation>Eintrag %1 bringt das Paket über seine Obergrenze von %2 unkomprimiert (eine Dekomprimierungsbombe?)</translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times its compressed size (a decompression bomb?); the limit applies to entries over %3</source>
        <translation>Eintrag %1 entpackt sich auf mehr als das %2-Fache seiner komprimierten Größe (eine Dekomprimierungsbombe?); die Grenze gilt für Einträge über %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>der Import wurde abgebrochen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>entry %1 is damaged or truncated (%2)</source>
        <translation>Eintrag %1 ist beschädigt oder abgeschnitten (%2)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceService</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is the open workpaper; it cannot be imported into itself</source>
        <translation>%1 ist das geöffnete Arbeitspapier; es kann nicht in sich selbst importiert werden</translation>
    </message>
    <message>
        <source>%1 is not a regular file or a folder</source>
        <translation>%1 ist weder eine reguläre Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); there is nothing to import</source>
        <translation>%1 ist leer (0 Byte); es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>%1 is in %2 format, which Tickmark does not read; ask the client for a zip, 7z or tar package</source>
        <translation>%1 liegt im Format %2 vor, das Tickmark nicht liest; fordern Sie beim Mandanten ein zip-, 7z- oder tar-Paket an</translation>
    </message>
    <message>
        <source>%1 is named like an archive but is not a zip, tar or 7z archive (its content looks like %2)</source>
        <translation>%1 ist wie ein Archiv benannt, ist aber kein zip-, tar- oder 7z-Archiv (der Inhalt sieht aus wie %2)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; try again</source>
        <translation>%1 hat sich während des Imports geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>der Import von %1 wurde abgebrochen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was already imported as package &quot;%2&quot; on %3 (same SHA-256 %4)</source>
        <translation>%1 wurde bereits am %3 als Paket „%2“ importiert (gleicher SHA-256 %4)</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>Inhalt %1</translation>
    </message>
    <message>
        <source>the verification was cancelled</source>
        <translation>die Überprüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>no evidence has the SHA-256 %1</source>
        <translation>kein Prüfungsnachweis hat den SHA-256 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the stored bytes of %1 no longer match their SHA-256 (expected %2 of %3 bytes, found %4 of %5 bytes); nothing was written to %6</source>
        <translation>die gespeicherten Bytes von %1 stimmen nicht mehr mit ihrem SHA-256 überein (erwartet %2 von %3 Byte, gefunden %4 von %5 Byte); nach %6 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>no evidence item has the SHA-256 %1</source>
        <translation>kein Prüfungsnachweis hat den SHA-256 %1</translation>
    </message>
    <message>
        <source>there is no evidence item &quot;%1&quot;; give it as PACKAGE/PATH as listed</source>
        <translation>es gibt keinen Prüfungsnachweis „%1“; geben Sie ihn wie aufgelistet als PAKET/PFAD an</translation>
    </message>
    <message>
        <source>evidence item &quot;%1&quot; has the SHA-256 %2, not %3</source>
        <translation>Prüfungsnachweis „%1“ hat den SHA-256 %2, nicht %3</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>evidence %1 is already linked to control %2</source>
        <translation>Prüfungsnachweis %1 ist bereits mit Kontrolle %2 verknüpft</translation>
    </message>
    <message>
        <source>evidence %1 is not linked to control %2</source>
        <translation>Prüfungsnachweis %1 ist nicht mit Kontrolle %2 verknüpft</translation>
    </message>
    <message>
        <source>evidence item %1 does not exist</source>
        <translation>Prüfungsnachweis %1 existiert nicht</translation>
    </message>
    <message>
        <source>text indexing was cancelled; %1 contents were indexed</source>
        <translation>die Textindizierung wurde abgebrochen; %1 Inhalte wurden indiziert</translation>
    </message>
    <message>
        <source>no text (%1)</source>
        <translation>kein Text (%1)</translation>
    </message>
    <message>
        <source>%1: the PDF helper (tickmark-pdf) is not available; the PDF will be indexed once it is</source>
        <translation>%1: das PDF-Hilfsprogramm (tickmark-pdf) ist nicht verfügbar; das PDF wird indiziert, sobald es verfügbar ist</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read %1</source>
        <translation>es kann kein temporärer Ordner zum Lesen von %1 erstellt werden</translation>
    </message>
    <message>
        <source>no text layer (a scan?)</source>
        <translation>keine Textebene (ein Scan?)</translation>
    </message>
    <message>
        <source>the search is empty; give one or more words</source>
        <translation>die Suche ist leer; geben Sie ein oder mehrere Wörter an</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot; is not valid (%2); put words with punctuation in double quotes, e.g. &quot;SOC-2&quot;</source>
        <translation>die Suche „%1“ ist ungültig (%2); setzen Sie Wörter mit Satzzeichen in doppelte Anführungszeichen, z. B. &quot;SOC-2&quot;</translation>
    </message>
    <message>
        <source>request %1 does not exist; add it to the request list before importing %2 as its answer</source>
        <translation>Anforderung %1 existiert nicht; fügen Sie sie der Anforderungsliste hinzu, bevor Sie %2 als Antwort darauf importieren</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceTreeModel</name>
    <message>
        <source>%1 package</source>
        <translation>%1-Paket</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation>%1 (außerhalb des Zeitraums)</translation>
    </message>
    <message>
        <source>%1
Received %2 from package %3, imported by %4</source>
        <translation>%1
%2 aus Paket %3 erhalten, importiert von %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files, imported %2 by %3</source>
        <translation>
            <numerusform>%1: %n Datei, importiert %2 von %3</numerusform>
            <numerusform>%1: %n Dateien, importiert %2 von %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files</source>
        <translation>
            <numerusform>%1: %n Datei</numerusform>
            <numerusform>%1: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 of the package %1</source>
        <translation>SHA-256 des Pakets %1</translation>
    </message>
    <message>
        <source>The effective date falls outside the engagement period.</source>
        <translation>Das Wirksamkeitsdatum liegt außerhalb des Auftragszeitraums.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Wirksamkeitsdatum</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ExceptionService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation>Abweichung %1 existiert nicht</translation>
    </message>
    <message>
        <source>an exception on control %1 needs a description</source>
        <translation>eine Abweichung bei Kontrolle %1 braucht eine Beschreibung</translation>
    </message>
    <message>
        <source>exception %1: the description cannot be empty</source>
        <translation>Abweichung %1: die Beschreibung darf nicht leer sein</translation>
    </message>
    <message>
        <source>exception %1: %2 is not a trust services criterion</source>
        <translation>Abweichung %1: %2 ist kein Kriterium der Trust Services</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FolderSource</name>
    <message>
        <source>the open workpaper itself (or its journal) is never imported into itself</source>
        <translation>das geöffnete Arbeitspapier selbst (oder sein Journal) wird nie in sich selbst importiert</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FrequencyTable</name>
    <message>
        <source>frequency table: unknown frequency &quot;%1&quot;</source>
        <translation>Häufigkeitstabelle: unbekannte Häufigkeit „%1“</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::HtmlRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::MatrixParser</name>
    <message>
        <source>header: column &quot;%1&quot; repeats an earlier column</source>
        <translation>Kopfzeile: Spalte „%1“ wiederholt eine frühere Spalte</translation>
    </message>
    <message>
        <source>control id</source>
        <translation>control id</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>header: no &quot;%1&quot; column (found: %2)</source>
        <translation>Kopfzeile: keine Spalte „%1“ (gefunden: %2)</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown frequency &quot;%3&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation>Zeile %1 (Kontrolle %2): unbekannte Häufigkeit „%3“; verwenden Sie annual, quarterly, monthly, weekly, daily, multiple-daily oder ad-hoc</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown type &quot;%3&quot;; use manual or automated</source>
        <translation>Zeile %1 (Kontrolle %2): unbekannte Art „%3“; verwenden Sie manual oder automated</translation>
    </message>
    <message>
        <source>row %1 (control %2): key must be yes or no, not &quot;%3&quot;</source>
        <translation>Zeile %1 (Kontrolle %2): key muss yes oder no sein, nicht „%3“</translation>
    </message>
    <message>
        <source>row %1: the control id is empty</source>
        <translation>Zeile %1: die Kontroll-ID ist leer</translation>
    </message>
    <message>
        <source>row %1 (control %2): the description is empty</source>
        <translation>Zeile %1 (Kontrolle %2): die Beschreibung ist leer</translation>
    </message>
    <message>
        <source>row %1 (control %2): no criteria given</source>
        <translation>Zeile %1 (Kontrolle %2): keine Kriterien angegeben</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown criterion &quot;%3&quot;</source>
        <translation>Zeile %1 (Kontrolle %2): unbekanntes Kriterium „%3“</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::OdtRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfTool</name>
    <message>
        <source>the PDF viewer process sent an unreadable image of page %1</source>
        <translation>der PDF-Viewer-Prozess hat ein unlesbares Bild von Seite %1 gesendet</translation>
    </message>
    <message>
        <source>the PDF viewer process sent a truncated thumbnail</source>
        <translation>der PDF-Viewer-Prozess hat ein unvollständiges Vorschaubild gesendet</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationListModel</name>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 von %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message>
        <source>%1
Columns: %2</source>
        <translation>%1
Spalten: %2</translation>
    </message>
    <message>
        <source>The control this population belonged to no longer exists.</source>
        <translation>Die Kontrolle, zu der diese Grundgesamtheit gehörte, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationService</name>
    <message>
        <source>name: a population needs a name</source>
        <translation>Name: eine Grundgesamtheit benötigt einen Namen</translation>
    </message>
    <message>
        <source>control: %1 does not exist</source>
        <translation>Kontrolle: %1 existiert nicht</translation>
    </message>
    <message>
        <source>name: a population named &quot;%1&quot; already exists</source>
        <translation>Name: eine Grundgesamtheit namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>die Grundgesamtheit „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>header row: must be 1 or more, not %1</source>
        <translation>Kopfzeile: muss 1 oder größer sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Rate</name>
    <message>
        <source>rate &quot;%1&quot;: more than %2 decimal places</source>
        <translation>Rate „%1“: mehr als %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 100%</source>
        <translation>Rate „%1“: über 100&#xa0;%</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 1; write %1% for a percentage</source>
        <translation>Rate „%1“: über 1; schreiben Sie %1% für einen Prozentsatz</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportBuild</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
    <message>
        <source>throughout the period %1 to %2</source>
        <translation>während des gesamten Zeitraums vom %1 bis %2</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>Typ I</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>Typ II</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Einsichtnahme</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>Nachvollzug</translation>
    </message>
    <message>
        <source>by systematic selection</source>
        <translation>durch systematische Auswahl</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>nach dem Zufallsprinzip</translation>
    </message>
    <message>
        <source>Sample of %1 items selected %2 from the %3 items of population “%4”.</source>
        <translation>Stichprobe von %1 Elementen, %2 ausgewählt aus den %3 Elementen der Grundgesamtheit „%4“.</translation>
    </message>
    <message>
        <source>Tests not yet designed.</source>
        <translation>Prüfungen noch nicht festgelegt.</translation>
    </message>
    <message>
        <source>For %1 of %2 items sampled, %3</source>
        <translation>Bei %1 von %2 Stichprobenelementen: %3</translation>
    </message>
    <message>
        <source>Testing not yet completed.</source>
        <translation>Prüfung noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Control activity specified by %1</source>
        <translation>Von %1 festgelegte Kontrollaktivität</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Vom Dienstleistungsprüfer durchgeführte Prüfungen</translation>
    </message>
    <message>
        <source>Results of tests</source>
        <translation>Ergebnisse der Prüfungen</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Erbrachte Leistungen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Vorausgesetzte ergänzende Kontrollen beim Subdienstleister</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Inclusive-Methode</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation>Carve-out-Methode</translation>
    </message>
    <message>
        <source>Included in this description</source>
        <translation>In diese Beschreibung einbezogen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Complementary user entity control</source>
        <translation>Ergänzende Kontrolle beim Nutzerunternehmen</translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation>Zugehörige Kriterien</translation>
    </message>
    <message>
        <source>Section III</source>
        <translation>Abschnitt III</translation>
    </message>
    <message>
        <source>Description of the %1</source>
        <translation>Beschreibung des Systems %1</translation>
    </message>
    <message>
        <source>Components of the System</source>
        <translation>Komponenten des Systems</translation>
    </message>
    <message>
        <source>Complementary User Entity Controls</source>
        <translation>Ergänzende Kontrollen bei den Nutzerunternehmen</translation>
    </message>
    <message>
        <source>Section IV</source>
        <translation>Abschnitt IV</translation>
    </message>
    <message>
        <source>Trust Services Criteria, Related Controls and Tests of Controls</source>
        <translation>Trust-Services-Kriterien, zugehörige Kontrollen und Prüfungen der Kontrollen</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Diesem Kriterium ist keine Kontrolle von %1 zugeordnet.</translation>
    </message>
    <message>
        <source>Section V</source>
        <translation>Abschnitt V</translation>
    </message>
    <message>
        <source>Other Information Provided by %1</source>
        <translation>Sonstige von %1 bereitgestellte Informationen</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Festgestellte Abweichung</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Stellungnahme des Managements</translation>
    </message>
    <message>
        <source>Management&apos;s Responses to Exceptions</source>
        <translation>Stellungnahmen des Managements zu Abweichungen</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Index of Evidence Relied On</source>
        <translation>Verzeichnis der herangezogenen Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Prüfungsnachweis</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence item is linked to a control.</source>
        <translation>Kein Prüfungsnachweis ist mit einer Kontrolle verknüpft.</translation>
    </message>
    <message>
        <source>Services Provided</source>
        <translation>Erbrachte Leistungen</translation>
    </message>
    <message>
        <source>Principal Service Commitments and System Requirements</source>
        <translation>Wesentliche Leistungsverpflichtungen und Systemanforderungen</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>System Incidents</source>
        <translation>Systemvorfälle</translation>
    </message>
    <message>
        <source>Subservice Organizations</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>Trust Services Criteria Not Relevant to the System</source>
        <translation>Für das System nicht relevante Trust-Services-Kriterien</translation>
    </message>
    <message>
        <source>Significant Changes During the Period</source>
        <translation>Wesentliche Änderungen während des Zeitraums</translation>
    </message>
    <message>
        <source>control %1: %2</source>
        <translation>Kontrolle %1: %2</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Prüfungsurteil</translation>
    </message>
    <message>
        <source>Basis for Qualified Opinion</source>
        <translation>Grundlage für das eingeschränkte Prüfungsurteil</translation>
    </message>
    <message>
        <source>Qualified Opinion</source>
        <translation>Eingeschränktes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Basis for Adverse Opinion</source>
        <translation>Grundlage für das versagte Prüfungsurteil</translation>
    </message>
    <message>
        <source>Adverse Opinion</source>
        <translation>Versagtes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Basis for Disclaimer of Opinion</source>
        <translation>Grundlage für die Nichtabgabe eines Prüfungsurteils</translation>
    </message>
    <message>
        <source>Disclaimer of Opinion</source>
        <translation>Nichtabgabe eines Prüfungsurteils</translation>
    </message>
    <message>
        <source>Section I</source>
        <translation>Abschnitt I</translation>
    </message>
    <message>
        <source>Independent Service Auditor&apos;s Report</source>
        <translation>Bericht des unabhängigen Dienstleistungsprüfers</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Prüfungsumfang</translation>
    </message>
    <message>
        <source>Service Organization&apos;s Responsibilities</source>
        <translation>Verantwortung der Dienstleistungsorganisation</translation>
    </message>
    <message>
        <source>Service Auditor&apos;s Responsibilities</source>
        <translation>Verantwortung des Dienstleistungsprüfers</translation>
    </message>
    <message>
        <source>Inherent Limitations</source>
        <translation>Inhärente Grenzen</translation>
    </message>
    <message>
        <source>Description of Tests of Controls</source>
        <translation>Beschreibung der Prüfungen der Kontrollen</translation>
    </message>
    <message>
        <source>Restricted Use</source>
        <translation>Verwendungsbeschränkung</translation>
    </message>
    <message>
        <source>Section II</source>
        <translation>Abschnitt II</translation>
    </message>
    <message>
        <source>Management&apos;s Assertion of %1</source>
        <translation>Erklärung des Managements von %1</translation>
    </message>
    <message>
        <source>SOC 2 Type II Report</source>
        <translation>SOC 2-Bericht Typ II</translation>
    </message>
    <message>
        <source>SOC 2 Type I Report</source>
        <translation>SOC 2-Bericht Typ I</translation>
    </message>
    <message>
        <source>For the period %1 to %2</source>
        <translation>Für den Zeitraum vom %1 bis %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Zum %1</translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to %3</source>
        <translation>Bericht über die Beschreibung von %1 zu %2 sowie über die Eignung der Ausgestaltung und die Wirksamkeit der für %3 relevanten Kontrollen</translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design of Its Controls Relevant to %3</source>
        <translation>Bericht über die Beschreibung von %1 zu %2 sowie über die Eignung der Ausgestaltung der für %3 relevanten Kontrollen</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 für %2, %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportService</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation>unbekannte Berichtsvorlage „%1“</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; already has the default wording</source>
        <translation>Berichtsvorlage „%1“ hat bereits den Standardwortlaut</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot; of the description of the system; parts: %2</source>
        <translation>unbekannter Teil „%1“ der Systembeschreibung; Teile: %2</translation>
    </message>
    <message>
        <source>an %1 opinion needs the reason, stated for the basis paragraph</source>
        <translation>ein Prüfungsurteil der Art „%1“ braucht die Begründung für den Absatz zur Grundlage des Urteils</translation>
    </message>
    <message>
        <source>cannot export the report to %1: the file name must end in .pdf, .odt or .html</source>
        <translation>der Bericht kann nicht nach %1 exportiert werden: Der Dateiname muss auf .pdf, .odt oder .html enden</translation>
    </message>
    <message>
        <source>the report is issued already; a reviewer or partner must reopen the engagement before it can be issued again</source>
        <translation>der Bericht ist bereits ausgegeben; ein Reviewer oder Partner muss den Auftrag wieder öffnen, bevor er erneut ausgegeben werden kann</translation>
    </message>
    <message>
        <source>only a reviewer or partner can issue the report; %1 acts as preparer</source>
        <translation>nur ein Reviewer oder Partner kann den Bericht ausgeben; %1 handelt als Ersteller</translation>
    </message>
    <message>
        <source>the report cannot be issued yet: %1</source>
        <translation>der Bericht kann noch nicht ausgegeben werden: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the report: %1</source>
        <translation>es kann kein temporärer Ordner für den Bericht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the archive folder %1 does not exist</source>
        <translation>der Archivordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the engagement could not be locked, so the report was not issued: %1</source>
        <translation>der Auftrag konnte nicht gesperrt werden, daher wurde der Bericht nicht ausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportTemplates</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation>unbekannte Berichtsvorlage „%1“</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; is missing</source>
        <translation>Berichtsvorlage „%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestListModel</name>
    <message>
        <source>Overdue: due %1, still open.</source>
        <translation>Überfällig: fällig am %1, noch offen.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestService</name>
    <message>
        <source>request %1: the description is empty</source>
        <translation>Anforderung %1: die Beschreibung ist leer</translation>
    </message>
    <message>
        <source>request %1: control %2 does not exist</source>
        <translation>Anforderung %1: Kontrolle %2 existiert nicht</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>Anforderung %1 existiert nicht</translation>
    </message>
    <message>
        <source>request reference &quot;%1&quot; is not valid: use 1 to 64 characters without spaces or slashes, e.g. R-001</source>
        <translation>Anforderungsreferenz „%1“ ist ungültig: verwenden Sie 1 bis 64 Zeichen ohne Leerzeichen oder Schrägstriche, z. B. R-001</translation>
    </message>
    <message>
        <source>request %1 already exists</source>
        <translation>Anforderung %1 existiert bereits</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>request %1 is already %2</source>
        <translation>Anforderung %1 ist bereits %2</translation>
    </message>
    <message>
        <source>request %1 is answered by evidence package(s) %2; it cannot be removed</source>
        <translation>Anforderung %1 wird durch Nachweispaket(e) %2 beantwortet; sie kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>evidence package &quot;%1&quot; does not exist</source>
        <translation>Nachweispaket „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>answered by evidence package &quot;%1&quot;</source>
        <translation>beantwortet durch Nachweispaket „%1“</translation>
    </message>
    <message>
        <source>cannot export the request list to %1: the file name must end in .xlsx or .csv</source>
        <translation>die Anforderungsliste kann nicht nach %1 exportiert werden: Der Dateiname muss auf .xlsx oder .csv enden</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReviewService</name>
    <message>
        <source>%1 needs the reviewer or partner role; %2 acts as preparer</source>
        <translation>%1 erfordert die Rolle Reviewer oder Partner; %2 handelt als Ersteller</translation>
    </message>
    <message>
        <source>a review note on %1 needs a text</source>
        <translation>eine Review-Anmerkung zu %1 braucht einen Text</translation>
    </message>
    <message>
        <source>a reply to review note %1 needs a text</source>
        <translation>eine Antwort auf Review-Anmerkung %1 braucht einen Text</translation>
    </message>
    <message>
        <source>review note %1 does not exist</source>
        <translation>Review-Anmerkung %1 existiert nicht</translation>
    </message>
    <message>
        <source>review note %1 is cleared; open a new note instead</source>
        <translation>Review-Anmerkung %1 ist erledigt; eröffnen Sie stattdessen eine neue Anmerkung</translation>
    </message>
    <message>
        <source>clearing review note %1</source>
        <translation>das Erledigen der Review-Anmerkung %1</translation>
    </message>
    <message>
        <source>review note %1 is already cleared</source>
        <translation>Review-Anmerkung %1 ist bereits erledigt</translation>
    </message>
    <message>
        <source>a reviewer sign-off on %1</source>
        <translation>eine Reviewer-Abzeichnung für %1</translation>
    </message>
    <message>
        <source>%1 already signed %2 as %3; one person cannot hold both sign-offs of an object</source>
        <translation>%1 hat %2 bereits als %3 abgezeichnet; eine Person kann nicht beide Abzeichnungen eines Objekts innehaben</translation>
    </message>
    <message>
        <source>%1 has no sign-off on %2</source>
        <translation>%1 hat keine Abzeichnung für %2</translation>
    </message>
    <message>
        <source>issuing the report (locking the engagement)</source>
        <translation>das Ausgeben des Berichts (Sperren des Auftrags)</translation>
    </message>
    <message>
        <source>the engagement is already locked</source>
        <translation>der Auftrag ist bereits gesperrt</translation>
    </message>
    <message>
        <source>the engagement cannot be locked: %1 open review note(s), %2 missing sign-off(s), %3 stale sign-off(s)</source>
        <translation>der Auftrag kann nicht gesperrt werden: %1 offene Review-Anmerkung(en), %2 fehlende Abzeichnung(en), %3 veraltete Abzeichnung(en)</translation>
    </message>
    <message>
        <source>reopening the engagement</source>
        <translation>das Wiederöffnen des Auftrags</translation>
    </message>
    <message>
        <source>reopening the engagement needs a reason</source>
        <translation>das Wiederöffnen des Auftrags braucht eine Begründung</translation>
    </message>
    <message>
        <source>the engagement is not locked; there is nothing to reopen</source>
        <translation>der Auftrag ist nicht gesperrt; es gibt nichts wieder zu öffnen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::SamplingService</name>
    <message>
        <source>population &quot;%1&quot; (%2 rows): %3</source>
        <translation>Grundgesamtheit „%1“ (%2 Zeilen): %3</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to extend</source>
        <translation>die Grundgesamtheit „%1“ hat keine Stichprobe, die erweitert werden könnte</translation>
    </message>
    <message>
        <source>a systematic sample cannot be extended (its interval would change); draw a new sample instead</source>
        <translation>eine systematische Stichprobe kann nicht erweitert werden (ihr Intervall würde sich ändern); ziehen Sie stattdessen eine neue Stichprobe</translation>
    </message>
    <message>
        <source>size: %1 is not larger than the current sample of %2</source>
        <translation>Umfang: %1 ist nicht größer als die aktuelle Stichprobe von %2</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to export</source>
        <translation>die Grundgesamtheit „%1“ hat keine Stichprobe, die exportiert werden könnte</translation>
    </message>
    <message>
        <source>cannot read the sample of &quot;%1&quot;</source>
        <translation>die Stichprobe von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or is not writable</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Sample request: %1</source>
        <translation>Stichprobenanforderung: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control %1 · %2 selection of %3 items from %4 rows (seed %5)</source>
        <translation>Kontrolle %1 · Auswahlmethode %2, %3 Elemente aus %4 Zeilen (Startwert %5)</translation>
    </message>
    <message>
        <source>Please provide evidence for each item and fill in the shaded columns.</source>
        <translation>Bitte stellen Sie für jedes Element Nachweise bereit und füllen Sie die schattierten Spalten aus.</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Nachweisreferenz</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Date provided</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation>Kommentare des Mandanten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Population row</source>
        <translation>Zeile der Grundgesamtheit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>results are recorded on the sample of %1; only a reviewer or partner can redraw it (and it is logged)</source>
        <translation>für die Stichprobe von %1 sind Ergebnisse erfasst; nur ein Reviewer oder Partner kann sie neu ziehen (und dies wird protokolliert)</translation>
    </message>
    <message>
        <source>the stored sample of population &quot;%1&quot; does not match its seed %2; it cannot be extended</source>
        <translation>die gespeicherte Stichprobe der Grundgesamtheit „%1“ stimmt nicht mit ihrem Startwert %2 überein; sie kann nicht erweitert werden</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::TestingGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>column %1 is not a test attribute</source>
        <translation>Spalte %1 ist kein Testattribut</translation>
    </message>
    <message>
        <source>sample item %1, attribute %2 needs a result before it can have a note</source>
        <translation>Stichprobenelement %1, Testattribut %2 braucht ein Ergebnis, bevor es eine Anmerkung haben kann</translation>
    </message>
    <message>
        <source>“%1” is not a result (pass, deviation or na)</source>
        <translation>„%1“ ist kein Ergebnis (pass, deviation oder na)</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n):</source>
        <translation>
            <numerusform>Prüfungsnachweis (%n):</numerusform>
            <numerusform>Prüfungsnachweise (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::TestingService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>die Kontrolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>a procedure of control %1 needs a text</source>
        <translation>eine Prüfungshandlung der Kontrolle %1 benötigt einen Text</translation>
    </message>
    <message>
        <source>an attribute of control %1 needs a text</source>
        <translation>ein Testattribut der Kontrolle %1 benötigt einen Text</translation>
    </message>
    <message>
        <source>control %1 has no free attribute letter</source>
        <translation>die Kontrolle %1 hat keinen freien Buchstaben für Testattribute</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is not a letter; use one or two letters (A, B, … AA)</source>
        <translation>das Testattribut „%1“ ist kein Buchstabe; verwenden Sie einen oder zwei Buchstaben (A, B, … AA)</translation>
    </message>
    <message>
        <source>attribute %1 is already defined for control %2</source>
        <translation>das Testattribut %1 ist für die Kontrolle %2 bereits definiert</translation>
    </message>
    <message>
        <source>control %1 has no population with a sample; import its population and draw a sample first</source>
        <translation>die Kontrolle %1 hat keine Grundgesamtheit mit Stichprobe; importieren Sie zuerst ihre Grundgesamtheit und ziehen Sie eine Stichprobe</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is not a population of control %2 (its populations: %3)</source>
        <translation>die Grundgesamtheit „%1“ gehört nicht zur Kontrolle %2 (ihre Grundgesamtheiten: %3)</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>die Grundgesamtheit „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>row %1 is not in the sample of population &quot;%2&quot; (rows: %3)</source>
        <translation>die Zeile %1 ist nicht in der Stichprobe der Grundgesamtheit „%2“ (Zeilen: %3)</translation>
    </message>
    <message>
        <source>attribute %1 is not defined for control %2 (defined: %3)</source>
        <translation>das Testattribut %1 ist für die Kontrolle %2 nicht definiert (definiert: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>control %1: say what was found when the design is not implemented (a note is required)</source>
        <translation>Kontrolle %1: geben Sie an, was festgestellt wurde, wenn die Ausgestaltung nicht implementiert ist (eine Anmerkung ist erforderlich)</translation>
    </message>
    <message>
        <source>Walkthrough: the design is not implemented: %1</source>
        <translation>Walkthrough: Die Ausgestaltung ist nicht implementiert: %1</translation>
    </message>
    <message>
        <source>control %1 has no walkthrough to clear</source>
        <translation>Kontrolle %1 hat keinen Walkthrough, der zurückgesetzt werden kann</translation>
    </message>
    <message>
        <source>control %1: give the reason the control did not operate in the period</source>
        <translation>Kontrolle %1: geben Sie den Grund an, warum die Kontrolle im Zeitraum nicht durchgeführt wurde</translation>
    </message>
    <message>
        <source>control %1 is not marked as not operated</source>
        <translation>Kontrolle %1 ist nicht als nicht durchgeführt markiert</translation>
    </message>
    <message>
        <source>control %1 has no result for attribute %2 on row %3 to clear</source>
        <translation>Kontrolle %1 hat für Attribut %2 in Zeile %3 kein Ergebnis, das gelöscht werden könnte</translation>
    </message>
    <message>
        <source>control %1 has no procedures, so there is no procedure %2</source>
        <translation>die Kontrolle %1 hat keine Prüfungshandlungen, es gibt also keine Prüfungshandlung %2</translation>
    </message>
    <message>
        <source>control %1 has no procedure %2 (its procedures are numbered 1 to %3)</source>
        <translation>die Kontrolle %1 hat keine Prüfungshandlung %2 (ihre Prüfungshandlungen sind von 1 bis %3 nummeriert)</translation>
    </message>
    <message>
        <source>attribute %1 of control %2 has %3 recorded results and %4 evidence references; remove them with the attribute explicitly, or clear them first</source>
        <translation>das Testattribut %1 der Kontrolle %2 hat %3 erfasste Ergebnisse und %4 Nachweisverweise; entfernen Sie diese ausdrücklich mit dem Testattribut oder löschen Sie sie zuerst</translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation>Zeile %1, Testattribut %2 der Kontrolle %3</translation>
    </message>
    <message>
        <source>evidence item %1 does not exist, so %2 cannot refer to it</source>
        <translation>das Nachweiselement %1 existiert nicht; %2 kann daher nicht darauf verweisen</translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: pages are numbered from 1</source>
        <translation>Seite %1 von %2 existiert nicht: Seiten werden ab 1 gezählt</translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: the document has %3 pages</source>
        <translation>Seite %1 von %2 existiert nicht: das Dokument hat %3 Seiten</translation>
    </message>
    <message>
        <source>%1 has no result yet; record pass, deviation or N/A before referring to evidence</source>
        <translation>%1 hat noch kein Ergebnis; erfassen Sie „ohne Beanstandung“, „Abweichung“ oder „N/A“, bevor Sie auf Prüfungsnachweise verweisen</translation>
    </message>
    <message>
        <source>%1 already refers to %2</source>
        <translation>%1 verweist bereits auf %2</translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation>Nachweiselement %1</translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation>%1 verweist nicht auf %2</translation>
    </message>
    <message>
        <source>control %1 has several populations (%2) and none has a sample; draw a sample first</source>
        <translation>die Kontrolle %1 hat mehrere Grundgesamtheiten (%2), aber keine hat eine Stichprobe; ziehen Sie zuerst eine Stichprobe</translation>
    </message>
    <message>
        <source>control %1 has several populations with a sample (%2); name the one whose sample is tested</source>
        <translation>die Kontrolle %1 hat mehrere Grundgesamtheiten mit Stichprobe (%2); nennen Sie diejenige, deren Stichprobe geprüft wird</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; of control %2 has no sample; draw one first</source>
        <translation>die Grundgesamtheit „%1“ der Kontrolle %2 hat keine Stichprobe; ziehen Sie zuerst eine</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>Änderung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Workpaper</name>
    <message>
        <source>%1 holds no engagement: %2</source>
        <translation>%1 enthält keinen Auftrag: %2</translation>
    </message>
    <message>
        <source>the engagement&apos;s report is issued and the workpaper is locked; a reviewer or partner must reopen it first</source>
        <translation>der Bericht des Auftrags ist ausgegeben und das Arbeitspapier gesperrt; ein Reviewer oder Partner muss es zuerst wieder öffnen</translation>
    </message>
    <message>
        <source>reopening did not lift the lock; nothing was changed</source>
        <translation>das Wiederöffnen hat die Sperre nicht aufgehoben; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is the open workpaper (or one of its files); choose another file to write to</source>
        <translation>%1 ist das geöffnete Arbeitspapier (oder eine seiner Dateien); wählen Sie eine andere Zieldatei</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui</name>
    <message>
        <source>A value is missing or not valid.</source>
        <translation>Ein Wert fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Das Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The name is already taken.</source>
        <translation>Der Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation>Die Datei kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>This file is not a Tickmark workpaper.</source>
        <translation>Diese Datei ist kein Tickmark-Arbeitspapier.</translation>
    </message>
    <message>
        <source>The workpaper is damaged.</source>
        <translation>Das Arbeitspapier ist beschädigt.</translation>
    </message>
    <message>
        <source>The workpaper was saved by a newer version of Tickmark.</source>
        <translation>Das Arbeitspapier wurde mit einer neueren Version von Tickmark gespeichert.</translation>
    </message>
    <message>
        <source>The workpaper could not be updated.</source>
        <translation>Das Arbeitspapier konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed.</source>
        <translation>Der Import wurde abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The engagement is locked because its report was issued.</source>
        <translation>Der Auftrag ist gesperrt, weil sein Bericht ausgegeben wurde.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt dies nicht.</translation>
    </message>
    <message>
        <source>An integrity check failed.</source>
        <translation>Eine Integritätsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Ein Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>Typ I</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>Typ II</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 wurde nicht importiert. %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n h</numerusform>
            <numerusform>noch etwa %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmodified opinion</source>
        <translation>Uneingeschränktes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Eingeschränktes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Versagtes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <translation>Nichtabgabe eines Prüfungsurteils</translation>
    </message>
    <message>
        <source>Unmodified opinion: every criterion in scope is met.</source>
        <translation>Uneingeschränktes Prüfungsurteil: Jedes Kriterium im Prüfungsumfang ist erfüllt.</translation>
    </message>
    <message>
        <source>Qualified opinion: criteria not met: %1.</source>
        <translation>Eingeschränktes Prüfungsurteil: nicht erfüllte Kriterien: %1.</translation>
    </message>
    <message>
        <source>%1, chosen by the auditor: %2</source>
        <translation>%1, vom Prüfer gewählt: %2</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Not operated</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Deviations within tolerable</source>
        <translation>Abweichungen im tolerierbaren Rahmen</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Einsichtnahme</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>Nachvollzug</translation>
    </message>
    <message>
        <source>Unassessed</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Einzelfall</translation>
    </message>
    <message>
        <source>Systematic</source>
        <translation>Systematisch</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Ausgestaltung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Ohne Abweichungen</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <translation>Abweichungen festgestellt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not operated: the control&apos;s event did not occur in the period</source>
        <translation>Nicht durchgeführt: Das Ereignis der Kontrolle ist im Zeitraum nicht eingetreten</translation>
    </message>
    <message>
        <source>No sample yet</source>
        <translation>Noch keine Stichprobe</translation>
    </message>
    <message numerus="yes">
        <source>No results yet — 0 of %n items done</source>
        <translation>
            <numerusform>Noch keine Ergebnisse — 0 von %n Element erledigt</numerusform>
            <numerusform>Noch keine Ergebnisse — 0 von %n Elementen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) in %1 items</source>
        <translation>
            <numerusform>%n Abweichung bei %1 Elementen</numerusform>
            <numerusform>%n Abweichungen bei %1 Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source> — upper limit %1 vs tolerable %2</source>
        <translation> — obere Grenze %1 gegenüber tolerierbarer Rate %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AboutDialog</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Tickmark %1&lt;/h2&gt;&lt;p&gt;A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, review and the report, in one workpaper file with a tamper-evident audit trail. Everything works offline; every change is saved the moment it is made.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Tickmark %1&lt;/h2&gt;&lt;p&gt;Eine Arbeitsumgebung für SOC 2-Prüfungen: Prüfungsumfang, Kontrollen, Prüfungsnachweise, Stichproben, Prüfungen, Review und Bericht in einer einzigen Arbeitspapierdatei mit manipulationssicherem Prüfpfad. Alles funktioniert offline; jede Änderung wird in dem Moment gespeichert, in dem sie vorgenommen wird.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>About Tickmark</source>
        <translation>Über Tickmark</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Verwendete Bibliotheken</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AddControlCommand</name>
    <message>
        <source>Add control %1</source>
        <translation>Kontrolle %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AuditTrailPage</name>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Every change made to this workpaper, who made it and when. The events are chained by SHA-256 hashes, so a changed or removed event is detected.</source>
        <translation>Jede Änderung an diesem Arbeitspapier, wer sie vorgenommen hat und wann. Die Ereignisse sind durch SHA-256-Hashes verkettet, sodass ein geändertes oder entferntes Ereignis erkannt wird.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Filter by object, e.g. control:CTL-01</source>
        <translation>Nach Objekt filtern, z.&#xa0;B. control:CTL-01</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event %1, %2 UTC</source>
        <translation>Ereignis %1, %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The hash chain could not be checked: %1</source>
        <translation>✗ Die Hash-Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Hash chain verified: %n events, none changed or missing.</source>
        <translation>
            <numerusform>✓ Hash-Kette geprüft: %n Ereignis, keines geändert oder fehlend.</numerusform>
            <numerusform>✓ Hash-Kette geprüft: %n Ereignisse, keines geändert oder fehlend.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Hash chain broken at event %1: %2</source>
        <translation>✗ Hash-Kette bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail events</source>
        <translation>Ereignisse des Prüfpfads</translation>
    </message>
    <message>
        <source>Filter by object</source>
        <translation>Nach Objekt filtern</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Frühestes Datum</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Spätestes Datum</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlDialog</name>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
    </message>
    <message>
        <source>Add Control</source>
        <translation>Kontrolle hinzufügen</translation>
    </message>
    <message>
        <source>e.g. CTL-48</source>
        <translation>z.&#xa0;B. CTL-48</translation>
    </message>
    <message>
        <source>What the control does, who performs it and how often</source>
        <translation>Was die Kontrolle bewirkt, wer sie durchführt und wie oft</translation>
    </message>
    <message>
        <source>Team or role responsible</source>
        <translation>Verantwortliches Team oder verantwortliche Rolle</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Id: enter the client&apos;s control reference, e.g. CTL-48.</source>
        <translation>ID: Geben Sie die Kontrollreferenz des Mandanten ein, z.&#xa0;B. CTL-48.</translation>
    </message>
    <message>
        <source>Description: describe what the control does.</source>
        <translation>Beschreibung: Beschreiben Sie, was die Kontrolle bewirkt.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlEvidenceDialog</name>
    <message>
        <source>Link Evidence to %1</source>
        <translation>Nachweise mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>Evidence files for control &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Nachweisdateien für die Kontrolle &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Filter files by package or path</source>
        <translation>Dateien nach Paket oder Pfad filtern</translation>
    </message>
    <message>
        <source>Filter evidence files</source>
        <translation>Nachweisdateien filtern</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>The engagement has no evidence yet. Import it on the Evidence page, or drop files on the control&apos;s row.</source>
        <translation>Der Auftrag enthält noch keine Nachweise. Importieren Sie sie auf der Seite „Prüfungsnachweise“ oder ziehen Sie Dateien auf die Zeile der Kontrolle.</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 wurde nicht mit %2 verknüpft. %3</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>Die Verknüpfung von %1 mit %2 wurde nicht aufgehoben. %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlEvidencePanel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation>%1 (außerhalb des Zeitraums)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the selected file on the Evidence page</source>
        <translation>Die ausgewählte Datei auf der Seite „Prüfungsnachweise“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;aufheben</translation>
    </message>
    <message>
        <source>Remove the link between the selected file and this control</source>
        <translation>Die Verknüpfung zwischen der ausgewählten Datei und dieser Kontrolle aufheben</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>Nachweise &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Choose evidence files for this control. You can also drop files, folders or archives on a control row to import and link them.</source>
        <translation>Nachweisdateien für diese Kontrolle auswählen. Sie können auch Dateien, Ordner oder Archive auf die Zeile einer Kontrolle ziehen, um sie zu importieren und zu verknüpfen.</translation>
    </message>
    <message>
        <source>Evidence of the selected control</source>
        <translation>Nachweise der ausgewählten Kontrolle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Wirksamkeitsdatum</translation>
    </message>
    <message>
        <source>The evidence of control %1 could not be read. %2</source>
        <translation>Die Nachweise der Kontrolle %1 konnten nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Evidence: choose a control above</source>
        <translation>Nachweise: Wählen Sie oben eine Kontrolle aus</translation>
    </message>
    <message>
        <source>No evidence linked to %1 yet — drop files on its row or use Link Evidence…</source>
        <translation>Noch keine Nachweise mit %1 verknüpft — ziehen Sie Dateien auf die Zeile oder verwenden Sie „Nachweise verknüpfen…“</translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %1 (%n files)</source>
        <translation>
            <numerusform>Nachweise für %1 (%n Datei)</numerusform>
            <numerusform>Nachweise für %1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>The effective date falls outside the engagement period.</source>
        <translation>Das Wirksamkeitsdatum liegt außerhalb des Prüfungszeitraums.</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>Die Verknüpfung von %1 mit %2 wurde nicht aufgehoben. %3</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 ist nicht mehr mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Evidence links of %1 saved.</source>
        <translation>Nachweisverknüpfungen von %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlsPage</name>
    <message>
        <source>The controls could not be read. %1</source>
        <translation>Die Kontrollen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>The client&apos;s control matrix, each control mapped to the criteria it addresses. Double-click a cell to edit it; every change can be undone.</source>
        <translation>Die Kontrollmatrix des Mandanten; jede Kontrolle ist den Kriterien zugeordnet, die sie abdeckt. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; jede Änderung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Der Matrix eine Kontrolle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected controls</source>
        <translation>Die ausgewählten Kontrollen löschen</translation>
    </message>
    <message>
        <source>Import a client control matrix saved as CSV</source>
        <translation>Eine als CSV gespeicherte Kontrollmatrix des Mandanten importieren</translation>
    </message>
    <message>
        <source>Filter by id, description, owner or criterion</source>
        <translation>Nach ID, Beschreibung, Verantwortlichem oder Kriterium filtern</translation>
    </message>
    <message>
        <source>All frequencies</source>
        <translation>Alle Häufigkeiten</translation>
    </message>
    <message>
        <source>Control %1 updated.</source>
        <translation>Kontrolle %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Id: %1 is already used by another control.</source>
        <translation>ID: %1 wird bereits von einer anderen Kontrolle verwendet.</translation>
    </message>
    <message>
        <source>Control %1 was not added. %2</source>
        <translation>Kontrolle %1 wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>Control %1 added.</source>
        <translation>Kontrolle %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete control %1? You can undo this.</source>
        <translation>Kontrolle %1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls (%1)? You can undo this.</source>
        <translation>
            <numerusform>%n Kontrolle (%1) löschen? Sie können dies rückgängig machen.</numerusform>
            <numerusform>%n Kontrollen (%1) löschen? Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Controls</source>
        <translation>Kontrollen löschen</translation>
    </message>
    <message>
        <source>Control %1 was not deleted. %2</source>
        <translation>Kontrolle %1 wurde nicht gelöscht. %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls</source>
        <translation>
            <numerusform>%n Kontrolle löschen</numerusform>
            <numerusform>%n Kontrollen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n controls.</source>
        <translation>
            <numerusform>%n Kontrolle gelöscht.</numerusform>
            <numerusform>%n Kontrollen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Control Matrix</source>
        <translation>Kontrollmatrix importieren</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n controls from %1.</source>
        <translation>
            <numerusform>%n Kontrolle aus %1 importiert.</numerusform>
            <numerusform>%n Kontrollen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n controls</source>
        <translation>
            <numerusform>%n Kontrolle</numerusform>
            <numerusform>%n Kontrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n controls</source>
        <translation>
            <numerusform>%1 von %n Kontrolle</numerusform>
            <numerusform>%1 von %n Kontrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review notes and sign-offs of the selected control</source>
        <translation>Review-Anmerkungen und Abzeichnungen der ausgewählten Kontrolle</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Kontrollen filtern</translation>
    </message>
    <message>
        <source>Frequency filter</source>
        <translation>Nach Häufigkeit filtern</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n dropped items as evidence for %1…</source>
        <translation>
            <numerusform>Das abgelegte Element wird als Nachweis für %1 importiert…</numerusform>
            <numerusform>%n abgelegte Elemente werden als Nachweise für %1 importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Control matrices (*.csv *.xlsx);;All files (*)</source>
        <translation>Kontrollmatrizen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Imported, but some controls map to criteria outside the engagement&apos;s scope; coverage, results and the report leave these out: %1.</source>
        <translation>Importiert, aber einige Kontrollen sind Kriterien außerhalb des Prüfungsumfangs zugeordnet; Abdeckung, Ergebnisse und Bericht lassen diese aus: %1.</translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation>Matrix &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CoveragePage</name>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation>Kriterien &amp; Abdeckung</translation>
    </message>
    <message>
        <source>The trust services criteria in scope and the controls mapped to each. Criteria without a control are highlighted; double-click a row to open its first control.</source>
        <translation>Die Kriterien der Trust Services im Prüfungsumfang und die jeweils zugeordneten Kontrollen. Kriterien ohne Kontrolle sind hervorgehoben; ein Doppelklick auf eine Zeile öffnet deren erste Kontrolle.</translation>
    </message>
    <message>
        <source>Show only criteria &amp;without controls</source>
        <translation>Nur Kriterien &amp;ohne Kontrollen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria in scope</source>
        <translation>
            <numerusform>%n Kriterium im Prüfungsumfang</numerusform>
            <numerusform>%n Kriterien im Prüfungsumfang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a control</source>
        <translation>
            <numerusform>%n ohne Kontrolle</numerusform>
            <numerusform>%n ohne Kontrolle</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to see its title and controls; double-click it to open its first control.</source>
        <translation>Wählen Sie ein Kriterium, um Titel und Kontrollen zu sehen; ein Doppelklick öffnet die erste Kontrolle.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#A31F12&apos;&gt;No control&lt;/b&gt; is mapped to this criterion.</source>
        <translation>&lt;b style=&apos;color:#A31F12&apos;&gt;Keine Kontrolle&lt;/b&gt; ist diesem Kriterium zugeordnet.</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Kontrollen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;span&gt;%3 · %4&lt;/span&gt;&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;span&gt;%3 · %4&lt;/span&gt;&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Criteria and their controls</source>
        <translation>Kriterien und ihre Kontrollen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CriteriaDashboardPage</name>
    <message>
        <source>Criteria Dashboard</source>
        <translation>Kriterien-Übersicht</translation>
    </message>
    <message>
        <source>Every in-scope criterion at a glance, coloured by the results of its controls. Click a criterion to see its controls and exceptions.</source>
        <translation>Alle Kriterien im Prüfungsumfang auf einen Blick, eingefärbt nach den Ergebnissen ihrer Kontrollen. Klicken Sie auf ein Kriterium, um seine Kontrollen und Abweichungen zu sehen.</translation>
    </message>
    <message>
        <source>Choose a criterion above.</source>
        <translation>Wählen Sie oben ein Kriterium.</translation>
    </message>
    <message>
        <source>Control / exception</source>
        <translation>Kontrolle / Abweichung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The criteria could not be evaluated. %1</source>
        <translation>Die Kriterien konnten nicht ausgewertet werden. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3 · %n control(s), %4 exception(s)</source>
        <translation>
            <numerusform>%1 %2
%3 · %n Kontrolle, %4 Abweichung(en)</numerusform>
            <numerusform>%1 %2
%3 · %n Kontrollen, %4 Abweichung(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3</translation>
    </message>
    <message>
        <source>No control is mapped to this criterion.</source>
        <translation>Diesem Kriterium ist keine Kontrolle zugeordnet.</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Abweichung %1</translation>
    </message>
    <message>
        <source>Not concluded</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Kriterium erfüllt</translation>
    </message>
    <message>
        <source>Criterion not met</source>
        <translation>Kriterium nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 von %2 — %3</translation>
    </message>
    <message>
        <source>Controls and exceptions of the criterion</source>
        <translation>Kontrollen und Ausnahmen des Kriteriums</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CriteriaEdit</name>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>z.&#xa0;B. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Criteria: map the control to at least one criterion.</source>
        <translation>Kriterien: Ordnen Sie die Kontrolle mindestens einem Kriterium zu.</translation>
    </message>
    <message>
        <source>Criteria: %1 is not a trust services criterion.</source>
        <translation>Kriterien: %1 ist kein Kriterium der Trust Services.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CsvPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CuecDialog</name>
    <message>
        <source>Add CUEC</source>
        <translation>CUEC hinzufügen</translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation>CUEC bearbeiten</translation>
    </message>
    <message>
        <source>User entities are responsible for …</source>
        <translation>Die Nutzerunternehmen sind verantwortlich für …</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>&amp;Kontrolle:</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>z.&#xa0;B. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Related &amp;criteria:</source>
        <translation>&amp;Zugehörige Kriterien:</translation>
    </message>
    <message>
        <source>Separate criterion ids with commas or semicolons.</source>
        <translation>Trennen Sie Kriterien-IDs durch Kommas oder Semikolons.</translation>
    </message>
    <message>
        <source>Related criteria: %1 is not a trust services criterion.</source>
        <translation>Zugehörige Kriterien: %1 ist kein Kriterium der Trust Services.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::DeleteControlCommand</name>
    <message>
        <source>Delete control %1</source>
        <translation>Kontrolle %1 löschen</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>Kontrolle %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::DescriptionEditor</name>
    <message>
        <source>Management&apos;s description of the system, as it appears in Section III. Saved when you leave the text or press Save.</source>
        <translation>Die Systembeschreibung des Managements, wie sie in Abschnitt III erscheint. Wird gespeichert, wenn Sie den Text verlassen oder auf Speichern klicken.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Describe the %1 of the system here.</source>
        <translation>Beschreiben Sie hier %1 des Systems.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Abschnittstext</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EditControlCommand</name>
    <message>
        <source>Edit control %1</source>
        <translation>Kontrolle %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EffectiveDateDialog</name>
    <message>
        <source>Effective Date</source>
        <translation>Stichtag des Nachweises</translation>
    </message>
    <message>
        <source>The date &lt;b&gt;%1&lt;/b&gt; speaks to (e.g. the day a report was run). Evidence dated outside the engagement period is flagged.</source>
        <translation>Das Datum, auf das sich &lt;b&gt;%1&lt;/b&gt; bezieht (z.&#xa0;B. der Tag, an dem ein Bericht erstellt wurde). Nachweise mit einem Datum außerhalb des Prüfungszeitraums werden markiert.</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Stichtag</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EngagementFields</name>
    <message>
        <source>Protection against unauthorized access, use and damage: the common criteria CC1–CC9. Always in scope.</source>
        <translation>Schutz vor unbefugtem Zugriff, unbefugter Nutzung und Beschädigung: die gemeinsamen Kriterien CC1–CC9. Immer im Prüfungsumfang.</translation>
    </message>
    <message>
        <source>The system is available for operation and use as committed (A1).</source>
        <translation>Das System steht wie zugesagt für Betrieb und Nutzung zur Verfügung (A1).</translation>
    </message>
    <message>
        <source>Processing is complete, valid, accurate, timely and authorized (PI1).</source>
        <translation>Die Verarbeitung ist vollständig, gültig, richtig, zeitgerecht und autorisiert (PI1).</translation>
    </message>
    <message>
        <source>Information designated as confidential is protected as committed (C1).</source>
        <translation>Als vertraulich eingestufte Informationen werden wie zugesagt geschützt (C1).</translation>
    </message>
    <message>
        <source>Personal information is collected, used, retained, disclosed and disposed of as committed (P1–P8).</source>
        <translation>Personenbezogene Daten werden wie zugesagt erhoben, verwendet, aufbewahrt, offengelegt und entsorgt (P1–P8).</translation>
    </message>
    <message>
        <source>Legal name of the service organization</source>
        <translation>Rechtlicher Name der Dienstleistungsorganisation</translation>
    </message>
    <message>
        <source>The system as named in the report</source>
        <translation>Das System, wie es im Bericht benannt wird</translation>
    </message>
    <message>
        <source>Type &amp;I: design of controls as of a date</source>
        <translation>Typ &amp;I: Ausgestaltung der Kontrollen zu einem Stichtag</translation>
    </message>
    <message>
        <source>Type I&amp;I: design and operating effectiveness over a period</source>
        <translation>Typ I&amp;I: Ausgestaltung und Wirksamkeit über einen Zeitraum</translation>
    </message>
    <message>
        <source>Security (the common criteria) is always in scope.</source>
        <translation>Sicherheit (die gemeinsamen Kriterien) ist immer im Prüfungsumfang.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Prüfungsgesellschaft des Dienstleistungsprüfers</translation>
    </message>
    <message>
        <source>Printed with the firm&apos;s signature, e.g. Columbus, Ohio</source>
        <translation>Wird mit der Unterschrift der Prüfungsgesellschaft gedruckt, z.&#xa0;B. Frankfurt am Main</translation>
    </message>
    <message>
        <source>Engagement partner, e.g. Jo Smith, CPA</source>
        <translation>Auftragsverantwortlicher, z.&#xa0;B. Jo Smith, CPA</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Dienstleistungsorganisation:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;tichtag:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>&amp;Prüfungsgesellschaft:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Engagement &amp;partner:</source>
        <translation>&amp;Auftragsverantwortlicher:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The tolerable deviation rate; leave it empty to see the limit only</source>
        <translation>Die tolerierbare Abweichungsrate; lassen Sie das Feld leer, um nur die Grenze zu sehen</translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation>Stich&amp;probenumfang:</translation>
    </message>
    <message>
        <source>De&amp;viations:</source>
        <translation>Ab&amp;weichungen:</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>Tolera&amp;ble rate:</source>
        <translation>To&amp;lerierbare Rate:</translation>
    </message>
    <message>
        <source>No evaluation</source>
        <translation>Keine Auswertung</translation>
    </message>
    <message>
        <source>Risk of overreliance: %1</source>
        <translation>Risiko übermäßigen Vertrauens: %1</translation>
    </message>
    <message>
        <source>Tolerable rate: %1</source>
        <translation>Tolerierbare Rate: %1</translation>
    </message>
    <message>
        <source>Deviation rate %1 · upper deviation limit %2</source>
        <translation>Abweichungsrate %1 · obere Abweichungsgrenze %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Prüfungsnachweise</translation>
    </message>
    <message>
        <source>What the client sent, exactly as received: every file hashed (SHA-256) and kept inside the workpaper. Drop archives, files or folders on the window to import them.</source>
        <translation>Was der Mandant übermittelt hat, genau wie erhalten: Jede Datei wird gehasht (SHA-256) und im Arbeitspapier aufbewahrt. Ziehen Sie Archive, Dateien oder Ordner auf das Fenster, um sie zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import an archive (zip, tar, 7z) or a single file</source>
        <translation>Ein Archiv (zip, tar, 7z) oder eine einzelne Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Re-hash every stored file and report any that changed</source>
        <translation>Jede gespeicherte Datei neu hashen und geänderte Dateien melden</translation>
    </message>
    <message>
        <source>&amp;Link to Controls…</source>
        <translation>Mit &amp;Kontrollen verknüpfen…</translation>
    </message>
    <message>
        <source>Choose the controls the selected file is evidence for</source>
        <translation>Die Kontrollen wählen, für die die ausgewählte Datei ein Nachweis ist</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file (re-hashed on the way)</source>
        <translation>Eine Kopie der ausgewählten Datei speichern (dabei neu gehasht)</translation>
    </message>
    <message>
        <source>The evidence could not be read. %1</source>
        <translation>Die Prüfungsnachweise konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Search the text of all evidence (Ctrl+F)</source>
        <translation>Den Text aller Prüfungsnachweise durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Prüfungsnachweise durchsuchen</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch keine Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Import the client&apos;s archives or files with Import…, or drop them on the window. Each file is hashed and stored inside the workpaper.</source>
        <translation>Importieren Sie die Archive oder Dateien des Mandanten mit Importieren… oder ziehen Sie sie auf das Fenster. Jede Datei wird gehasht und im Arbeitspapier gespeichert.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The search could not run. %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Suche konnte nicht ausgeführt werden. %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No evidence contains %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Prüfungsnachweis enthält %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · Seite %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hits.</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links of %1 saved.</source>
        <translation>Verknüpfungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Evidence File</source>
        <translation>Nachweisdatei exportieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not exported. %2</source>
        <translation>%1 wurde nicht exportiert. %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Set &amp;Effective Date…</source>
        <translation>&amp;Stichtag festlegen…</translation>
    </message>
    <message>
        <source>The effective date of %1 was not changed. %2</source>
        <translation>Der Stichtag von %1 wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>Effective date of %1 saved.</source>
        <translation>Stichtag von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Prüfungsnachweise importieren</translation>
    </message>
    <message>
        <source>Evidence (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;All files (*)</source>
        <translation>Prüfungsnachweise (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Evidence is being imported or verified; wait for it to finish.</source>
        <translation>Prüfungsnachweise werden gerade importiert oder verifiziert; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n files</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1) in %2.</source>
        <translation> (%1) in %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n entries that were links, devices or outside the package.</source>
        <translation>
            <numerusform>%n Eintrag ausgelassen, der eine Verknüpfung, ein Gerät oder außerhalb des Pakets war.</numerusform>
            <numerusform>%n Einträge ausgelassen, die Verknüpfungen, Geräte oder außerhalb des Pakets waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed the text of %n files.</source>
        <translation>
            <numerusform>Text von %n Datei indexiert.</numerusform>
            <numerusform>Text von %n Dateien indexiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not indexed for search. %1</source>
        <translation>Der Text wurde nicht für die Suche indexiert. %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>The evidence could not be verified. %1</source>
        <translation>Die Prüfungsnachweise konnten nicht verifiziert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n files match their SHA-256</source>
        <translation>
            <numerusform>Die %n Datei stimmt mit ihrem SHA-256 überein</numerusform>
            <numerusform>Alle %n Dateien stimmen mit ihrem SHA-256 überein</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 re-hashed).</source>
        <translation> (%1 neu gehasht).</translation>
    </message>
    <message numerus="yes">
        <source>%n files no longer match their SHA-256:</source>
        <translation>
            <numerusform>%n Datei stimmt nicht mehr mit ihrem SHA-256 überein:</numerusform>
            <numerusform>%n Dateien stimmen nicht mehr mit ihrem SHA-256 überein:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: expected %3 (%4 bytes), found %5 (%6 bytes)</source>
        <translation>%1/%2: erwartet %3 (%4 Bytes), gefunden %5 (%6 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n files to %1.</source>
        <translation>
            <numerusform>%n Datei mit %1 verknüpft.</numerusform>
            <numerusform>%n Dateien mit %1 verknüpft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidencePreview</name>
    <message>
        <source>Text of the evidence file</source>
        <translation>Text der Nachweisdatei</translation>
    </message>
    <message>
        <source>Table of the CSV file</source>
        <translation>Tabelle der CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the file (re-hashed on the way) to open it in another program</source>
        <translation>Eine Kopie der Datei speichern (dabei neu gehasht), um sie in einem anderen Programm zu öffnen</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Select a file in the tree to see it here.</source>
        <translation>Wählen Sie eine Datei im Baum aus, um sie hier anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>The file cannot be read. %1</source>
        <translation>Die Datei kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>die ersten %1 angezeigt</translation>
    </message>
    <message>
        <source>The image is too large to preview (%1). Export it to open it elsewhere.</source>
        <translation>Das Bild ist für die Vorschau zu groß (%1). Exportieren Sie es, um es anderswo zu öffnen.</translation>
    </message>
    <message>
        <source>This %1 image cannot be shown. Export it to open it elsewhere.</source>
        <translation>Dieses %1-Bild kann nicht angezeigt werden. Exportieren Sie es, um es anderswo zu öffnen.</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>The PDF cannot be read. %1</source>
        <translation>Das PDF kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No preview for %1.</source>
        <translation>Keine Vorschau für %1.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceProgressDialog</name>
    <message>
        <source>Verify Evidence</source>
        <translation>Prüfungsnachweise verifizieren</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Prüfungsnachweise importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 wird importiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Indexing text for search</source>
        <translation>Text wird für die Suche indexiert</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Verifying every stored file against its SHA-256</source>
        <translation>Jede gespeicherte Datei wird anhand ihres SHA-256 verifiziert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceReferenceDialog</name>
    <message>
        <source>Evidence References — %1</source>
        <translation>Nachweisverweise — %1</translation>
    </message>
    <message>
        <source>Referenced evidence</source>
        <translation>Verwiesene Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation>Verweis hinzufügen</translation>
    </message>
    <message>
        <source>Filter by path, package or type</source>
        <translation>Nach Pfad, Paket oder Typ filtern</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>Prüfungsnachweise filtern</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Evidence of the engagement</source>
        <translation>Prüfungsnachweise des Auftrags</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>Optional, e.g. approval e-mail</source>
        <translation>Optional, z.&#xa0;B. Genehmigungs-E-Mail</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Verweis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>No evidence is imported yet: import it on the Evidence page.</source>
        <translation>Noch keine Prüfungsnachweise importiert: importieren Sie sie auf der Seite „Prüfungsnachweise“.</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>ganz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ExceptionsPage</name>
    <message>
        <source>Not concluded</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Deviations found in testing and matters raised by hand, with the criteria they affect, management&apos;s response and your conclusion.</source>
        <translation>Bei der Prüfung festgestellte Abweichungen und manuell erfasste Sachverhalte, mit den betroffenen Kriterien, der Stellungnahme des Managements und Ihrer Schlussfolgerung.</translation>
    </message>
    <message>
        <source>Raise exception…</source>
        <translation>Abweichung erfassen…</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Kriterium erfüllt</translation>
    </message>
    <message>
        <source>e.g. CC8.1, CC7.1</source>
        <translation>z.&#xa0;B. CC8.1, CC7.1</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>Management&apos;s response:</source>
        <translation>Stellungnahme des Managements:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Beurteilung:</translation>
    </message>
    <message>
        <source>Criterion met:</source>
        <translation>Kriterium erfüllt:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The exceptions could not be read. %1</source>
        <translation>Die Abweichungen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No exceptions. Deviations recorded in the testing grid appear here.</source>
        <translation>Keine Abweichungen. Im Testraster erfasste Abweichungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 of %4 items deviated (raised by %5)</source>
        <translation>Abweichung %1 zu %2 — bei %3 von %4 Elementen abgewichen (erfasst von %5)</translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 matter (raised by %4)</source>
        <translation>Abweichung %1 zu %2 — Sachverhalt: %3 (erfasst von %4)</translation>
    </message>
    <message>
        <source>Exception %1 was not saved. %2</source>
        <translation>Abweichung %1 wurde nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>Exception %1 saved.</source>
        <translation>Abweichung %1 gespeichert.</translation>
    </message>
    <message>
        <source>The exception was not raised. %1</source>
        <translation>Die Abweichung wurde nicht erfasst. %1</translation>
    </message>
    <message>
        <source>Exception %1 raised on %2.</source>
        <translation>Abweichung %1 zu %2 erfasst.</translation>
    </message>
    <message>
        <source>Raise Exception</source>
        <translation>Abweichung erfassen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Kontrolle:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::FrequencyTableDialog</name>
    <message>
        <source>Frequency Table</source>
        <translation>Häufigkeitstabelle</translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes for tests of controls by how often the control operates. Frequency-based sizes on the Sampling page start from this table; it is kept in this workpaper.</source>
        <translation>Die Stichprobenumfänge der Prüfungsgesellschaft für Funktionsprüfungen, je nachdem, wie oft die Kontrolle durchgeführt wird. Häufigkeitsbasierte Umfänge auf der Seite „Stichproben“ beruhen auf dieser Tabelle; sie wird in diesem Arbeitspapier gespeichert.</translation>
    </message>
    <message>
        <source>Lower risk</source>
        <translation>Niedrigeres Risiko</translation>
    </message>
    <message>
        <source>Higher risk</source>
        <translation>Höheres Risiko</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Sample sizes by control frequency</source>
        <translation>Stichprobenumfänge nach Kontrollhäufigkeit</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image in the pane</source>
        <translation>Das Bild in den Bereich einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImportControlsCommand</name>
    <message>
        <source>Import controls from %1</source>
        <translation>Kontrollen aus %1 importieren</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::IssuePanel</name>
    <message>
        <source>Issue the Report</source>
        <translation>Bericht ausgeben</translation>
    </message>
    <message>
        <source>Issuing renders the final PDF (without the DRAFT mark), writes a reference archive with the PDF and a copy of the workpaper next to it, and locks the engagement: no further change is possible until a reviewer or partner reopens it with a reason.</source>
        <translation>Bei der Ausgabe wird das endgültige PDF (ohne „DRAFT“-Vermerk) erstellt, daneben ein Referenzarchiv mit dem PDF und einer Kopie des Arbeitspapiers geschrieben und der Auftrag gesperrt: Es sind keine weiteren Änderungen möglich, bis ein Reviewer oder Partner ihn mit Begründung wieder öffnet.</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation>Bericht &amp;ausgeben…</translation>
    </message>
    <message>
        <source>Issued on %1 by %2 — the engagement is locked.</source>
        <translation>Ausgegeben am %1 von %2 — der Auftrag ist gesperrt.</translation>
    </message>
    <message>
        <source>Nothing blocks issuing: every note is cleared and every sign-off is current.</source>
        <translation>Der Ausgabe steht nichts entgegen: Alle Anmerkungen sind erledigt und alle Abzeichnungen aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be resolved before the report can be issued:</source>
        <translation>
            <numerusform>%n Punkt muss erledigt werden, bevor der Bericht ausgegeben werden kann:</numerusform>
            <numerusform>%n Punkte müssen erledigt werden, bevor der Bericht ausgegeben werden kann:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be issued yet: %n item(s) must be resolved first (listed under Issue).</source>
        <translation>
            <numerusform>Der Bericht kann noch nicht ausgegeben werden: %n Punkt muss zuerst erledigt werden (aufgeführt unter Ausgabe).</numerusform>
            <numerusform>Der Bericht kann noch nicht ausgegeben werden: %n Punkte müssen zuerst erledigt werden (aufgeführt unter Ausgabe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the SOC 2 report now?

The final PDF and a reference archive are written next to the workpaper, and the engagement will be locked: nothing can be changed until a reviewer or partner reopens it with a reason.</source>
        <translation>Den SOC 2-Bericht jetzt ausgeben?

Das endgültige PDF und ein Referenzarchiv werden neben das Arbeitspapier geschrieben, und der Auftrag wird gesperrt: Nichts kann mehr geändert werden, bis ein Reviewer oder Partner ihn mit Begründung wieder öffnet.</translation>
    </message>
    <message>
        <source>Issue Report</source>
        <translation>Bericht ausgeben</translation>
    </message>
    <message>
        <source>Reference archive: %1</source>
        <translation>Referenzarchiv: %1</translation>
    </message>
    <message>
        <source>Report issued; the engagement is locked.</source>
        <translation>Bericht ausgegeben; der Auftrag ist gesperrt.</translation>
    </message>
    <message>
        <source>Blockers to issuing the report</source>
        <translation>Hindernisse für die Berichtsausgabe</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LinkDialog</name>
    <message>
        <source>Link to Controls</source>
        <translation>Mit Kontrollen verknüpfen</translation>
    </message>
    <message>
        <source>Controls that &lt;b&gt;%1&lt;/b&gt; is evidence for:</source>
        <translation>Kontrollen, für die &lt;b&gt;%1&lt;/b&gt; ein Nachweis ist:</translation>
    </message>
    <message>
        <source>Filter controls by id or description</source>
        <translation>Kontrollen nach ID oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Kontrollen filtern</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 wurde nicht mit %2 verknüpft. %3</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>Die Verknüpfung von %1 mit %2 wurde nicht aufgehoben. %3</translation>
    </message>
    <message>
        <source>The imported files were not linked to %1. %2</source>
        <translation>Die importierten Dateien wurden nicht mit %1 verknüpft. %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LockPanel</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>Lift the lock, giving a reason (reviewer or partner)</source>
        <translation>Die Sperre mit Begründung aufheben (Reviewer oder Partner)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lock history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sperrverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lock history</source>
        <translation>Sperrverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Locked (report issued)</source>
        <translation>Gesperrt (Bericht ausgegeben)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Locked since %1 by %2. The report is issued: every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation>Gesperrt seit %1 durch %2. Der Bericht ist ausgegeben: Jede Änderung wird verweigert, bis ein Reviewer oder Partner den Auftrag wieder öffnet.</translation>
    </message>
    <message>
        <source>Locked: the report is issued and every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation>Gesperrt: Der Bericht ist ausgegeben, und jede Änderung wird verweigert, bis ein Reviewer oder Partner den Auftrag wieder öffnet.</translation>
    </message>
    <message>
        <source>The engagement was not reopened. %1</source>
        <translation>Der Auftrag wurde nicht wieder geöffnet. %1</translation>
    </message>
    <message>
        <source>The engagement is reopened; the reason is logged.</source>
        <translation>Der Auftrag ist wieder geöffnet; die Begründung ist protokolliert.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MainWindow</name>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation>&amp;Beispielauftrag öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>&amp;Navigator anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tickmark</source>
        <translation>Ü&amp;ber Tickmark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The acting user, stamped on every change (Edit ▸ Preferences)</source>
        <translation>Der handelnde Benutzer, vermerkt bei jeder Änderung (Bearbeiten ▸ Einstellungen)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Built the sample engagement in %1</source>
        <translation>Beispielauftrag in %1 erstellt</translation>
    </message>
    <message>
        <source>Open Workpaper</source>
        <translation>Arbeitspapier öffnen</translation>
    </message>
    <message>
        <source>%1 (copy).tickmark</source>
        <comment>suggested file name</comment>
        <translation>%1 (Kopie).tickmark</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Choose a different file: this is the workpaper that is open.</source>
        <translation>Wählen Sie eine andere Datei: Dies ist das geöffnete Arbeitspapier.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
    <message>
        <source>The new language is applied the next time Tickmark starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Tickmark übernommen.</translation>
    </message>
    <message>
        <source>Tickmark</source>
        <translation>Tickmark</translation>
    </message>
    <message>
        <source>No workpaper open</source>
        <translation>Kein Arbeitspapier geöffnet</translation>
    </message>
    <message>
        <source>%1 — Tickmark</source>
        <translation>%1 — Tickmark</translation>
    </message>
    <message>
        <source>%1 — %2 — Tickmark</source>
        <translation>%1 — %2 — Tickmark</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every change is written to the workpaper the moment you make it, together with its audit trail entry; there is nothing to save and nothing is lost if the computer stops.</source>
        <translation>Jede Änderung wird sofort mit ihrem Eintrag im Prüfpfad in die Arbeitspapierdatei geschrieben; es gibt nichts zu speichern, und nichts geht verloren, wenn der Rechner ausfällt.</translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation>✓ Gespeichert um %1</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::NewEngagementWizard</name>
    <message>
        <source>Workpaper file</source>
        <translation>Arbeitspapierdatei</translation>
    </message>
    <message>
        <source>The engagement is kept in one .tickmark file.</source>
        <translation>Der Auftrag wird in einer einzigen .tickmark-Datei gespeichert.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Keep the file on a drive that is backed up. Share it with the reviewer by copying it (File ▸ Save a Copy).</source>
        <translation>Speichern Sie die Datei auf einem Laufwerk, das gesichert wird. Geben Sie sie als Kopie an den Reviewer weiter (Datei ▸ Kopie speichern).</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Dienstleistungsorganisation:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Dienstleistungsprüfer:</translation>
    </message>
    <message>
        <source>Engagement partner:</source>
        <translation>Auftragsverantwortlicher:</translation>
    </message>
    <message>
        <source>New Engagement</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation>Mandant und System</translation>
    </message>
    <message>
        <source>Which service organization and which system are examined?</source>
        <translation>Welche Dienstleistungsorganisation und welches System werden geprüft?</translation>
    </message>
    <message>
        <source>Enter the names exactly as they should appear in the report; you can change them later on the Scope page.</source>
        <translation>Geben Sie die Namen genau so ein, wie sie im Bericht erscheinen sollen; Sie können sie später auf der Seite Prüfungsumfang ändern.</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Berichtsart</translation>
    </message>
    <message>
        <source>A Type I report covers design at a date; Type II covers a period.</source>
        <translation>Ein Bericht vom Typ I betrifft die Ausgestaltung zu einem Stichtag; Typ II umfasst einen Zeitraum.</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Kategorien der Trust Services</translation>
    </message>
    <message>
        <source>Which categories of the 2017 Trust Services Criteria apply?</source>
        <translation>Welche Kategorien der Kriterien der Trust Services (2017) sind anwendbar?</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Dienstleistungsprüfer</translation>
    </message>
    <message>
        <source>The firm and partner that sign the report. Optional for now.</source>
        <translation>Prüfungsgesellschaft und Auftragsverantwortlicher, die den Bericht unterzeichnen. Vorerst optional.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Save Workpaper As</source>
        <translation>Arbeitspapier speichern unter</translation>
    </message>
    <message>
        <source>File: choose where to save the workpaper.</source>
        <translation>Datei: Wählen Sie, wo das Arbeitspapier gespeichert werden soll.</translation>
    </message>
    <message>
        <source>File: the folder %1 does not exist.</source>
        <translation>Datei: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>File: %1 already exists; choose another file name.</source>
        <translation>Datei: %1 ist bereits vorhanden; wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::OpinionEditor</name>
    <message>
        <source>Opinion</source>
        <translation>Prüfungsurteil</translation>
    </message>
    <message>
        <source>Proposed from the criteria results</source>
        <translation>Aus den Ergebnissen der Kriterien vorgeschlagen</translation>
    </message>
    <message>
        <source>Opinion in the report</source>
        <translation>Prüfungsurteil im Bericht</translation>
    </message>
    <message>
        <source>Use the &amp;proposed opinion</source>
        <translation>&amp;Vorgeschlagenes Prüfungsurteil verwenden</translation>
    </message>
    <message>
        <source>Issue an &amp;adverse opinion</source>
        <translation>Ein &amp;versagtes Prüfungsurteil abgeben</translation>
    </message>
    <message>
        <source>&amp;Disclaim an opinion</source>
        <translation>Prüfungsurteil &amp;nicht abgeben</translation>
    </message>
    <message>
        <source>&amp;Reason (stated in the basis paragraph):</source>
        <translation>&amp;Begründung (im Abschnitt „Grundlage“ angegeben):</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>The report carries: %1</source>
        <translation>Der Bericht enthält: %1</translation>
    </message>
    <message>
        <source>Why the opinion is modified (required)</source>
        <translation>Warum das Prüfungsurteil modifiziert wird (erforderlich)</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Nicht erfüllte Kriterien</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The engagement at a glance: facts, progress, advice and the audit trail&apos;s integrity.</source>
        <translation>Der Auftrag auf einen Blick: Eckdaten, Fortschritt, Hinweise und Integrität des Prüfpfads.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Dienstleistungsorganisation</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Dienstleistungsprüfer</translation>
    </message>
    <message>
        <source>Engagement partner</source>
        <translation>Auftragsverantwortlicher</translation>
    </message>
    <message>
        <source>Scope lists</source>
        <translation>Listen zum Prüfungsumfang</translation>
    </message>
    <message>
        <source>Workpaper</source>
        <translation>Arbeitspapier</translation>
    </message>
    <message>
        <source>Controls in the matrix</source>
        <translation>Kontrollen in der Matrix</translation>
    </message>
    <message>
        <source>Criteria in scope</source>
        <translation>Kriterien im Prüfungsumfang</translation>
    </message>
    <message>
        <source>Criteria without a control</source>
        <translation>Kriterien ohne Kontrolle</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type I: design of controls</source>
        <translation>Typ I: Ausgestaltung der Kontrollen</translation>
    </message>
    <message>
        <source>Type II: design and operating effectiveness</source>
        <translation>Typ II: Ausgestaltung und Wirksamkeit</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message numerus="yes">
        <source>%n subservice organization(s)</source>
        <translation>
            <numerusform>%n Subdienstleister</numerusform>
            <numerusform>%n Subdienstleister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CUEC(s)</source>
        <translation>
            <numerusform>%n CUEC</numerusform>
            <numerusform>%n CUECs</numerusform>
        </translation>
    </message>
    <message>
        <source>Review coverage</source>
        <translation>Abdeckung prüfen</translation>
    </message>
    <message>
        <source>The report is issued; the workpaper is locked against changes.</source>
        <translation>Der Bericht ist ausgegeben; das Arbeitspapier ist für Änderungen gesperrt.</translation>
    </message>
    <message>
        <source>No advice for this engagement.</source>
        <translation>Keine Hinweise zu diesem Auftrag.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n event(s))</source>
        <translation>
            <numerusform>Prüfpfad intakt (%n Ereignis)</numerusform>
            <numerusform>Prüfpfad intakt (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at event %1: %2</source>
        <translation>Prüfpfad bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>Audit trail cannot be checked: %1</source>
        <translation>Prüfpfad kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PdfViewer</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Die Seite an die Breite des Bereichs anpassen</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird dargestellt…</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Seitenminiaturen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Dieses PDF kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Find failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationImportDialog</name>
    <message>
        <source>Import Population</source>
        <translation>Grundgesamtheit importieren</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file</source>
        <translation>Wählen Sie eine CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>Arbeits&amp;blatt:</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>&amp;Kontrolle:</translation>
    </message>
    <message>
        <source>e.g. Production changes, January to September</source>
        <translation>z.&#xa0;B. Produktionsänderungen, Januar bis September</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Dateien mit Grundgesamtheiten (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Diese Datei kann nicht importiert werden. %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n records (%1)</source>
        <translation>
            <numerusform>Vorschau: %n Datensatz vom Dateianfang (%1)</numerusform>
            <numerusform>Vorschau: die ersten %n Datensätze (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: all %n records (%1)</source>
        <translation>
            <numerusform>Vorschau: %n Datensatz (%1)</numerusform>
            <numerusform>Vorschau: alle %n Datensätze (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A population named %1 already exists.</source>
        <translation>Eine Grundgesamtheit namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date-time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>The header row must hold the column names; records above it (a title block) are skipped. Every data row is stored as read, with the file&apos;s SHA-256, so the population can be traced to the file the client provided.</source>
        <translation>Die Kopfzeile muss die Spaltennamen enthalten; Datensätze darüber (ein Titelblock) werden übersprungen. Jede Datenzeile wird so gespeichert, wie sie gelesen wurde, zusammen mit dem SHA-256 der Datei, sodass sich die Grundgesamtheit auf die vom Mandanten bereitgestellte Datei zurückführen lässt.</translation>
    </message>
    <message>
        <source>The record that holds the column names, counted from 1; the records above it are skipped</source>
        <translation>Der Datensatz mit den Spaltennamen, gezählt ab 1; die Datensätze darüber werden übersprungen</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>Above the header row: not imported</source>
        <translation>Über der Kopfzeile: nicht importiert</translation>
    </message>
    <message>
        <source>The file ends before header row %1.</source>
        <translation>Die Datei endet vor der Kopfzeile %1.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationsPage</name>
    <message>
        <source>The populations could not be read. %1</source>
        <translation>Die Grundgesamtheiten konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>The population&apos;s rows could not be read. %1</source>
        <translation>Die Zeilen der Grundgesamtheit konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Grundgesamtheiten</translation>
    </message>
    <message>
        <source>The client&apos;s lists of a control&apos;s occurrences in the period (changes, tickets, new hires…), imported from CSV or XLSX. Samples are drawn from these rows; the file&apos;s SHA-256 ties each population to the file received.</source>
        <translation>Die Listen des Mandanten mit den Vorgängen einer Kontrolle im Zeitraum (Änderungen, Tickets, Neueinstellungen…), importiert aus CSV oder XLSX. Stichproben werden aus diesen Zeilen gezogen; der SHA-256 der Datei verknüpft jede Grundgesamtheit mit der erhaltenen Datei.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected population, its rows and its sample</source>
        <translation>Die ausgewählte Grundgesamtheit mit ihren Zeilen und ihrer Stichprobe löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a population from the client&apos;s CSV or XLSX file</source>
        <translation>Eine Grundgesamtheit aus der CSV- oder XLSX-Datei des Mandanten importieren</translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation>Noch keine Grundgesamtheiten</translation>
    </message>
    <message>
        <source>No population selected</source>
        <translation>Keine Grundgesamtheit ausgewählt</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of a control&apos;s occurrences in the period (a CSV or XLSX file whose first row names the columns) with Import….</source>
        <translation>Importieren Sie mit „Importieren…“ die Liste des Mandanten mit den Vorgängen einer Kontrolle im Zeitraum (eine CSV- oder XLSX-Datei, deren erste Zeile die Spalten benennt).</translation>
    </message>
    <message>
        <source>Select a population above to see its rows.</source>
        <translation>Wählen Sie oben eine Grundgesamtheit aus, um ihre Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · SHA-256 %4…</source>
        <translation>%1 · %2 · %3 · SHA-256 %4…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
SHA-256 %4
Columns: %5
Imported by %6 on %7</source>
        <translation>%1 · %2 · %3
SHA-256 %4
Spalten: %5
Importiert von %6 am %7</translation>
    </message>
    <message>
        <source>This population has no rows.</source>
        <translation>Diese Grundgesamtheit hat keine Zeilen.</translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation>Grundgesamtheit importieren</translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Dateien mit Grundgesamtheiten (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Another population is being imported; wait for it to finish.</source>
        <translation>Eine andere Grundgesamtheit wird gerade importiert; warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows into %1 from %2.</source>
        <translation>
            <numerusform>%Ln Zeile aus %2 in %1 importiert.</numerusform>
            <numerusform>%Ln Zeilen aus %2 in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln blank rows.</source>
        <translation>
            <numerusform>%Ln leere Zeile übersprungen.</numerusform>
            <numerusform>%Ln leere Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete population %1 with its %2 rows and any sample drawn from it? This cannot be undone.</source>
        <translation>Grundgesamtheit %1 mit ihren %2 Zeilen und einer daraus gezogenen Stichprobe löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Population</source>
        <translation>Grundgesamtheit löschen</translation>
    </message>
    <message>
        <source>Population %1 was not deleted. %2</source>
        <translation>Die Grundgesamtheit %1 wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>Deleted population %1.</source>
        <translation>Grundgesamtheit %1 gelöscht.</translation>
    </message>
    <message>
        <source>Review notes and sign-offs of the selected population</source>
        <translation>Review-Anmerkungen und Abzeichnungen der ausgewählten Grundgesamtheit</translation>
    </message>
    <message>
        <source>Rows of the selected population</source>
        <translation>Zeilen der ausgewählten Grundgesamtheit</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>Grundgesamtheit %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReopenDialog</name>
    <message>
        <source>Reopen Engagement</source>
        <translation>Auftrag wieder öffnen</translation>
    </message>
    <message>
        <source>Reopening lifts the lock of the issued report, so the workpaper can be changed again. The reason is kept in the lock history and the audit trail.</source>
        <translation>Das Wiederöffnen hebt die Sperre des ausgegebenen Berichts auf, sodass das Arbeitspapier wieder geändert werden kann. Die Begründung wird im Sperrverlauf und im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>e.g. Subsequent event disclosed by management on 2026-10-14</source>
        <translation>z. B. Vom Management am 2026-10-14 mitgeteiltes Ereignis nach dem Stichtag</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Begründung für das Wiederöffnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReportPage</name>
    <message>
        <source>The service auditor&apos;s report. Its opinion follows the criteria results; choose “Opinion” to review or override it.</source>
        <translation>Der Bericht des Dienstleistungsprüfers. Sein Prüfungsurteil folgt den Ergebnissen der Kriterien; wählen Sie „Prüfungsurteil“, um es zu überprüfen oder zu übersteuern.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion, worded from the engagement&apos;s details.</source>
        <translation>Die Erklärung des Managements, formuliert aus den Angaben zum Auftrag.</translation>
    </message>
    <message>
        <source>Management&apos;s description of the system: write each part under this section. Subservice organizations and user entity controls come from the Scope page.</source>
        <translation>Die Systembeschreibung des Managements: Schreiben Sie jeden Teil unter diesem Abschnitt. Subdienstleister und Kontrollen beim Nutzerunternehmen stammen von der Seite „Prüfungsumfang“.</translation>
    </message>
    <message>
        <source>Each criterion with its controls and, for Type II, the tests performed and their results, from the Controls and Testing pages.</source>
        <translation>Jedes Kriterium mit seinen Kontrollen und, bei Typ II, die durchgeführten Prüfungshandlungen und ihre Ergebnisse, aus den Seiten „Kontrollen“ und „Tests“.</translation>
    </message>
    <message>
        <source>Other information: management&apos;s responses to the exceptions.</source>
        <translation>Sonstige Informationen: die Stellungnahmen des Managements zu den Abweichungen.</translation>
    </message>
    <message>
        <source>The evidence index: every item relied on, with its SHA-256.</source>
        <translation>Das Verzeichnis der Prüfungsnachweise: jedes verwendete Element mit seinem SHA-256.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Sections I–V of the SOC 2 report: edit the description and the firm&apos;s wording, check the opinion, preview, export and issue.</source>
        <translation>Abschnitte I–V des SOC 2-Berichts: Beschreibung und Formulierungen der Prüfungsgesellschaft bearbeiten, Prüfungsurteil prüfen, Vorschau ansehen, exportieren und ausgeben.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;ODT (for editing)…</source>
        <translation>&amp;ODT (zum Bearbeiten)…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation>Bericht &amp;ausgeben…</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Papie&amp;r:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>PDF/&amp;A</source>
        <translation>PDF/&amp;A</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival form of PDF</source>
        <translation>PDF/A-1b schreiben, die Archivform von PDF</translation>
    </message>
    <message>
        <source>Evidence appe&amp;ndix</source>
        <translation>Nachweis-A&amp;nhang</translation>
    </message>
    <message>
        <source>Add the index of evidence relied on, with each file&apos;s SHA-256</source>
        <translation>Das Verzeichnis der verwendeten Prüfungsnachweise mit dem SHA-256 jeder Datei hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;fresh Preview</source>
        <translation>Vorschau a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Noch keine Vorschau.</translation>
    </message>
    <message>
        <source>Issue and Lock</source>
        <translation>Ausgeben und sperren</translation>
    </message>
    <message>
        <source>Standard wording of %1</source>
        <translation>Standardformulierung von %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the preview: %1</source>
        <translation>Für die Vorschau kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>Die Vorschau konnte nicht erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · DRAFT</source>
        <translation>
            <numerusform>%n Seite · Entwurf</numerusform>
            <numerusform>%n Seiten · Entwurf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · final (issued)</source>
        <translation>
            <numerusform>%n Seite · endgültig (ausgegeben)</numerusform>
            <numerusform>%n Seiten · endgültig (ausgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report as ODT</source>
        <translation>Bericht als ODT exportieren</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message numerus="yes">
        <source>Report exported to %1 (%n page(s)%2).</source>
        <translation>
            <numerusform>Bericht nach %1 exportiert (%n Seite%2).</numerusform>
            <numerusform>Bericht nach %1 exportiert (%n Seiten%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, marked DRAFT</source>
        <translation>, mit „DRAFT“ gekennzeichnet</translation>
    </message>
    <message>
        <source>Report exported to %1%2.</source>
        <translation>Bericht nach %1%2 exportiert.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>Report issued. Reference archive: %1</source>
        <translation>Bericht ausgegeben. Referenzarchiv: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued on %1&lt;/b&gt; by %2 — locked. Editing is off until a reviewer or partner reopens the engagement.</source>
        <translation>&lt;b&gt;Ausgegeben am %1&lt;/b&gt; von %2 — gesperrt. Bearbeiten ist nicht möglich, bis ein Reviewer oder Partner den Auftrag wieder öffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued — locked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgegeben — gesperrt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; — not issued. Exports and the preview are marked DRAFT.</source>
        <translation>&lt;b&gt;Entwurf&lt;/b&gt; — nicht ausgegeben. Exporte und die Vorschau sind mit „DRAFT“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Berichtsabschnitte</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>SOC-2-Bericht</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestDialog</name>
    <message>
        <source>Edit Request %1</source>
        <translation>Anforderung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Request</source>
        <translation>Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>Leave empty for the next R-NNN</source>
        <translation>Leer lassen für die nächste R-NNN</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref.:</translation>
    </message>
    <message>
        <source>What the client is asked to provide</source>
        <translation>Was der Mandant bereitstellen soll</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>CTL-01, CTL-02</source>
        <translation>CTL-01, CTL-02</translation>
    </message>
    <message>
        <source>&amp;Controls:</source>
        <translation>&amp;Kontrollen:</translation>
    </message>
    <message>
        <source>The client&apos;s person responsible</source>
        <translation>Die verantwortliche Person beim Mandanten</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation>Status von %1 ändern</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;Screenshots lack dates; asked again&quot;</source>
        <translation>Warum, z.&#xa0;B. „Screenshots ohne Datum; erneut angefordert“</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>The &quot;provided by client&quot; list: what was asked for, from whom, by when, and which evidence packages answered it. Overdue requests are shown in amber.</source>
        <translation>Die „Provided by Client“-Liste: was angefordert wurde, von wem, bis wann und welche Nachweispakete sie beantwortet haben. Überfällige Anforderungen werden gelb-orange angezeigt.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the list as XLSX or CSV to send to the client</source>
        <translation>Die Liste als XLSX oder CSV schreiben, um sie an den Mandanten zu senden</translation>
    </message>
    <message>
        <source>A&amp;nswer with…</source>
        <translation>Beantworten &amp;mit…</translation>
    </message>
    <message>
        <source>Mark an imported evidence package as answering the request</source>
        <translation>Ein importiertes Nachweispaket als Antwort auf die Anforderung kennzeichnen</translation>
    </message>
    <message>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <source>Change the request&apos;s status, with a note kept in its history</source>
        <translation>Den Status der Anforderung ändern, mit einer Anmerkung in ihrem Verlauf</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected request</source>
        <translation>Die ausgewählte Anforderung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a request to the list</source>
        <translation>Eine Anforderung zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>The requests could not be read. %1</source>
        <translation>Die Anforderungen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anforderungen</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Keine Anforderung ausgewählt</translation>
    </message>
    <message>
        <source>Add what the client must provide with Add…; export the list to send it.</source>
        <translation>Fügen Sie mit Hinzufügen… hinzu, was der Mandant bereitstellen muss; exportieren Sie die Liste, um sie zu versenden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Kontrollen: %1</translation>
    </message>
    <message>
        <source>No evidence received yet</source>
        <translation>Noch keine Prüfungsnachweise erhalten</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Beantwortet durch: %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 von %3</translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation>Anforderung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved request %1.</source>
        <translation>Anforderung %1 gespeichert.</translation>
    </message>
    <message>
        <source>The status of %1 was not changed. %2</source>
        <translation>Der Status von %1 wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>No evidence package has been imported yet; import the client&apos;s files first.</source>
        <translation>Es wurde noch kein Nachweispaket importiert; importieren Sie zuerst die Dateien des Mandanten.</translation>
    </message>
    <message>
        <source>Answer Request %1</source>
        <translation>Anforderung %1 beantworten</translation>
    </message>
    <message>
        <source>Evidence package that answers it:</source>
        <translation>Nachweispaket, das sie beantwortet:</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 wurde nicht mit %2 verknüpft. %3</translation>
    </message>
    <message>
        <source>%1 answers request %2.</source>
        <translation>%1 beantwortet Anforderung %2.</translation>
    </message>
    <message>
        <source>requests.xlsx</source>
        <comment>suggested file name</comment>
        <translation>anforderungen.xlsx</translation>
    </message>
    <message>
        <source>Export Request List</source>
        <translation>Anforderungsliste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The request list was not exported. %1</source>
        <translation>Die Anforderungsliste wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <source>Exported the request list to %1.</source>
        <translation>Anforderungsliste nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Überfällig: fällig am %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewNotesDialog</name>
    <message>
        <source>Review Notes — %1</source>
        <translation>Review-Anmerkungen — %1</translation>
    </message>
    <message>
        <source>Review &amp;Notes (%1)…</source>
        <translation>Review-&amp;Anmerkungen (%1)…</translation>
    </message>
    <message>
        <source>Review &amp;Notes…</source>
        <translation>Review-&amp;Anmerkungen…</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sign as preparer</source>
        <translation>Als Ersteller abzeichnen</translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation>Als Reviewer abzeichnen</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>Ersteller:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Review-Anmerkungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Write a note, or a reply to the selected note</source>
        <translation>Eine Anmerkung oder eine Antwort auf die ausgewählte Anmerkung schreiben</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>Anmerkung erledigen</translation>
    </message>
    <message>
        <source>Nothing chosen for review</source>
        <translation>Nichts zum Review ausgewählt</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht abgezeichnet</translation>
    </message>
    <message>
        <source>%1 — stale: changed since signed</source>
        <translation>%1 — veraltet: seit der Abzeichnung geändert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>Die Anmerkung wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Review note added to %1.</source>
        <translation>Review-Anmerkung zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The reply was not added.</source>
        <translation>Die Antwort wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The note was not cleared.</source>
        <translation>Die Anmerkung wurde nicht erledigt.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht abgezeichnet.</translation>
    </message>
    <message>
        <source>Signed off %1.</source>
        <translation>%1 abgezeichnet.</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review-Anmerkungen</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Anmerkung</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewStatusPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open review notes, missing and stale sign-offs: all must be resolved before the report can be issued. Choose an entry to review it.</source>
        <translation>Offene Review-Anmerkungen, fehlende und veraltete Abzeichnungen: Alle müssen erledigt sein, bevor der Bericht ausgegeben werden kann. Wählen Sie einen Eintrag, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Changed since my last review</source>
        <translation>Seit meinem letzten Review geändert</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Was erforderlich ist</translation>
    </message>
    <message>
        <source>The review status could not be read. %1</source>
        <translation>Der Review-Status konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Answered, to clear: %1</source>
        <translation>Beantwortet, zu erledigen: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Needs a %1 sign-off</source>
        <translation>Benötigt eine Abzeichnung als %1</translation>
    </message>
    <message>
        <source>%1 sign-off by %2 is stale: changed since %3</source>
        <translation>Abzeichnung als %1 durch %2 ist veraltet: seit %3 geändert</translation>
    </message>
    <message>
        <source>Changed since your last sign-off</source>
        <translation>Seit Ihrer letzten Abzeichnung geändert</translation>
    </message>
    <message>
        <source>Open notes (%1)</source>
        <translation>Offene Anmerkungen (%1)</translation>
    </message>
    <message>
        <source>Missing sign-offs (%1)</source>
        <translation>Fehlende Abzeichnungen (%1)</translation>
    </message>
    <message>
        <source>Stale sign-offs (%1)</source>
        <translation>Veraltete Abzeichnungen (%1)</translation>
    </message>
    <message>
        <source>Changed since my last review (%1)</source>
        <translation>Seit meinem letzten Review geändert (%1)</translation>
    </message>
    <message>
        <source>✓ Review is complete: the report can be issued.</source>
        <translation>✓ Das Review ist abgeschlossen: Der Bericht kann ausgegeben werden.</translation>
    </message>
    <message>
        <source>%1 open notes, %2 missing and %3 stale sign-offs.</source>
        <translation>%1 offene Anmerkungen, %2 fehlende und %3 veraltete Abzeichnungen.</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review-Status</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SampleSizePanel</name>
    <message>
        <source>Sample size</source>
        <translation>Stichprobenumfang</translation>
    </message>
    <message>
        <source>&amp;Statistical</source>
        <translation>Stat&amp;istisch</translation>
    </message>
    <message>
        <source>Attribute sampling on the binomial distribution (AICPA tables A-1 and A-2)</source>
        <translation>Attributstichprobe auf Basis der Binomialverteilung (AICPA-Tabellen A-1 und A-2)</translation>
    </message>
    <message>
        <source>&amp;Frequency-based</source>
        <translation>Häu&amp;figkeitsbasiert</translation>
    </message>
    <message>
        <source>The firm&apos;s table of sizes by control frequency and risk</source>
        <translation>Die Tabelle der Prüfungsgesellschaft mit Umfängen nach Kontrollhäufigkeit und Risiko</translation>
    </message>
    <message>
        <source>&amp;Risk of overreliance:</source>
        <translation>Risiko übermäßigen &amp;Vertrauens:</translation>
    </message>
    <message>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>T&amp;olerierbare Abweichungsrate:</translation>
    </message>
    <message>
        <source>E&amp;xpected deviation rate:</source>
        <translation>Erwartete Abwei&amp;chungsrate:</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>&amp;Automated (a test of one)</source>
        <translation>Aut&amp;omatisiert (Prüfung eines einzigen Falls)</translation>
    </message>
    <message>
        <source>Control fre&amp;quency:</source>
        <translation>&amp;Kontrollhäufigkeit:</translation>
    </message>
    <message>
        <source>Ris&amp;k of failure:</source>
        <translation>Risiko eines Kontroll&amp;versagens:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Grundgesamtheit:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n months (the Type II period)</source>
        <translation>
            <numerusform>%n Monat (der Zeitraum vom Typ II)</numerusform>
            <numerusform>%n Monate (der Zeitraum vom Typ II)</numerusform>
        </translation>
    </message>
    <message>
        <source>No period (Type I)</source>
        <translation>Kein Zeitraum (Typ I)</translation>
    </message>
    <message>
        <source>Risk of overreliance</source>
        <translation>Risiko übermäßigen Vertrauens</translation>
    </message>
    <message>
        <source>Tolerable deviation rate</source>
        <translation>Tolerierbare Abweichungsrate</translation>
    </message>
    <message>
        <source>Expected deviation rate</source>
        <translation>Erwartete Abweichungsrate</translation>
    </message>
    <message>
        <source>No sample size</source>
        <translation>Kein Stichprobenumfang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attribute sampling: %1 risk of overreliance, %2 tolerable and %3 expected deviation rate (AICPA Audit Sampling guide).</source>
        <translation>Attributstichprobe: Risiko übermäßigen Vertrauens %1, tolerierbare Abweichungsrate %2 und erwartete Abweichungsrate %3 (AICPA Audit Sampling Guide).</translation>
    </message>
    <message>
        <source>Too large (more than %1)</source>
        <translation>Zu groß (mehr als %1)</translation>
    </message>
    <message>
        <source>Raise the tolerable rate or lower the expected rate, or test the whole population.</source>
        <translation>Erhöhen Sie die tolerierbare Rate oder senken Sie die erwartete Rate, oder prüfen Sie die gesamte Grundgesamtheit.</translation>
    </message>
    <message numerus="yes">
        <source>Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n expected deviations</source>
        <translation>
            <numerusform>Statistisch: Risiko übermäßigen Vertrauens %1, tolerierbare Rate %2, erwartete Rate %3: %4 Elemente mit %n erwarteten Abweichung</numerusform>
            <numerusform>Statistisch: Risiko übermäßigen Vertrauens %1, tolerierbare Rate %2, erwartete Rate %3: %4 Elemente mit %n erwarteten Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample size %1 with %n expected deviations</source>
        <translation>
            <numerusform>Stichprobenumfang %1 mit %n erwarteten Abweichung</numerusform>
            <numerusform>Stichprobenumfang %1 mit %n erwarteten Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size %1</source>
        <translation>Stichprobenumfang %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SamplingPage</name>
    <message>
        <source>Systematic selection</source>
        <translation>Systematische Auswahl</translation>
    </message>
    <message>
        <source>Random selection</source>
        <translation>Zufallsauswahl</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Size, draw and evaluate a sample of a population. Every draw records its method and seed, so anyone can reperform the selection.</source>
        <translation>Umfang einer Stichprobe aus einer Grundgesamtheit bestimmen, Stichprobe ziehen und auswerten. Jede Ziehung hält Methode und Startwert fest, sodass jeder die Auswahl erneut durchführen kann.</translation>
    </message>
    <message>
        <source>&amp;Frequency Table…</source>
        <translation>Häufigkeits&amp;tabelle…</translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes by control frequency, kept in this workpaper</source>
        <translation>Die Stichprobenumfänge der Prüfungsgesellschaft nach Kontrollhäufigkeit, gespeichert in diesem Arbeitspapier</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Grundgesamtheit:</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Ziehung</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Systematic (random start)</source>
        <translation>Systematisch (zufälliger Start)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Follows the sample size above; you may change it</source>
        <translation>Folgt dem Stichprobenumfang oben; Sie können ihn ändern</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>a new seed</source>
        <translation>ein neuer Startwert</translation>
    </message>
    <message>
        <source>The generator&apos;s seed (0 to 18446744073709551615). The same seed draws the same rows.</source>
        <translation>Der Startwert des Generators (0 bis 18446744073709551615). Derselbe Startwert zieht dieselben Zeilen.</translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation>&amp;Neuer Startwert</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Draw Sample</source>
        <translation>Stichprobe &amp;ziehen</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Erweitern…</translation>
    </message>
    <message>
        <source>Add items to the random sample; the items drawn so far stay</source>
        <translation>Der Zufallsstichprobe Elemente hinzufügen; die bisher gezogenen Elemente bleiben erhalten</translation>
    </message>
    <message>
        <source>Export &amp;Request (XLSX)…</source>
        <translation>Anforderung e&amp;xportieren (XLSX)…</translation>
    </message>
    <message>
        <source>Write the selected items as a request list for the client</source>
        <translation>Die ausgewählten Elemente als Anforderungsliste für den Mandanten schreiben</translation>
    </message>
    <message>
        <source>The frequency table could not be read. %1</source>
        <translation>Die Häufigkeitstabelle konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Population %1 could not be read. %2</source>
        <translation>Die Grundgesamtheit %1 konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation>Noch keine Grundgesamtheiten</translation>
    </message>
    <message>
        <source>%1 · control %2 (%3, %4)</source>
        <translation>%1 · Kontrolle %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no control</source>
        <translation>%1 · keine Kontrolle</translation>
    </message>
    <message>
        <source>The sample could not be read. %1</source>
        <translation>Die Stichprobe konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Import a population on the Populations page, then choose it above.</source>
        <translation>Importieren Sie auf der Seite „Grundgesamtheiten“ eine Grundgesamtheit und wählen Sie sie dann oben aus.</translation>
    </message>
    <message>
        <source>No sample drawn yet. Choose the size and method, then Draw Sample.</source>
        <translation>Noch keine Stichprobe gezogen. Wählen Sie Umfang und Methode, dann „Stichprobe ziehen“.</translation>
    </message>
    <message>
        <source>%1 · seed %2 · %3 of %4 rows · drawn by %5 on %6</source>
        <translation>%1 · Startwert %2 · %3 von %4 Zeilen · gezogen von %5 am %6</translation>
    </message>
    <message>
        <source>Drawn by %1 at %2</source>
        <translation>Gezogen von %1 am %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>The sampled rows could not be read. %1</source>
        <translation>Die Zeilen der Stichprobe konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Choose a population first.</source>
        <translation>Wählen Sie zuerst eine Grundgesamtheit aus.</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to 18446744073709551615, or leave it empty for a new one.</source>
        <translation>Startwert: Geben Sie eine ganze Zahl von 0 bis 18446744073709551615 ein, oder lassen Sie das Feld für einen neuen Startwert leer.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the sample of %1 (%n items, drawn by %2) with a new one? The earlier selection stays in the audit trail.</source>
        <translation>
            <numerusform>Die Stichprobe von %1 (%n Element, gezogen von %2) durch eine neue ersetzen? Die frühere Auswahl bleibt im Prüfpfad erhalten.</numerusform>
            <numerusform>Die Stichprobe von %1 (%n Elemente, gezogen von %2) durch eine neue ersetzen? Die frühere Auswahl bleibt im Prüfpfad erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Sample</source>
        <translation>Stichprobe ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor</source>
        <translation>
            <numerusform>%n Element vom Prüfer gewählt</numerusform>
            <numerusform>%n Elemente vom Prüfer gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor (suggested: %1)</source>
        <translation>
            <numerusform>%n Element vom Prüfer gewählt (Vorschlag: %1)</numerusform>
            <numerusform>%n Elemente vom Prüfer gewählt (Vorschlag: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample was drawn. %1</source>
        <translation>Es wurde keine Stichprobe gezogen. %1</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n items from %1 with seed %2.</source>
        <translation>
            <numerusform>%n Element aus %1 mit Startwert %2 gezogen.</numerusform>
            <numerusform>%n Elemente aus %1 mit Startwert %2 gezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample was not extended. %1</source>
        <translation>Die Stichprobe wurde nicht erweitert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Extended the sample of %1 to %n items.</source>
        <translation>
            <numerusform>Stichprobe von %1 auf %n Element erweitert.</numerusform>
            <numerusform>Stichprobe von %1 auf %n Elemente erweitert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend Sample</source>
        <translation>Stichprobe erweitern</translation>
    </message>
    <message>
        <source>New sample size (now %1; the items drawn so far stay first):</source>
        <translation>Neuer Stichprobenumfang (derzeit %1; die bisher gezogenen Elemente bleiben vorn):</translation>
    </message>
    <message>
        <source>The request list was not written. %1</source>
        <translation>Die Anforderungsliste wurde nicht geschrieben. %1</translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation>Anforderungsliste in %1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 - sample request.xlsx</source>
        <comment>suggested file name</comment>
        <translation>%1 - Stichprobenanforderung.xlsx</translation>
    </message>
    <message>
        <source>Export Request</source>
        <translation>Anforderung exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>The frequency table was not saved. %1</source>
        <translation>Die Häufigkeitstabelle wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Frequency table saved.</source>
        <translation>Häufigkeitstabelle gespeichert.</translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation>Stichprobenauswahl</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Prüfungsumfang</translation>
    </message>
    <message>
        <source>What the examination covers: engagement details, subservice organizations and complementary user entity controls.</source>
        <translation>Was die Prüfung umfasst: Angaben zum Auftrag, Subdienstleister und ergänzende Kontrollen beim Nutzerunternehmen.</translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation>Angaben zum Auftrag</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>CUECs</source>
        <translation>CUECs</translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation>Mandant und System</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Dienstleistungsprüfer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Kategorien der Trust Services</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>Änderungen werden im Prüfpfad erfasst und können rückgängig gemacht werden (Bearbeiten ▸ Rückgängig).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save Details</source>
        <translation>Angaben &amp;speichern</translation>
    </message>
    <message>
        <source>Organizations whose services are part of the system. Carve-out: their controls are excluded and the controls they are expected to operate (CSOCs) are described.</source>
        <translation>Organisationen, deren Leistungen Teil des Systems sind. Carve-out-Methode: Ihre Kontrollen sind ausgenommen; die Kontrollen, die sie erwartungsgemäß durchführen (CSOCs), werden beschrieben.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOCs</translation>
    </message>
    <message>
        <source>Complementary user entity controls: what the client&apos;s customers must do for the criteria to be met. They are listed in Section III of the report.</source>
        <translation>Ergänzende Kontrollen beim Nutzerunternehmen: was die Kunden des Mandanten tun müssen, damit die Kriterien erfüllt werden. Sie werden in Abschnitt III des Berichts aufgeführt.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation>Zugehörige Kriterien</translation>
    </message>
    <message>
        <source>Subservice organizations (%1)</source>
        <translation>Subdienstleister (%1)</translation>
    </message>
    <message>
        <source>CUECs (%1)</source>
        <translation>CUECs (%1)</translation>
    </message>
    <message>
        <source>Edit engagement details</source>
        <translation>Angaben zum Auftrag bearbeiten</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Subdienstleister %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit subservice organization %1</source>
        <translation>Subdienstleister %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove Subservice Organization</source>
        <translation>Subdienstleister entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the scope of the engagement?</source>
        <translation>%1 aus dem Prüfungsumfang des Auftrags entfernen?</translation>
    </message>
    <message>
        <source>Remove subservice organization %1</source>
        <translation>Subdienstleister %1 entfernen</translation>
    </message>
    <message>
        <source>Add CUEC</source>
        <translation>CUEC hinzufügen</translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation>CUEC bearbeiten</translation>
    </message>
    <message>
        <source>Remove CUEC</source>
        <translation>CUEC entfernen</translation>
    </message>
    <message>
        <source>Remove this complementary user entity control?

%1</source>
        <translation>Diese ergänzende Kontrolle beim Nutzerunternehmen entfernen?

%1</translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation>Ergänzende Kontrollen beim Nutzerunternehmen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Stamped on every change in the audit trail and on sign-offs.</source>
        <translation>Wird bei jeder Änderung im Prüfpfad und bei Abzeichnungen vermerkt.</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>z.&#xa0;B. Dana Whitfield</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown next to tick marks and sign-offs; derived from the name unless you type them.</source>
        <translation>Wird neben Prüfzeichen und Abzeichnungen angezeigt; wird aus dem Namen abgeleitet, sofern Sie kein Kürzel eingeben.</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>A new language is applied the next time Tickmark starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Tickmark übernommen.</translation>
    </message>
    <message>
        <source>Name: enter your name as it should appear in the audit trail.</source>
        <translation>Name: Geben Sie Ihren Namen so ein, wie er im Prüfpfad erscheinen soll.</translation>
    </message>
    <message>
        <source>Evidence Import Limits</source>
        <translation>Grenzen für den Import von Prüfungsnachweisen</translation>
    </message>
    <message>
        <source>A package beyond a limit is refused whole, with the reason; nothing of it is stored.</source>
        <translation>Ein Paket, das eine Grenze überschreitet, wird mit Begründung vollständig abgelehnt; nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Checked for entries larger than 1 MiB: uncompressed size against compressed size.</source>
        <translation>Geprüft für Einträge über 1 MiB: entpackte gegenüber komprimierter Größe.</translation>
    </message>
    <message>
        <source>Uncompressed size per &amp;package:</source>
        <translation>Entpackte Größe je &amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Entries per package:</source>
        <translation>&amp;Einträge je Paket:</translation>
    </message>
    <message>
        <source>&amp;Compression ratio of an entry:</source>
        <translation>&amp;Kompressionsverhältnis eines Eintrags:</translation>
    </message>
    <message>
        <source>Appearance and Language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours of the windows; applied when you press OK.</source>
        <translation>Farben der Fenster; wird mit OK übernommen.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ShortcutsDialog</name>
    <message>
        <source>Testing grid</source>
        <translation>Testraster</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Move between items and attributes</source>
        <translation>Zwischen Elementen und Testattributen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Cycle the result (pass, deviation, not applicable)</source>
        <translation>Das Ergebnis durchschalten (ohne Beanstandung, Abweichung, nicht anwendbar)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Set pass / deviation / not applicable</source>
        <translation>Ohne Beanstandung / Abweichung / nicht anwendbar setzen</translation>
    </message>
    <message>
        <source>Edit the note of the cell</source>
        <translation>Die Anmerkung der Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Fill down from the cell above</source>
        <translation>Von der Zelle darüber nach unten ausfüllen</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>Die Prüfungsnachweise durchsuchen</translation>
    </message>
    <message>
        <source>Preview the selected file</source>
        <translation>Vorschau der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SubserviceDialog</name>
    <message>
        <source>Inclusive</source>
        <translation>Inclusive-Methode</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation>Carve-out-Methode</translation>
    </message>
    <message>
        <source>Add Subservice Organization</source>
        <translation>Subdienstleister hinzufügen</translation>
    </message>
    <message>
        <source>Edit Subservice Organization</source>
        <translation>Subdienstleister bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the organization does for the service organization</source>
        <translation>Was die Organisation für die Dienstleistungsorganisation leistet</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Leistungen:</translation>
    </message>
    <message>
        <source>Carve-out: the subservice organization&apos;s controls are excluded from the examination.
Inclusive: they are described and tested as part of the system.</source>
        <translation>Carve-out-Methode: Die Kontrollen des Subdienstleisters sind von der Prüfung ausgenommen.
Inclusive-Methode: Sie werden als Teil des Systems beschrieben und geprüft.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed in the design</source>
        <translation>Bei der Ausgestaltung vorausgesetzte ergänzende Kontrollen beim Subdienstleister</translation>
    </message>
    <message>
        <source>&amp;CSOCs:</source>
        <translation>&amp;CSOCs:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TemplateEditor</name>
    <message>
        <source>The firm&apos;s standard wording for this section. Paragraphs are separated by a blank line; a line starting with &quot;- &quot; is a bullet; **bold** and *italic* mark emphasis.</source>
        <translation>Die Standardformulierung der Prüfungsgesellschaft für diesen Abschnitt. Absätze werden durch eine Leerzeile getrennt; eine Zeile, die mit &quot;- &quot; beginnt, ist ein Aufzählungspunkt; **fett** und *kursiv* kennzeichnen Hervorhebungen.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>Click to insert at the cursor</source>
        <translation>Klicken, um an der Cursorposition einzufügen</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>The firm&apos;s wording</source>
        <translation>Formulierung der Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>Tickmark&apos;s default wording</source>
        <translation>Standardformulierung von Tickmark</translation>
    </message>
    <message>
        <source>Saved the firm&apos;s wording of “%1”.</source>
        <translation>Formulierung der Prüfungsgesellschaft für „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” uses the default wording again.</source>
        <translation>„%1“ verwendet wieder die Standardformulierung.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestDesignPanel</name>
    <message>
        <source>&lt;b&gt;Procedures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfungshandlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add procedure…</source>
        <translation>Prüfungshandlung hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attributes&lt;/b&gt; (checked on every sample item)</source>
        <translation>&lt;b&gt;Testattribute&lt;/b&gt; (bei jedem Stichprobenelement geprüft)</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>Testattribut hinzufügen…</translation>
    </message>
    <message>
        <source>⚠ Inquiry alone is not sufficient evidence: add an observation, inspection or reperformance.</source>
        <translation>⚠ Eine Befragung allein ist kein ausreichender Prüfungsnachweis: Fügen Sie eine Beobachtung, Einsichtnahme oder einen Nachvollzug hinzu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No procedures yet</source>
        <translation>Noch keine Prüfungshandlungen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No attributes yet: add one to get a grid column</source>
        <translation>Noch keine Testattribute: Fügen Sie eines hinzu, um eine Spalte im Raster zu erhalten</translation>
    </message>
    <message>
        <source>The procedure was not added. %1</source>
        <translation>Die Prüfungshandlung wurde nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Procedure added to %1.</source>
        <translation>Prüfungshandlung zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The attribute was not added. %1</source>
        <translation>Das Testattribut wurde nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Attribute %1 added to %2.</source>
        <translation>Testattribut %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Add Procedure to %1</source>
        <translation>Prüfungshandlung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>What the auditor does, e.g. inspect the approval in the change ticket</source>
        <translation>Was der Prüfer tut, z.&#xa0;B. die Genehmigung im Change-Ticket einsehen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Prüfungshandlung:</translation>
    </message>
    <message>
        <source>Add Attribute to %1</source>
        <translation>Testattribut zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>What is checked on each sample item:</source>
        <translation>Was bei jedem Stichprobenelement geprüft wird:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the chosen procedure&apos;s kind or text (F2)</source>
        <translation>Art oder Text der gewählten Prüfungshandlung ändern (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen procedure (Delete)</source>
        <translation>Gewählte Prüfungshandlung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Change what the chosen attribute checks (F2)</source>
        <translation>Ändern, was das gewählte Testattribut prüft (F2)</translation>
    </message>
    <message>
        <source>Remove the chosen attribute and its grid column (Delete)</source>
        <translation>Gewähltes Testattribut und seine Rasterspalte entfernen (Entf)</translation>
    </message>
    <message>
        <source>Edit procedure</source>
        <translation>Prüfungshandlung bearbeiten</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Prüfungshandlung entfernen</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>Testattribut bearbeiten</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Testattribut entfernen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Prüfungshandlungen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Testattribute</translation>
    </message>
    <message>
        <source>Edit Procedure %1 of %2</source>
        <translation>Prüfungshandlung %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit Attribute %1 of %2</source>
        <translation>Testattribut %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>The procedure was not changed. %1</source>
        <translation>Die Prüfungshandlung wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Procedure %1 of %2 changed.</source>
        <translation>Prüfungshandlung %1 von %2 geändert.</translation>
    </message>
    <message>
        <source>Remove Procedure</source>
        <translation>Prüfungshandlung entfernen</translation>
    </message>
    <message>
        <source>Remove procedure %1 of %2 (%3: %4)?</source>
        <translation>Prüfungshandlung %1 von %2 (%3: %4) entfernen?</translation>
    </message>
    <message>
        <source>The procedure was not removed. %1</source>
        <translation>Die Prüfungshandlung wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Procedure %1 removed from %2.</source>
        <translation>Prüfungshandlung %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>The attribute was not changed. %1</source>
        <translation>Das Testattribut wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Attribute %1 of %2 changed.</source>
        <translation>Testattribut %1 von %2 geändert.</translation>
    </message>
    <message>
        <source>The attribute was not removed. %1</source>
        <translation>Das Testattribut wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Remove attribute %1 of %2 and its grid column?</source>
        <translation>Testattribut %1 von %2 und seine Rasterspalte entfernen?</translation>
    </message>
    <message>
        <source>Attribute %1 of %2 has %3 recorded results and %4 evidence references. Removing the attribute removes them too; the control&apos;s exceptions stay. Remove it?</source>
        <translation>Das Testattribut %1 von %2 hat %3 erfasste Ergebnisse und %4 Nachweisverweise. Mit dem Testattribut werden auch diese entfernt; die Ausnahmen der Kontrolle bleiben bestehen. Entfernen?</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Testattribut entfernen</translation>
    </message>
    <message>
        <source>Attribute %1 removed from %2.</source>
        <translation>Testattribut %1 aus %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridDelegate</name>
    <message>
        <source>Note, e.g. [evidence: ticket export p. 3]</source>
        <translation>Anmerkung, z.&#xa0;B. [Nachweis: Ticket-Export S. 3]</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridView</name>
    <message numerus="yes">
        <source>Set %n cells</source>
        <translation>
            <numerusform>%n Zelle setzen</numerusform>
            <numerusform>%n Zellen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cells</source>
        <translation>
            <numerusform>%n Zelle nach unten ausfüllen</numerusform>
            <numerusform>%n Zellen nach unten ausfüllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing grid</source>
        <translation>Testraster</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Ohne Beanstandung</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Evidence references…</source>
        <translation>Nachweisverweise…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingPage</name>
    <message>
        <source>Testing</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>The grid could not be read. %1</source>
        <translation>Das Raster konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Not operated…</source>
        <translation>Nicht durchgeführt…</translation>
    </message>
    <message>
        <source>The control&apos;s event did not occur in the period</source>
        <translation>Das auslösende Ereignis der Kontrolle ist im Zeitraum nicht eingetreten</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Grundgesamtheit:</translation>
    </message>
    <message>
        <source>Edit legend…</source>
        <translation>Legende bearbeiten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Legende:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type I engagement: walk one instance of the control through and record whether its design was found implemented (a test of one).</source>
        <translation>Auftrag vom Typ I: Einen Fall der Kontrolle im Walkthrough nachvollziehen und festhalten, ob ihre Ausgestaltung als implementiert festgestellt wurde (Prüfung eines einzigen Falls).</translation>
    </message>
    <message>
        <source>Design implemented as described</source>
        <translation>Ausgestaltung wie beschrieben implementiert</translation>
    </message>
    <message>
        <source>What was walked through, e.g. change CHG-1042 [evidence: ticket p. 2]</source>
        <translation>Was nachvollzogen wurde, z.&#xa0;B. Change CHG-1042 [Nachweis: Ticket S. 2]</translation>
    </message>
    <message>
        <source>Record walkthrough</source>
        <translation>Walkthrough erfassen</translation>
    </message>
    <message>
        <source>The controls could not be evaluated. %1</source>
        <translation>Die Kontrollen konnten nicht ausgewertet werden. %1</translation>
    </message>
    <message>
        <source>No control chosen</source>
        <translation>Keine Kontrolle ausgewählt</translation>
    </message>
    <message>
        <source>Add controls on the Controls page, then choose one here to test it.</source>
        <translation>Fügen Sie auf der Seite „Kontrollen“ Kontrollen hinzu und wählen Sie dann hier eine aus, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark as operated</source>
        <translation>Als durchgeführt kennzeichnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not operated.&lt;/b&gt; The control&apos;s event did not occur in the period: %1&lt;br&gt;It is reported as not operated, not as “tested, no exceptions”.</source>
        <translation>&lt;b&gt;Nicht durchgeführt.&lt;/b&gt; Das auslösende Ereignis der Kontrolle ist im Zeitraum nicht eingetreten: %1&lt;br&gt;Sie wird als nicht durchgeführt berichtet, nicht als „geprüft, keine Abweichungen“.</translation>
    </message>
    <message>
        <source>No population is imported for %1. Import one on the Populations page, or mark the control as not operated.</source>
        <translation>Für %1 ist keine Grundgesamtheit importiert. Importieren Sie eine auf der Seite „Grundgesamtheiten“ oder kennzeichnen Sie die Kontrolle als nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Population %1 is empty: the control did not operate in the period.</source>
        <translation>Die Grundgesamtheit %1 ist leer: Die Kontrolle wurde im Zeitraum nicht durchgeführt.</translation>
    </message>
    <message>
        <source>No sample is drawn from %1 yet. Draw one on the Sampling page.</source>
        <translation>Aus %1 wurde noch keine Stichprobe gezogen. Ziehen Sie eine auf der Seite „Stichproben“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 von %n Element erledigt</numerusform>
            <numerusform>%1 von %n Elementen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by %1 on %2: %3</source>
        <translation>Erfasst von %1 am %2: %3</translation>
    </message>
    <message>
        <source>design implemented</source>
        <translation>Ausgestaltung implementiert</translation>
    </message>
    <message>
        <source>design NOT implemented</source>
        <translation>Ausgestaltung NICHT implementiert</translation>
    </message>
    <message>
        <source>No walkthrough recorded yet.</source>
        <translation>Noch kein Walkthrough erfasst.</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 was not recorded. %3</source>
        <translation>Element %1, Testattribut %2 wurde nicht erfasst. %3</translation>
    </message>
    <message>
        <source>The walkthrough was not recorded. %1</source>
        <translation>Der Walkthrough wurde nicht erfasst. %1</translation>
    </message>
    <message>
        <source>Walkthrough of %1 recorded.</source>
        <translation>Walkthrough von %1 erfasst.</translation>
    </message>
    <message>
        <source>Control Not Operated</source>
        <translation>Kontrolle nicht durchgeführt</translation>
    </message>
    <message>
        <source>Why did %1 not operate in the period (e.g. no changes were made)?</source>
        <translation>Warum wurde %1 im Zeitraum nicht durchgeführt (z.&#xa0;B. es gab keine Änderungen)?</translation>
    </message>
    <message>
        <source>Test each control&apos;s sample attribute by attribute. Keys: P pass, D deviation, N not applicable, Space cycles, Delete clears, Enter edits the note, Ctrl+D fills down, Ctrl+E evidence references.</source>
        <translation>Prüfen Sie die Stichprobe jeder Kontrolle Testattribut für Testattribut. Tasten: P ohne Beanstandung, D Abweichung, N nicht anwendbar, Leertaste wechselt durch, Entf leert, Eingabe bearbeitet die Notiz, Strg+D füllt nach unten aus, Strg+E Nachweisverweise.</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Zu prüfende Kontrollen</translation>
    </message>
    <message>
        <source>Walkthrough note</source>
        <translation>Notiz zum Walkthrough</translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation>Nachweiselement %1</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1, S. %2</translation>
    </message>
    <message>
        <source>The evidence reference was not added. %1</source>
        <translation>Der Nachweisverweis wurde nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 now refers to %3.</source>
        <translation>Element %1, Testattribut %2 verweist jetzt auf %3.</translation>
    </message>
    <message>
        <source>The evidence reference was not removed. %1</source>
        <translation>Der Nachweisverweis wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 has no result yet. Record pass, deviation or N/A first, then refer to the evidence it rests on.</source>
        <translation>Element %1, Testattribut %2 hat noch kein Ergebnis. Erfassen Sie zuerst „ohne Beanstandung“, „Abweichung“ oder „N/A“ und verweisen Sie dann auf die zugrunde liegenden Prüfungsnachweise.</translation>
    </message>
    <message>
        <source>Item %1 (row %2), attribute %3</source>
        <translation>Element %1 (Zeile %2), Testattribut %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TickmarkLegendDialog</name>
    <message>
        <source>Tickmark Legend</source>
        <translation>Legende der Prüfzeichen</translation>
    </message>
    <message>
        <source>The firm&apos;s tickmarks, shown in the testing grid and under it.</source>
        <translation>Die Prüfzeichen der Prüfungsgesellschaft, angezeigt im Testraster und darunter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbol&lt;/b&gt;</source>
        <translation>&lt;b&gt;Symbol&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meaning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bedeutung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Ohne Beanstandung</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::WelcomePage</name>
    <message>
        <source>Tickmark</source>
        <translation>Tickmark</translation>
    </message>
    <message>
        <source>Plan, test and document SOC 2 examinations. One engagement is one .tickmark file; every change is recorded in a tamper-evident audit trail.</source>
        <translation>SOC-2-Prüfungen planen, durchführen und dokumentieren. Ein Auftrag ist eine .tickmark-Datei; jede Änderung wird in einem Prüfpfad erfasst, der Manipulationen erkennen lässt.</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation>&amp;Beispielauftrag öffnen</translation>
    </message>
    <message>
        <source>A fictional SaaS company&apos;s Type II engagement, to look around without risk</source>
        <translation>Der Typ-II-Auftrag eines fiktiven SaaS-Unternehmens, zum risikolosen Ausprobieren</translation>
    </message>
    <message>
        <source>Recent workpapers</source>
        <translation>Zuletzt verwendete Arbeitspapiere</translation>
    </message>
    <message>
        <source>No recent workpapers yet. Start a new engagement, or open the sample engagement (a fictional SaaS company&apos;s Type II examination) to look around.</source>
        <translation>Noch keine zuletzt verwendeten Arbeitspapiere. Beginnen Sie einen neuen Auftrag, oder öffnen Sie zum Ausprobieren den Beispielauftrag (die Typ-II-Prüfung eines fiktiven SaaS-Unternehmens).</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>“%1” is not a Tickmark workpaper.</source>
        <translation>„%1“ ist kein Tickmark-Arbeitspapier.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n dropped files is a Tickmark workpaper.</source>
        <translation>
            <numerusform>Die abgelegte Datei ist kein Tickmark-Arbeitspapier.</numerusform>
            <numerusform>Keine der %n abgelegten Dateien ist ein Tickmark-Arbeitspapier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a .tickmark file here to open it. Evidence, control matrices and populations are imported once an engagement is open: open or create one first.</source>
        <translation>Legen Sie hier eine .tickmark-Datei ab, um sie zu öffnen. Nachweise, Kontrollmatrizen und Grundgesamtheiten werden erst bei geöffnetem Auftrag importiert: Öffnen oder erstellen Sie zuerst einen Auftrag.</translation>
    </message>
    <message>
        <source>Or drop a .tickmark workpaper anywhere on this window to open it.</source>
        <translation>Oder legen Sie ein .tickmark-Arbeitspapier irgendwo in diesem Fenster ab, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Release to open %1</source>
        <translation>Loslassen, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>Only .tickmark workpapers can be opened here.</source>
        <translation>Hier lassen sich nur .tickmark-Arbeitspapiere öffnen.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::Workspace</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Prüfungsumfang</translation>
    </message>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation>Kriterien &amp; Abdeckung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Grundgesamtheiten</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prüfungsnachweise</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Criteria Results</source>
        <translation>Ergebnisse je Kriterium</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>TickmarkLegend</name>
    <message>
        <source>Agreed without exception</source>
        <translation>Ohne Abweichung abgestimmt</translation>
    </message>
    <message>
        <source>Deviation noted</source>
        <translation>Abweichung festgestellt</translation>
    </message>
    <message>
        <source>Not applicable to this item</source>
        <translation>Für dieses Element nicht anwendbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: malformed XML in %2 at line %3 (%4)</source>
        <translation>%1: fehlerhaftes XML in %2 in Zeile %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (%2 is not a workbook part)</source>
        <translation>%1 ist keine XLSX-Arbeitsmappe (%2 ist kein Teil einer Arbeitsmappe)</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s 1,048,576 rows</source>
        <translation>%1: Zeilennummer „%2“ im Blatt „%3“ ist fehlerhaft oder liegt jenseits der 1.048.576 Zeilen von Excel</translation>
    </message>
    <message>
        <source>%1: cell reference &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s grid</source>
        <translation>%1: Zellbezug „%2“ im Blatt „%3“ ist fehlerhaft oder liegt außerhalb des Excel-Rasters</translation>
    </message>
    <message>
        <source>%1: cell %2 in sheet &quot;%3&quot; refers to shared string %4, but the workbook has %5</source>
        <translation>%1: Zelle %2 im Blatt „%3“ verweist auf die gemeinsame Zeichenfolge %4, die Arbeitsmappe hat aber nur %5</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is an encrypted (password-protected) workbook; save an unprotected copy and import that</source>
        <translation>%1 ist eine verschlüsselte (kennwortgeschützte) Arbeitsmappe; speichern Sie eine ungeschützte Kopie und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook; save it as .xlsx and import that</source>
        <translation>%1 ist eine Excel-97-2003-Arbeitsmappe (.xls) oder eine andere OLE-Datei, keine XLSX-Arbeitsmappe; speichern Sie sie als .xlsx und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive)</source>
        <translation>%1 ist keine XLSX-Arbeitsmappe (kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no [Content_Types].xml)</source>
        <translation>%1 ist keine XLSX-Arbeitsmappe (keine [Content_Types].xml vorhanden)</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb); save it as .xlsx and import that</source>
        <translation>%1 ist eine binäre Excel-Arbeitsmappe (.xlsb); speichern Sie sie als .xlsx und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no %2)</source>
        <translation>%1 ist keine XLSX-Arbeitsmappe (%2 fehlt)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook&apos;s relationships part %2 is missing</source>
        <translation>%1 ist beschädigt: Der Beziehungsteil %2 der Arbeitsmappe fehlt</translation>
    </message>
    <message>
        <source>%1 has no worksheets</source>
        <translation>%1 enthält keine Arbeitsblätter</translation>
    </message>
    <message>
        <source>%1 has no worksheet named &quot;%2&quot;; its worksheets are %3</source>
        <translation>%1 enthält kein Arbeitsblatt namens „%2“; vorhandene Arbeitsblätter: %3</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>die Arbeitsmappe</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the zip archive cannot be read (%1)</source>
        <translation>das ZIP-Archiv kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>Eintrag %1 ist verschlüsselt</translation>
    </message>
    <message>
        <source>entry %1 declares more than %2 MB uncompressed</source>
        <translation>Eintrag %1 gibt unkomprimiert mehr als %2 MB an</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>Eintrag %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>entry %1 is larger than %2 MB uncompressed</source>
        <translation>Eintrag %1 ist unkomprimiert größer als %2 MB</translation>
    </message>
    <message>
        <source>the entries read expand to more than %1 MB in total</source>
        <translation>die gelesenen Einträge ergeben entpackt insgesamt mehr als %1 MB</translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times the size of the archive (a zip bomb?)</source>
        <translation>Eintrag %1 ist entpackt mehr als %2-mal so groß wie das Archiv (eine ZIP-Bombe?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tickmark: a workbench for SOC 2 examinations.</source>
        <translation>Tickmark: eine Arbeitsumgebung für SOC-2-Prüfungen.</translation>
    </message>
    <message>
        <source>Open the sample engagement (built on first use).</source>
        <translation>Den Beispielauftrag öffnen (wird bei der ersten Verwendung erstellt).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;path&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters unter &lt;Pfad&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A workpaper (.tickmark) to open.</source>
        <translation>Ein zu öffnendes Arbeitspapier (.tickmark).</translation>
    </message>
    <message>
        <source>Show &lt;name&gt; first, one of: %1.</source>
        <translation>Zuerst &lt;Name&gt; anzeigen, eines von: %1.</translation>
    </message>
</context>
</TS>
