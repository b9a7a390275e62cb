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
    <name>FileChooser</name>
    <message>
        <source>Tickmark workpapers (*.tickmark);;All files (*)</source>
        <translation>Tickmark-Arbeitspapiere (*.tickmark);;Alle Dateien (*)</translation>
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
        <source>The control matrix (.csv) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
        <translation>Die Kontrollmatrix (.csv) mit Kopfzeile: control id, description, criteria und optional frequency, type, owner, key.</translation>
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
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged.
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;}</source>
        <translation>Spaltenköpfe werden unabhängig von Groß-/Kleinschreibung erkannt; unbekannte werden als Warnung auf stderr gemeldet.
Kriterien sind durch &quot;;&quot; oder &quot;,&quot; getrennte IDs. Eine ungültige Zeile (in der Fehlermeldung genannt) oder eine
bereits vorhandene ID lässt den gesamten Import scheitern; das Arbeitspapier bleibt unverändert.
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;}</translation>
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
        <source>The population to show (required).</source>
        <translation>Die anzuzeigende Grundgesamtheit (erforderlich).</translation>
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
        <source>test design: give either --procedure KIND or --attribute [LETTER], with --text</source>
        <translation>test design: geben Sie entweder --procedure ART oder --attribute [BUCHSTABE] an, jeweils mit --text</translation>
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
        <source>Add a test procedure or a test attribute to a control</source>
        <translation>Einer Kontrolle eine Prüfungshandlung oder ein Testattribut hinzufügen</translation>
    </message>
    <message>
        <source>Give either --procedure KIND or --attribute [LETTER], each with --text. A control tested by
inquiry alone draws a warning: inquiry alone is not sufficient evidence.</source>
        <translation>Geben Sie entweder --procedure ART oder --attribute [BUCHSTABE] an, jeweils mit --text. Eine Kontrolle, die
nur durch Befragung geprüft wird, löst eine Warnung aus: Befragung allein ist kein ausreichender Prüfungsnachweis.</translation>
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
        <source>The population whose sample is tested, when the control has several.</source>
        <translation>Die Grundgesamtheit, deren Stichprobe geprüft wird, wenn die Kontrolle mehrere hat.</translation>
    </message>
    <message>
        <source>Record the result of an attribute on a sample item</source>
        <translation>Das Ergebnis eines Testattributs für ein Stichprobenelement erfassen</translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute.</source>
        <translation>N ist eine Zeile der Stichprobe der Kontrolle; eine nicht ausgewählte Zeile oder ein nicht definiertes Testattribut ist ein Fehler.
Erneutes Erfassen ersetzt das frühere Ergebnis dieses Elements und Testattributs.</translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation>Die Prüfungshandlungen, Testattribute und erfassten Ergebnisse einer Kontrolle anzeigen</translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}]}</source>
        <translation>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}]}</translation>
    </message>
    <message>
        <source>The record holding the column names, from 1; the records above it are skipped (default: 1).</source>
        <translation>Der Datensatz mit den Spaltennamen, ab 1; die Datensätze darüber werden übersprungen (Standard: 1).</translation>
    </message>
    <message>
        <source>%1: skipped %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported package &quot;%1&quot; (%2); files: %3; bytes: %4; skipped: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence export: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1/%2 does not match its SHA-256 %3 (stored bytes hash to %4); mismatched items: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence intact; items verified: %2; bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive (zip, tar, 7z), a single file or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBC request the package answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an evidence package into the workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped entries (links, devices, unsafe paths) are listed as warnings.
JSON: {&quot;package&quot;, &quot;sha256&quot;, &quot;format&quot;, &quot;request&quot;, &quot;files&quot;, &quot;bytes&quot;,
&quot;skipped&quot;: [{&quot;path&quot;, &quot;reason&quot;}], &quot;items&quot;: [{&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}], by package and path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a stored item&apos;s bytes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are re-hashed on the way; the file appears only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash every stored item; non-zero exit on a mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;ok&quot;, &quot;items&quot;, &quot;blobs&quot;, &quot;bytes&quot;, &quot;mismatches&quot;: [{&quot;package&quot;, &quot;path&quot;, &quot;expected&quot;,
&quot;actual&quot;, &quot;expected_size&quot;, &quot;actual_size&quot;}]}</source>
        <translation type="unfinished"></translation>
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
        <source>control %1 has several populations (%2); name the one whose sample is tested</source>
        <translation>die Kontrolle %1 hat mehrere Grundgesamtheiten (%2); nennen Sie diejenige, deren Stichprobe geprüft wird</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>die Grundgesamtheit „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>control %1 has no population with a sample: population &quot;%2&quot; has no sample; draw one first</source>
        <translation>die Kontrolle %1 hat keine Grundgesamtheit mit Stichprobe: die Grundgesamtheit „%2“ hat keine Stichprobe; ziehen Sie zuerst eine</translation>
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
</context>
<context>
    <name>Tickmark::Ui::AddControlCommand</name>
    <message>
        <source>Add control %1</source>
        <translation>Kontrolle %1 hinzufügen</translation>
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
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
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
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
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
    <name>Tickmark::Ui::EditControlCommand</name>
    <message>
        <source>Edit control %1</source>
        <translation>Kontrolle %1 bearbeiten</translation>
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
</context>
<context>
    <name>Tickmark::Ui::ImportControlsCommand</name>
    <message>
        <source>Import controls from %1</source>
        <translation>Kontrollen aus %1 importieren</translation>
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
        <source>About Tickmark</source>
        <translation>Über Tickmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tickmark %1&lt;/h3&gt;&lt;p&gt;A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, review and the report, in one workpaper file with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickmark %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für SOC-2-Prüfungen: Prüfungsumfang, Kontrollen, Nachweise, Stichproben, Funktionsprüfungen, Durchsicht und Bericht in einer einzigen Arbeitspapierdatei mit einem Prüfpfad, der Manipulationen erkennen lässt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
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
        <source>Language</source>
        <translation>Sprache</translation>
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
        <source>Show &lt;name&gt; first: overview, scope, coverage or controls.</source>
        <translation>Zuerst &lt;Name&gt; anzeigen: overview, scope, coverage oder controls.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A workpaper (.tickmark) to open.</source>
        <translation>Ein zu öffnendes Arbeitspapier (.tickmark).</translation>
    </message>
</context>
</TS>
