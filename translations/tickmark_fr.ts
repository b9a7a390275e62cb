<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ControlCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: unexpected text after the closing quote of a field</source>
        <translation>ligne %1&#xa0;: texte inattendu après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>line %1: quoted field is never closed</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>line %1: quote character inside a field that is not quoted</source>
        <translation>ligne %1&#xa0;: guillemet dans un champ qui n’est pas entre guillemets</translation>
    </message>
    <message>
        <source>a CSV delimiter cannot be a quote or a line break</source>
        <translation>un séparateur CSV ne peut être ni un guillemet ni un saut de ligne</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Tickmark workpapers (*.tickmark);;All files (*)</source>
        <translation>Dossiers de travail Tickmark (*.tickmark);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SampleSizePanel</name>
    <message>
        <source>A percentage such as 5% or 2.5%</source>
        <translation>Un pourcentage comme 5% ou 2.5%</translation>
    </message>
    <message>
        <source>Risk of overreliance: 5% or 10% as in the AICPA tables, or any other percentage</source>
        <translation>Risque de confiance excessive&#xa0;: 5% ou 10% comme dans les tables de l’AICPA, ou tout autre pourcentage</translation>
    </message>
</context>
<context>
    <name>Tickmark::Cli</name>
    <message>
        <source>the identity/role setting</source>
        <translation>le paramètre identity/role</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use preparer, reviewer or partner</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un rôle&#x202f;; utilisez preparer, reviewer ou partner</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user; use &quot;Name (INITIALS)&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un utilisateur&#x202f;; utilisez «&#xa0;Nom (INITIALES)&#xa0;»</translation>
    </message>
    <message>
        <source>the identity/name setting</source>
        <translation>le paramètre identity/name</translation>
    </message>
    <message>
        <source>Acting user, &quot;Name (INITIALS)&quot; (default: TICKMARK_USER, then the settings of the Tickmark app, then the system user).</source>
        <translation>Utilisateur agissant, «&#xa0;Nom (INITIALES)&#xa0;» (par défaut&#xa0;: TICKMARK_USER, puis les paramètres de l’application Tickmark, puis l’utilisateur du système).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Acting role: preparer, reviewer or partner (default: TICKMARK_ROLE, then settings, then preparer).</source>
        <translation>Rôle agissant&#xa0;: preparer, reviewer ou partner (par défaut&#xa0;: TICKMARK_ROLE, puis les paramètres, puis preparer).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Écrire un document JSON sur stdout au lieu du texte.</translation>
    </message>
    <message>
        <source>The .tickmark workpaper.</source>
        <translation>Le dossier de travail .tickmark.</translation>
    </message>
    <message>
        <source>the system user name</source>
        <translation>le nom d’utilisateur du système</translation>
    </message>
    <message>
        <source>no acting user: pass --user &quot;Name (INITIALS)&quot; or set TICKMARK_USER</source>
        <translation>aucun utilisateur agissant&#xa0;: passez --user &quot;Nom (INITIALES)&quot; ou définissez TICKMARK_USER</translation>
    </message>
    <message>
        <source>Criteria in scope: %1.</source>
        <translation>Critères dans le périmètre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot; was ignored</source>
        <translation>%1&#xa0;: la colonne inconnue «&#xa0;%2&#xa0;» a été ignorée</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as %2</source>
        <translation>%1 n’est pas en UTF-8&#x202f;; le fichier a été lu en %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2; controls added: %3.</source>
        <translation>%1 importé dans %2&#x202f;; contrôles ajoutés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>contrôle clé</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Controls: %1.</source>
        <translation>Contrôles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Criteria without a control:</source>
        <translation>Critères sans contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria with controls:</source>
        <translation>Critères avec contrôles&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria in scope: %1; without a control: %2.</source>
        <translation>Critères dans le périmètre&#xa0;: %1&#x202f;; sans contrôle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The control matrix (.csv) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
        <translation>La matrice des contrôles (.csv) avec une ligne d’en-tête&#xa0;: control id, description, criteria et, en option, frequency, type, owner, key.</translation>
    </message>
    <message>
        <source>List the in-scope trust services criteria</source>
        <translation>Lister les critères des services de confiance du périmètre</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;category&quot;, &quot;title&quot;}] in catalog order.</source>
        <translation>JSON&#xa0;: [{&quot;id&quot;, &quot;category&quot;, &quot;title&quot;}] dans l’ordre du catalogue.</translation>
    </message>
    <message>
        <source>Import a client&apos;s control matrix</source>
        <translation>Importer la matrice des contrôles d’un client</translation>
    </message>
    <message>
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged.
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;}</source>
        <translation>Les en-têtes sont reconnus sans tenir compte de la casse&#x202f;; les en-têtes inconnus sont signalés sur stderr.
Les critères sont des identifiants séparés par &quot;;&quot; ou &quot;,&quot;. Une ligne invalide (nommée dans l’erreur) ou un
identifiant déjà existant fait échouer toute l’importation et laisse le dossier de travail inchangé.
JSON&#xa0;: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;}</translation>
    </message>
    <message>
        <source>List the engagement&apos;s controls</source>
        <translation>Lister les contrôles de la mission</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;description&quot;, &quot;criteria&quot;, &quot;frequency&quot;, &quot;type&quot;, &quot;owner&quot;, &quot;key&quot;}]</source>
        <translation>JSON&#xa0;: [{&quot;id&quot;, &quot;description&quot;, &quot;criteria&quot;, &quot;frequency&quot;, &quot;type&quot;, &quot;owner&quot;, &quot;key&quot;}]</translation>
    </message>
    <message>
        <source>Show each in-scope criterion with its controls, uncovered ones first</source>
        <translation>Afficher chaque critère du périmètre avec ses contrôles, les critères non couverts d’abord</translation>
    </message>
    <message>
        <source>JSON: [{&quot;criterion&quot;, &quot;category&quot;, &quot;title&quot;, &quot;controls&quot;}]; criteria without a control come first,
then the rest, each group in catalog order.</source>
        <translation>JSON&#xa0;: [{&quot;criterion&quot;, &quot;category&quot;, &quot;title&quot;, &quot;controls&quot;}]&#x202f;; les critères sans contrôle d’abord,
puis les autres, chaque groupe dans l’ordre du catalogue.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [options]
Runs Tickmark&apos;s operations on .tickmark workpapers without the GUI.

Commands:
</source>
        <translation>Usage&#xa0;: %1 COMMANDE [ARGUMENTS] [options]
Exécute les opérations de Tickmark sur les dossiers de travail .tickmark sans interface graphique.

Commandes&#xa0;:
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
Options acceptées par toutes les commandes&#xa0;:
  --user NOM    Utilisateur agissant, «&#xa0;Nom (INITIALES)&#xa0;» (par défaut&#xa0;: TICKMARK_USER, puis les paramètres
                de l’application Tickmark, puis l’utilisateur du système).
  --role RÔLE   preparer, reviewer ou partner (par défaut&#xa0;: TICKMARK_ROLE, puis les paramètres, puis preparer).
  --json        (la plupart des commandes) Écrire un document JSON sur stdout au lieu du texte.
  -h, --help    Afficher l’aide&#x202f;; «&#xa0;%1 COMMANDE --help&#xa0;» affiche les options d’une commande.
  --version     Afficher la version et quitter.

Code de sortie&#xa0;: 0 en cas de succès, 1 si la commande échoue (le dossier de travail reste inchangé),
2 si la ligne de commande est mal formée. Chaque erreur tient sur une ligne de stderr commençant par «&#xa0;error:&#xa0;».
</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUB-COMMAND [ARGUMENTS] [options]

Sub-commands:
</source>
        <translation>Usage&#xa0;: %1 %2 SOUS-COMMANDE [ARGUMENTS] [options]

Sous-commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 %2 SUB-COMMAND --help&quot; for its options.
</source>
        <translation>
Exécutez «&#xa0;%1 %2 SOUS-COMMANDE --help&#xa0;» pour voir ses options.
</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Usage&#xa0;: %1 %2 [options]</translation>
    </message>
    <message>
        <source>%1: missing %2 argument; usage: %3 %4</source>
        <translation>%1&#xa0;: argument %2 manquant&#x202f;; usage&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#x202f;; exécutez «&#xa0;%2 --help&#xa0;» pour la liste</translation>
    </message>
    <message>
        <source>%1: missing sub-command; use one of: %2</source>
        <translation>%1&#xa0;: sous-commande manquante&#x202f;; utilisez l’une de celles-ci&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; use one of: %3</source>
        <translation>commande inconnue «&#xa0;%1 %2&#xa0;»&#x202f;; utilisez l’une de celles-ci&#xa0;: %3</translation>
    </message>
    <message>
        <source>missing value after %1</source>
        <translation>valeur manquante après %1</translation>
    </message>
    <message>
        <source>unknown option %1; run &quot;%2 --help&quot;</source>
        <translation>option inconnue %1&#x202f;; exécutez «&#xa0;%2 --help&#xa0;»</translation>
    </message>
    <message>
        <source>no command given; run &quot;%1 --help&quot; for the list</source>
        <translation>aucune commande indiquée&#x202f;; exécutez «&#xa0;%1 --help&#xa0;» pour la liste</translation>
    </message>
    <message>
        <source>new: --%1 is required</source>
        <translation>new&#xa0;: --%1 est obligatoire</translation>
    </message>
    <message>
        <source>new: --%1 does not apply: %2</source>
        <translation>new&#xa0;: --%1 ne s’applique pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date; use YYYY-MM-DD</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date valide&#x202f;; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a report type; use 1 (Type I) or 2 (Type II)</source>
        <translation>--type&#xa0;: «&#xa0;%1&#xa0;» n’est pas un type de rapport&#x202f;; utilisez 1 (type I) ou 2 (type II)</translation>
    </message>
    <message>
        <source>--categories: unknown category &quot;%1&quot;; use security, availability, processing-integrity, confidentiality or privacy</source>
        <translation>--categories&#xa0;: catégorie inconnue «&#xa0;%1&#xa0;»&#x202f;; utilisez security, availability, processing-integrity, confidentiality ou privacy</translation>
    </message>
    <message>
        <source>a Type I report is as of one date (--as-of)</source>
        <translation>un rapport de type I porte sur une seule date (--as-of)</translation>
    </message>
    <message>
        <source>a Type II report covers a period (--from, --to)</source>
        <translation>un rapport de type II couvre une période (--from, --to)</translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2</source>
        <translation>--to&#xa0;: %1 n’est pas postérieur à --from %2</translation>
    </message>
    <message>
        <source>SOC 2 Type I as of %1</source>
        <translation>SOC 2 type I au %1</translation>
    </message>
    <message>
        <source>SOC 2 Type II, %1 to %2</source>
        <translation>SOC 2 type II, du %1 au %2</translation>
    </message>
    <message>
        <source>new: --sample cannot be combined with --%1</source>
        <translation>new&#xa0;: --sample ne peut pas être combiné avec --%1</translation>
    </message>
    <message>
        <source>Created %1 with the sample engagement; controls: %2.</source>
        <translation>%1 créé avec la mission d’exemple&#x202f;; contrôles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Created %1: %2 for %3 (%4); %5.</source>
        <translation>%1 créé&#xa0;: %2 pour %3 (%4)&#x202f;; %5.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Populations</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>issued (locked)</source>
        <translation>émis (verrouillé)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>The service organization&apos;s name.</source>
        <translation>Nom de l’organisation de services.</translation>
    </message>
    <message>
        <source>The system&apos;s name as the report states it.</source>
        <translation>Nom du système tel qu’il figure dans le rapport.</translation>
    </message>
    <message>
        <source>Report type: 1 (Type I) or 2 (Type II).</source>
        <translation>Type de rapport&#xa0;: 1 (type I) ou 2 (type II).</translation>
    </message>
    <message>
        <source>1|2</source>
        <translation>1|2</translation>
    </message>
    <message>
        <source>Type I: the as-of date.</source>
        <translation>Type I&#xa0;: la date de référence.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Type II: the first day of the period.</source>
        <translation>Type II&#xa0;: le premier jour de la période.</translation>
    </message>
    <message>
        <source>Type II: the last day of the period.</source>
        <translation>Type II&#xa0;: le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Comma-separated categories in scope besides security: availability, processing-integrity, confidentiality, privacy.</source>
        <translation>Catégories du périmètre en plus de security, séparées par des virgules&#xa0;: availability, processing-integrity, confidentiality, privacy.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>The service auditor&apos;s firm.</source>
        <translation>Le cabinet de l’auditeur de services.</translation>
    </message>
    <message>
        <source>The engagement partner.</source>
        <translation>L’associé responsable de la mission.</translation>
    </message>
    <message>
        <source>City printed with the firm&apos;s signature.</source>
        <translation>Ville imprimée avec la signature du cabinet.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <source>Create the bundled fictional sample engagement instead.</source>
        <translation>Créer plutôt la mission d’exemple fictive fournie.</translation>
    </message>
    <message>
        <source>The workpaper to create; an existing file is never overwritten.</source>
        <translation>Le dossier de travail à créer&#x202f;; un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>Create a workpaper for a new engagement (or the sample one)</source>
        <translation>Créer un dossier de travail pour une nouvelle mission (ou la mission d’exemple)</translation>
    </message>
    <message>
        <source>Type I:  new FILE --client NAME --system NAME --type 1 --as-of DATE
Type II: new FILE --client NAME --system NAME --type 2 --from DATE --to DATE
Sample:  new FILE --sample
Dates are ISO 8601 (2026-01-31). Security is always in scope. A Type II period shorter than 3
or longer than 12 months is allowed with a warning on stderr.</source>
        <translation>Type I&#xa0;:  new FILE --client NOM --system NOM --type 1 --as-of DATE
Type II&#xa0;: new FILE --client NOM --system NOM --type 2 --from DATE --to DATE
Exemple&#xa0;: new FILE --sample
Les dates sont au format ISO 8601 (2026-01-31). La sécurité est toujours dans le périmètre. Une période
de type II de moins de 3 mois ou de plus de 12 mois est permise avec un avertissement sur stderr.</translation>
    </message>
    <message>
        <source>Show the engagement and what the workpaper holds</source>
        <translation>Afficher la mission et le contenu du dossier de travail</translation>
    </message>
    <message>
        <source>JSON: {&quot;client&quot;, &quot;system&quot;, &quot;type&quot;, &quot;as_of&quot; | &quot;from&quot;, &quot;to&quot;, &quot;categories&quot;,
&quot;schema_version&quot;, &quot;controls&quot;, &quot;evidence_items&quot;, &quot;populations&quot;, &quot;exceptions&quot;, &quot;issued&quot;}</source>
        <translation>JSON&#xa0;: {&quot;client&quot;, &quot;system&quot;, &quot;type&quot;, &quot;as_of&quot; | &quot;from&quot;, &quot;to&quot;, &quot;categories&quot;,
&quot;schema_version&quot;, &quot;controls&quot;, &quot;evidence_items&quot;, &quot;populations&quot;, &quot;exceptions&quot;, &quot;issued&quot;}</translation>
    </message>
    <message>
        <source>audit trail broken at event %1: %2</source>
        <translation>piste d’audit rompue à l’événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: audit trail intact; events verified: %2.</source>
        <translation>%1&#xa0;: piste d’audit intacte&#x202f;; événements vérifiés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain</source>
        <translation>Vérifier la chaîne de hachage de la piste d’audit</translation>
    </message>
    <message>
        <source>Exits with status 1 and &quot;error: audit trail broken at event N: ...&quot; when an event was altered,
removed or unlinked. JSON: {&quot;ok&quot;, &quot;events&quot;, &quot;first_broken&quot; (null when ok), &quot;problem&quot;}</source>
        <translation>Se termine avec le code 1 et «&#xa0;error: piste d’audit rompue à l’événement N&#xa0;: ...&#xa0;» si un événement a été modifié,
supprimé ou dissocié. JSON&#xa0;: {&quot;ok&quot;, &quot;events&quot;, &quot;first_broken&quot; (null si ok), &quot;problem&quot;}</translation>
    </message>
    <message>
        <source>Only events on objects starting with REF, e.g. control: or control:CTL-01.</source>
        <translation>Seulement les événements sur les objets commençant par RÉF, p.&#xa0;ex. control: ou control:CTL-01.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>List the audit trail&apos;s events</source>
        <translation>Lister les événements de la piste d’audit</translation>
    </message>
    <message>
        <source>JSON: [{&quot;seq&quot;, &quot;at&quot;, &quot;user&quot;, &quot;initials&quot;, &quot;role&quot;, &quot;object&quot;, &quot;action&quot;, &quot;summary&quot;}];
&quot;summary&quot; is the before/after summary as stored (compact JSON text).</source>
        <translation>JSON&#xa0;: [{&quot;seq&quot;, &quot;at&quot;, &quot;user&quot;, &quot;initials&quot;, &quot;role&quot;, &quot;object&quot;, &quot;action&quot;, &quot;summary&quot;}]&#x202f;;
&quot;summary&quot; est le résumé avant/après tel qu’il est stocké (texte JSON compact).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1&#xa0;: --%2 est obligatoire</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of %3 or more</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier supérieur ou égal à %3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not a delimiter; give one ASCII character other than a quote, such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;</source>
        <translation>--delimiter&#xa0;: «&#xa0;%1&#xa0;» n’est pas un séparateur&#x202f;; indiquez un caractère ASCII autre qu’un guillemet, comme &quot;,&quot; ou &quot;;&quot;, ou &quot;tab&quot;</translation>
    </message>
    <message>
        <source>--sheet applies only to an .xlsx file; %1 is read as CSV</source>
        <translation>--sheet ne s’applique qu’à un fichier .xlsx&#x202f;; %1 est lu comme un CSV</translation>
    </message>
    <message>
        <source>--delimiter applies only to a CSV file; %1 is a workbook</source>
        <translation>--delimiter ne s’applique qu’à un fichier CSV&#x202f;; %1 est un classeur</translation>
    </message>
    <message>
        <source>%1: blank rows skipped (not stored, not numbered): %2</source>
        <translation>%1&#xa0;: lignes vides ignorées (ni enregistrées ni numérotées)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252</source>
        <translation>%1 n’est pas en UTF-8&#x202f;; le fichier a été lu en Windows-1252</translation>
    </message>
    <message>
        <source>Imported %1 as population &quot;%2&quot; of control %3; rows: %4; columns: %5.</source>
        <translation>%1 importé comme population «&#xa0;%2&#xa0;» du contrôle %3&#x202f;; lignes&#xa0;: %4&#x202f;; colonnes&#xa0;: %5.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>  rows: %1  %2  %3</source>
        <translation>  lignes&#xa0;: %1  %2  %3</translation>
    </message>
    <message>
        <source>Populations: %1.</source>
        <translation>Populations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: no population named &quot;%2&quot;; see &quot;population list&quot;</source>
        <translation>%1&#xa0;: aucune population nommée «&#xa0;%2&#xa0;»&#x202f;; voir «&#xa0;population list&#xa0;»</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>No rows; the population has %1.</source>
        <translation>Aucune ligne&#x202f;; la population en compte %1.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3.</source>
        <translation>Lignes %1 à %2 sur %3.</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has %2 rows; --from %3 is past the last one</source>
        <translation>la population «&#xa0;%1&#xa0;» compte %2 lignes&#x202f;; --from %3 dépasse la dernière</translation>
    </message>
    <message>
        <source>The control the population belongs to (required).</source>
        <translation>Le contrôle auquel appartient la population (obligatoire).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The population&apos;s name, unique in the engagement (required).</source>
        <translation>Le nom de la population, unique dans la mission (obligatoire).</translation>
    </message>
    <message>
        <source>XLSX only: the worksheet to read (default: the first).</source>
        <translation>XLSX uniquement&#xa0;: la feuille de calcul à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>CSV only: the field delimiter, one character or &quot;tab&quot; (default: detected among , ; tab |).</source>
        <translation>CSV uniquement&#xa0;: le séparateur de champs, un caractère ou &quot;tab&quot; (par défaut&#xa0;: détecté parmi , ; tab |).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CARACTÈRE</translation>
    </message>
    <message>
        <source>The client&apos;s population file (.csv or .xlsx) with a header row naming the columns.</source>
        <translation>Le fichier de population du client (.csv ou .xlsx) avec une ligne d’en-tête qui nomme les colonnes.</translation>
    </message>
    <message>
        <source>Import a control&apos;s population (the occurrences in the period)</source>
        <translation>Importer la population d’un contrôle (ses occurrences au cours de la période)</translation>
    </message>
    <message>
        <source>The first record is the header; its names must be non-empty and unique. Data rows are numbered
from 1 in file order; entirely blank rows are skipped (a warning says how many); a row with more
fields than the header is an error naming the row. A file that is not UTF-8 is read as
Windows-1252 with a warning. Any error leaves the workpaper unchanged.
JSON: {&quot;name&quot;, &quot;control&quot;, &quot;source&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;skipped_blank_rows&quot;}</source>
        <translation>Le premier enregistrement est l’en-tête&#x202f;; ses noms doivent être non vides et uniques. Les lignes de données sont
numérotées à partir de 1 dans l’ordre du fichier&#x202f;; les lignes entièrement vides sont ignorées (un avertissement
indique leur nombre)&#x202f;; une ligne qui a plus de champs que l’en-tête est une erreur qui nomme la ligne. Un fichier
qui n’est pas en UTF-8 est lu en Windows-1252 avec un avertissement. Toute erreur laisse le dossier de travail inchangé.
JSON&#xa0;: {&quot;name&quot;, &quot;control&quot;, &quot;source&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;skipped_blank_rows&quot;}</translation>
    </message>
    <message>
        <source>List the engagement&apos;s populations</source>
        <translation>Lister les populations de la mission</translation>
    </message>
    <message>
        <source>JSON: [{&quot;name&quot;, &quot;control&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;source&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;imported_at&quot;, &quot;imported_by&quot;}]</source>
        <translation>JSON&#xa0;: [{&quot;name&quot;, &quot;control&quot;, &quot;rows&quot;, &quot;columns&quot;, &quot;sha256&quot;, &quot;source&quot;, &quot;encoding&quot;, &quot;sheet&quot;,
&quot;imported_at&quot;, &quot;imported_by&quot;}]</translation>
    </message>
    <message>
        <source>The population to show (required).</source>
        <translation>La population à afficher (obligatoire).</translation>
    </message>
    <message>
        <source>The first row to show, from 1 (default: 1).</source>
        <translation>La première ligne à afficher, à partir de 1 (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>How many rows to show (default: %1, at most %2).</source>
        <translation>Nombre de lignes à afficher (par défaut&#xa0;: %1, au plus %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show rows of a population with their row numbers</source>
        <translation>Afficher les lignes d’une population avec leurs numéros de ligne</translation>
    </message>
    <message>
        <source>JSON: {&quot;name&quot;, &quot;columns&quot;, &quot;total_rows&quot;, &quot;rows&quot;: [{&quot;row&quot;, &quot;values&quot;: {column: value}}]}</source>
        <translation>JSON&#xa0;: {&quot;name&quot;, &quot;columns&quot;, &quot;total_rows&quot;, &quot;rows&quot;: [{&quot;row&quot;, &quot;values&quot;: {colonne: valeur}}]}</translation>
    </message>
    <message>
        <source>No sample of %1 items or fewer supports reliance at %2 risk, %3 tolerable, %4 expected (the AICPA tables print &quot;*&quot;); raise the tolerable rate or lower the expected rate</source>
        <translation>Aucun échantillon de %1 éléments ou moins ne justifie la confiance pour un risque de %2, un taux tolérable de %3 et un taux prévu de %4 (les tables de l’AICPA indiquent «&#xa0;*&#xa0;»)&#x202f;; augmentez le taux tolérable ou réduisez le taux prévu</translation>
    </message>
    <message>
        <source>Sample size %1 (1 expected deviation) at %2 risk, %3 tolerable, %4 expected</source>
        <translation>Taille d’échantillon %1 (1 écart prévu) pour un risque de %2, un taux tolérable de %3 et un taux prévu de %4</translation>
    </message>
    <message>
        <source>Sample size %1 (%2 expected deviations) at %3 risk, %4 tolerable, %5 expected</source>
        <translation>Taille d’échantillon %1 (%2 écarts prévus) pour un risque de %3, un taux tolérable de %4 et un taux prévu de %5</translation>
    </message>
    <message>
        <source>--risk-level: &quot;%1&quot; is not a risk level; use lower or higher</source>
        <translation>--risk-level&#xa0;: «&#xa0;%1&#xa0;» n’est pas un niveau de risque&#x202f;; utilisez lower ou higher</translation>
    </message>
    <message>
        <source>--frequency: unknown frequency &quot;%1&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation>--frequency&#xa0;: fréquence inconnue «&#xa0;%1&#xa0;»&#x202f;; utilisez annual, quarterly, monthly, weekly, daily, multiple-daily ou ad-hoc</translation>
    </message>
    <message>
        <source>Sample size %1.</source>
        <translation>Taille d’échantillon %1.</translation>
    </message>
    <message>
        <source>sample size: --%1 does not apply with --frequency</source>
        <translation>sample size&#xa0;: --%1 ne s’applique pas avec --frequency</translation>
    </message>
    <message>
        <source>sample size: --%1 applies only with --frequency</source>
        <translation>sample size&#xa0;: --%1 ne s’applique qu’avec --frequency</translation>
    </message>
    <message>
        <source>sample size: give --risk, --tolerable and --expected, or --frequency</source>
        <translation>sample size&#xa0;: indiquez --risk, --tolerable et --expected, ou --frequency</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 (%3); upper deviation limit: %4 at %5 risk.</source>
        <translation>Écarts&#xa0;: %1 sur %2 (%3)&#x202f;; limite supérieure d’écart&#xa0;: %4 pour un risque de %5.</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a seed; use a whole number from 0 to %2</source>
        <translation>--seed&#xa0;: «&#xa0;%1&#xa0;» n’est pas une graine&#x202f;; utilisez un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a selection method; use random or systematic</source>
        <translation>--method&#xa0;: «&#xa0;%1&#xa0;» n’est pas une méthode de sélection&#x202f;; utilisez random ou systematic</translation>
    </message>
    <message>
        <source>Sample of population &quot;%1&quot;: %2 selection of %3 of %4 rows, seed %5; drawn %6 by %7.</source>
        <translation>Échantillon de la population «&#xa0;%1&#xa0;»&#xa0;: %3 lignes sur %4, méthode de sélection %2, graine %5&#x202f;; tiré le %6 par %7.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>seed %1 chosen</source>
        <translation>graine %1 choisie</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample yet; draw one with &quot;sample draw&quot;</source>
        <translation>la population «&#xa0;%1&#xa0;» n’a pas encore d’échantillon&#x202f;; tirez-en un avec «&#xa0;sample draw&#xa0;»</translation>
    </message>
    <message>
        <source>sample export: %1 does not end in .xlsx; the request list is an XLSX workbook</source>
        <translation>sample export&#xa0;: %1 ne se termine pas par .xlsx&#x202f;; la liste de demandes est un classeur XLSX</translation>
    </message>
    <message>
        <source>Wrote the request list for the sample of population &quot;%1&quot; to %2.</source>
        <translation>Liste de demandes de l’échantillon de la population «&#xa0;%1&#xa0;» écrite dans %2.</translation>
    </message>
    <message>
        <source>The population&apos;s name (required).</source>
        <translation>Le nom de la population (obligatoire).</translation>
    </message>
    <message>
        <source>Statistical: risk of overreliance, e.g. 0.05 or 5%.</source>
        <translation>Statistique&#xa0;: risque de confiance excessive, p.&#xa0;ex. 0.05 ou 5%.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Statistical: tolerable deviation rate.</source>
        <translation>Statistique&#xa0;: taux d’écart tolérable.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Statistical: expected deviation rate, below the tolerable rate.</source>
        <translation>Statistique&#xa0;: taux d’écart prévu, inférieur au taux tolérable.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Frequency-based: annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc.</source>
        <translation>Selon la fréquence&#xa0;: annual, quarterly, monthly, weekly, daily, multiple-daily ou ad-hoc.</translation>
    </message>
    <message>
        <source>FREQ</source>
        <translation>FRÉQUENCE</translation>
    </message>
    <message>
        <source>Frequency-based: the table column, lower or higher (default: higher).</source>
        <translation>Selon la fréquence&#xa0;: la colonne de la table, lower ou higher (par défaut&#xa0;: higher).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Frequency-based: an automated control (a test of one).</source>
        <translation>Selon la fréquence&#xa0;: un contrôle automatisé (test d’un seul élément).</translation>
    </message>
    <message>
        <source>Frequency-based: the population&apos;s size; a smaller population is tested whole.</source>
        <translation>Selon la fréquence&#xa0;: la taille de la population&#x202f;; une population plus petite est testée en totalité.</translation>
    </message>
    <message>
        <source>Frequency-based: the period in months (default: the --file engagement&apos;s Type II period, else a full year).</source>
        <translation>Selon la fréquence&#xa0;: la période en mois (par défaut&#xa0;: la période de type II de la mission de --file, sinon une année entière).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Frequency-based: take the firm table and the period from this workpaper.</source>
        <translation>Selon la fréquence&#xa0;: prendre la table du cabinet et la période dans ce dossier de travail.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Items tested (required).</source>
        <translation>Éléments testés (obligatoire).</translation>
    </message>
    <message>
        <source>Deviations found (required).</source>
        <translation>Écarts constatés (obligatoire).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Risk of overreliance, e.g. 0.05 or 5% (required).</source>
        <translation>Risque de confiance excessive, p.&#xa0;ex. 0.05 ou 5% (obligatoire).</translation>
    </message>
    <message>
        <source>Tolerable deviation rate; without it no conclusion on reliance is drawn.</source>
        <translation>Taux d’écart tolérable&#x202f;; sans lui, aucune conclusion sur la confiance n’est tirée.</translation>
    </message>
    <message>
        <source>Items to select (required).</source>
        <translation>Nombre d’éléments à sélectionner (obligatoire).</translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to 2^64 - 1 (default: a new random seed, reported).</source>
        <translation>La graine, un nombre entier de 0 à 2^64 - 1 (par défaut&#xa0;: une nouvelle graine aléatoire, qui est indiquée).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>random (default) or systematic.</source>
        <translation>random (par défaut) ou systematic.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>How the size was chosen, in words, kept with the sample.</source>
        <translation>La façon dont la taille a été choisie, en quelques mots, conservée avec l’échantillon.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation>Le fichier .xlsx à écrire.</translation>
    </message>
    <message>
        <source>Compute a sample size, statistical or frequency-based</source>
        <translation>Calculer une taille d’échantillon, statistique ou selon la fréquence</translation>
    </message>
    <message>
        <source>Statistical: sample size --risk R --tolerable T --expected E (rates as 0.05 or 5%)
  JSON: {&quot;method&quot;: &quot;statistical&quot;, &quot;size&quot;, &quot;expected_deviations&quot;, &quot;too_large&quot;, &quot;risk&quot;,
  &quot;tolerable&quot;, &quot;expected&quot;}; too_large is true when no sample of 2,000 or fewer suffices.
Frequency-based: sample size --frequency F [--risk-level lower|higher] [--automated]
  [--population N] [--period-months M] [--file FILE]
  JSON: {&quot;method&quot;: &quot;frequency&quot;, &quot;size&quot;, &quot;explanation&quot;, &quot;frequency&quot;, &quot;risk_level&quot;,
  &quot;automated&quot;, &quot;population&quot;, &quot;period_months&quot;}</source>
        <translation>Statistique&#xa0;: sample size --risk R --tolerable T --expected E (taux au format 0.05 ou 5%)
  JSON&#xa0;: {&quot;method&quot;: &quot;statistical&quot;, &quot;size&quot;, &quot;expected_deviations&quot;, &quot;too_large&quot;, &quot;risk&quot;,
  &quot;tolerable&quot;, &quot;expected&quot;}&#x202f;; too_large vaut true si aucun échantillon de 2&#x202f;000 éléments ou moins ne suffit.
Selon la fréquence&#xa0;: sample size --frequency F [--risk-level lower|higher] [--automated]
  [--population N] [--period-months M] [--file FICHIER]
  JSON&#xa0;: {&quot;method&quot;: &quot;frequency&quot;, &quot;size&quot;, &quot;explanation&quot;, &quot;frequency&quot;, &quot;risk_level&quot;,
  &quot;automated&quot;, &quot;population&quot;, &quot;period_months&quot;}</translation>
    </message>
    <message>
        <source>Evaluate a tested sample: upper deviation limit and conclusion</source>
        <translation>Évaluer un échantillon testé&#xa0;: limite supérieure d’écart et conclusion</translation>
    </message>
    <message>
        <source>The upper deviation limit is the exact one-sided binomial bound, rounded up to 0.1%.
JSON: {&quot;sample_size&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;, &quot;upper_deviation_limit&quot;, &quot;risk&quot;,
&quot;tolerable_rate&quot;, &quot;supports_reliance&quot;, &quot;conclusion&quot;}; rates are fractions (0.077 for 7.7%);
tolerable_rate and supports_reliance are null without --tolerable.</source>
        <translation>La limite supérieure d’écart est la borne binomiale unilatérale exacte, arrondie au 0,1&#xa0;% supérieur.
JSON&#xa0;: {&quot;sample_size&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;, &quot;upper_deviation_limit&quot;, &quot;risk&quot;,
&quot;tolerable_rate&quot;, &quot;supports_reliance&quot;, &quot;conclusion&quot;}&#x202f;; les taux sont des fractions (0.077 pour 7,7&#xa0;%)&#x202f;;
tolerable_rate et supports_reliance valent null sans --tolerable.</translation>
    </message>
    <message>
        <source>Select a population&apos;s sample and store it</source>
        <translation>Sélectionner l’échantillon d’une population et l’enregistrer</translation>
    </message>
    <message>
        <source>Replaces an earlier sample of the population. Without --seed a seed is chosen and reported
(on stderr as &quot;note: seed S chosen&quot; unless --json).
</source>
        <translation>Remplace un échantillon antérieur de la population. Sans --seed, une graine est choisie et indiquée
(sur stderr sous la forme «&#xa0;note: graine S choisie&#xa0;», sauf avec --json).
</translation>
    </message>
    <message>
        <source>The new, larger size.</source>
        <translation>La nouvelle taille, plus grande.</translation>
    </message>
    <message>
        <source>Extend a random sample; its first items stay</source>
        <translation>Étendre un échantillon aléatoire&#x202f;; ses premiers éléments sont conservés</translation>
    </message>
    <message>
        <source>Continues the same generator stream from the stored seed. A systematic sample cannot be extended.
</source>
        <translation>Poursuit la même séquence du générateur à partir de la graine enregistrée. Un échantillon systématique ne peut pas être étendu.
</translation>
    </message>
    <message>
        <source>Show a population&apos;s stored sample with the values of its rows</source>
        <translation>Afficher l’échantillon enregistré d’une population avec les valeurs de ses lignes</translation>
    </message>
    <message>
        <source>Write a population&apos;s sample as a request list for the client (.xlsx)</source>
        <translation>Écrire l’échantillon d’une population sous forme de liste de demandes pour le client (.xlsx)</translation>
    </message>
    <message>
        <source>One row per item (item number, population row, the population&apos;s columns) and empty columns
for the client: evidence reference, provided by, date provided, comments.</source>
        <translation>Une ligne par élément (numéro d’élément, ligne de la population, colonnes de la population) et des colonnes vides
pour le client&#xa0;: référence de la preuve, fourni par, date de fourniture, commentaires.</translation>
    </message>
    <message>
        <source>control %1: inquiry alone is not sufficient evidence; add an observation, inspection or reperformance procedure</source>
        <translation>contrôle %1&#xa0;: la demande d’informations seule n’est pas un élément probant suffisant&#x202f;; ajoutez une procédure d’observation, d’inspection ou de réexécution</translation>
    </message>
    <message>
        <source>--procedure: &quot;%1&quot; is not a procedure; use inquiry, observation, inspection or reperformance</source>
        <translation>--procedure&#xa0;: «&#xa0;%1&#xa0;» n’est pas une procédure de test&#x202f;; utilisez inquiry, observation, inspection ou reperformance</translation>
    </message>
    <message>
        <source>Added a procedure (%1) to control %2.</source>
        <translation>Procédure de test (%1) ajoutée au contrôle %2.</translation>
    </message>
    <message>
        <source>Added attribute %1 to control %2.</source>
        <translation>Attribut de test %1 ajouté au contrôle %2.</translation>
    </message>
    <message>
        <source>test design: give either --procedure KIND or --attribute [LETTER], with --text</source>
        <translation>test design&#xa0;: indiquez soit --procedure TYPE, soit --attribute [LETTRE], avec --text</translation>
    </message>
    <message>
        <source>--result: &quot;%1&quot; is not a result; use pass, deviation or na</source>
        <translation>--result&#xa0;: «&#xa0;%1&#xa0;» n’est pas un résultat&#x202f;; utilisez pass, deviation ou na</translation>
    </message>
    <message>
        <source>Recorded %1 for attribute %2 on row %3 of control %4&apos;s sample.</source>
        <translation>%1 enregistré pour l’attribut %2 à la ligne %3 de l’échantillon du contrôle %4.</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Contrôle %1</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procédures de test&#xa0;:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs de test&#xa0;:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 row %2, attribute %3: %4</source>
        <translation>  %1 ligne %2, attribut %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The control&apos;s ID (required).</source>
        <translation>L’ID du contrôle (obligatoire).</translation>
    </message>
    <message>
        <source>Add a procedure: inquiry, observation, inspection or reperformance.</source>
        <translation>Ajouter une procédure de test&#xa0;: inquiry (demande d’informations), observation, inspection ou reperformance (réexécution).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Add a test attribute named LETTER (default: the next free letter from A).</source>
        <translation>Ajouter un attribut de test nommé LETTRE (par défaut&#xa0;: la prochaine lettre libre à partir de A).</translation>
    </message>
    <message>
        <source>[LETTER]</source>
        <translation>[LETTRE]</translation>
    </message>
    <message>
        <source>What the procedure does or the attribute checks (required).</source>
        <translation>Ce que fait la procédure ou ce que vérifie l’attribut (obligatoire).</translation>
    </message>
    <message>
        <source>Add a test procedure or a test attribute to a control</source>
        <translation>Ajouter une procédure de test ou un attribut de test à un contrôle</translation>
    </message>
    <message>
        <source>Give either --procedure KIND or --attribute [LETTER], each with --text. A control tested by
inquiry alone draws a warning: inquiry alone is not sufficient evidence.</source>
        <translation>Indiquez soit --procedure TYPE, soit --attribute [LETTRE], chacun avec --text. Un contrôle testé par la seule
demande d’informations déclenche un avertissement&#xa0;: la demande d’informations seule n’est pas un élément probant suffisant.</translation>
    </message>
    <message>
        <source>The population row, one of the sample&apos;s (required).</source>
        <translation>La ligne de la population, qui doit faire partie de l’échantillon (obligatoire).</translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (required).</source>
        <translation>La lettre de l’attribut (obligatoire).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>pass, deviation or na (required).</source>
        <translation>pass, deviation ou na (obligatoire).</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>A note on the result.</source>
        <translation>Une note sur le résultat.</translation>
    </message>
    <message>
        <source>The population whose sample is tested, when the control has several.</source>
        <translation>La population dont l’échantillon est testé, lorsque le contrôle en a plusieurs.</translation>
    </message>
    <message>
        <source>Record the result of an attribute on a sample item</source>
        <translation>Enregistrer le résultat d’un attribut pour un élément de l’échantillon</translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute.</source>
        <translation>N est une ligne de l’échantillon du contrôle&#x202f;; une ligne hors échantillon ou un attribut non défini est une erreur.
Un nouvel enregistrement remplace le résultat antérieur de cet élément et de cet attribut.</translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation>Afficher les procédures de test, les attributs et les résultats enregistrés d’un contrôle</translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}]}</source>
        <translation>JSON&#xa0;: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}]}</translation>
    </message>
    <message>
        <source>The record holding the column names, from 1; the records above it are skipped (default: 1).</source>
        <translation>L’enregistrement qui contient les noms de colonnes, à partir de 1&#x202f;; les enregistrements au-dessus sont ignorés (par défaut&#xa0;: 1).</translation>
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
        <translation>l’événement %1 est manquant (l’événement stocké suivant est %2)</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2 (previous hash differs)</source>
        <translation>l’événement %1 n’est pas lié à l’événement %2 (le hachage précédent diffère)</translation>
    </message>
    <message>
        <source>event %1 (%2 %3) was altered: its content does not match its hash</source>
        <translation>l’événement %1 (%2 %3) a été modifié&#xa0;: son contenu ne correspond pas à son hachage</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Multiple times a day</source>
        <translation>Plusieurs fois par jour</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisé</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation>identifiant du contrôle&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>control id: &quot;%1&quot; has leading or trailing spaces</source>
        <translation>identifiant du contrôle&#xa0;: «&#xa0;%1&#xa0;» comporte des espaces au début ou à la fin</translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation>description&#xa0;: le contrôle %1 doit avoir une description</translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation>critères&#xa0;: le contrôle %1 doit être associé à au moins un critère</translation>
    </message>
    <message>
        <source>the control matrix is empty</source>
        <translation>la matrice des contrôles est vide</translation>
    </message>
    <message>
        <source>row %1: control id %2 appears twice</source>
        <translation>ligne %1&#xa0;: l’identifiant de contrôle %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>the control matrix has a header but no controls</source>
        <translation>la matrice des contrôles a une ligne d’en-tête, mais aucun contrôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <translation>Intégrité du traitement</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>client: the service organization&apos;s name is required</source>
        <translation>client&#xa0;: le nom de l’organisation de services est obligatoire</translation>
    </message>
    <message>
        <source>system: the system name is required</source>
        <translation>système&#xa0;: le nom du système est obligatoire</translation>
    </message>
    <message>
        <source>categories: Security is always in scope</source>
        <translation>catégories&#xa0;: la sécurité est toujours dans le périmètre</translation>
    </message>
    <message>
        <source>as-of date: a Type I report needs a valid date (YYYY-MM-DD)</source>
        <translation>date de référence&#xa0;: un rapport de type I exige une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>period start: a Type II report needs a valid start date (YYYY-MM-DD)</source>
        <translation>début de la période&#xa0;: un rapport de type II exige une date de début valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>period end: a Type II report needs a valid end date (YYYY-MM-DD)</source>
        <translation>fin de la période&#xa0;: un rapport de type II exige une date de fin valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>period end: %1 is not after the start %2</source>
        <translation>fin de la période&#xa0;: %1 n’est pas postérieure au début %2</translation>
    </message>
    <message>
        <source>The Type II period is shorter than 3 months; users of the report may not accept it.</source>
        <translation>La période de type II est inférieure à 3 mois&#x202f;; les utilisateurs du rapport pourraient ne pas l’accepter.</translation>
    </message>
    <message>
        <source>The Type II period is longer than 12 months; reports usually cover at most a year.</source>
        <translation>La période de type II dépasse 12 mois&#x202f;; les rapports couvrent généralement un an au plus.</translation>
    </message>
    <message>
        <source>subservice organization name: required</source>
        <translation>nom de l’organisation sous-traitante&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>subservice organization services: describe what %1 provides</source>
        <translation>services de l’organisation sous-traitante&#xa0;: décrivez ce que fournit %1</translation>
    </message>
    <message>
        <source>CUEC text: required</source>
        <translation>texte du CUEC&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>The upper deviation limit is %1 at a %2 risk of overreliance; without a tolerable rate no conclusion on reliance is drawn.</source>
        <translation>La limite supérieure d’écart est de %1 pour un risque de confiance excessive de %2&#x202f;; sans taux d’écart tolérable, aucune conclusion sur la confiance n’est tirée.</translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 does not exceed the tolerable rate of %2; the sample supports the planned reliance on the control.</source>
        <translation>La limite supérieure d’écart de %1 ne dépasse pas le taux d’écart tolérable de %2&#x202f;; l’échantillon justifie la confiance prévue dans le contrôle.</translation>
    </message>
    <message>
        <source>The upper deviation limit of %1 exceeds the tolerable rate of %2; the sample does not support the planned reliance on the control.</source>
        <translation>La limite supérieure d’écart de %1 dépasse le taux d’écart tolérable de %2&#x202f;; l’échantillon ne justifie pas la confiance prévue dans le contrôle.</translation>
    </message>
    <message>
        <source>sample size %1: must be at least 1</source>
        <translation>taille d’échantillon %1&#xa0;: doit être d’au moins 1</translation>
    </message>
    <message>
        <source>deviations %1: must be between 0 and the sample size of %2</source>
        <translation>écarts %1&#xa0;: doit être compris entre 0 et la taille d’échantillon de %2</translation>
    </message>
    <message>
        <source>risk of overreliance %1: must be above 0% and below 100%</source>
        <translation>risque de confiance excessive %1&#xa0;: doit être supérieur à 0&#xa0;% et inférieur à 100&#xa0;%</translation>
    </message>
    <message>
        <source>tolerable deviation rate %1: must be above 0% and below 100%</source>
        <translation>taux d’écart tolérable %1&#xa0;: doit être supérieur à 0&#xa0;% et inférieur à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Annual control</source>
        <translation>Contrôle annuel</translation>
    </message>
    <message>
        <source>Quarterly control</source>
        <translation>Contrôle trimestriel</translation>
    </message>
    <message>
        <source>Monthly control</source>
        <translation>Contrôle mensuel</translation>
    </message>
    <message>
        <source>Weekly control</source>
        <translation>Contrôle hebdomadaire</translation>
    </message>
    <message>
        <source>Daily control</source>
        <translation>Contrôle quotidien</translation>
    </message>
    <message>
        <source>Control operating multiple times a day</source>
        <translation>Contrôle exécuté plusieurs fois par jour</translation>
    </message>
    <message>
        <source>Ad hoc control (population-based, sized like a daily control)</source>
        <translation>Contrôle ad hoc (fondé sur la population, dimensionné comme un contrôle quotidien)</translation>
    </message>
    <message>
        <source>period of 1 month</source>
        <translation>période de 1 mois</translation>
    </message>
    <message>
        <source>period of %1 months</source>
        <translation>période de %1 mois</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>%1 holds %2: %3 unchanged</source>
        <translation>%1 comprend %2&#xa0;: %3, inchangé</translation>
    </message>
    <message>
        <source>%1: at most %2, so %3</source>
        <translation>%1&#xa0;: au plus %2, donc %3</translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3, raised to the minimum of %4</source>
        <translation>%1&#xa0;: %2 arrondi au supérieur = %3, porté au minimum de %4</translation>
    </message>
    <message>
        <source>%1: %2 rounded up = %3</source>
        <translation>%1&#xa0;: %2 arrondi au supérieur = %3</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1&#xa0;: %2 = %3</translation>
    </message>
    <message>
        <source>frequency table, %1: must be an object with lower and higher sizes</source>
        <translation>table des fréquences, %1&#xa0;: doit être un objet avec les tailles lower et higher</translation>
    </message>
    <message>
        <source>frequency table, %1.%2: must be a whole number from 1 to %3</source>
        <translation>table des fréquences, %1.%2&#xa0;: doit être un nombre entier de 1 à %3</translation>
    </message>
    <message>
        <source>frequency table, %1: the lower-risk size %2 exceeds the higher-risk size %3</source>
        <translation>table des fréquences, %1&#xa0;: la taille pour le risque plus faible (%2) dépasse celle pour le risque plus élevé (%3)</translation>
    </message>
    <message>
        <source>Automated control: 1, a test of one instance (its consistent operation rests on effective IT general controls)</source>
        <translation>Contrôle automatisé&#xa0;: 1, test d’une seule occurrence (son fonctionnement constant repose sur des contrôles généraux informatiques efficaces)</translation>
    </message>
    <message>
        <source>%1, %2 risk: %3 from the firm table</source>
        <translation>%1, risque %2&#xa0;: %3 selon la table du cabinet</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus faible</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>the population is empty: nothing to test</source>
        <translation>la population est vide&#xa0;: rien à tester</translation>
    </message>
    <message>
        <source>population of %1 is smaller, so all %1 are tested</source>
        <translation>la population de %1 est plus petite, donc les %1 éléments sont tous testés</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: not a number; write a fraction such as 0.05 or a percentage such as 5%</source>
        <translation>taux «&#xa0;%1&#xa0;»&#xa0;: pas un nombre&#x202f;; écrivez une fraction comme 0.05 ou un pourcentage comme 5%</translation>
    </message>
    <message>
        <source>expected deviation rate %1: must be below the tolerable rate of %2</source>
        <translation>taux d’écart prévu %1&#xa0;: doit être inférieur au taux tolérable de %2</translation>
    </message>
    <message>
        <source>population size %1: must be at least 1</source>
        <translation>taille de la population %1&#xa0;: doit être d’au moins 1</translation>
    </message>
    <message>
        <source>sample size %1: exceeds the population of %2</source>
        <translation>taille d’échantillon %1&#xa0;: dépasse la population de %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tickmark workpaper</source>
        <translation>%1 est vide&#x202f;; ce n’est pas un dossier de travail Tickmark</translation>
    </message>
    <message>
        <source>%1 is not a Tickmark workpaper (not an SQLite database)</source>
        <translation>%1 n’est pas un dossier de travail Tickmark (ce n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>%1 (sheet %2): %3</source>
        <translation>%1 (feuille %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; a population needs a header row</source>
        <translation>%1&#xa0;: le fichier est vide&#x202f;; une population nécessite une ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1: header column %2 has no name</source>
        <translation>%1&#xa0;: la colonne %2 de l’en-tête n’a pas de nom</translation>
    </message>
    <message>
        <source>%1: header column &quot;%2&quot; appears twice</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» de l’en-tête apparaît deux fois</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the delimiter must be a single ASCII character other than a quote</source>
        <translation>%1&#xa0;: le séparateur doit être un seul caractère ASCII autre qu’un guillemet</translation>
    </message>
    <message>
        <source>%1: row %2 (line %3) has %4 fields but the header has %5</source>
        <translation>%1&#xa0;: la ligne %2 (ligne %3 du fichier) a %4 champs, mais l’en-tête en a %5</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>l’importation de %1 a été annulée&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>a stored population row is damaged</source>
        <translation>une ligne de population enregistrée est endommagée</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>la population «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive n’a indiqué aucune raison</translation>
    </message>
    <message>
        <source>absolute path (entries must be relative to the package)</source>
        <translation>chemin absolu (les entrées doivent être relatives au paquet)</translation>
    </message>
    <message>
        <source>the path climbs out of the package with &quot;..&quot;</source>
        <translation>le chemin sort du paquet avec «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>l’entrée n’a pas de nom</translation>
    </message>
    <message>
        <source>%1 is neither a supported archive (zip, tar, tar.gz, tar.bz2, tar.xz, 7z) nor a recognised evidence file (PDF, image, text, CSV, Office document)</source>
        <translation>%1 n’est ni une archive prise en charge (zip, tar, tar.gz, tar.bz2, tar.xz, 7z), ni un élément probant reconnu (PDF, image, texte, CSV, document Office)</translation>
    </message>
    <message>
        <source>%1 is %2-compressed but holds no tar archive (%3); only compressed tar archives are supported</source>
        <translation>%1 est compressé en %2 mais ne contient pas d’archive tar (%3)&#x202f;; seules les archives tar compressées sont prises en charge</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip, tar or 7z archive (%2)</source>
        <translation>%1 ne peut pas être lu comme une archive zip, tar ou 7z (%2)</translation>
    </message>
    <message>
        <source>header row: %1 ends after record %2, before record %3</source>
        <translation>ligne d’en-tête&#xa0;: %1 se termine après l’enregistrement %2, avant l’enregistrement %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ArchiveReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>its name cannot be read (%1)</source>
        <translation>son nom ne peut pas être lu (%1)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::AuditTrail</name>
    <message>
        <source>events %1 to %2 are missing from the end of the trail</source>
        <translation>les événements %1 à %2 manquent à la fin de la piste</translation>
    </message>
    <message>
        <source>the recorded chain head (event %1) does not match the last event %2</source>
        <translation>la tête de chaîne enregistrée (événement %1) ne correspond pas au dernier événement %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ControlService</name>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation>critères&#xa0;: %1 n’est pas un critère des services de confiance (contrôle %2)</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>control %1 already exists in the workpaper</source>
        <translation>le contrôle %1 existe déjà dans le dossier de travail</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>control %1 has population %2; delete the population first</source>
        <translation>le contrôle %1 a la population %2&#x202f;; supprimez d’abord la population</translation>
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
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>control id: required</source>
        <translation>identifiant du contrôle&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>description: control %1 needs a description</source>
        <translation>description&#xa0;: le contrôle %1 doit avoir une description</translation>
    </message>
    <message>
        <source>criteria: control %1 must be mapped to at least one criterion</source>
        <translation>critères&#xa0;: le contrôle %1 doit être associé à au moins un critère</translation>
    </message>
    <message>
        <source>criteria: %1 is not a trust services criterion (control %2)</source>
        <translation>critères&#xa0;: %1 n’est pas un critère des services de confiance (contrôle %2)</translation>
    </message>
    <message>
        <source>frequency: &quot;%1&quot; is not a known frequency</source>
        <translation>fréquence&#xa0;: «&#xa0;%1&#xa0;» n’est pas une fréquence connue</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is neither manual nor automated</source>
        <translation>type&#xa0;: «&#xa0;%1&#xa0;» n’est ni manuel ni automatisé</translation>
    </message>
    <message>
        <source>column %1 cannot be edited</source>
        <translation>la colonne %1 ne peut pas être modifiée</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::CoverageModel</name>
    <message>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
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
Aucun contrôle n’est associé à ce critère.</translation>
    </message>
    <message>
        <source>%1
Controls: %2</source>
        <translation>%1
Contrôles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Number of controls mapped to the criterion</source>
        <translation>Nombre de contrôles associés au critère</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Control ids</source>
        <translation>ID des contrôles</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Database</name>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Tickmark workpaper</source>
        <translation>%1 est une base de données SQLite, mais pas un dossier de travail Tickmark</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tickmark (schema %2; this version reads up to %3); it was not changed. Please update Tickmark.</source>
        <translation>%1 a été écrit par une version plus récente de Tickmark (schéma %2&#x202f;; cette version lit jusqu’au schéma %3)&#x202f;; il n’a pas été modifié. Veuillez mettre à jour Tickmark.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: integrity check returned nothing</source>
        <translation>%1 est endommagé&#xa0;: la vérification d’intégrité n’a rien renvoyé</translation>
    </message>
    <message>
        <source>cannot switch %1 to rollback-journal mode</source>
        <translation>impossible de passer %1 en mode rollback journal</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation>la mise à niveau de %1 vers le schéma %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>impossible d’écrire une copie dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EngagementService</name>
    <message>
        <source>subservice organization name: %1 is already listed</source>
        <translation>nom de l’organisation sous-traitante&#xa0;: %1 figure déjà dans la liste</translation>
    </message>
    <message>
        <source>subservice organization %1 does not exist</source>
        <translation>l’organisation sous-traitante %1 n’existe pas</translation>
    </message>
    <message>
        <source>CUEC criteria: %1 is not a trust services criterion</source>
        <translation>critères du CUEC&#xa0;: %1 n’est pas un critère des services de confiance</translation>
    </message>
    <message>
        <source>CUEC %1 does not exist</source>
        <translation>le CUEC %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceImporter</name>
    <message>
        <source>the package&apos;s list of entries is encrypted; ask the client for an unencrypted package</source>
        <translation>la liste des entrées du paquet est chiffrée&#x202f;; demandez au client un paquet non chiffré</translation>
    </message>
    <message>
        <source>the package is damaged or truncated before its first entry (%1)</source>
        <translation>le paquet est endommagé ou tronqué avant sa première entrée (%1)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated after entry %1 (%2)</source>
        <translation>le paquet est endommagé ou tronqué après l’entrée %1 (%2)</translation>
    </message>
    <message>
        <source>the package has more than %1 entries (the limit); ask the client to split it</source>
        <translation>le paquet compte plus de %1 entrées (la limite)&#x202f;; demandez au client de le scinder</translation>
    </message>
    <message>
        <source>the package holds no files to import</source>
        <translation>le paquet ne contient aucun fichier à importer</translation>
    </message>
    <message>
        <source> (skipped entries: %1; the first: %2: %3)</source>
        <translation> (entrées ignorées&#xa0;: %1&#x202f;; la première&#xa0;: %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>(entry %1, without a name)</source>
        <translation>(entrée %1, sans nom)</translation>
    </message>
    <message>
        <source>entry %1 is encrypted; ask the client for an unencrypted package</source>
        <translation>l’entrée %1 est chiffrée&#x202f;; demandez au client un paquet non chiffré</translation>
    </message>
    <message>
        <source>symbolic link to %1 (links are never followed)</source>
        <translation>lien symbolique vers %1 (les liens ne sont jamais suivis)</translation>
    </message>
    <message>
        <source>hard link to %1 (links are never followed)</source>
        <translation>lien physique vers %1 (les liens ne sont jamais suivis)</translation>
    </message>
    <message>
        <source>device file (only regular files are imported)</source>
        <translation>fichier de périphérique (seuls les fichiers ordinaires sont importés)</translation>
    </message>
    <message>
        <source>FIFO / named pipe (only regular files are imported)</source>
        <translation>FIFO / tube nommé (seuls les fichiers ordinaires sont importés)</translation>
    </message>
    <message>
        <source>socket (only regular files are imported)</source>
        <translation>socket (seuls les fichiers ordinaires sont importés)</translation>
    </message>
    <message>
        <source>not a regular file (only regular files are imported)</source>
        <translation>pas un fichier ordinaire (seuls les fichiers ordinaires sont importés)</translation>
    </message>
    <message>
        <source>entry %1 takes the package past its limit of %2 uncompressed (a decompression bomb?)</source>
        <translation>l’entrée %1 fait dépasser au paquet sa limite de %2 non compressés (une bombe de décompression&#x202f;?)</translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times its compressed size (a decompression bomb?); the limit applies to entries over %3</source>
        <translation>l’entrée %1 se décompresse en plus de %2 fois sa taille compressée (une bombe de décompression&#x202f;?)&#x202f;; la limite s’applique aux entrées de plus de %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>l’importation a été annulée&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>entry %1 is damaged or truncated (%2)</source>
        <translation>l’entrée %1 est endommagée ou tronquée (%2)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceService</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is the open workpaper; it cannot be imported into itself</source>
        <translation>%1 est le dossier de travail ouvert&#x202f;; il ne peut pas être importé dans lui-même</translation>
    </message>
    <message>
        <source>%1 is not a regular file or a folder</source>
        <translation>%1 n’est ni un fichier ordinaire ni un dossier</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); there is nothing to import</source>
        <translation>%1 est vide (0 octet)&#x202f;; il n’y a rien à importer</translation>
    </message>
    <message>
        <source>%1 is in %2 format, which Tickmark does not read; ask the client for a zip, 7z or tar package</source>
        <translation>%1 est au format %2, que Tickmark ne lit pas&#x202f;; demandez au client un paquet zip, 7z ou tar</translation>
    </message>
    <message>
        <source>%1 is named like an archive but is not a zip, tar or 7z archive (its content looks like %2)</source>
        <translation>%1 porte un nom d’archive mais n’est pas une archive zip, tar ou 7z (son contenu ressemble à %2)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; try again</source>
        <translation>%1 a changé pendant son importation&#x202f;; réessayez</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>l’importation de %1 a été annulée&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was already imported as package &quot;%2&quot; on %3 (same SHA-256 %4)</source>
        <translation>%1 a déjà été importé comme paquet «&#xa0;%2&#xa0;» le %3 (même SHA-256 %4)</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>contenu %1</translation>
    </message>
    <message>
        <source>the verification was cancelled</source>
        <translation>la vérification a été annulée</translation>
    </message>
    <message>
        <source>no evidence has the SHA-256 %1</source>
        <translation>aucun élément probant n’a le SHA-256 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the stored bytes of %1 no longer match their SHA-256 (expected %2 of %3 bytes, found %4 of %5 bytes); nothing was written to %6</source>
        <translation>les octets enregistrés de %1 ne correspondent plus à leur SHA-256 (attendu&#xa0;: %2 sur %3 octets, trouvé&#xa0;: %4 sur %5 octets)&#x202f;; rien n’a été écrit dans %6</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FolderSource</name>
    <message>
        <source>the open workpaper itself (or its journal) is never imported into itself</source>
        <translation>le dossier de travail ouvert lui-même (ou son journal) n’est jamais importé dans lui-même</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::FrequencyTable</name>
    <message>
        <source>frequency table: unknown frequency &quot;%1&quot;</source>
        <translation>table des fréquences&#xa0;: fréquence inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::MatrixParser</name>
    <message>
        <source>header: column &quot;%1&quot; repeats an earlier column</source>
        <translation>en-tête&#xa0;: la colonne «&#xa0;%1&#xa0;» répète une colonne précédente</translation>
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
        <translation>en-tête&#xa0;: aucune colonne «&#xa0;%1&#xa0;» (trouvées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown frequency &quot;%3&quot;; use annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: fréquence inconnue «&#xa0;%3&#xa0;»&#x202f;; utilisez annual, quarterly, monthly, weekly, daily, multiple-daily ou ad-hoc</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown type &quot;%3&quot;; use manual or automated</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: type inconnu «&#xa0;%3&#xa0;»&#x202f;; utilisez manual ou automated</translation>
    </message>
    <message>
        <source>row %1 (control %2): key must be yes or no, not &quot;%3&quot;</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: key doit valoir yes ou no, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>row %1: the control id is empty</source>
        <translation>ligne %1&#xa0;: l’identifiant du contrôle est vide</translation>
    </message>
    <message>
        <source>row %1 (control %2): the description is empty</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: la description est vide</translation>
    </message>
    <message>
        <source>row %1 (control %2): no criteria given</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: aucun critère indiqué</translation>
    </message>
    <message>
        <source>row %1 (control %2): unknown criterion &quot;%3&quot;</source>
        <translation>ligne %1 (contrôle %2)&#xa0;: critère inconnu «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationListModel</name>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>%1
Columns: %2</source>
        <translation>%1
Colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>The control this population belonged to no longer exists.</source>
        <translation>Le contrôle auquel cette population appartenait n’existe plus.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importée par</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PopulationService</name>
    <message>
        <source>name: a population needs a name</source>
        <translation>nom&#xa0;: une population doit avoir un nom</translation>
    </message>
    <message>
        <source>control: %1 does not exist</source>
        <translation>contrôle&#xa0;: %1 n’existe pas</translation>
    </message>
    <message>
        <source>name: a population named &quot;%1&quot; already exists</source>
        <translation>nom&#xa0;: une population nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>la population «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>header row: must be 1 or more, not %1</source>
        <translation>ligne d’en-tête&#xa0;: doit être supérieure ou égale à 1, et non %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Rate</name>
    <message>
        <source>rate &quot;%1&quot;: more than %2 decimal places</source>
        <translation>taux «&#xa0;%1&#xa0;»&#xa0;: plus de %2 décimales</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 100%</source>
        <translation>taux «&#xa0;%1&#xa0;»&#xa0;: supérieur à 100&#xa0;%</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;: above 1; write %1% for a percentage</source>
        <translation>taux «&#xa0;%1&#xa0;»&#xa0;: supérieur à 1&#x202f;; écrivez %1% pour un pourcentage</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::SamplingService</name>
    <message>
        <source>population &quot;%1&quot; (%2 rows): %3</source>
        <translation>population «&#xa0;%1&#xa0;» (%2 lignes)&#xa0;: %3</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to extend</source>
        <translation>la population «&#xa0;%1&#xa0;» n’a pas d’échantillon à étendre</translation>
    </message>
    <message>
        <source>a systematic sample cannot be extended (its interval would change); draw a new sample instead</source>
        <translation>un échantillon systématique ne peut pas être étendu (son intervalle changerait)&#x202f;; tirez plutôt un nouvel échantillon</translation>
    </message>
    <message>
        <source>size: %1 is not larger than the current sample of %2</source>
        <translation>taille&#xa0;: %1 n’est pas supérieur à l’échantillon actuel de %2</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no sample to export</source>
        <translation>la population «&#xa0;%1&#xa0;» n’a pas d’échantillon à exporter</translation>
    </message>
    <message>
        <source>cannot read the sample of &quot;%1&quot;</source>
        <translation>impossible de lire l’échantillon de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or is not writable</source>
        <translation>impossible d’écrire %1&#xa0;: le dossier n’existe pas ou n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>Sample request: %1</source>
        <translation>Demande d’échantillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control %1 · %2 selection of %3 items from %4 rows (seed %5)</source>
        <translation>Contrôle %1 · méthode de sélection %2, %3 éléments sur %4 lignes (graine %5)</translation>
    </message>
    <message>
        <source>Please provide evidence for each item and fill in the shaded columns.</source>
        <translation>Veuillez fournir une preuve pour chaque élément et remplir les colonnes grisées.</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Référence de la preuve</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Date provided</source>
        <translation>Date de fourniture</translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation>Commentaires du client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Population row</source>
        <translation>Ligne de la population</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>results are recorded on the sample of %1; only a reviewer or partner can redraw it (and it is logged)</source>
        <translation>des résultats sont enregistrés sur l’échantillon de %1&#x202f;; seul un réviseur ou un associé peut le tirer à nouveau (et cela est journalisé)</translation>
    </message>
    <message>
        <source>the stored sample of population &quot;%1&quot; does not match its seed %2; it cannot be extended</source>
        <translation>l’échantillon enregistré de la population «&#xa0;%1&#xa0;» ne correspond pas à sa graine %2&#x202f;; il ne peut pas être étendu</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::TestingService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>a procedure of control %1 needs a text</source>
        <translation>une procédure de test du contrôle %1 doit avoir un texte</translation>
    </message>
    <message>
        <source>an attribute of control %1 needs a text</source>
        <translation>un attribut de test du contrôle %1 doit avoir un texte</translation>
    </message>
    <message>
        <source>control %1 has no free attribute letter</source>
        <translation>le contrôle %1 n’a plus de lettre libre pour un attribut de test</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is not a letter; use one or two letters (A, B, … AA)</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» n’est pas une lettre&#x202f;; utilisez une ou deux lettres (A, B, … AA)</translation>
    </message>
    <message>
        <source>attribute %1 is already defined for control %2</source>
        <translation>l’attribut %1 est déjà défini pour le contrôle %2</translation>
    </message>
    <message>
        <source>control %1 has no population with a sample; import its population and draw a sample first</source>
        <translation>le contrôle %1 n’a aucune population avec un échantillon&#x202f;; importez d’abord sa population et tirez un échantillon</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is not a population of control %2 (its populations: %3)</source>
        <translation>la population «&#xa0;%1&#xa0;» n’est pas une population du contrôle %2 (ses populations&#xa0;: %3)</translation>
    </message>
    <message>
        <source>control %1 has several populations (%2); name the one whose sample is tested</source>
        <translation>le contrôle %1 a plusieurs populations (%2)&#x202f;; indiquez celle dont l’échantillon est testé</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; does not exist</source>
        <translation>la population «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>control %1 has no population with a sample: population &quot;%2&quot; has no sample; draw one first</source>
        <translation>le contrôle %1 n’a aucune population avec un échantillon&#xa0;: la population «&#xa0;%2&#xa0;» n’a pas d’échantillon&#x202f;; tirez-en d’abord un</translation>
    </message>
    <message>
        <source>row %1 is not in the sample of population &quot;%2&quot; (rows: %3)</source>
        <translation>la ligne %1 ne fait pas partie de l’échantillon de la population «&#xa0;%2&#xa0;» (lignes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>attribute %1 is not defined for control %2 (defined: %3)</source>
        <translation>l’attribut %1 n’est pas défini pour le contrôle %2 (définis&#xa0;: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>impossible d’enregistrer la modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Workpaper</name>
    <message>
        <source>%1 holds no engagement: %2</source>
        <translation>%1 ne contient aucune mission&#xa0;: %2</translation>
    </message>
    <message>
        <source>the engagement&apos;s report is issued and the workpaper is locked; a reviewer or partner must reopen it first</source>
        <translation>le rapport de la mission est émis et le dossier de travail est verrouillé&#x202f;; un réviseur ou un associé doit d’abord le rouvrir</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui</name>
    <message>
        <source>A value is missing or not valid.</source>
        <translation>Une valeur est manquante ou non valide.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>The name is already taken.</source>
        <translation>Ce nom est déjà utilisé.</translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation>Le fichier ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <source>This file is not a Tickmark workpaper.</source>
        <translation>Ce fichier n’est pas un dossier de travail Tickmark.</translation>
    </message>
    <message>
        <source>The workpaper is damaged.</source>
        <translation>Le dossier de travail est endommagé.</translation>
    </message>
    <message>
        <source>The workpaper was saved by a newer version of Tickmark.</source>
        <translation>Le dossier de travail a été enregistré par une version plus récente de Tickmark.</translation>
    </message>
    <message>
        <source>The workpaper could not be updated.</source>
        <translation>Le dossier de travail n’a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed.</source>
        <translation>L’importation a été refusée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The engagement is locked because its report was issued.</source>
        <translation>La mission est verrouillée, car son rapport a été émis.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>An integrity check failed.</source>
        <translation>Une vérification d’intégrité a échoué.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>Type I</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>Type II</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
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
        <translation>Ajouter le contrôle %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlDialog</name>
    <message>
        <source>Key control</source>
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>Add Control</source>
        <translation>Ajouter un contrôle</translation>
    </message>
    <message>
        <source>e.g. CTL-48</source>
        <translation>p.&#xa0;ex. CTL-48</translation>
    </message>
    <message>
        <source>What the control does, who performs it and how often</source>
        <translation>Ce que fait le contrôle, qui l’exécute et à quelle fréquence</translation>
    </message>
    <message>
        <source>Team or role responsible</source>
        <translation>Équipe ou rôle responsable</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Critères&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Id: enter the client&apos;s control reference, e.g. CTL-48.</source>
        <translation>Identifiant&#xa0;: saisissez la référence du contrôle chez le client, p.&#xa0;ex. CTL-48.</translation>
    </message>
    <message>
        <source>Description: describe what the control does.</source>
        <translation>Description&#xa0;: décrivez ce que fait le contrôle.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlsPage</name>
    <message>
        <source>The controls could not be read. %1</source>
        <translation>Les contrôles n’ont pas pu être lus. %1</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>The client&apos;s control matrix, each control mapped to the criteria it addresses. Double-click a cell to edit it; every change can be undone.</source>
        <translation>La matrice des contrôles du client, chaque contrôle étant associé aux critères qu’il couvre. Double-cliquez sur une cellule pour la modifier&#x202f;; chaque modification peut être annulée.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Ajouter un contrôle à la matrice</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected controls</source>
        <translation>Supprimer les contrôles sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import a client control matrix saved as CSV</source>
        <translation>Importer une matrice des contrôles du client enregistrée en CSV</translation>
    </message>
    <message>
        <source>Filter by id, description, owner or criterion</source>
        <translation>Filtrer par identifiant, description, responsable ou critère</translation>
    </message>
    <message>
        <source>All frequencies</source>
        <translation>Toutes les fréquences</translation>
    </message>
    <message>
        <source>Control %1 updated.</source>
        <translation>Contrôle %1 mis à jour.</translation>
    </message>
    <message>
        <source>Id: %1 is already used by another control.</source>
        <translation>Identifiant&#xa0;: %1 est déjà utilisé par un autre contrôle.</translation>
    </message>
    <message>
        <source>Control %1 was not added. %2</source>
        <translation>Le contrôle %1 n’a pas été ajouté. %2</translation>
    </message>
    <message>
        <source>Control %1 added.</source>
        <translation>Contrôle %1 ajouté.</translation>
    </message>
    <message>
        <source>Delete control %1? You can undo this.</source>
        <translation>Supprimer le contrôle %1&#x202f;? Vous pourrez annuler cette action.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls (%1)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n contrôle (%1)&#x202f;? Vous pourrez annuler cette action.</numerusform>
            <numerusform>Supprimer %n contrôles (%1)&#x202f;? Vous pourrez annuler cette action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Controls</source>
        <translation>Supprimer des contrôles</translation>
    </message>
    <message>
        <source>Control %1 was not deleted. %2</source>
        <translation>Le contrôle %1 n’a pas été supprimé. %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n controls</source>
        <translation>
            <numerusform>Supprimer %n contrôle</numerusform>
            <numerusform>Supprimer %n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n controls.</source>
        <translation>
            <numerusform>%n contrôle supprimé.</numerusform>
            <numerusform>%n contrôles supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Control Matrix</source>
        <translation>Importer une matrice des contrôles</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n controls from %1.</source>
        <translation>
            <numerusform>%n contrôle importé depuis %1.</numerusform>
            <numerusform>%n contrôles importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n controls</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n controls</source>
        <translation>
            <numerusform>%1 sur %n contrôle</numerusform>
            <numerusform>%1 sur %n contrôles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CoveragePage</name>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation>Critères et couverture</translation>
    </message>
    <message>
        <source>The trust services criteria in scope and the controls mapped to each. Criteria without a control are highlighted; double-click a row to open its first control.</source>
        <translation>Les critères des services de confiance du périmètre et les contrôles associés à chacun. Les critères sans contrôle sont mis en évidence&#x202f;; double-cliquez sur une ligne pour ouvrir son premier contrôle.</translation>
    </message>
    <message>
        <source>Show only criteria &amp;without controls</source>
        <translation>Afficher seulement les critères &amp;sans contrôle</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria in scope</source>
        <translation>
            <numerusform>%n critère dans le périmètre</numerusform>
            <numerusform>%n critères dans le périmètre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a control</source>
        <translation>
            <numerusform>%n sans contrôle</numerusform>
            <numerusform>%n sans contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to see its title and controls; double-click it to open its first control.</source>
        <translation>Sélectionnez un critère pour voir son titre et ses contrôles&#x202f;; double-cliquez dessus pour ouvrir son premier contrôle.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#A31F12&apos;&gt;No control&lt;/b&gt; is mapped to this criterion.</source>
        <translation>&lt;b style=&apos;color:#A31F12&apos;&gt;Aucun contrôle&lt;/b&gt; n’est associé à ce critère.</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Contrôles&#xa0;: %1</translation>
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
        <translation>p.&#xa0;ex. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Criteria: map the control to at least one criterion.</source>
        <translation>Critères&#xa0;: associez le contrôle à au moins un critère.</translation>
    </message>
    <message>
        <source>Criteria: %1 is not a trust services criterion.</source>
        <translation>Critères&#xa0;: %1 n’est pas un critère des services de confiance.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CuecDialog</name>
    <message>
        <source>Add CUEC</source>
        <translation>Ajouter un CUEC</translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation>Modifier le CUEC</translation>
    </message>
    <message>
        <source>User entities are responsible for …</source>
        <translation>Les entités utilisatrices sont responsables de …</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>&amp;Contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>p.&#xa0;ex. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Related &amp;criteria:</source>
        <translation>Critères &amp;associés&#xa0;:</translation>
    </message>
    <message>
        <source>Separate criterion ids with commas or semicolons.</source>
        <translation>Séparez les identifiants de critères par des virgules ou des points-virgules.</translation>
    </message>
    <message>
        <source>Related criteria: %1 is not a trust services criterion.</source>
        <translation>Critères associés&#xa0;: %1 n’est pas un critère des services de confiance.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::DeleteControlCommand</name>
    <message>
        <source>Delete control %1</source>
        <translation>Supprimer le contrôle %1</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EditControlCommand</name>
    <message>
        <source>Edit control %1</source>
        <translation>Modifier le contrôle %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EngagementFields</name>
    <message>
        <source>Protection against unauthorized access, use and damage: the common criteria CC1–CC9. Always in scope.</source>
        <translation>Protection contre l’accès, l’utilisation et les dommages non autorisés&#xa0;: les critères communs CC1–CC9. Toujours dans le périmètre.</translation>
    </message>
    <message>
        <source>The system is available for operation and use as committed (A1).</source>
        <translation>Le système est disponible pour l’exploitation et l’utilisation comme convenu (A1).</translation>
    </message>
    <message>
        <source>Processing is complete, valid, accurate, timely and authorized (PI1).</source>
        <translation>Le traitement est complet, valide, exact, effectué en temps opportun et autorisé (PI1).</translation>
    </message>
    <message>
        <source>Information designated as confidential is protected as committed (C1).</source>
        <translation>Les informations désignées comme confidentielles sont protégées comme convenu (C1).</translation>
    </message>
    <message>
        <source>Personal information is collected, used, retained, disclosed and disposed of as committed (P1–P8).</source>
        <translation>Les renseignements personnels sont recueillis, utilisés, conservés, communiqués et éliminés comme convenu (P1–P8).</translation>
    </message>
    <message>
        <source>Legal name of the service organization</source>
        <translation>Dénomination sociale de l’organisation de services</translation>
    </message>
    <message>
        <source>The system as named in the report</source>
        <translation>Le système tel que nommé dans le rapport</translation>
    </message>
    <message>
        <source>Type &amp;I: design of controls as of a date</source>
        <translation>Type &amp;I&#xa0;: conception des contrôles à une date donnée</translation>
    </message>
    <message>
        <source>Type I&amp;I: design and operating effectiveness over a period</source>
        <translation>Type I&amp;I&#xa0;: conception et efficacité du fonctionnement sur une période</translation>
    </message>
    <message>
        <source>Security (the common criteria) is always in scope.</source>
        <translation>La sécurité (les critères communs) est toujours dans le périmètre.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Cabinet de l’auditeur de services</translation>
    </message>
    <message>
        <source>Printed with the firm&apos;s signature, e.g. Columbus, Ohio</source>
        <translation>Imprimée avec la signature du cabinet, p.&#xa0;ex. Montréal (Québec)</translation>
    </message>
    <message>
        <source>Engagement partner, e.g. Jo Smith, CPA</source>
        <translation>Associé responsable, p.&#xa0;ex. Jo Smith, CPA</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Organisation de services&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>&amp;Cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement &amp;partner:</source>
        <translation>Associé &amp;responsable&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The tolerable deviation rate; leave it empty to see the limit only</source>
        <translation>Le taux d’écart tolérable&#x202f;; laissez-le vide pour ne voir que la limite</translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation>Taille de l’éc&amp;hantillon&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;viations:</source>
        <translation>É&amp;carts&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>&amp;Risque&#xa0;:</translation>
    </message>
    <message>
        <source>Tolera&amp;ble rate:</source>
        <translation>Taux t&amp;olérable&#xa0;:</translation>
    </message>
    <message>
        <source>No evaluation</source>
        <translation>Aucune évaluation</translation>
    </message>
    <message>
        <source>Risk of overreliance: %1</source>
        <translation>Risque de confiance excessive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tolerable rate: %1</source>
        <translation>Taux tolérable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deviation rate %1 · upper deviation limit %2</source>
        <translation>Taux d’écart %1 · limite supérieure d’écart %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::FrequencyTableDialog</name>
    <message>
        <source>Frequency Table</source>
        <translation>Table des fréquences</translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes for tests of controls by how often the control operates. Frequency-based sizes on the Sampling page start from this table; it is kept in this workpaper.</source>
        <translation>Les tailles d’échantillon du cabinet pour les tests des contrôles, selon la fréquence à laquelle le contrôle est exécuté. Les tailles selon la fréquence de la page «&#xa0;Échantillonnage&#xa0;» partent de cette table&#x202f;; elle est conservée dans ce dossier de travail.</translation>
    </message>
    <message>
        <source>Lower risk</source>
        <translation>Risque plus faible</translation>
    </message>
    <message>
        <source>Higher risk</source>
        <translation>Risque plus élevé</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImportControlsCommand</name>
    <message>
        <source>Import controls from %1</source>
        <translation>Importer les contrôles depuis %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MainWindow</name>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation>Ouvrir la mission d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>Afficher le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Tickmark</source>
        <translation>À &amp;propos de Tickmark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The acting user, stamped on every change (Edit ▸ Preferences)</source>
        <translation>L’utilisateur agissant, apposé sur chaque modification (Édition ▸ Préférences)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Built the sample engagement in %1</source>
        <translation>Mission d’exemple créée dans %1</translation>
    </message>
    <message>
        <source>Open Workpaper</source>
        <translation>Ouvrir un dossier de travail</translation>
    </message>
    <message>
        <source>%1 (copy).tickmark</source>
        <comment>suggested file name</comment>
        <translation>%1 (copie).tickmark</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose a different file: this is the workpaper that is open.</source>
        <translation>Choisissez un autre fichier&#xa0;: c’est le dossier de travail ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>The new language is applied the next time Tickmark starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Tickmark.</translation>
    </message>
    <message>
        <source>About Tickmark</source>
        <translation>À propos de Tickmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tickmark %1&lt;/h3&gt;&lt;p&gt;A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, review and the report, in one workpaper file with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickmark %1&lt;/h3&gt;&lt;p&gt;Un outil de travail pour les missions d’examen SOC 2&#xa0;: périmètre, contrôles, preuves, échantillons, tests, revue et rapport, dans un seul fichier de dossier de travail doté d’une piste d’audit qui révèle toute altération.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tickmark</source>
        <translation>Tickmark</translation>
    </message>
    <message>
        <source>No workpaper open</source>
        <translation>Aucun dossier de travail ouvert</translation>
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
        <translation>réviseur</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>associé</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>préparateur</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::NewEngagementWizard</name>
    <message>
        <source>Workpaper file</source>
        <translation>Fichier du dossier de travail</translation>
    </message>
    <message>
        <source>The engagement is kept in one .tickmark file.</source>
        <translation>La mission est conservée dans un seul fichier .tickmark.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Keep the file on a drive that is backed up. Share it with the reviewer by copying it (File ▸ Save a Copy).</source>
        <translation>Conservez le fichier sur un disque sauvegardé. Transmettez-le au réviseur en le copiant (Fichier ▸ Enregistrer une copie).</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Organisation de services&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Auditeur de services&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement partner:</source>
        <translation>Associé responsable&#xa0;:</translation>
    </message>
    <message>
        <source>New Engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation>Client et système</translation>
    </message>
    <message>
        <source>Which service organization and which system are examined?</source>
        <translation>Quelle organisation de services et quel système sont examinés&#x202f;?</translation>
    </message>
    <message>
        <source>Enter the names exactly as they should appear in the report; you can change them later on the Scope page.</source>
        <translation>Saisissez les noms exactement comme ils doivent figurer dans le rapport&#x202f;; vous pourrez les modifier plus tard dans la page Périmètre.</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>A Type I report covers design at a date; Type II covers a period.</source>
        <translation>Un rapport de type I porte sur la conception à une date donnée&#x202f;; un rapport de type II couvre une période.</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Catégories des services de confiance</translation>
    </message>
    <message>
        <source>Which categories of the 2017 Trust Services Criteria apply?</source>
        <translation>Quelles catégories des critères des services de confiance de 2017 s’appliquent&#x202f;?</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Auditeur de services</translation>
    </message>
    <message>
        <source>The firm and partner that sign the report. Optional for now.</source>
        <translation>Le cabinet et l’associé qui signent le rapport. Facultatif pour l’instant.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Save Workpaper As</source>
        <translation>Enregistrer le dossier de travail sous</translation>
    </message>
    <message>
        <source>File: choose where to save the workpaper.</source>
        <translation>Fichier&#xa0;: choisissez où enregistrer le dossier de travail.</translation>
    </message>
    <message>
        <source>File: the folder %1 does not exist.</source>
        <translation>Fichier&#xa0;: le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>File: %1 already exists; choose another file name.</source>
        <translation>Fichier&#xa0;: %1 existe déjà&#x202f;; choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>The engagement at a glance: facts, progress, advice and the audit trail&apos;s integrity.</source>
        <translation>La mission en un coup d’œil&#xa0;: faits, avancement, conseils et intégrité de la piste d’audit.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Organisation de services</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Auditeur de services</translation>
    </message>
    <message>
        <source>Engagement partner</source>
        <translation>Associé responsable</translation>
    </message>
    <message>
        <source>Scope lists</source>
        <translation>Listes du périmètre</translation>
    </message>
    <message>
        <source>Workpaper</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Controls in the matrix</source>
        <translation>Contrôles dans la matrice</translation>
    </message>
    <message>
        <source>Criteria in scope</source>
        <translation>Critères dans le périmètre</translation>
    </message>
    <message>
        <source>Criteria without a control</source>
        <translation>Critères sans contrôle</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Type I: design of controls</source>
        <translation>Type I&#xa0;: conception des contrôles</translation>
    </message>
    <message>
        <source>Type II: design and operating effectiveness</source>
        <translation>Type II&#xa0;: conception et efficacité du fonctionnement</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message numerus="yes">
        <source>%n subservice organization(s)</source>
        <translation>
            <numerusform>%n organisation sous-traitante</numerusform>
            <numerusform>%n organisations sous-traitantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CUEC(s)</source>
        <translation>
            <numerusform>%n CUEC</numerusform>
            <numerusform>%n CUEC</numerusform>
        </translation>
    </message>
    <message>
        <source>Review coverage</source>
        <translation>Examiner la couverture</translation>
    </message>
    <message>
        <source>The report is issued; the workpaper is locked against changes.</source>
        <translation>Le rapport est émis&#x202f;; le dossier de travail est verrouillé contre les modifications.</translation>
    </message>
    <message>
        <source>No advice for this engagement.</source>
        <translation>Aucun conseil pour cette mission.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n event(s))</source>
        <translation>
            <numerusform>Piste d’audit intacte (%n événement)</numerusform>
            <numerusform>Piste d’audit intacte (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at event %1: %2</source>
        <translation>Piste d’audit rompue à l’événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit trail cannot be checked: %1</source>
        <translation>La piste d’audit ne peut pas être vérifiée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationImportDialog</name>
    <message>
        <source>Import Population</source>
        <translation>Importer une population</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file</source>
        <translation>Choisissez un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>Feuille de ca&amp;lcul&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>C&amp;ontrôle&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production changes, January to September</source>
        <translation>p.&#xa0;ex. Changements en production, de janvier à septembre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers de population (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Ce fichier ne peut pas être importé. %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n records (%1)</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %n premier enregistrement (%1)</numerusform>
            <numerusform>Aperçu&#xa0;: les %n premiers enregistrements (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: all %n records (%1)</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %n enregistrement (%1)</numerusform>
            <numerusform>Aperçu&#xa0;: les %n enregistrements (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A population named %1 already exists.</source>
        <translation>Une population nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date-time</source>
        <translation>date-heure</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>The header row must hold the column names; records above it (a title block) are skipped. Every data row is stored as read, with the file&apos;s SHA-256, so the population can be traced to the file the client provided.</source>
        <translation>La ligne d’en-tête doit contenir les noms de colonnes&#x202f;; les enregistrements au-dessus (un bloc de titre) sont ignorés. Chaque ligne de données est enregistrée telle qu’elle a été lue, avec le SHA-256 du fichier, afin que la population puisse être rattachée au fichier fourni par le client.</translation>
    </message>
    <message>
        <source>The record that holds the column names, counted from 1; the records above it are skipped</source>
        <translation>L’enregistrement qui contient les noms de colonnes, compté à partir de 1&#x202f;; les enregistrements au-dessus sont ignorés</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d’&amp;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>Above the header row: not imported</source>
        <translation>Au-dessus de la ligne d’en-tête&#xa0;: non importé</translation>
    </message>
    <message>
        <source>The file ends before header row %1.</source>
        <translation>Le fichier se termine avant la ligne d’en-tête %1.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::PopulationsPage</name>
    <message>
        <source>The populations could not be read. %1</source>
        <translation>Impossible de lire les populations. %1</translation>
    </message>
    <message>
        <source>The population&apos;s rows could not be read. %1</source>
        <translation>Impossible de lire les lignes de la population. %1</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Populations</translation>
    </message>
    <message>
        <source>The client&apos;s lists of a control&apos;s occurrences in the period (changes, tickets, new hires…), imported from CSV or XLSX. Samples are drawn from these rows; the file&apos;s SHA-256 ties each population to the file received.</source>
        <translation>Les listes, fournies par le client, des occurrences d’un contrôle au cours de la période (changements, tickets, embauches…), importées depuis un CSV ou un XLSX. Les échantillons sont tirés de ces lignes&#x202f;; le SHA-256 du fichier rattache chaque population au fichier reçu.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected population, its rows and its sample</source>
        <translation>Supprimer la population sélectionnée, ses lignes et son échantillon</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a population from the client&apos;s CSV or XLSX file</source>
        <translation>Importer une population depuis le fichier CSV ou XLSX du client</translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation>Aucune population pour l’instant</translation>
    </message>
    <message>
        <source>No population selected</source>
        <translation>Aucune population sélectionnée</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of a control&apos;s occurrences in the period (a CSV or XLSX file whose first row names the columns) with Import….</source>
        <translation>Importez avec «&#xa0;Importer…&#xa0;» la liste, fournie par le client, des occurrences d’un contrôle au cours de la période (un fichier CSV ou XLSX dont la première ligne nomme les colonnes).</translation>
    </message>
    <message>
        <source>Select a population above to see its rows.</source>
        <translation>Sélectionnez une population ci-dessus pour voir ses lignes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
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
Colonnes&#xa0;: %5
Importée par %6 le %7</translation>
    </message>
    <message>
        <source>This population has no rows.</source>
        <translation>Cette population n’a aucune ligne.</translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation>Importer une population</translation>
    </message>
    <message>
        <source>Population files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers de population (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Another population is being imported; wait for it to finish.</source>
        <translation>Une autre population est en cours d’importation&#x202f;; attendez la fin de l’opération.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Importation annulée&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows into %1 from %2.</source>
        <translation>
            <numerusform>%Ln ligne importée dans %1 depuis %2.</numerusform>
            <numerusform>%Ln lignes importées dans %1 depuis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln blank rows.</source>
        <translation>
            <numerusform>%Ln ligne vide ignorée.</numerusform>
            <numerusform>%Ln lignes vides ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete population %1 with its %2 rows and any sample drawn from it? This cannot be undone.</source>
        <translation>Supprimer la population %1 avec ses %2 lignes et tout échantillon qui en a été tiré&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete Population</source>
        <translation>Supprimer la population</translation>
    </message>
    <message>
        <source>Population %1 was not deleted. %2</source>
        <translation>La population %1 n’a pas été supprimée. %2</translation>
    </message>
    <message>
        <source>Deleted population %1.</source>
        <translation>Population %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SampleSizePanel</name>
    <message>
        <source>Sample size</source>
        <translation>Taille de l’échantillon</translation>
    </message>
    <message>
        <source>&amp;Statistical</source>
        <translation>&amp;Statistique</translation>
    </message>
    <message>
        <source>Attribute sampling on the binomial distribution (AICPA tables A-1 and A-2)</source>
        <translation>Échantillonnage par attributs fondé sur la loi binomiale (tables A-1 et A-2 de l’AICPA)</translation>
    </message>
    <message>
        <source>&amp;Frequency-based</source>
        <translation>Selon la fré&amp;quence</translation>
    </message>
    <message>
        <source>The firm&apos;s table of sizes by control frequency and risk</source>
        <translation>La table du cabinet des tailles selon la fréquence du contrôle et le risque</translation>
    </message>
    <message>
        <source>&amp;Risk of overreliance:</source>
        <translation>R&amp;isque de confiance excessive&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>Ta&amp;ux d’écart tolérable&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected deviation rate:</source>
        <translation>Taux d’écart pré&amp;vu&#xa0;:</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Plus faible</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Plus élevé</translation>
    </message>
    <message>
        <source>&amp;Automated (a test of one)</source>
        <translation>Automat&amp;isé (test d’un seul élément)</translation>
    </message>
    <message>
        <source>Control fre&amp;quency:</source>
        <translation>Fréq&amp;uence du contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Ris&amp;k of failure:</source>
        <translation>Risque de d&amp;ysfonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n months (the Type II period)</source>
        <translation>
            <numerusform>%n mois (la période de type II)</numerusform>
            <numerusform>%n mois (la période de type II)</numerusform>
        </translation>
    </message>
    <message>
        <source>No period (Type I)</source>
        <translation>Aucune période (type I)</translation>
    </message>
    <message>
        <source>Risk of overreliance</source>
        <translation>Risque de confiance excessive</translation>
    </message>
    <message>
        <source>Tolerable deviation rate</source>
        <translation>Taux d’écart tolérable</translation>
    </message>
    <message>
        <source>Expected deviation rate</source>
        <translation>Taux d’écart prévu</translation>
    </message>
    <message>
        <source>No sample size</source>
        <translation>Aucune taille d’échantillon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attribute sampling: %1 risk of overreliance, %2 tolerable and %3 expected deviation rate (AICPA Audit Sampling guide).</source>
        <translation>Échantillonnage par attributs&#xa0;: risque de confiance excessive de %1, taux d’écart tolérable de %2 et taux d’écart prévu de %3 (guide Audit Sampling de l’AICPA).</translation>
    </message>
    <message>
        <source>Too large (more than %1)</source>
        <translation>Trop grande (plus de %1)</translation>
    </message>
    <message>
        <source>Raise the tolerable rate or lower the expected rate, or test the whole population.</source>
        <translation>Augmentez le taux tolérable ou réduisez le taux prévu, ou testez toute la population.</translation>
    </message>
    <message numerus="yes">
        <source>Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n expected deviations</source>
        <translation>
            <numerusform>Statistique&#xa0;: risque de confiance excessive de %1, taux tolérable de %2, taux prévu de %3&#xa0;: %4 éléments avec %n écart prévu</numerusform>
            <numerusform>Statistique&#xa0;: risque de confiance excessive de %1, taux tolérable de %2, taux prévu de %3&#xa0;: %4 éléments avec %n écarts prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample size %1 with %n expected deviations</source>
        <translation>
            <numerusform>Taille d’échantillon %1 avec %n écart prévu</numerusform>
            <numerusform>Taille d’échantillon %1 avec %n écarts prévus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size %1</source>
        <translation>Taille d’échantillon %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SamplingPage</name>
    <message>
        <source>Systematic selection</source>
        <translation>Sélection systématique</translation>
    </message>
    <message>
        <source>Random selection</source>
        <translation>Sélection aléatoire</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Size, draw and evaluate a sample of a population. Every draw records its method and seed, so anyone can reperform the selection.</source>
        <translation>Déterminer la taille de l’échantillon d’une population, le tirer et l’évaluer. Chaque tirage consigne sa méthode et sa graine, afin que chacun puisse réexécuter la sélection.</translation>
    </message>
    <message>
        <source>&amp;Frequency Table…</source>
        <translation>Ta&amp;ble des fréquences…</translation>
    </message>
    <message>
        <source>The firm&apos;s sample sizes by control frequency, kept in this workpaper</source>
        <translation>Les tailles d’échantillon du cabinet selon la fréquence du contrôle, conservées dans ce dossier de travail</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population&#xa0;:</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Systematic (random start)</source>
        <translation>Systématique (départ aléatoire)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Follows the sample size above; you may change it</source>
        <translation>Suit la taille d’échantillon ci-dessus&#x202f;; vous pouvez la modifier</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>a new seed</source>
        <translation>une nouvelle graine</translation>
    </message>
    <message>
        <source>The generator&apos;s seed (0 to 18446744073709551615). The same seed draws the same rows.</source>
        <translation>La graine du générateur (de 0 à 18446744073709551615). La même graine tire les mêmes lignes.</translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation>&amp;Nouvelle graine</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Draw Sample</source>
        <translation>Tirer &amp;l’échantillon</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Ét&amp;endre…</translation>
    </message>
    <message>
        <source>Add items to the random sample; the items drawn so far stay</source>
        <translation>Ajouter des éléments à l’échantillon aléatoire&#x202f;; les éléments déjà tirés sont conservés</translation>
    </message>
    <message>
        <source>Export &amp;Request (XLSX)…</source>
        <translation>E&amp;xporter la demande (XLSX)…</translation>
    </message>
    <message>
        <source>Write the selected items as a request list for the client</source>
        <translation>Écrire les éléments sélectionnés sous forme de liste de demandes pour le client</translation>
    </message>
    <message>
        <source>The frequency table could not be read. %1</source>
        <translation>Impossible de lire la table des fréquences. %1</translation>
    </message>
    <message>
        <source>Population %1 could not be read. %2</source>
        <translation>Impossible de lire la population %1. %2</translation>
    </message>
    <message>
        <source>No populations yet</source>
        <translation>Aucune population pour l’instant</translation>
    </message>
    <message>
        <source>%1 · control %2 (%3, %4)</source>
        <translation>%1 · contrôle %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no control</source>
        <translation>%1 · aucun contrôle</translation>
    </message>
    <message>
        <source>The sample could not be read. %1</source>
        <translation>Impossible de lire l’échantillon. %1</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Import a population on the Populations page, then choose it above.</source>
        <translation>Importez une population dans la page «&#xa0;Populations&#xa0;», puis choisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>No sample drawn yet. Choose the size and method, then Draw Sample.</source>
        <translation>Aucun échantillon tiré pour l’instant. Choisissez la taille et la méthode, puis «&#xa0;Tirer l’échantillon&#xa0;».</translation>
    </message>
    <message>
        <source>%1 · seed %2 · %3 of %4 rows · drawn by %5 on %6</source>
        <translation>%1 · graine %2 · %3 lignes sur %4 · tiré par %5 le %6</translation>
    </message>
    <message>
        <source>Drawn by %1 at %2</source>
        <translation>Tiré par %1 le %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>The sampled rows could not be read. %1</source>
        <translation>Impossible de lire les lignes de l’échantillon. %1</translation>
    </message>
    <message>
        <source>Choose a population first.</source>
        <translation>Choisissez d’abord une population.</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to 18446744073709551615, or leave it empty for a new one.</source>
        <translation>Graine&#xa0;: saisissez un nombre entier de 0 à 18446744073709551615, ou laissez le champ vide pour en obtenir une nouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the sample of %1 (%n items, drawn by %2) with a new one? The earlier selection stays in the audit trail.</source>
        <translation>
            <numerusform>Remplacer l’échantillon de %1 (%n élément, tiré par %2) par un nouveau&#x202f;? La sélection précédente reste dans la piste d’audit.</numerusform>
            <numerusform>Remplacer l’échantillon de %1 (%n éléments, tirés par %2) par un nouveau&#x202f;? La sélection précédente reste dans la piste d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Sample</source>
        <translation>Remplacer l’échantillon</translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor</source>
        <translation>
            <numerusform>%n élément choisi par l’auditeur</numerusform>
            <numerusform>%n éléments choisis par l’auditeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items chosen by the auditor (suggested: %1)</source>
        <translation>
            <numerusform>%n élément choisi par l’auditeur (suggestion&#xa0;: %1)</numerusform>
            <numerusform>%n éléments choisis par l’auditeur (suggestion&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample was drawn. %1</source>
        <translation>Aucun échantillon n’a été tiré. %1</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n items from %1 with seed %2.</source>
        <translation>
            <numerusform>%n élément tiré de %1 avec la graine %2.</numerusform>
            <numerusform>%n éléments tirés de %1 avec la graine %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample was not extended. %1</source>
        <translation>L’échantillon n’a pas été étendu. %1</translation>
    </message>
    <message numerus="yes">
        <source>Extended the sample of %1 to %n items.</source>
        <translation>
            <numerusform>Échantillon de %1 étendu à %n élément.</numerusform>
            <numerusform>Échantillon de %1 étendu à %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend Sample</source>
        <translation>Étendre l’échantillon</translation>
    </message>
    <message>
        <source>New sample size (now %1; the items drawn so far stay first):</source>
        <translation>Nouvelle taille d’échantillon (actuellement %1&#x202f;; les éléments déjà tirés restent en tête)&#xa0;:</translation>
    </message>
    <message>
        <source>The request list was not written. %1</source>
        <translation>La liste de demandes n’a pas été écrite. %1</translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation>Liste de demandes écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 - sample request.xlsx</source>
        <comment>suggested file name</comment>
        <translation>%1 - demande d’échantillon.xlsx</translation>
    </message>
    <message>
        <source>Export Request</source>
        <translation>Exporter la demande</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The frequency table was not saved. %1</source>
        <translation>La table des fréquences n’a pas été enregistrée. %1</translation>
    </message>
    <message>
        <source>Frequency table saved.</source>
        <translation>Table des fréquences enregistrée.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>What the examination covers: engagement details, subservice organizations and complementary user entity controls.</source>
        <translation>Ce que couvre l’examen&#xa0;: informations sur la mission, organisations sous-traitantes et contrôles complémentaires des entités utilisatrices.</translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation>Informations sur la mission</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Organisations sous-traitantes</translation>
    </message>
    <message>
        <source>CUECs</source>
        <translation>CUEC</translation>
    </message>
    <message>
        <source>Client and system</source>
        <translation>Client et système</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Auditeur de services</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Catégories des services de confiance</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>Les modifications sont consignées dans la piste d’audit et peuvent être annulées (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>&amp;Save Details</source>
        <translation>Enre&amp;gistrer les informations</translation>
    </message>
    <message>
        <source>Organizations whose services are part of the system. Carve-out: their controls are excluded and the controls they are expected to operate (CSOCs) are described.</source>
        <translation>Organisations dont les services font partie du système. Méthode d’exclusion&#xa0;: leurs contrôles sont exclus et les contrôles qu’elles sont censées exécuter (CSOC) sont décrits.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOC</translation>
    </message>
    <message>
        <source>Complementary user entity controls: what the client&apos;s customers must do for the criteria to be met. They are listed in Section III of the report.</source>
        <translation>Contrôles complémentaires des entités utilisatrices&#xa0;: ce que les clients du client doivent faire pour que les critères soient respectés. Ils figurent à la section III du rapport.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation>Critères associés</translation>
    </message>
    <message>
        <source>Subservice organizations (%1)</source>
        <translation>Organisations sous-traitantes (%1)</translation>
    </message>
    <message>
        <source>CUECs (%1)</source>
        <translation>CUEC (%1)</translation>
    </message>
    <message>
        <source>Edit engagement details</source>
        <translation>Modifier les informations sur la mission</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Ajouter l’organisation sous-traitante %1</translation>
    </message>
    <message>
        <source>Edit subservice organization %1</source>
        <translation>Modifier l’organisation sous-traitante %1</translation>
    </message>
    <message>
        <source>Remove Subservice Organization</source>
        <translation>Retirer une organisation sous-traitante</translation>
    </message>
    <message>
        <source>Remove %1 from the scope of the engagement?</source>
        <translation>Retirer %1 du périmètre de la mission&#x202f;?</translation>
    </message>
    <message>
        <source>Remove subservice organization %1</source>
        <translation>Retirer l’organisation sous-traitante %1</translation>
    </message>
    <message>
        <source>Add CUEC</source>
        <translation>Ajouter un CUEC</translation>
    </message>
    <message>
        <source>Edit CUEC</source>
        <translation>Modifier le CUEC</translation>
    </message>
    <message>
        <source>Remove CUEC</source>
        <translation>Retirer le CUEC</translation>
    </message>
    <message>
        <source>Remove this complementary user entity control?

%1</source>
        <translation>Retirer ce contrôle complémentaire des entités utilisatrices&#x202f;?

%1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Stamped on every change in the audit trail and on sign-offs.</source>
        <translation>Apposée sur chaque modification de la piste d’audit et sur les approbations.</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>p.&#xa0;ex. Dana Whitfield</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown next to tick marks and sign-offs; derived from the name unless you type them.</source>
        <translation>Affichées à côté des marques de pointage et des approbations&#x202f;; déduites du nom si vous ne les saisissez pas.</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales&#xa0;:</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is applied the next time Tickmark starts.</source>
        <translation>Une nouvelle langue est appliquée au prochain démarrage de Tickmark.</translation>
    </message>
    <message>
        <source>Name: enter your name as it should appear in the audit trail.</source>
        <translation>Nom&#xa0;: saisissez votre nom tel qu’il doit apparaître dans la piste d’audit.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::SubserviceDialog</name>
    <message>
        <source>Inclusive</source>
        <translation>Méthode inclusive</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation>Méthode d’exclusion</translation>
    </message>
    <message>
        <source>Add Subservice Organization</source>
        <translation>Ajouter une organisation sous-traitante</translation>
    </message>
    <message>
        <source>Edit Subservice Organization</source>
        <translation>Modifier l’organisation sous-traitante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>What the organization does for the service organization</source>
        <translation>Ce que l’organisation fait pour l’organisation de services</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Services&#xa0;:</translation>
    </message>
    <message>
        <source>Carve-out: the subservice organization&apos;s controls are excluded from the examination.
Inclusive: they are described and tested as part of the system.</source>
        <translation>Méthode d’exclusion&#xa0;: les contrôles de l’organisation sous-traitante sont exclus de l’examen.
Méthode inclusive&#xa0;: ils sont décrits et testés dans le cadre du système.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed in the design</source>
        <translation>Contrôles complémentaires de l’organisation sous-traitante présumés dans la conception</translation>
    </message>
    <message>
        <source>&amp;CSOCs:</source>
        <translation>&amp;CSOC&#xa0;:</translation>
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
        <translation>Planifiez, testez et documentez vos missions d’examen SOC 2. Une mission correspond à un fichier .tickmark&#x202f;; chaque modification est consignée dans une piste d’audit qui révèle toute altération.</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Engagement</source>
        <translation>Ouvrir la mission d’&amp;exemple</translation>
    </message>
    <message>
        <source>A fictional SaaS company&apos;s Type II engagement, to look around without risk</source>
        <translation>La mission de type II d’une société SaaS fictive, pour explorer sans risque</translation>
    </message>
    <message>
        <source>Recent workpapers</source>
        <translation>Dossiers de travail récents</translation>
    </message>
    <message>
        <source>No recent workpapers yet. Start a new engagement, or open the sample engagement (a fictional SaaS company&apos;s Type II examination) to look around.</source>
        <translation>Aucun dossier de travail récent pour l’instant. Commencez une nouvelle mission ou ouvrez la mission d’exemple (l’examen de type II d’une société SaaS fictive) pour explorer.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::Workspace</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Criteria &amp; Coverage</source>
        <translation>Critères et couverture</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Populations</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: malformed XML in %2 at line %3 (%4)</source>
        <translation>%1&#xa0;: XML mal formé dans %2 à la ligne %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (%2 is not a workbook part)</source>
        <translation>%1 n’est pas un classeur XLSX (%2 n’est pas une partie de classeur)</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s 1,048,576 rows</source>
        <translation>%1&#xa0;: le numéro de ligne «&#xa0;%2&#xa0;» de la feuille «&#xa0;%3&#xa0;» est mal formé ou dépasse les 1&#x202f;048&#x202f;576 lignes d’Excel</translation>
    </message>
    <message>
        <source>%1: cell reference &quot;%2&quot; in sheet &quot;%3&quot; is malformed or beyond Excel&apos;s grid</source>
        <translation>%1&#xa0;: la référence de cellule «&#xa0;%2&#xa0;» de la feuille «&#xa0;%3&#xa0;» est mal formée ou hors de la grille d’Excel</translation>
    </message>
    <message>
        <source>%1: cell %2 in sheet &quot;%3&quot; refers to shared string %4, but the workbook has %5</source>
        <translation>%1&#xa0;: la cellule %2 de la feuille «&#xa0;%3&#xa0;» renvoie à la chaîne partagée %4, mais le classeur n’en contient que %5</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is an encrypted (password-protected) workbook; save an unprotected copy and import that</source>
        <translation>%1 est un classeur chiffré (protégé par mot de passe)&#x202f;; enregistrez une copie non protégée et importez-la</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook; save it as .xlsx and import that</source>
        <translation>%1 est un classeur Excel 97-2003 (.xls) ou un autre fichier OLE, et non un classeur XLSX&#x202f;; enregistrez-le au format .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive)</source>
        <translation>%1 n’est pas un classeur XLSX (ce n’est pas une archive zip)</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no [Content_Types].xml)</source>
        <translation>%1 n’est pas un classeur XLSX (il ne contient pas de [Content_Types].xml)</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb); save it as .xlsx and import that</source>
        <translation>%1 est un classeur binaire Excel (.xlsb)&#x202f;; enregistrez-le au format .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it has no %2)</source>
        <translation>%1 n’est pas un classeur XLSX (il ne contient pas %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook&apos;s relationships part %2 is missing</source>
        <translation>%1 est endommagé&#xa0;: la partie de relations %2 du classeur est manquante</translation>
    </message>
    <message>
        <source>%1 has no worksheets</source>
        <translation>%1 ne contient aucune feuille de calcul</translation>
    </message>
    <message>
        <source>%1 has no worksheet named &quot;%2&quot;; its worksheets are %3</source>
        <translation>%1 ne contient aucune feuille nommée «&#xa0;%2&#xa0;»&#x202f;; ses feuilles sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>le classeur</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the zip archive cannot be read (%1)</source>
        <translation>l’archive zip ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>l’entrée %1 est chiffrée</translation>
    </message>
    <message>
        <source>entry %1 declares more than %2 MB uncompressed</source>
        <translation>l’entrée %1 déclare plus de %2 Mo non compressés</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>l’entrée %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>entry %1 is larger than %2 MB uncompressed</source>
        <translation>l’entrée %1 dépasse %2 Mo une fois décompressée</translation>
    </message>
    <message>
        <source>the entries read expand to more than %1 MB in total</source>
        <translation>les entrées lues dépassent %1 Mo au total une fois décompressées</translation>
    </message>
    <message>
        <source>entry %1 expands to more than %2 times the size of the archive (a zip bomb?)</source>
        <translation>l’entrée %1 décompressée dépasse %2 fois la taille de l’archive (une bombe zip&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tickmark: a workbench for SOC 2 examinations.</source>
        <translation>Tickmark&#xa0;: un outil de travail pour les missions d’examen SOC 2.</translation>
    </message>
    <message>
        <source>Open the sample engagement (built on first use).</source>
        <translation>Ouvrir la mission d’exemple (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;path&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;chemin&gt; dès son affichage, puis quitter.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Show &lt;name&gt; first: overview, scope, coverage or controls.</source>
        <translation>Afficher d’abord &lt;nom&gt;&#xa0;: overview, scope, coverage ou controls.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A workpaper (.tickmark) to open.</source>
        <translation>Un dossier de travail (.tickmark) à ouvrir.</translation>
    </message>
</context>
</TS>
