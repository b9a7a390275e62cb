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
    <name>FileChooser</name>
    <message>
        <source>Tickmark workpapers (*.tickmark);;All files (*)</source>
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
        <source>The control matrix (.csv) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
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
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged.
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;}</source>
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
        <source>The population to show (required).</source>
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
        <source>test design: give either --procedure KIND or --attribute [LETTER], with --text</source>
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
        <source>Add a test procedure or a test attribute to a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --procedure KIND or --attribute [LETTER], each with --text. A control tested by
inquiry alone draws a warning: inquiry alone is not sufficient evidence.</source>
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
        <source>The population whose sample is tested, when the control has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result of an attribute on a sample item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}]}</source>
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
        <source>control %1 has several populations (%2); name the one whose sample is tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has no population with a sample: population &quot;%2&quot; has no sample; draw one first</source>
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
</context>
<context>
    <name>Tickmark::Ui::AddControlCommand</name>
    <message>
        <source>Add control %1</source>
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
        <source>&amp;Import CSV…</source>
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
        <source>CSV files (*.csv);;All files (*)</source>
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
    <name>Tickmark::Ui::EditControlCommand</name>
    <message>
        <source>Edit control %1</source>
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
</context>
<context>
    <name>Tickmark::Ui::ImportControlsCommand</name>
    <message>
        <source>Import controls from %1</source>
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
        <source>About Tickmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tickmark %1&lt;/h3&gt;&lt;p&gt;A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, review and the report, in one workpaper file with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
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
        <source>Language</source>
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
        <source>Show &lt;name&gt; first: overview, scope, coverage or controls.</source>
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
</context>
</TS>
