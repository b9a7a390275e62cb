<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ControlCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: unexpected text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: quote character inside a field that is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV delimiter cannot be a quote or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceReferenceCommand</name>
    <message>
        <source>Refer item %1, attribute %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reference to %3 from item %1, attribute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Tickmark workpapers (*.tickmark);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCellCommand</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set item %1, attribute %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear item %1, attribute %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleSizePanel</name>
    <message>
        <source>A percentage such as 5% or 2.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of overreliance: 5% or 10% as in the AICPA tables, or any other percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Cli</name>
    <message>
        <source>the identity/role setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use preparer, reviewer or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user; use &quot;Name (INITIALS)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity/name setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user, &quot;Name (INITIALS)&quot; (default: TICKMARK_USER, then the settings of the Tickmark app, then the system user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting role: preparer, reviewer or partner (default: TICKMARK_ROLE, then settings, then preparer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .tickmark workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acting user: pass --user &quot;Name (INITIALS)&quot; or set TICKMARK_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria in scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot; was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2; controls added: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria without a control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria with controls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria in scope: %1; without a control: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the in-scope trust services criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;category&quot;, &quot;title&quot;}] in catalog order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a client&apos;s control matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the engagement&apos;s controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;description&quot;, &quot;criteria&quot;, &quot;frequency&quot;, &quot;type&quot;, &quot;owner&quot;, &quot;key&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each in-scope criterion with its controls, uncovered ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;criterion&quot;, &quot;category&quot;, &quot;title&quot;, &quot;controls&quot;}]; criteria without a control come first,
then the rest, each group in catalog order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [options]
Runs Tickmark&apos;s operations on .tickmark workpapers without the GUI.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUB-COMMAND [ARGUMENTS] [options]

Sub-commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;%1 %2 SUB-COMMAND --help&quot; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing %2 argument; usage: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing sub-command; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; run &quot;%2 --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; run &quot;%1 --help&quot; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --%1 does not apply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a report type; use 1 (Type I) or 2 (Type II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--categories: unknown category &quot;%1&quot;; use security, availability, processing-integrity, confidentiality or privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Type I report is as of one date (--as-of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Type II report covers a period (--from, --to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 Type I as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 Type II, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --sample cannot be combined with --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the sample engagement; controls: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 for %3 (%4); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s name as the report states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type: 1 (Type I) or 2 (Type II).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1|2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I: the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II: the first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II: the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated categories in scope besides security: availability, processing-integrity, confidentiality, privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service auditor&apos;s firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City printed with the firm&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the bundled fictional sample engagement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workpaper to create; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workpaper for a new engagement (or the sample one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I:  new FILE --client NAME --system NAME --type 1 --as-of DATE
Type II: new FILE --client NAME --system NAME --type 2 --from DATE --to DATE
Sample:  new FILE --sample
Dates are ISO 8601 (2026-01-31). Security is always in scope. A Type II period shorter than 3
or longer than 12 months is allowed with a warning on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the engagement and what the workpaper holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;client&quot;, &quot;system&quot;, &quot;type&quot;, &quot;as_of&quot; | &quot;from&quot;, &quot;to&quot;, &quot;categories&quot;,
&quot;schema_version&quot;, &quot;controls&quot;, &quot;evidence_items&quot;, &quot;populations&quot;, &quot;exceptions&quot;, &quot;issued&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audit trail intact; events verified: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits with status 1 and &quot;error: audit trail broken at event N: ...&quot; when an event was altered,
removed or unlinked. JSON: {&quot;ok&quot;, &quot;events&quot;, &quot;first_broken&quot; (null when ok), &quot;problem&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on objects starting with REF, e.g. control: or control:CTL-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the audit trail&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;seq&quot;, &quot;at&quot;, &quot;user&quot;, &quot;initials&quot;, &quot;role&quot;, &quot;object&quot;, &quot;action&quot;, &quot;summary&quot;}];
&quot;summary&quot; is the before/after summary as stored (compact JSON text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of %3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not a delimiter; give one ASCII character other than a quote, such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet applies only to an .xlsx file; %1 is read as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter applies only to a CSV file; %1 is a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blank rows skipped (not stored, not numbered): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as population &quot;%2&quot; of control %3; rows: %4; columns: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows: %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no population named &quot;%2&quot;; see &quot;population list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows; the population has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has %2 rows; --from %3 is past the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control the population belongs to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population&apos;s name, unique in the engagement (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX only: the worksheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV only: the field delimiter, one character or &quot;tab&quot; (default: detected among , ; tab |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s population file (.csv or .xlsx) with a header row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a control&apos;s population (the occurrences in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first record is the header; its names must be non-empty and unique. Data rows are numbered
from 1 in file order; entirely blank rows are skipped (a warning says how many); a row with more
fields than the header is an error naming the row. A file that is not UTF-8 is read as
Windows-1252 with a warning. Any error leaves the workpaper unchanged.
JSON: {&quot;name&quot;, &quot;control&quot;, &quot;source&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;skipped_blank_rows&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the engagement&apos;s populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;name&quot;, &quot;control&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;source&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;imported_at&quot;, &quot;imported_by&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row to show, from 1 (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows to show (default: %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows of a population with their row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;name&quot;, &quot;columns&quot;, &quot;total_rows&quot;, &quot;rows&quot;: [{&quot;row&quot;, &quot;values&quot;: {column: value}}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample of %1 items or fewer supports reliance at %2 risk, %3 tolerable, %4 expected (the AICPA tables print &quot;*&quot;); raise the tolerable rate or lower the expected rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size %1 (1 expected deviation) at %2 risk, %3 tolerable, %4 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size %1 (%2 expected deviations) at %3 risk, %4 tolerable, %5 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--risk-level: &quot;%1&quot; is not a risk level; use lower or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frequency: unknown frequency &quot;%1&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample size: --%1 does not apply with --frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample size: --%1 applies only with --frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample size: give --risk, --tolerable and --expected, or --frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 (%3); upper deviation limit: %4 at %5 risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a seed; use a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a selection method; use random or systematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample of population &quot;%1&quot;: %2 selection of %3 of %4 rows, seed %5; drawn %6 by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample yet; draw one with &quot;sample draw&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample export: %1 does not end in .xlsx; the request list is an XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the request list for the sample of population &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical: risk of overreliance, e.g. 0.05 or 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical: tolerable deviation rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical: expected deviation rate, below the tolerable rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: the table column, lower or higher (default: higher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: an automated control (a test of one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: the population&apos;s size; a smaller population is tested whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: the period in months (default: the --file engagement&apos;s Type II period, else a full year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency-based: take the firm table and the period from this workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items tested (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations found (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of overreliance, e.g. 0.05 or 5% (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerable deviation rate; without it no conclusion on reliance is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to select (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to 2^64 - 1 (default: a new random seed, reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (default) or systematic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the size was chosen, in words, kept with the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a sample size, statistical or frequency-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical: sample size --risk R --tolerable T --expected E (rates as 0.05 or 5%)
  JSON: {&quot;method&quot;: &quot;statistical&quot;, &quot;size&quot;, &quot;expected_deviations&quot;, &quot;too_large&quot;, &quot;risk&quot;,
  &quot;tolerable&quot;, &quot;expected&quot;}; too_large is true when no sample of 2,000 or fewer suffices.
Frequency-based: sample size --frequency F [--risk-level lower|higher] [--automated]
  [--population N] [--period-months M] [--file FILE]
  JSON: {&quot;method&quot;: &quot;frequency&quot;, &quot;size&quot;, &quot;explanation&quot;, &quot;frequency&quot;, &quot;risk_level&quot;,
  &quot;automated&quot;, &quot;population&quot;, &quot;period_months&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a tested sample: upper deviation limit and conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper deviation limit is the exact one-sided binomial bound, rounded up to 0.1%.
JSON: {&quot;sample_size&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;, &quot;upper_deviation_limit&quot;, &quot;risk&quot;,
&quot;tolerable_rate&quot;, &quot;supports_reliance&quot;, &quot;conclusion&quot;}; rates are fractions (0.077 for 7.7%);
tolerable_rate and supports_reliance are null without --tolerable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a population&apos;s sample and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces an earlier sample of the population. Without --seed a seed is chosen and reported
(on stderr as &quot;note: seed S chosen&quot; unless --json).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new, larger size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend a random sample; its first items stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues the same generator stream from the stored seed. A systematic sample cannot be extended.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a population&apos;s stored sample with the values of its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a population&apos;s sample as a request list for the client (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per item (item number, population row, the population&apos;s columns) and empty columns
for the client: evidence reference, provided by, date provided, comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: inquiry alone is not sufficient evidence; add an observation, inspection or reperformance procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--procedure: &quot;%1&quot; is not a procedure; use inquiry, observation, inspection or reperformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a procedure (%1) to control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added attribute %1 to control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--result: &quot;%1&quot; is not a result; use pass, deviation or na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 for attribute %2 on row %3 of control %4&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 row %2, attribute %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control&apos;s ID (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a procedure: inquiry, observation, inspection or reperformance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test attribute named LETTER (default: the next free letter from A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[LETTER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the procedure does or the attribute checks (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population row, one of the sample&apos;s (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass, deviation or na (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result of an attribute on a sample item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record holding the column names, from 1; the records above it are skipped (default: 1).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>(out of period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text was not indexed for search: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence link: give --sha256 HASH (or --path PACKAGE/PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence link: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 from control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;, &quot;effective_date&quot;,
&quot;out_of_period&quot;, &quot;controls&quot;, &quot;request&quot;}], by package and path. effective_date and request are null
when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find (all must occur); FTS5 syntax: &quot;exact phrase&quot;,
OR, NOT, prefix*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search of the evidence (text, CSV, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes any evidence not indexed yet first. Hits come best first; the matched words are wrapped in
[ and ]. JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;page&quot;, &quot;snippet&quot;}] (page 0 for text files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control to link to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (every item with that content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item, as PACKAGE/PATH (instead of or with --sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACKAGE/PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence to a control (or unlink it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the audit trail on evidence:SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 on control %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Deviations: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Management response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Assessment: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assessment: &quot;%1&quot; is not an assessment; use isolated, systematic or unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--criterion-met: &quot;%1&quot; is not yes, no or unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a kind; use design, description or operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised exception %1 on control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this control&apos;s exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exceptions, with live deviation counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;control&quot;, &quot;kind&quot;, &quot;criteria&quot;: [], &quot;description&quot;, &quot;cause&quot;, &quot;deviations&quot;,
&quot;sample_size&quot;, &quot;management_response&quot;, &quot;assessment&quot;, &quot;criterion_met&quot;: bool or null,
&quot;reasoning&quot;, &quot;raised_at&quot;, &quot;raised_by&quot;}]. A recorded deviation creates or joins the control&apos;s
operating exception; &quot;deviations&quot; of &quot;sample_size&quot; are counted from the results as they stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception&apos;s id (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause of the deviations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected criteria, comma-separated (e.g. CC7.1,CC8.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated, systematic or unassessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the criteria are still met: yes, no or unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasoning for the assessment and conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an exception&apos;s description, cause, response, criteria, assessment or conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criterion ids are an error naming the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design (default), description or operating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an exception by hand (a design or description matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;id&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter (default: the workpaper&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the evidence index: every item linked to a control, with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --paper must be a4 or letter, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 pages, %4 opinion, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 opinion, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report opinion: --mode must be proposed, adverse or disclaimer, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reference archive (default: the workpaper&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file to write: .pdf, .odt or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SOC 2 report to PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format follows OUT&apos;s suffix. Every page is marked DRAFT until the report is issued.
JSON: {&quot;path&quot;, &quot;format&quot;, &quot;pages&quot; (PDF; else null), &quot;draft&quot;, &quot;opinion&quot;, &quot;criteria_not_met&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the report and lock the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused while review notes are open or sign-offs are missing or stale, and for the preparer role.
Writes the reference archive (a zip with the final PDF, a copy of the workpaper and manifest.json
with the SHA-256 of every file) and prints its path, then locks the engagement.
JSON: {&quot;archive&quot;, &quot;archive_sha256&quot;, &quot;pdf_sha256&quot;, &quot;pages&quot;, &quot;opinion&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed (from the criteria results), adverse or disclaimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse or disclaimer: the reason, stated in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or choose the report&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --mode, prints the opinion the report would carry now.
JSON: {&quot;opinion&quot;, &quot;criteria_not_met&quot;, &quot;reason&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request add: --due &quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request status: --status &quot;%1&quot; is not one of open, received, accepted, rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client is asked to provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s reference (default: the next R-NNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A related control (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s person responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request to the PBC (provided by client) list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the new request&apos;s reference. JSON: {&quot;ref&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the requests with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;ref&quot;, &quot;description&quot;, &quot;controls&quot;, &quot;owner&quot;, &quot;due&quot;, &quot;status&quot;, &quot;overdue&quot;,
&quot;packages&quot;, &quot;history&quot;: [{&quot;status&quot;, &quot;note&quot;, &quot;by&quot;, &quot;at&quot;}]}], by ref. A request is overdue
when it is still open after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, received, accepted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the request&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a request&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing evidence with --request moves an open request to received by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the request list to send to the client (.xlsx or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: Ref, Description, Controls, Owner, Due, Status, Overdue, Evidence received, Client comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cleared by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened review note %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to review note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared review note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing sign-offs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale sign-offs (changed since signed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2) by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review complete: the engagement can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened the engagement; the report is no longer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review note&apos;s id (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF names an object: control:ID, exception:ID, population:NAME, evidence:SHA256 or
section:NAME (scope, controls, evidence, samples, exceptions, report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object the note is about (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a review note on an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply by someone other than the note&apos;s author marks the note answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a review note (reviewer or partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object to sign off (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off an object as the acting user and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preparer signs as preparer, a reviewer or partner as reviewer; one person cannot hold both
sign-offs of an object. A sign-off goes stale when the object changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the notes on this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List review notes with their threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;object&quot;, &quot;status&quot;, &quot;text&quot;, &quot;by&quot;, &quot;at&quot;, &quot;thread&quot;: [{&quot;text&quot;, &quot;by&quot;, &quot;at&quot;}]}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what stands between the workpaper and an issued report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;open_notes&quot;: [note], &quot;missing_signoffs&quot;: [&quot;control:CTL-01 (reviewer)&quot;],
&quot;stale_signoffs&quot;: [{&quot;object&quot;, &quot;role&quot;, &quot;by&quot;, &quot;at&quot;, &quot;hash&quot;, &quot;stale&quot;}], &quot;clean&quot;, &quot;issued&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the issued engagement is reopened (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an issued (locked) engagement (reviewer or partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not operated: the control&apos;s event did not occur in the period (not tested, no exceptions noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating effectively: tested, no deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviations noted, upper deviation limit within the tolerable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not operating effectively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sample: %1 items, %2 done, %3 with deviations (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Upper deviation limit: %1 at %2 risk of overreliance; tolerable rate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tolerable rate %1 at %2 risk of overreliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Exceptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Conclusion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design not implemented; a design exception is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test not-operated: give either --reason TEXT or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is no longer marked as not operated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is marked as not operated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a control&apos;s test: deviations, upper deviation limit and conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;control&quot;, &quot;sample_size&quot;, &quot;items_done&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;,
&quot;upper_deviation_limit&quot; (null before results), &quot;tolerable_rate&quot;, &quot;risk&quot;, &quot;exceptions&quot;,
&quot;conclusion&quot;}; conclusion is not-tested, in-progress, not-operated, effective,
deviations-within-tolerable or not-effective. Rates are fractions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the design was found implemented: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed (required for no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Type I walkthrough (a test of one) of a control&apos;s design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design found not implemented raises the control&apos;s design exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the control&apos;s event did not occur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a control as not operated in the period (its event did not occur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A not-operated control is reported differently from one tested without exceptions. A population
with 0 rows is treated the same way automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the package only; its text is indexed for search later, by &quot;evidence search&quot; or the app (for large text files that takes longer than the import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed procedure %1 of control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed procedure %1 of control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed attribute %1 of control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--with-results removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed attribute %1 of control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test design: give one of --procedure KIND, --attribute [LETTER] (each with --text), --update-procedure N, --remove-procedure N, --update-attribute A or --remove-attribute A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change procedure N (1-based, as test list shows them): --text, and --procedure to change its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove procedure N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text of attribute A (--text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --remove-attribute: also remove the results and evidence references recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove a control&apos;s test procedures and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --procedure KIND or --attribute [LETTER] (to add, with --text), --update-procedure N,
--remove-procedure N, --update-attribute A or --remove-attribute A. An attribute with recorded
results is removed only with --with-results. A control tested by inquiry alone draws a warning:
inquiry alone is not sufficient evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the result to an evidence item: its SHA-256 or PACKAGE/PATH, optionally with :PAGE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF[:PAGE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute; its evidence references
stay, and --evidence adds to them (an unknown item or a page beyond a PDF&apos;s end records nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}], &quot;evidence_references&quot;: [as test evidence --json]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2, attribute %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence &quot;%1&quot;: the page must be a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence reference is empty; give SHA256 or PACKAGE/PATH, optionally with :PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; does not exist; give an item&apos;s SHA-256 or PACKAGE/PATH as `evidence list` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is held by several items (%2); name one as PACKAGE/PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population row of the result (with --attribute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (with --row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a reference (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the references added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove the evidence references of test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --add or --remove, lists the references of the control (or of one result with --row and
--attribute). --add and --remove change one result&apos;s references in one action; the result must be
recorded first. A page beyond a PDF&apos;s known page count is an error.
JSON: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;evidence_id&quot;, &quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;,
&quot;media_type&quot;, &quot;page&quot; (null: the whole document), &quot;label&quot;, &quot;added_at&quot;, &quot;added_by&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control %2 maps to %3, which is not in the engagement&apos;s scope; coverage, results and the report leave that mapping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control matrix (.csv or .xlsx) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged. A mapping to a criterion
outside the engagement&apos;s categories is kept and reported as a warning (and in &quot;out_of_scope&quot;).
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;, &quot;out_of_scope&quot;: [{&quot;control&quot;, &quot;criterion&quot;}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --description, --cause, --response, --criteria, --assessment, --criterion-met or --reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a rate between 0 and 1 (e.g. 0.05 or 5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the control&apos;s tolerable rate first (e.g. 0.05 or 5%; default 5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the control&apos;s risk of overreliance first (e.g. 0.10 or 10%; default 10%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population to show (required; --population, as in the sample commands, works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data rows: control %2 is concluded as not operated in the period (its event did not occur) until a sample is drawn from another population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population whose sample is tested, when the control has several with a sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core</name>
    <message>
        <source>event %1 is missing (the next stored event is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not link to event %2 (previous hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2 %3) was altered: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control id: &quot;%1&quot; has leading or trailing spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control matrix is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: control id %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control matrix has a header but no controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: the service organization&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system: the system name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: Security is always in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of date: a Type I report needs a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period start: a Type II report needs a valid start date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period end: a Type II report needs a valid end date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period end: %1 is not after the start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Type II period is shorter than 3 months; users of the report may not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Type II period is longer than 12 months; reports usually cover at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subservice organization name: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subservice organization services: describe what %1 provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUEC text: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper deviation limit is %1 at a %2 risk of overreliance; without a tolerable rate no conclusion on reliance is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 does not exceed the tolerable rate of %2; the sample supports the planned reliance on the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 exceeds the tolerable rate of %2; the sample does not support the planned reliance on the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample size %1: must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviations %1: must be between 0 and the sample size of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk of overreliance %1: must be above 0% and below 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerable deviation rate %1: must be above 0% and below 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control operating multiple times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc control (population-based, sized like a daily control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period of 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period of %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2: %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2, so %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3, raised to the minimum of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency table, %1: must be an object with lower and higher sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency table, %1.%2: must be a whole number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency table, %1: the lower-risk size %2 exceeds the higher-risk size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated control: 1, a test of one instance (its consistent operation rests on effective IT general controls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 risk: %3 from the firm table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population is empty: nothing to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population of %1 is smaller, so all %1 are tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: not a number; write a fraction such as 0.05 or a percentage such as 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected deviation rate %1: must be below the tolerable rate of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population size %1: must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample size %1: exceeds the population of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a Tickmark workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tickmark workpaper (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sheet %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; a population needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header column %2 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header column &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the delimiter must be a single ASCII character other than a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 (line %3) has %4 fields but the header has %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored population row is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libarchive gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path (entries must be relative to the package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path climbs out of the package with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a supported archive (zip, tar, tar.gz, tar.bz2, tar.xz, 7z) nor a recognised evidence file (PDF, image, text, CSV, Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2-compressed but holds no tar archive (%3); only compressed tar archives are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip, tar or 7z archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row: %1 ends after record %2, before record %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence request list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please provide the evidence for each open request and add your comments in the shaded column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for an unprotected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PDF or is damaged beyond repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF viewer process (%2) could not be started: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF viewer process did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF viewer process crashed on %1 (the file is probably damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF viewer process sent an unreadable answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected PDF writer output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — subject to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in the restricted use paragraph of Section I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 for the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive %1 exists already; it is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the archive into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: the brace opened at &quot;%2&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: unknown placeholder {%2}; known placeholders: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception:%1 is not an exception id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence item has SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; does not exist; the sections are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object reference; use control:ID, exception:ID, population:NAME, evidence:SHA256 or section:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown kind of object &quot;%2&quot;; use control, exception, population, evidence or section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note #%1 on %2 is answered, not cleared: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note #%1 on %2 is open: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off stale since a change: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive (an Excel workbook is one: name it .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CSV file: its content is %2; a population is read from .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a zero byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ArchiveReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::AuditTrail</name>
    <message>
        <source>events %1 to %2 are missing from the end of the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded chain head (event %1) does not match the last event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit trail to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Contents</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ControlService</name>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 already exists in the workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has population %2; delete the population first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ControlTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency: &quot;%1&quot; is not a known frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is neither manual nor automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::CoverageModel</name>
    <message>
        <source>No control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
No control is mapped to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Controls: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of controls mapped to the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Database</name>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Tickmark workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Tickmark (schema %2; this version reads up to %3); it was not changed. Please update Tickmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch %1 to rollback-journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EngagementService</name>
    <message>
        <source>subservice organization name: %1 is already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subservice organization %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUEC criteria: %1 is not a trust services criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUEC %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvaluationService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: the tolerable rate must be between 0 and 1 (exclusive), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: the risk of overreliance must be between 0 and 1 (exclusive), not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceImporter</name>
    <message>
        <source>the package&apos;s list of entries is encrypted; ask the client for an unencrypted package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is damaged or truncated before its first entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is damaged or truncated after entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has more than %1 entries (the limit); ask the client to split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds no files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (skipped entries: %1; the first: %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entry %1, without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is encrypted; ask the client for an unencrypted package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to %1 (links are never followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to %1 (links are never followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device file (only regular files are imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO / named pipe (only regular files are imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket (only regular files are imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (only regular files are imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 takes the package past its limit of %2 uncompressed (a decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times its compressed size (a decompression bomb?); the limit applies to entries over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is damaged or truncated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceService</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open workpaper; it cannot be imported into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 format, which Tickmark does not read; ask the client for a zip, 7z or tar package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like an archive but is not a zip, tar or 7z archive (its content looks like %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported as package &quot;%2&quot; on %3 (same SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence has the SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored bytes of %1 no longer match their SHA-256 (expected %2 of %3 bytes, found %4 of %5 bytes); nothing was written to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence item has the SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evidence item &quot;%1&quot;; give it as PACKAGE/PATH as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item &quot;%1&quot; has the SHA-256 %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is already linked to control %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is not linked to control %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text indexing was cancelled; %1 contents were indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF helper (tickmark-pdf) is not available; the PDF will be indexed once it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text layer (a scan?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search is empty; give one or more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search &quot;%1&quot; is not valid (%2); put words with punctuation in double quotes, e.g. &quot;SOC-2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 does not exist; add it to the request list before importing %2 as its answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceTreeModel</name>
    <message>
        <source>%1 package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Received %2 from package %3, imported by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files, imported %2 by %3</source>
        <translation>
            <numerusform>%1: %n file, imported %2 by %3</numerusform>
            <numerusform>%1: %n files, imported %2 by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files</source>
        <translation>
            <numerusform>%1: %n file</numerusform>
            <numerusform>%1: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date falls outside the engagement period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ExceptionService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exception on control %1 needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1: the description cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1: %2 is not a trust services criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FolderSource</name>
    <message>
        <source>the open workpaper itself (or its journal) is never imported into itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FrequencyTable</name>
    <message>
        <source>frequency table: unknown frequency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::HtmlRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::MatrixParser</name>
    <message>
        <source>header: column &quot;%1&quot; repeats an earlier column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: no &quot;%1&quot; column (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown frequency &quot;%3&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown type &quot;%3&quot;; use manual or automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): key must be yes or no, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the control id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): the description is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): no criteria given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown criterion &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::OdtRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfTool</name>
    <message>
        <source>the PDF viewer process sent an unreadable image of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF viewer process sent a truncated thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationListModel</name>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control this population belonged to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationService</name>
    <message>
        <source>name: a population needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: a population named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row: must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Rate</name>
    <message>
        <source>rate &quot;%1&quot;: more than %2 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 1; write %1% for a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportBuild</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughout the period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by systematic selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample of %1 items selected %2 from the %3 items of population “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests not yet designed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 of %2 items sampled, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing not yet completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control activity specified by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in this description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary user entity control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components of the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary User Entity Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Services Criteria, Related Controls and Tests of Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Information Provided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s Responses to Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of Evidence Relied On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence item is linked to a control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal Service Commitments and System Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subservice Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Services Criteria Not Relevant to the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant Changes During the Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for Qualified Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for Adverse Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for Disclaimer of Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer of Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Service Auditor&apos;s Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Organization&apos;s Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Auditor&apos;s Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of Tests of Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s Assertion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 Type II Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 Type I Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design of Its Controls Relevant to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportService</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; already has the default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot; of the description of the system; parts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 opinion needs the reason, stated for the basis paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the report to %1: the file name must end in .pdf, .odt or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is issued already; a reviewer or partner must reopen the engagement before it can be issued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a reviewer or partner can issue the report; %1 acts as preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot be issued yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement could not be locked, so the report was not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportTemplates</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestListModel</name>
    <message>
        <source>Overdue: due %1, still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestService</name>
    <message>
        <source>request %1: the description is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: control %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request reference &quot;%1&quot; is not valid: use 1 to 64 characters without spaces or slashes, e.g. R-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is answered by evidence package(s) %2; it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence package &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by evidence package &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the request list to %1: the file name must end in .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReviewService</name>
    <message>
        <source>%1 needs the reviewer or partner role; %2 acts as preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review note on %1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to review note %1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note %1 is cleared; open a new note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing review note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note %1 is already cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer sign-off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already signed %2 as %3; one person cannot hold both sign-offs of an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sign-off on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing the report (locking the engagement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement is already locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement cannot be locked: %1 open review note(s), %2 missing sign-off(s), %3 stale sign-off(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening the engagement needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement is not locked; there is nothing to reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::SamplingService</name>
    <message>
        <source>population &quot;%1&quot; (%2 rows): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a systematic sample cannot be extended (its interval would change); draw a new sample instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 is not larger than the current sample of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sample of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 · %2 selection of %3 items from %4 rows (seed %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please provide evidence for each item and fill in the shaded columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results are recorded on the sample of %1; only a reviewer or partner can redraw it (and it is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored sample of population &quot;%1&quot; does not match its seed %2; it cannot be extended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::TestingGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is not a test attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample item %1, attribute %2 needs a result before it can have a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a result (pass, deviation or na)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::TestingService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a procedure of control %1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute of control %1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no free attribute letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is not a letter; use one or two letters (A, B, … AA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 is already defined for control %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no population with a sample; import its population and draw a sample first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is not a population of control %2 (its populations: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is not in the sample of population &quot;%2&quot; (rows: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 is not defined for control %2 (defined: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: say what was found when the design is not implemented (a note is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough: the design is not implemented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no walkthrough to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1: give the reason the control did not operate in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 is not marked as not operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no result for attribute %2 on row %3 to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no procedures, so there is no procedure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no procedure %2 (its procedures are numbered 1 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 of control %2 has %3 recorded results and %4 evidence references; remove them with the attribute explicitly, or clear them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1 does not exist, so %2 cannot refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: pages are numbered from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: the document has %3 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet; record pass, deviation or N/A before referring to evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already refers to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has several populations (%2) and none has a sample; draw a sample first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has several populations with a sample (%2); name the one whose sample is tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; of control %2 has no sample; draw one first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Workpaper</name>
    <message>
        <source>%1 holds no engagement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement&apos;s report is issued and the workpaper is locked; a reviewer or partner must reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening did not lift the lock; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open workpaper (or one of its files); choose another file to write to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui</name>
    <message>
        <source>A value is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Tickmark workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workpaper is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workpaper was saved by a newer version of Tickmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workpaper could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement is locked because its report was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integrity check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmodified opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmodified opinion: every criterion in scope is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified opinion: criteria not met: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen by the auditor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations within tolerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operated: the control&apos;s event did not occur in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No results yet — 0 of %n items done</source>
        <translation>
            <numerusform>No results yet — 0 of %n item done</numerusform>
            <numerusform>No results yet — 0 of %n items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) in %1 items</source>
        <translation>
            <numerusform>%n deviation in %1 items</numerusform>
            <numerusform>%n deviations in %1 items</numerusform>
        </translation>
    </message>
    <message>
        <source> — upper limit %1 vs tolerable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AboutDialog</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Tickmark %1&lt;/h2&gt;&lt;p&gt;A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, review and the report, in one workpaper file with a tamper-evident audit trail. Everything works offline; every change is saved the moment it is made.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AddControlCommand</name>
    <message>
        <source>Add control %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::AuditTrailPage</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made to this workpaper, who made it and when. The events are chained by SHA-256 hashes, so a changed or removed event is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by object, e.g. control:CTL-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The hash chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Hash chain verified: %n events, none changed or missing.</source>
        <translation>
            <numerusform>✓ Hash chain verified: %n event, unchanged.</numerusform>
            <numerusform>✓ Hash chain verified: %n events, none changed or missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Hash chain broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlDialog</name>
    <message>
        <source>Key control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CTL-48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the control does, who performs it and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or role responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: enter the client&apos;s control reference, e.g. CTL-48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: describe what the control does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlEvidenceDialog</name>
    <message>
        <source>Link Evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files for control &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files by package or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement has no evidence yet. Import it on the Evidence page, or drop files on the control&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlEvidencePanel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected file on the Evidence page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between the selected file and this control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose evidence files for this control. You can also drop files, folders or archives on a control row to import and link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the selected control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence of control %1 could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: choose a control above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence linked to %1 yet — drop files on its row or use Link Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %1 (%n files)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date falls outside the engagement period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence links of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlsPage</name>
    <message>
        <source>The controls could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s control matrix, each control mapped to the criteria it addresses. Double-click a cell to edit it; every change can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a client control matrix saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, description, owner or criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1 is already used by another control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 was not added. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete control %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls (%1)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n control (%1)? You can undo this.</numerusform>
            <numerusform>Delete %n controls (%1)? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls</source>
        <translation>
            <numerusform>Delete %n control</numerusform>
            <numerusform>Delete %n controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n controls.</source>
        <translation>
            <numerusform>Deleted %n control.</numerusform>
            <numerusform>Deleted %n controls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Control Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n controls from %1.</source>
        <translation>
            <numerusform>Imported %n control from %1.</numerusform>
            <numerusform>Imported %n controls from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n controls</source>
        <translation>
            <numerusform>%n control</numerusform>
            <numerusform>%n controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n controls</source>
        <translation>
            <numerusform>%1 of %n control</numerusform>
            <numerusform>%1 of %n controls</numerusform>
        </translation>
    </message>
    <message>
        <source>Review notes and sign-offs of the selected control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n dropped items as evidence for %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Control matrices (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, but some controls map to criteria outside the engagement&apos;s scope; coverage, results and the report leave these out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CoveragePage</name>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust services criteria in scope and the controls mapped to each. Criteria without a control are highlighted; double-click a row to open its first control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only criteria &amp;without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criteria in scope</source>
        <translation>
            <numerusform>%n criterion in scope</numerusform>
            <numerusform>%n criteria in scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a control</source>
        <translation>
            <numerusform>%n without a control</numerusform>
            <numerusform>%n without a control</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to see its title and controls; double-click it to open its first control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#A31F12&apos;&gt;No control&lt;/b&gt; is mapped to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;span&gt;%3 · %4&lt;/span&gt;&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and their controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CriteriaDashboardPage</name>
    <message>
        <source>Criteria Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every in-scope criterion at a glance, coloured by the results of its controls. Click a criterion to see its controls and exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criterion above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control / exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria could not be evaluated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3 · %n control(s), %4 exception(s)</source>
        <translation>
            <numerusform>%1 %2
%3 · %n control, %4 exception(s)</numerusform>
            <numerusform>%1 %2
%3 · %n controls, %4 exception(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control is mapped to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls and exceptions of the criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CriteriaEdit</name>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: map the control to at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: %1 is not a trust services criterion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CsvPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CuecDialog</name>
    <message>
        <source>Add CUEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User entities are responsible for …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate criterion ids with commas or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related criteria: %1 is not a trust services criterion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::DeleteControlCommand</name>
    <message>
        <source>Delete control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::DescriptionEditor</name>
    <message>
        <source>Management&apos;s description of the system, as it appears in Section III. Saved when you leave the text or press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the %1 of the system here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EditControlCommand</name>
    <message>
        <source>Edit control %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EffectiveDateDialog</name>
    <message>
        <source>Effective Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &lt;b&gt;%1&lt;/b&gt; speaks to (e.g. the day a report was run). Evidence dated outside the engagement period is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EngagementFields</name>
    <message>
        <source>Protection against unauthorized access, use and damage: the common criteria CC1–CC9. Always in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is available for operation and use as committed (A1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is complete, valid, accurate, timely and authorized (PI1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information designated as confidential is protected as committed (C1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information is collected, used, retained, disclosed and disposed of as committed (P1–P8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name of the service organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system as named in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &amp;I: design of controls as of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I&amp;I: design and operating effectiveness over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (the common criteria) is always in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed with the firm&apos;s signature, e.g. Columbus, Ohio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement partner, e.g. Jo Smith, CPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement &amp;partner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerable deviation rate; leave it empty to see the limit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;viations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolera&amp;ble rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of overreliance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerable rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation rate %1 · upper deviation limit %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client sent, exactly as received: every file hashed (SHA-256) and kept inside the workpaper. Drop archives, files or folders on the window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an archive (zip, tar, 7z) or a single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash every stored file and report any that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the controls the selected file is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected file (re-hashed on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of all evidence (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the client&apos;s archives or files with Import…, or drop them on the window. Each file is hashed and stored inside the workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;The search could not run. %1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No evidence contains %1.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hits.</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not exported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Effective Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date of %1 was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is being imported or verified; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n files</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n entries that were links, devices or outside the package.</source>
        <translation>
            <numerusform>Left out %n entry that was a link, a device or outside the package.</numerusform>
            <numerusform>Left out %n entries that were links, devices or outside the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed the text of %n files.</source>
        <translation>
            <numerusform>Indexed the text of %n file.</numerusform>
            <numerusform>Indexed the text of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not indexed for search. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be verified. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n files match their SHA-256</source>
        <translation>
            <numerusform>The file matches its SHA-256</numerusform>
            <numerusform>All %n files match their SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 re-hashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files no longer match their SHA-256:</source>
        <translation>
            <numerusform>%n file no longer matches its SHA-256:</numerusform>
            <numerusform>%n files no longer match their SHA-256:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: expected %3 (%4 bytes), found %5 (%6 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n files to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidencePreview</name>
    <message>
        <source>Text of the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the file (re-hashed on the way) to open it in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file in the tree to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to preview (%1). Export it to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 image cannot be shown. Export it to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceProgressDialog</name>
    <message>
        <source>Verify Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing text for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every stored file against its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceReferenceDialog</name>
    <message>
        <source>Evidence References — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by path, package or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. approval e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is imported yet: import it on the Evidence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ExceptionsPage</name>
    <message>
        <source>Not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations found in testing and matters raised by hand, with the criteria they affect, management&apos;s response and your conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CC8.1, CC7.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exceptions could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions. Deviations recorded in the testing grid appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 of %4 items deviated (raised by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 matter (raised by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception was not raised. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 raised on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::FrequencyTableDialog</name>
    <message>
        <source>Frequency Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes for tests of controls by how often the control operates. Frequency-based sizes on the Sampling page start from this table; it is kept in this workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample sizes by control frequency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image in the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImportControlsCommand</name>
    <message>
        <source>Import controls from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::IssuePanel</name>
    <message>
        <source>Issue the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing renders the final PDF (without the DRAFT mark), writes a reference archive with the PDF and a copy of the workpaper next to it, and locks the engagement: no further change is possible until a reviewer or partner reopens it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on %1 by %2 — the engagement is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks issuing: every note is cleared and every sign-off is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be resolved before the report can be issued:</source>
        <translation>
            <numerusform>%n item must be resolved before the report can be issued:</numerusform>
            <numerusform>%n items must be resolved before the report can be issued:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be issued yet: %n item(s) must be resolved first (listed under Issue).</source>
        <translation>
            <numerusform>The report cannot be issued yet: %n item must be resolved first (listed under Issue).</numerusform>
            <numerusform>The report cannot be issued yet: %n items must be resolved first (listed under Issue).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the SOC 2 report now?

The final PDF and a reference archive are written next to the workpaper, and the engagement will be locked: nothing can be changed until a reviewer or partner reopens it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued; the engagement is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers to issuing the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LinkDialog</name>
    <message>
        <source>Link to Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls that &lt;b&gt;%1&lt;/b&gt; is evidence for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter controls by id or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported files were not linked to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LockPanel</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the lock, giving a reason (reviewer or partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lock history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (report issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked since %1 by %2. The report is issued: every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the report is issued and every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement was not reopened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement is reopened; the reason is logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MainWindow</name>
    <message>
        <source>&amp;New Engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting user, stamped on every change (Edit ▸ Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built the sample engagement in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).tickmark</source>
        <comment>suggested file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file: this is the workpaper that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is applied the next time Tickmark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workpaper open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is written to the workpaper the moment you make it, together with its audit trail entry; there is nothing to save and nothing is lost if the computer stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::NewEngagementWizard</name>
    <message>
        <source>Workpaper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement is kept in one .tickmark file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file on a drive that is backed up. Share it with the reviewer by copying it (File ▸ Save a Copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which service organization and which system are examined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the names exactly as they should appear in the report; you can change them later on the Scope page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Type I report covers design at a date; Type II covers a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which categories of the 2017 Trust Services Criteria apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm and partner that sign the report. Optional for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workpaper As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose where to save the workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::OpinionEditor</name>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the criteria results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;proposed opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an &amp;adverse opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclaim an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (stated in the basis paragraph):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report carries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the opinion is modified (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement at a glance: facts, progress, advice and the audit trail&apos;s integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria without a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I: design of controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II: design and operating effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subservice organization(s)</source>
        <translation>
            <numerusform>%n subservice organization</numerusform>
            <numerusform>%n subservice organizations</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is issued; the workpaper is locked against changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice for this engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n event(s))</source>
        <translation>
            <numerusform>Audit trail intact (%n event)</numerusform>
            <numerusform>Audit trail intact (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PdfViewer</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationImportDialog</name>
    <message>
        <source>Import Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production changes, January to September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n records (%1)</source>
        <translation>
            <numerusform>Preview: the first %n record (%1)</numerusform>
            <numerusform>Preview: the first %n records (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: all %n records (%1)</source>
        <translation>
            <numerusform>Preview: %n record (%1)</numerusform>
            <numerusform>Preview: all %n records (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A population named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row must hold the column names; records above it (a title block) are skipped. Every data row is stored as read, with the file&apos;s SHA-256, so the population can be traced to the file the client provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that holds the column names, counted from 1; the records above it are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the header row: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before header row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationsPage</name>
    <message>
        <source>The populations could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population&apos;s rows could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s lists of a control&apos;s occurrences in the period (changes, tickets, new hires…), imported from CSV or XLSX. Samples are drawn from these rows; the file&apos;s SHA-256 ties each population to the file received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected population, its rows and its sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a population from the client&apos;s CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No population selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the client&apos;s list of a control&apos;s occurrences in the period (a CSV or XLSX file whose first row names the columns) with Import….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a population above to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · SHA-256 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
SHA-256 %4
Columns: %5
Imported by %6 on %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This population has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another population is being imported; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows into %1 from %2.</source>
        <translation>
            <numerusform>Imported %Ln row into %1 from %2.</numerusform>
            <numerusform>Imported %Ln rows into %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln blank rows.</source>
        <translation>
            <numerusform>Skipped %Ln blank row.</numerusform>
            <numerusform>Skipped %Ln blank rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete population %1 with its %2 rows and any sample drawn from it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1 was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted population %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes and sign-offs of the selected population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the selected population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReopenDialog</name>
    <message>
        <source>Reopen Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening lifts the lock of the issued report, so the workpaper can be changed again. The reason is kept in the lock history and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Subsequent event disclosed by management on 2026-10-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReportPage</name>
    <message>
        <source>The service auditor&apos;s report. Its opinion follows the criteria results; choose “Opinion” to review or override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s assertion, worded from the engagement&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management&apos;s description of the system: write each part under this section. Subservice organizations and user entity controls come from the Scope page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion with its controls and, for Type II, the tests performed and their results, from the Controls and Testing pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information: management&apos;s responses to the exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence index: every item relied on, with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections I–V of the SOC 2 report: edit the description and the firm&apos;s wording, check the opinion, preview, export and issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ODT (for editing)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival form of PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence appe&amp;ndix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the index of evidence relied on, with each file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard wording of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · DRAFT</source>
        <translation>
            <numerusform>%n page · DRAFT</numerusform>
            <numerusform>%n pages · DRAFT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · final (issued)</source>
        <translation>
            <numerusform>%n page · final (issued)</numerusform>
            <numerusform>%n pages · final (issued)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report exported to %1 (%n page(s)%2).</source>
        <translation>
            <numerusform>Report exported to %1 (%n page%2).</numerusform>
            <numerusform>Report exported to %1 (%n pages%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, marked DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported to %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued. Reference archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued on %1&lt;/b&gt; by %2 — locked. Editing is off until a reviewer or partner reopens the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued — locked.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; — not issued. Exports and the preview are marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestDialog</name>
    <message>
        <source>Edit Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the next R-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client is asked to provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTL-01, CTL-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. &quot;Screenshots lack dates; asked again&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;provided by client&quot; list: what was asked for, from whom, by when, and which evidence packages answered it. Overdue requests are shown in amber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list as XLSX or CSV to send to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an imported evidence package as answering the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the request&apos;s status, with a note kept in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the client must provide with Add…; export the list to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of %1 was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence package has been imported yet; import the client&apos;s files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence package that answers it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests.xlsx</source>
        <comment>suggested file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Request List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request list was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the request list to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewNotesDialog</name>
    <message>
        <source>Review Notes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Notes (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Review notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note, or a reply to the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stale: changed since signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewStatusPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review notes, missing and stale sign-offs: all must be resolved before the report can be issued. Choose an entry to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since my last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review status could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, to clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a %1 sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sign-off by %2 is stale: changed since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since your last sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing sign-offs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale sign-offs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since my last review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Review is complete: the report can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open notes, %2 missing and %3 stale sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SampleSizePanel</name>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute sampling on the binomial distribution (AICPA tables A-1 and A-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s table of sizes by control frequency and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk of overreliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolerable deviation rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected deviation rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automated (a test of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control fre&amp;quency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k of failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months (the Type II period)</source>
        <translation>
            <numerusform>%n month (the Type II period)</numerusform>
            <numerusform>%n months (the Type II period)</numerusform>
        </translation>
    </message>
    <message>
        <source>No period (Type I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of overreliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerable deviation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected deviation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute sampling: %1 risk of overreliance, %2 tolerable and %3 expected deviation rate (AICPA Audit Sampling guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the tolerable rate or lower the expected rate, or test the whole population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n expected deviations</source>
        <translation>
            <numerusform>Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n expected deviation</numerusform>
            <numerusform>Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n expected deviations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample size %1 with %n expected deviations</source>
        <translation>
            <numerusform>Sample size %1 with %n expected deviation</numerusform>
            <numerusform>Sample size %1 with %n expected deviations</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SamplingPage</name>
    <message>
        <source>Systematic selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, draw and evaluate a sample of a population. Every draw records its method and seed, so anyone can reperform the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes by control frequency, kept in this workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic (random start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the sample size above; you may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generator&apos;s seed (0 to 18446744073709551615). The same seed draws the same rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items to the random sample; the items drawn so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Request (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected items as a request list for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency table could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1 could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · control %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a population on the Populations page, then choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample drawn yet. Choose the size and method, then Draw Sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · seed %2 · %3 of %4 rows · drawn by %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sampled rows could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a population first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to 18446744073709551615, or leave it empty for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the sample of %1 (%n items, drawn by %2) with a new one? The earlier selection stays in the audit trail.</source>
        <translation>
            <numerusform>Replace the sample of %1 (%n item, drawn by %2) with a new one? The earlier selection stays in the audit trail.</numerusform>
            <numerusform>Replace the sample of %1 (%n items, drawn by %2) with a new one? The earlier selection stays in the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor</source>
        <translation>
            <numerusform>%n item chosen by the auditor</numerusform>
            <numerusform>%n items chosen by the auditor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor (suggested: %1)</source>
        <translation>
            <numerusform>%n item chosen by the auditor (suggested: %1)</numerusform>
            <numerusform>%n items chosen by the auditor (suggested: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample was drawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drew %n items from %1 with seed %2.</source>
        <translation>
            <numerusform>Drew %n item from %1 with seed %2.</numerusform>
            <numerusform>Drew %n items from %1 with seed %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample was not extended. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extended the sample of %1 to %n items.</source>
        <translation>
            <numerusform>Extended the sample of %1 to %n item.</numerusform>
            <numerusform>Extended the sample of %1 to %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sample size (now %1; the items drawn so far stay first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request list was not written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - sample request.xlsx</source>
        <comment>suggested file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency table was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency table saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ScopePage</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the examination covers: engagement details, subservice organizations and complementary user entity controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUECs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations whose services are part of the system. Carve-out: their controls are excluded and the controls they are expected to operate (CSOCs) are described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary user entity controls: what the client&apos;s customers must do for the criteria to be met. They are listed in Section III of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subservice organizations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUECs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit engagement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subservice organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Subservice Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the scope of the engagement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove subservice organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CUEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CUEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this complementary user entity control?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped on every change in the audit trail and on sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown next to tick marks and sign-offs; derived from the name unless you type them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is applied the next time Tickmark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter your name as it should appear in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Import Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package beyond a limit is refused whole, with the reason; nothing of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for entries larger than 1 MiB: uncompressed size against compressed size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncompressed size per &amp;package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries per package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compression ratio of an entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the windows; applied when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ShortcutsDialog</name>
    <message>
        <source>Testing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between items and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle the result (pass, deviation, not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pass / deviation / not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill down from the cell above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SubserviceDialog</name>
    <message>
        <source>Inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subservice Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Subservice Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organization does for the service organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carve-out: the subservice organization&apos;s controls are excluded from the examination.
Inclusive: they are described and tested as part of the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSOCs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TemplateEditor</name>
    <message>
        <source>The firm&apos;s standard wording for this section. Paragraphs are separated by a blank line; a line starting with &quot;- &quot; is a bullet; **bold** and *italic* mark emphasis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickmark&apos;s default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the firm&apos;s wording of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses the default wording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestDesignPanel</name>
    <message>
        <source>&lt;b&gt;Procedures&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attributes&lt;/b&gt; (checked on every sample item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Inquiry alone is not sufficient evidence: add an observation, inspection or reperformance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attributes yet: add one to get a grid column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure was not added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute was not added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Procedure to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the auditor does, e.g. inspect the approval in the change ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribute to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked on each sample item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen procedure&apos;s kind or text (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen procedure (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the chosen attribute checks (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen attribute and its grid column (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Procedure %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attribute %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 of %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove procedure %1 of %2 (%3: %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 of %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1 of %2 and its grid column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 of %2 has %3 recorded results and %4 evidence references. Removing the attribute removes them too; the control&apos;s exceptions stay. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridDelegate</name>
    <message>
        <source>Note, e.g. [evidence: ticket export p. 3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridView</name>
    <message numerus="yes">
        <source>Set %n cells</source>
        <translation>
            <numerusform>Set %n cell</numerusform>
            <numerusform>Set %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cells</source>
        <translation>
            <numerusform>Fill down %n cell</numerusform>
            <numerusform>Fill down %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingPage</name>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control&apos;s event did not occur in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit legend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I engagement: walk one instance of the control through and record whether its design was found implemented (a test of one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design implemented as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was walked through, e.g. change CHG-1042 [evidence: ticket p. 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls could not be evaluated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add controls on the Controls page, then choose one here to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not operated.&lt;/b&gt; The control&apos;s event did not occur in the period: %1&lt;br&gt;It is reported as not operated, not as “tested, no exceptions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No population is imported for %1. Import one on the Populations page, or mark the control as not operated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1 is empty: the control did not operate in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample is drawn from %1 yet. Draw one on the Sampling page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 of %n item done</numerusform>
            <numerusform>%1 of %n items done</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design NOT implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walkthrough recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, attribute %2 was not recorded. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walkthrough was not recorded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Not Operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did %1 not operate in the period (e.g. no changes were made)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test each control&apos;s sample attribute by attribute. Keys: P pass, D deviation, N not applicable, Space cycles, Delete clears, Enter edits the note, Ctrl+D fills down, Ctrl+E evidence references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence reference was not added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, attribute %2 now refers to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence reference was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, attribute %2 has no result yet. Record pass, deviation or N/A first, then refer to the evidence it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (row %2), attribute %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TickmarkLegendDialog</name>
    <message>
        <source>Tickmark Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s tickmarks, shown in the testing grid and under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbol&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meaning&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::WelcomePage</name>
    <message>
        <source>Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, test and document SOC 2 examinations. One engagement is one .tickmark file; every change is recorded in a tamper-evident audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional SaaS company&apos;s Type II engagement, to look around without risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workpapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workpapers yet. Start a new engagement, or open the sample engagement (a fictional SaaS company&apos;s Type II examination) to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Tickmark workpaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n dropped files is a Tickmark workpaper.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a .tickmark file here to open it. Evidence, control matrices and populations are imported once an engagement is open: open or create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop a .tickmark workpaper anywhere on this window to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .tickmark workpapers can be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::Workspace</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickmarkLegend</name>
    <message>
        <source>Agreed without exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: malformed XML in %2 at line %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (%2 is not a workbook part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s 1,048,576 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell reference &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 in sheet &quot;%3&quot; refers to shared string %4, but the workbook has %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted (password-protected) workbook; save an unprotected copy and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook; save it as .xlsx and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no [Content_Types].xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb); save it as .xlsx and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook&apos;s relationships part %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet named &quot;%2&quot;; its worksheets are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 declares more than %2 MB uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is larger than %2 MB uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries read expand to more than %1 MB in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times the size of the archive (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tickmark: a workbench for SOC 2 examinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample engagement (built on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;path&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workpaper (.tickmark) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &lt;name&gt; first, one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
