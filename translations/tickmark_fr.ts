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
    <name>EvidenceReferenceCommand</name>
    <message>
        <source>Refer item %1, attribute %2 to %3</source>
        <translation>Faire renvoyer l’élément %1, attribut %2, à %3</translation>
    </message>
    <message>
        <source>Remove reference to %3 from item %1, attribute %2</source>
        <translation>Retirer le renvoi à %3 de l’élément %1, attribut %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossible d’annuler « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
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
    <name>RecordCellCommand</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Set item %1, attribute %2 to %3</source>
        <translation>Définir l’élément %1, attribut %2, à %3</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clear item %1, attribute %2</source>
        <translation>Effacer l’élément %1, attribut %2</translation>
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
        <source>Record the result of an attribute on a sample item</source>
        <translation>Enregistrer le résultat d’un attribut pour un élément de l’échantillon</translation>
    </message>
    <message>
        <source>Show a control&apos;s procedures, attributes and recorded results</source>
        <translation>Afficher les procédures de test, les attributs et les résultats enregistrés d’un contrôle</translation>
    </message>
    <message>
        <source>The record holding the column names, from 1; the records above it are skipped (default: 1).</source>
        <translation>L’enregistrement qui contient les noms de colonnes, à partir de 1&#x202f;; les enregistrements au-dessus sont ignorés (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>%1: skipped %2: %3</source>
        <translation>%1&#xa0;: %2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>Imported package &quot;%1&quot; (%2); files: %3; bytes: %4; skipped: %5.</source>
        <translation>Paquet «&#xa0;%1&#xa0;» importé (%2)&#x202f;; fichiers&#xa0;: %3&#x202f;; octets&#xa0;: %4&#x202f;; ignorés&#xa0;: %5.</translation>
    </message>
    <message>
        <source>SHA-256 of the package: %1</source>
        <translation>SHA-256 du paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>No evidence imported.</source>
        <translation>Aucun élément probant importé.</translation>
    </message>
    <message>
        <source>evidence export: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation>evidence export&#xa0;: «&#xa0;%1&#xa0;» n’est pas un SHA-256&#x202f;; indiquez 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>evidence %1/%2 does not match its SHA-256 %3 (stored bytes hash to %4); mismatched items: %5</source>
        <translation>l’élément probant %1/%2 ne correspond pas à son SHA-256 %3 (le hachage des octets stockés donne %4)&#x202f;; éléments non concordants&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1: evidence intact; items verified: %2; bytes: %3.</source>
        <translation>%1&#xa0;: éléments probants intacts&#x202f;; éléments vérifiés&#xa0;: %2&#x202f;; octets&#xa0;: %3.</translation>
    </message>
    <message>
        <source>An archive (zip, tar, 7z), a single file or a folder.</source>
        <translation>Une archive (zip, tar, 7z), un fichier unique ou un dossier.</translation>
    </message>
    <message>
        <source>The PBC request the package answers.</source>
        <translation>La demande PBC à laquelle le paquet répond.</translation>
    </message>
    <message>
        <source>Import an evidence package into the workpaper</source>
        <translation>Importer un paquet d’éléments probants dans le dossier de travail</translation>
    </message>
    <message>
        <source>Skipped entries (links, devices, unsafe paths) are listed as warnings.
JSON: {&quot;package&quot;, &quot;sha256&quot;, &quot;format&quot;, &quot;request&quot;, &quot;files&quot;, &quot;bytes&quot;,
&quot;skipped&quot;: [{&quot;path&quot;, &quot;reason&quot;}], &quot;items&quot;: [{&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}]}</source>
        <translation>Les entrées ignorées (liens, périphériques, chemins non sûrs) sont signalées comme avertissements.
JSON&#xa0;: {&quot;package&quot;, &quot;sha256&quot;, &quot;format&quot;, &quot;request&quot;, &quot;files&quot;, &quot;bytes&quot;,
&quot;skipped&quot;: [{&quot;path&quot;, &quot;reason&quot;}], &quot;items&quot;: [{&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;}]}</translation>
    </message>
    <message>
        <source>List the stored evidence items</source>
        <translation>Lister les éléments probants stockés</translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (64 hex digits).</source>
        <translation>Le SHA-256 de l’élément (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Write a stored item&apos;s bytes to a file</source>
        <translation>Écrire les octets d’un élément stocké dans un fichier</translation>
    </message>
    <message>
        <source>The bytes are re-hashed on the way; the file appears only if they match.</source>
        <translation>Les octets sont hachés à nouveau au passage&#x202f;; le fichier n’est créé que s’ils concordent.</translation>
    </message>
    <message>
        <source>Re-hash every stored item; non-zero exit on a mismatch</source>
        <translation>Hacher à nouveau chaque élément stocké&#x202f;; code de sortie non nul en cas de non-concordance</translation>
    </message>
    <message>
        <source>JSON: {&quot;ok&quot;, &quot;items&quot;, &quot;blobs&quot;, &quot;bytes&quot;, &quot;mismatches&quot;: [{&quot;package&quot;, &quot;path&quot;, &quot;expected&quot;,
&quot;actual&quot;, &quot;expected_size&quot;, &quot;actual_size&quot;}]}</source>
        <translation>JSON&#xa0;: {&quot;ok&quot;, &quot;items&quot;, &quot;blobs&quot;, &quot;bytes&quot;, &quot;mismatches&quot;: [{&quot;package&quot;, &quot;path&quot;, &quot;expected&quot;,
&quot;actual&quot;, &quot;expected_size&quot;, &quot;actual_size&quot;}]}</translation>
    </message>
    <message>
        <source>(out of period)</source>
        <translation>(hors période)</translation>
    </message>
    <message>
        <source>controls: %1</source>
        <translation>contrôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the text was not indexed for search: %2</source>
        <translation>%1&#xa0;: le texte n’a pas été indexé pour la recherche&#xa0;: %2</translation>
    </message>
    <message>
        <source>No evidence matches &quot;%1&quot;.</source>
        <translation>Aucun élément probant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1/%2, page %3</source>
        <translation>%1/%2, page %3</translation>
    </message>
    <message>
        <source>evidence link: give --sha256 HASH (or --path PACKAGE/PATH)</source>
        <translation>evidence link&#xa0;: indiquez --sha256 HASH (ou --path PACKAGE/PATH)</translation>
    </message>
    <message>
        <source>evidence link: &quot;%1&quot; is not a SHA-256; give 64 hex digits</source>
        <translation>evidence link&#xa0;: «&#xa0;%1&#xa0;» n’est pas un SHA-256&#x202f;; indiquez 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Unlinked %1 from control %2.</source>
        <translation>Lien entre %1 et le contrôle %2 supprimé.</translation>
    </message>
    <message>
        <source>Linked %1 to control %2.</source>
        <translation>%1 lié au contrôle %2.</translation>
    </message>
    <message>
        <source>JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;, &quot;effective_date&quot;,
&quot;out_of_period&quot;, &quot;controls&quot;, &quot;request&quot;}], by package and path. effective_date and request are null
when unknown.</source>
        <translation>JSON&#xa0;: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;, &quot;media_type&quot;, &quot;effective_date&quot;,
&quot;out_of_period&quot;, &quot;controls&quot;, &quot;request&quot;}], par paquet et chemin. effective_date et request valent null
s’ils sont inconnus.</translation>
    </message>
    <message>
        <source>Words to find (all must occur); FTS5 syntax: &quot;exact phrase&quot;,
OR, NOT, prefix*.</source>
        <translation>Mots à rechercher (tous doivent figurer)&#x202f;; syntaxe FTS5&#xa0;: &quot;expression exacte&quot;,
OR, NOT, préfixe*.</translation>
    </message>
    <message>
        <source>Full-text search of the evidence (text, CSV, PDF)</source>
        <translation>Recherche en texte intégral dans les éléments probants (texte, CSV, PDF)</translation>
    </message>
    <message>
        <source>Indexes any evidence not indexed yet first. Hits come best first; the matched words are wrapped in
[ and ]. JSON: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;page&quot;, &quot;snippet&quot;}] (page 0 for text files).</source>
        <translation>Indexe d’abord les éléments probants non encore indexés. Les résultats sont classés par pertinence&#x202f;; les mots trouvés sont encadrés par
[ et ]. JSON&#xa0;: [{&quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;, &quot;page&quot;, &quot;snippet&quot;}] (page 0 pour les fichiers texte).</translation>
    </message>
    <message>
        <source>The control to link to.</source>
        <translation>Le contrôle auquel lier l’élément.</translation>
    </message>
    <message>
        <source>The item&apos;s SHA-256 (every item with that content).</source>
        <translation>Le SHA-256 de l’élément (tous les éléments ayant ce contenu).</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>One item, as PACKAGE/PATH (instead of or with --sha256).</source>
        <translation>Un seul élément, sous la forme PACKAGE/PATH (au lieu de --sha256 ou avec).</translation>
    </message>
    <message>
        <source>PACKAGE/PATH</source>
        <translation>PACKAGE/PATH</translation>
    </message>
    <message>
        <source>Remove the link instead.</source>
        <translation>Supprimer le lien à la place.</translation>
    </message>
    <message>
        <source>Link evidence to a control (or unlink it)</source>
        <translation>Lier un élément probant à un contrôle (ou supprimer le lien)</translation>
    </message>
    <message>
        <source>Recorded in the audit trail on evidence:SHA256.</source>
        <translation>Consigné dans la piste d’audit sous evidence:SHA256.</translation>
    </message>
    <message>
        <source>not concluded</source>
        <translation>non conclu</translation>
    </message>
    <message>
        <source>criterion met</source>
        <translation>critère satisfait</translation>
    </message>
    <message>
        <source>criterion not met</source>
        <translation>critère non satisfait</translation>
    </message>
    <message>
        <source>Exception %1 on control %2 (%3)</source>
        <translation>Écart %1 sur le contrôle %2 (%3)</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  Deviations: %1 of %2</source>
        <translation>  Écarts&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>  Criteria: %1</source>
        <translation>  Critères&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>  Cause: %1</source>
        <translation>  Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Management response: %1</source>
        <translation>  Réponse de la direction&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Assessment: %1; %2</source>
        <translation>  Appréciation&#xa0;: %1&#x202f;; %2</translation>
    </message>
    <message>
        <source>  Reasoning: %1</source>
        <translation>  Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation>Aucun écart.</translation>
    </message>
    <message>
        <source>--assessment: &quot;%1&quot; is not an assessment; use isolated, systematic or unassessed</source>
        <translation>--assessment&#xa0;: «&#xa0;%1&#xa0;» n’est pas une appréciation&#x202f;; utilisez isolated, systematic ou unassessed</translation>
    </message>
    <message>
        <source>--criterion-met: &quot;%1&quot; is not yes, no or unset</source>
        <translation>--criterion-met&#xa0;: «&#xa0;%1&#xa0;» n’est pas yes, no ou unset</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a kind; use design, description or operating</source>
        <translation>--kind&#xa0;: «&#xa0;%1&#xa0;» n’est pas un type&#x202f;; utilisez design, description ou operating</translation>
    </message>
    <message>
        <source>Raised exception %1 on control %2.</source>
        <translation>Écart %1 ouvert sur le contrôle %2.</translation>
    </message>
    <message>
        <source>Only this control&apos;s exceptions.</source>
        <translation>Uniquement les écarts de ce contrôle.</translation>
    </message>
    <message>
        <source>List the exceptions, with live deviation counts</source>
        <translation>Lister les écarts, avec le décompte à jour des écarts constatés dans l’échantillon</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;control&quot;, &quot;kind&quot;, &quot;criteria&quot;: [], &quot;description&quot;, &quot;cause&quot;, &quot;deviations&quot;,
&quot;sample_size&quot;, &quot;management_response&quot;, &quot;assessment&quot;, &quot;criterion_met&quot;: bool or null,
&quot;reasoning&quot;, &quot;raised_at&quot;, &quot;raised_by&quot;}]. A recorded deviation creates or joins the control&apos;s
operating exception; &quot;deviations&quot; of &quot;sample_size&quot; are counted from the results as they stand.</source>
        <translation>JSON&#xa0;: [{&quot;id&quot;, &quot;control&quot;, &quot;kind&quot;, &quot;criteria&quot;: [], &quot;description&quot;, &quot;cause&quot;, &quot;deviations&quot;,
&quot;sample_size&quot;, &quot;management_response&quot;, &quot;assessment&quot;, &quot;criterion_met&quot;: booléen ou null,
&quot;reasoning&quot;, &quot;raised_at&quot;, &quot;raised_by&quot;}]. Un écart constaté et enregistré crée l’écart de fonctionnement du contrôle
ou s’y rattache&#x202f;; les &quot;deviations&quot; sur &quot;sample_size&quot; sont comptées à partir des résultats actuels.</translation>
    </message>
    <message>
        <source>The exception&apos;s id (required).</source>
        <translation>L’identifiant de l’écart (obligatoire).</translation>
    </message>
    <message>
        <source>The exception&apos;s description.</source>
        <translation>La description de l’écart.</translation>
    </message>
    <message>
        <source>The cause of the deviations.</source>
        <translation>La cause des écarts constatés.</translation>
    </message>
    <message>
        <source>Management&apos;s response.</source>
        <translation>La réponse de la direction.</translation>
    </message>
    <message>
        <source>Affected criteria, comma-separated (e.g. CC7.1,CC8.1).</source>
        <translation>Critères concernés, séparés par des virgules (p.&#xa0;ex. CC7.1,CC8.1).</translation>
    </message>
    <message>
        <source>isolated, systematic or unassessed.</source>
        <translation>isolated, systematic ou unassessed.</translation>
    </message>
    <message>
        <source>Whether the criteria are still met: yes, no or unset.</source>
        <translation>Si les critères restent satisfaits&#xa0;: yes, no ou unset.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The reasoning for the assessment and conclusion.</source>
        <translation>La justification de l’appréciation et de la conclusion.</translation>
    </message>
    <message>
        <source>Change an exception&apos;s description, cause, response, criteria, assessment or conclusion</source>
        <translation>Modifier la description, la cause, la réponse, les critères, l’appréciation ou la conclusion d’un écart</translation>
    </message>
    <message>
        <source>Unknown criterion ids are an error naming the id.</source>
        <translation>Un identifiant de critère inconnu provoque une erreur qui le nomme.</translation>
    </message>
    <message>
        <source>design (default), description or operating.</source>
        <translation>design (par défaut), description ou operating.</translation>
    </message>
    <message>
        <source>What was found (required).</source>
        <translation>Ce qui a été constaté (obligatoire).</translation>
    </message>
    <message>
        <source>Raise an exception by hand (a design or description matter)</source>
        <translation>Ouvrir un écart manuellement (question de conception ou de description)</translation>
    </message>
    <message>
        <source>JSON: {&quot;id&quot;}.</source>
        <translation>JSON&#xa0;: {&quot;id&quot;}.</translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter (default: the workpaper&apos;s).</source>
        <translation>Format de papier du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: celui du dossier de travail).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>Écrire en PDF/A-1b (PDF d’archivage).</translation>
    </message>
    <message>
        <source>Add the evidence index: every item linked to a control, with its SHA-256.</source>
        <translation>Ajouter l’index des éléments probants&#xa0;: chaque élément lié à un contrôle, avec son SHA-256.</translation>
    </message>
    <message>
        <source>%1: --paper must be a4 or letter, not &quot;%2&quot;</source>
        <translation>%1&#xa0;: --paper doit valoir a4 ou letter, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 pages, %4 opinion, %5)</source>
        <translation>%1&#xa0;: rapport écrit (%2, %3 pages, opinion %4, %5)</translation>
    </message>
    <message>
        <source>%1: report written (%2, %3 opinion, %4)</source>
        <translation>%1&#xa0;: rapport écrit (%2, opinion %3, %4)</translation>
    </message>
    <message>
        <source>report opinion: --mode must be proposed, adverse or disclaimer, not &quot;%1&quot;</source>
        <translation>opinion du rapport&#xa0;: --mode doit valoir proposed, adverse ou disclaimer, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Folder for the reference archive (default: the workpaper&apos;s folder).</source>
        <translation>Dossier de l’archive de référence (par défaut&#xa0;: le dossier contenant le dossier de travail).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The report file to write: .pdf, .odt or .html.</source>
        <translation>Le fichier de rapport à écrire&#xa0;: .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Export the SOC 2 report to PDF, ODT or HTML</source>
        <translation>Exporter le rapport SOC 2 en PDF, ODT ou HTML</translation>
    </message>
    <message>
        <source>The format follows OUT&apos;s suffix. Every page is marked DRAFT until the report is issued.
JSON: {&quot;path&quot;, &quot;format&quot;, &quot;pages&quot; (PDF; else null), &quot;draft&quot;, &quot;opinion&quot;, &quot;criteria_not_met&quot;}</source>
        <translation>Le format dépend du suffixe de OUT. Chaque page porte la mention PROJET jusqu’à l’émission du rapport.
JSON&#xa0;: {&quot;path&quot;, &quot;format&quot;, &quot;pages&quot; (PDF&#x202f;; sinon null), &quot;draft&quot;, &quot;opinion&quot;, &quot;criteria_not_met&quot;}</translation>
    </message>
    <message>
        <source>Issue the report and lock the engagement</source>
        <translation>Émettre le rapport et verrouiller la mission</translation>
    </message>
    <message>
        <source>Refused while review notes are open or sign-offs are missing or stale, and for the preparer role.
Writes the reference archive (a zip with the final PDF, a copy of the workpaper and manifest.json
with the SHA-256 of every file) and prints its path, then locks the engagement.
JSON: {&quot;archive&quot;, &quot;archive_sha256&quot;, &quot;pdf_sha256&quot;, &quot;pages&quot;, &quot;opinion&quot;}</source>
        <translation>Refusé tant que des notes de revue sont ouvertes ou que des visas manquent ou sont périmés, ainsi que pour le rôle de préparateur.
Écrit l’archive de référence (un zip contenant le PDF définitif, une copie du dossier de travail et manifest.json
avec le SHA-256 de chaque fichier) et affiche son chemin, puis verrouille la mission.
JSON&#xa0;: {&quot;archive&quot;, &quot;archive_sha256&quot;, &quot;pdf_sha256&quot;, &quot;pages&quot;, &quot;opinion&quot;}</translation>
    </message>
    <message>
        <source>proposed (from the criteria results), adverse or disclaimer.</source>
        <translation>proposed (d’après les résultats des critères), adverse ou disclaimer.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Adverse or disclaimer: the reason, stated in the report.</source>
        <translation>Opinion défavorable ou impossibilité d’exprimer une opinion&#xa0;: le motif, indiqué dans le rapport.</translation>
    </message>
    <message>
        <source>Show or choose the report&apos;s opinion</source>
        <translation>Afficher ou choisir l’opinion du rapport</translation>
    </message>
    <message>
        <source>Without --mode, prints the opinion the report would carry now.
JSON: {&quot;opinion&quot;, &quot;criteria_not_met&quot;, &quot;reason&quot;}</source>
        <translation>Sans --mode, affiche l’opinion que porterait le rapport à ce stade.
JSON&#xa0;: {&quot;opinion&quot;, &quot;criteria_not_met&quot;, &quot;reason&quot;}</translation>
    </message>
    <message>
        <source>request add: --due &quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>request add&#xa0;: --due «&#xa0;%1&#xa0;» n’est pas une date&#x202f;; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation>Demande %1 ajoutée.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Aucune demande.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>éléments probants&#xa0;: %1</translation>
    </message>
    <message>
        <source>request status: --status &quot;%1&quot; is not one of open, received, accepted, rejected</source>
        <translation>request status&#xa0;: --status «&#xa0;%1&#xa0;» ne fait pas partie de open, received, accepted, rejected</translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation>La demande %1 est désormais %2.</translation>
    </message>
    <message>
        <source>Wrote the request list to %1.</source>
        <translation>Liste de demandes écrite dans %1.</translation>
    </message>
    <message>
        <source>What the client is asked to provide.</source>
        <translation>Ce que le client doit fournir.</translation>
    </message>
    <message>
        <source>The request&apos;s reference (default: the next R-NNN).</source>
        <translation>La référence de la demande (par défaut&#xa0;: la R-NNN suivante).</translation>
    </message>
    <message>
        <source>A related control (repeat for several).</source>
        <translation>Un contrôle associé (répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>The client&apos;s person responsible.</source>
        <translation>Le responsable chez le client.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Date d’échéance.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Add a request to the PBC (provided by client) list</source>
        <translation>Ajouter une demande à la liste PBC (fournie par le client)</translation>
    </message>
    <message>
        <source>Prints the new request&apos;s reference. JSON: {&quot;ref&quot;}</source>
        <translation>Affiche la référence de la nouvelle demande. JSON&#xa0;: {&quot;ref&quot;}</translation>
    </message>
    <message>
        <source>List the requests with their status</source>
        <translation>Lister les demandes avec leur statut</translation>
    </message>
    <message>
        <source>JSON: [{&quot;ref&quot;, &quot;description&quot;, &quot;controls&quot;, &quot;owner&quot;, &quot;due&quot;, &quot;status&quot;, &quot;overdue&quot;,
&quot;packages&quot;, &quot;history&quot;: [{&quot;status&quot;, &quot;note&quot;, &quot;by&quot;, &quot;at&quot;}]}], by ref. A request is overdue
when it is still open after its due date.</source>
        <translation>JSON&#xa0;: [{&quot;ref&quot;, &quot;description&quot;, &quot;controls&quot;, &quot;owner&quot;, &quot;due&quot;, &quot;status&quot;, &quot;overdue&quot;,
&quot;packages&quot;, &quot;history&quot;: [{&quot;status&quot;, &quot;note&quot;, &quot;by&quot;, &quot;at&quot;}]}], par référence. Une demande est en retard
lorsqu’elle est encore ouverte après sa date d’échéance.</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>La demande.</translation>
    </message>
    <message>
        <source>open, received, accepted or rejected.</source>
        <translation>open, received, accepted ou rejected.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Why (kept in the request&apos;s history).</source>
        <translation>Le motif (conservé dans l’historique de la demande).</translation>
    </message>
    <message>
        <source>Change a request&apos;s status</source>
        <translation>Modifier le statut d’une demande</translation>
    </message>
    <message>
        <source>Importing evidence with --request moves an open request to received by itself.</source>
        <translation>L’import d’éléments probants avec --request fait passer automatiquement une demande ouverte à l’état reçu.</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to write.</source>
        <translation>Le fichier .xlsx ou .csv à écrire.</translation>
    </message>
    <message>
        <source>Write the request list to send to the client (.xlsx or .csv)</source>
        <translation>Écrire la liste de demandes à envoyer au client (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>Columns: Ref, Description, Controls, Owner, Due, Status, Overdue, Evidence received, Client comments.</source>
        <translation>Colonnes&#xa0;: Réf., Description, Contrôles, Responsable, Échéance, Statut, En retard, Éléments reçus, Commentaires du client.</translation>
    </message>
    <message>
        <source>Note %1 on %2 (%3)</source>
        <translation>Note %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>  cleared by %1 at %2</source>
        <translation>  levée par %1 le %2</translation>
    </message>
    <message>
        <source>Opened review note %1 on %2.</source>
        <translation>Note de revue %1 ouverte sur %2.</translation>
    </message>
    <message>
        <source>Replied to review note %1.</source>
        <translation>Réponse apportée à la note de revue %1.</translation>
    </message>
    <message>
        <source>Cleared review note %1.</source>
        <translation>Note de revue %1 levée.</translation>
    </message>
    <message>
        <source>Signed off %1 as %2.</source>
        <translation>%1 visé en tant que %2.</translation>
    </message>
    <message>
        <source>No review notes.</source>
        <translation>Aucune note de revue.</translation>
    </message>
    <message>
        <source>Open review notes: %1</source>
        <translation>Notes de revue ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing sign-offs: %1</source>
        <translation>Visas manquants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stale sign-offs (changed since signed): %1</source>
        <translation>Visas périmés (modifiés depuis le visa)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1 (%2) by %3</source>
        <translation>  %1 (%2) par %3</translation>
    </message>
    <message>
        <source>Review complete: the engagement can be issued.</source>
        <translation>Revue terminée&#xa0;: le rapport de la mission peut être émis.</translation>
    </message>
    <message>
        <source>Review not complete.</source>
        <translation>Revue non terminée.</translation>
    </message>
    <message>
        <source>Reopened the engagement; the report is no longer issued.</source>
        <translation>Mission rouverte&#x202f;; le rapport n’est plus émis.</translation>
    </message>
    <message>
        <source>The review note&apos;s id (required).</source>
        <translation>L’identifiant de la note de revue (obligatoire).</translation>
    </message>
    <message>
        <source>REF names an object: control:ID, exception:ID, population:NAME, evidence:SHA256 or
section:NAME (scope, controls, evidence, samples, exceptions, report).</source>
        <translation>REF désigne un objet&#xa0;: control:ID, exception:ID, population:NAME, evidence:SHA256 ou
section:NAME (scope, controls, evidence, samples, exceptions, report).</translation>
    </message>
    <message>
        <source>The object the note is about (required).</source>
        <translation>L’objet concerné par la note (obligatoire).</translation>
    </message>
    <message>
        <source>The note (required).</source>
        <translation>La note (obligatoire).</translation>
    </message>
    <message>
        <source>Open a review note on an object</source>
        <translation>Ouvrir une note de revue sur un objet</translation>
    </message>
    <message>
        <source>The reply (required).</source>
        <translation>La réponse (obligatoire).</translation>
    </message>
    <message>
        <source>Reply to a review note</source>
        <translation>Répondre à une note de revue</translation>
    </message>
    <message>
        <source>A reply by someone other than the note&apos;s author marks the note answered.</source>
        <translation>Une réponse d’une personne autre que l’auteur de la note marque la note comme répondue.</translation>
    </message>
    <message>
        <source>Clear a review note (reviewer or partner)</source>
        <translation>Lever une note de revue (réviseur ou associé)</translation>
    </message>
    <message>
        <source>The object to sign off (required).</source>
        <translation>L’objet à viser (obligatoire).</translation>
    </message>
    <message>
        <source>Sign off an object as the acting user and role</source>
        <translation>Viser un objet sous l’utilisateur et le rôle actifs</translation>
    </message>
    <message>
        <source>A preparer signs as preparer, a reviewer or partner as reviewer; one person cannot hold both
sign-offs of an object. A sign-off goes stale when the object changes.</source>
        <translation>Un préparateur vise en tant que préparateur, un réviseur ou un associé en tant que réviseur&#x202f;; une même personne ne peut pas détenir
les deux visas d’un objet. Un visa devient périmé lorsque l’objet est modifié.</translation>
    </message>
    <message>
        <source>Only the notes on this object.</source>
        <translation>Uniquement les notes sur cet objet.</translation>
    </message>
    <message>
        <source>List review notes with their threads</source>
        <translation>Lister les notes de revue avec leurs fils de discussion</translation>
    </message>
    <message>
        <source>JSON: [{&quot;id&quot;, &quot;object&quot;, &quot;status&quot;, &quot;text&quot;, &quot;by&quot;, &quot;at&quot;, &quot;thread&quot;: [{&quot;text&quot;, &quot;by&quot;, &quot;at&quot;}]}]</source>
        <translation>JSON&#xa0;: [{&quot;id&quot;, &quot;object&quot;, &quot;status&quot;, &quot;text&quot;, &quot;by&quot;, &quot;at&quot;, &quot;thread&quot;: [{&quot;text&quot;, &quot;by&quot;, &quot;at&quot;}]}]</translation>
    </message>
    <message>
        <source>Show what stands between the workpaper and an issued report</source>
        <translation>Afficher ce qui sépare le dossier de travail d’un rapport émis</translation>
    </message>
    <message>
        <source>JSON: {&quot;open_notes&quot;: [note], &quot;missing_signoffs&quot;: [&quot;control:CTL-01 (reviewer)&quot;],
&quot;stale_signoffs&quot;: [{&quot;object&quot;, &quot;role&quot;, &quot;by&quot;, &quot;at&quot;, &quot;hash&quot;, &quot;stale&quot;}], &quot;clean&quot;, &quot;issued&quot;}</source>
        <translation>JSON&#xa0;: {&quot;open_notes&quot;: [note], &quot;missing_signoffs&quot;: [&quot;control:CTL-01 (reviewer)&quot;],
&quot;stale_signoffs&quot;: [{&quot;object&quot;, &quot;role&quot;, &quot;by&quot;, &quot;at&quot;, &quot;hash&quot;, &quot;stale&quot;}], &quot;clean&quot;, &quot;issued&quot;}</translation>
    </message>
    <message>
        <source>Why the issued engagement is reopened (required).</source>
        <translation>Pourquoi la mission émise est rouverte (obligatoire).</translation>
    </message>
    <message>
        <source>Reopen an issued (locked) engagement (reviewer or partner)</source>
        <translation>Rouvrir une mission émise (verrouillée) (réviseur ou associé)</translation>
    </message>
    <message>
        <source>The reason is recorded in the audit trail.</source>
        <translation>Le motif est consigné dans la piste d’audit.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>testing in progress</source>
        <translation>test en cours</translation>
    </message>
    <message>
        <source>not operated: the control&apos;s event did not occur in the period (not tested, no exceptions noted)</source>
        <translation>non exécuté&#xa0;: l’événement déclencheur du contrôle ne s’est pas produit au cours de la période (non testé, aucun écart relevé)</translation>
    </message>
    <message>
        <source>operating effectively: tested, no deviations</source>
        <translation>fonctionne efficacement&#xa0;: testé, aucun écart</translation>
    </message>
    <message>
        <source>deviations noted, upper deviation limit within the tolerable rate</source>
        <translation>écarts relevés, limite supérieure d’écart dans les limites du taux tolérable</translation>
    </message>
    <message>
        <source>not operating effectively</source>
        <translation>ne fonctionne pas efficacement</translation>
    </message>
    <message>
        <source>  Sample: %1 items, %2 done, %3 with deviations (%4)</source>
        <translation>  Échantillon&#xa0;: %1 éléments, %2 traités, %3 avec écarts (%4)</translation>
    </message>
    <message>
        <source>  Upper deviation limit: %1 at %2 risk of overreliance; tolerable rate %3</source>
        <translation>  Limite supérieure d’écart&#xa0;: %1 pour un risque de confiance excessive de %2&#x202f;; taux tolérable %3</translation>
    </message>
    <message>
        <source>  Tolerable rate %1 at %2 risk of overreliance</source>
        <translation>  Taux tolérable %1 pour un risque de confiance excessive de %2</translation>
    </message>
    <message>
        <source>  Exceptions: %1</source>
        <translation>  Écarts&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Conclusion: %1</source>
        <translation>  Conclusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not yes or no</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni yes ni no</translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design implemented.</source>
        <translation>Test de cheminement du contrôle %1 enregistré&#xa0;: conception mise en œuvre.</translation>
    </message>
    <message>
        <source>Recorded the walkthrough of control %1: design not implemented; a design exception is open.</source>
        <translation>Test de cheminement du contrôle %1 enregistré&#xa0;: conception non mise en œuvre&#x202f;; un écart de conception est ouvert.</translation>
    </message>
    <message>
        <source>test not-operated: give either --reason TEXT or --clear</source>
        <translation>test not-operated&#xa0;: indiquez soit --reason TEXT, soit --clear</translation>
    </message>
    <message>
        <source>Control %1 is no longer marked as not operated.</source>
        <translation>Le contrôle %1 n’est plus marqué comme non exécuté.</translation>
    </message>
    <message>
        <source>Control %1 is marked as not operated in the period.</source>
        <translation>Le contrôle %1 est marqué comme non exécuté au cours de la période.</translation>
    </message>
    <message>
        <source>Evaluate a control&apos;s test: deviations, upper deviation limit and conclusion</source>
        <translation>Évaluer le test d’un contrôle&#xa0;: écarts, limite supérieure d’écart et conclusion</translation>
    </message>
    <message>
        <source>JSON: {&quot;control&quot;, &quot;sample_size&quot;, &quot;items_done&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;,
&quot;upper_deviation_limit&quot; (null before results), &quot;tolerable_rate&quot;, &quot;risk&quot;, &quot;exceptions&quot;,
&quot;conclusion&quot;}; conclusion is not-tested, in-progress, not-operated, effective,
deviations-within-tolerable or not-effective. Rates are fractions.</source>
        <translation>JSON&#xa0;: {&quot;control&quot;, &quot;sample_size&quot;, &quot;items_done&quot;, &quot;deviations&quot;, &quot;deviation_rate&quot;,
&quot;upper_deviation_limit&quot; (null avant les résultats), &quot;tolerable_rate&quot;, &quot;risk&quot;, &quot;exceptions&quot;,
&quot;conclusion&quot;}&#x202f;; conclusion vaut not-tested, in-progress, not-operated, effective,
deviations-within-tolerable ou not-effective. Les taux sont des fractions.</translation>
    </message>
    <message>
        <source>Whether the design was found implemented: yes or no.</source>
        <translation>Si la conception a été jugée mise en œuvre&#xa0;: yes ou no.</translation>
    </message>
    <message>
        <source>What was observed (required for no).</source>
        <translation>Ce qui a été observé (obligatoire pour no).</translation>
    </message>
    <message>
        <source>Record a Type I walkthrough (a test of one) of a control&apos;s design</source>
        <translation>Enregistrer un test de cheminement de type I (test sur un élément) de la conception d’un contrôle</translation>
    </message>
    <message>
        <source>A design found not implemented raises the control&apos;s design exception.</source>
        <translation>Une conception jugée non mise en œuvre ouvre l’écart de conception du contrôle.</translation>
    </message>
    <message>
        <source>Why the control&apos;s event did not occur.</source>
        <translation>Pourquoi l’événement déclencheur du contrôle ne s’est pas produit.</translation>
    </message>
    <message>
        <source>Withdraw the mark.</source>
        <translation>Retirer la marque.</translation>
    </message>
    <message>
        <source>Mark a control as not operated in the period (its event did not occur)</source>
        <translation>Marquer un contrôle comme non exécuté au cours de la période (son événement déclencheur ne s’est pas produit)</translation>
    </message>
    <message>
        <source>A not-operated control is reported differently from one tested without exceptions. A population
with 0 rows is treated the same way automatically.</source>
        <translation>Un contrôle non exécuté est présenté dans le rapport différemment d’un contrôle testé sans écart. Une population
de 0 ligne est automatiquement traitée de la même manière.</translation>
    </message>
    <message>
        <source>Store the package only; its text is indexed for search later, by &quot;evidence search&quot; or the app (for large text files that takes longer than the import).</source>
        <translation>Enregistrer uniquement le paquet ; son texte sera indexé pour la recherche plus tard, par « evidence search » ou l’application (pour de gros fichiers texte, cela prend plus de temps que l’import).</translation>
    </message>
    <message>
        <source>Changed procedure %1 of control %2.</source>
        <translation>Procédure %1 du contrôle %2 modifiée.</translation>
    </message>
    <message>
        <source>Removed procedure %1 of control %2.</source>
        <translation>Procédure %1 du contrôle %2 supprimée.</translation>
    </message>
    <message>
        <source>Changed attribute %1 of control %2.</source>
        <translation>Attribut %1 du contrôle %2 modifié.</translation>
    </message>
    <message>
        <source> (--with-results removes them)</source>
        <translation> (--with-results les supprime)</translation>
    </message>
    <message>
        <source>Removed attribute %1 of control %2.</source>
        <translation>Attribut %1 du contrôle %2 supprimé.</translation>
    </message>
    <message>
        <source>test design: give one of --procedure KIND, --attribute [LETTER] (each with --text), --update-procedure N, --remove-procedure N, --update-attribute A or --remove-attribute A</source>
        <translation>test design : indiquez une seule option parmi --procedure KIND, --attribute [LETTER] (chacune avec --text), --update-procedure N, --remove-procedure N, --update-attribute A ou --remove-attribute A</translation>
    </message>
    <message>
        <source>Change procedure N (1-based, as test list shows them): --text, and --procedure to change its kind.</source>
        <translation>Modifier la procédure N (numérotée à partir de 1, comme test list les affiche) : --text, et --procedure pour en changer le type.</translation>
    </message>
    <message>
        <source>Remove procedure N.</source>
        <translation>Supprimer la procédure N.</translation>
    </message>
    <message>
        <source>Change the text of attribute A (--text).</source>
        <translation>Modifier le texte de l’attribut A (--text).</translation>
    </message>
    <message>
        <source>Remove attribute A.</source>
        <translation>Supprimer l’attribut A.</translation>
    </message>
    <message>
        <source>With --remove-attribute: also remove the results and evidence references recorded on it.</source>
        <translation>Avec --remove-attribute : supprimer aussi les résultats et les renvois aux éléments probants qui y sont enregistrés.</translation>
    </message>
    <message>
        <source>Add, change or remove a control&apos;s test procedures and attributes</source>
        <translation>Ajouter, modifier ou supprimer les procédures et attributs de test d’un contrôle</translation>
    </message>
    <message>
        <source>Give one of --procedure KIND or --attribute [LETTER] (to add, with --text), --update-procedure N,
--remove-procedure N, --update-attribute A or --remove-attribute A. An attribute with recorded
results is removed only with --with-results. A control tested by inquiry alone draws a warning:
inquiry alone is not sufficient evidence.</source>
        <translation>Indiquez une option parmi --procedure KIND ou --attribute [LETTER] (pour ajouter, avec --text),
--update-procedure N, --remove-procedure N, --update-attribute A ou --remove-attribute A. Un attribut
ayant des résultats enregistrés n’est supprimé qu’avec --with-results. Un contrôle testé par la seule
demande d’informations déclenche un avertissement : elle ne constitue pas un élément probant suffisant.</translation>
    </message>
    <message>
        <source>Refer the result to an evidence item: its SHA-256 or PACKAGE/PATH, optionally with :PAGE (repeatable).</source>
        <translation>Faire renvoyer le résultat à un élément probant : son SHA-256 ou PACKAGE/PATH, éventuellement avec :PAGE (répétable).</translation>
    </message>
    <message>
        <source>REF[:PAGE]</source>
        <translation>REF[:PAGE]</translation>
    </message>
    <message>
        <source>N is a row of the control&apos;s sample; an unsampled row or an undefined attribute is an error.
Recording again replaces the earlier result of that item and attribute; its evidence references
stay, and --evidence adds to them (an unknown item or a page beyond a PDF&apos;s end records nothing).</source>
        <translation>N est une ligne de l’échantillon du contrôle ; une ligne non échantillonnée ou un attribut non défini est
une erreur. Un nouvel enregistrement remplace le résultat précédent de cet élément et de cet attribut ;
ses renvois aux éléments probants sont conservés et --evidence en ajoute (un élément inconnu ou une page
au-delà de la fin d’un PDF n’enregistre rien).</translation>
    </message>
    <message>
        <source>JSON: {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}], &quot;evidence_references&quot;: [as test evidence --json]}</source>
        <translation>JSON : {&quot;procedures&quot;: [{&quot;kind&quot;, &quot;text&quot;}], &quot;attributes&quot;: [{&quot;letter&quot;, &quot;text&quot;}],
&quot;results&quot;: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;result&quot;, &quot;note&quot;, &quot;recorded_at&quot;,
&quot;recorded_by&quot;}], &quot;evidence_references&quot;: [comme test evidence --json]}</translation>
    </message>
    <message>
        <source>No evidence references.</source>
        <translation>Aucun renvoi à des éléments probants.</translation>
    </message>
    <message>
        <source>%1 row %2, attribute %3: %4</source>
        <translation>%1 ligne %2, attribut %3 : %4</translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation>%1 ne renvoie pas à %2</translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation>ligne %1, attribut %2 du contrôle %3</translation>
    </message>
    <message>
        <source>--evidence &quot;%1&quot;: the page must be a number from 1</source>
        <translation>--evidence « %1 » : la page doit être un nombre à partir de 1</translation>
    </message>
    <message>
        <source>an evidence reference is empty; give SHA256 or PACKAGE/PATH, optionally with :PAGE</source>
        <translation>un renvoi à un élément probant est vide ; indiquez SHA256 ou PACKAGE/PATH, éventuellement avec :PAGE</translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; does not exist; give an item&apos;s SHA-256 or PACKAGE/PATH as `evidence list` shows them</source>
        <translation>l’élément probant « %1 » n’existe pas ; indiquez le SHA-256 d’un élément ou PACKAGE/PATH tels que `evidence list` les affiche</translation>
    </message>
    <message>
        <source>evidence %1 is held by several items (%2); name one as PACKAGE/PATH</source>
        <translation>le contenu %1 appartient à plusieurs éléments (%2) ; désignez-en un par PACKAGE/PATH</translation>
    </message>
    <message>
        <source>The population row of the result (with --attribute).</source>
        <translation>La ligne de population du résultat (avec --attribute).</translation>
    </message>
    <message>
        <source>The attribute&apos;s letter (with --row).</source>
        <translation>La lettre de l’attribut (avec --row).</translation>
    </message>
    <message>
        <source>Remove a reference (repeatable).</source>
        <translation>Retirer un renvoi (répétable).</translation>
    </message>
    <message>
        <source>A label for the references added.</source>
        <translation>Un libellé pour les renvois ajoutés.</translation>
    </message>
    <message>
        <source>List, add or remove the evidence references of test results</source>
        <translation>Lister, ajouter ou retirer les renvois aux éléments probants des résultats de test</translation>
    </message>
    <message>
        <source>Without --add or --remove, lists the references of the control (or of one result with --row and
--attribute). --add and --remove change one result&apos;s references in one action; the result must be
recorded first. A page beyond a PDF&apos;s known page count is an error.
JSON: [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;evidence_id&quot;, &quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;,
&quot;media_type&quot;, &quot;page&quot; (null: the whole document), &quot;label&quot;, &quot;added_at&quot;, &quot;added_by&quot;}]</source>
        <translation>Sans --add ni --remove, liste les renvois du contrôle (ou d’un résultat, avec --row et
--attribute). --add et --remove modifient les renvois d’un résultat en une seule action ; le résultat doit
d’abord être enregistré. Une page au-delà du nombre de pages connu d’un PDF est une erreur.
JSON : [{&quot;population&quot;, &quot;row&quot;, &quot;attribute&quot;, &quot;evidence_id&quot;, &quot;package&quot;, &quot;path&quot;, &quot;sha256&quot;,
&quot;media_type&quot;, &quot;page&quot; (null : le document entier), &quot;label&quot;, &quot;added_at&quot;, &quot;added_by&quot;}]</translation>
    </message>
    <message>
        <source>%1: control %2 maps to %3, which is not in the engagement&apos;s scope; coverage, results and the report leave that mapping out</source>
        <translation>%1&#xa0;: le contrôle %2 est rattaché à %3, hors du périmètre de la mission&#x202f;; la couverture, les résultats et le rapport ignorent ce rattachement</translation>
    </message>
    <message>
        <source>The control matrix (.csv or .xlsx) with a header row: control id, description, criteria and optionally frequency, type, owner, key.</source>
        <translation>La matrice des contrôles (.csv ou .xlsx) avec une ligne d’en-tête&#xa0;: control id, description, criteria et, en option, frequency, type, owner, key.</translation>
    </message>
    <message>
        <source>Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.
Criteria are ids separated by &quot;;&quot; or &quot;,&quot;. Any invalid row (named in the error) or an id that
already exists fails the whole import and leaves the workpaper unchanged. A mapping to a criterion
outside the engagement&apos;s categories is kept and reported as a warning (and in &quot;out_of_scope&quot;).
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;, &quot;out_of_scope&quot;: [{&quot;control&quot;, &quot;criterion&quot;}]}</source>
        <translation>Les en-têtes sont reconnus sans tenir compte de la casse&#x202f;; les en-têtes inconnus sont signalés sur stderr.
Les critères sont des identifiants séparés par &quot;;&quot; ou &quot;,&quot;. Une ligne invalide (nommée dans l’erreur) ou un
identifiant déjà existant fait échouer toute l’importation et laisse le dossier de travail inchangé. Un rattachement à un
critère hors des catégories de la mission est conservé et signalé par un avertissement (et dans &quot;out_of_scope&quot;).
JSON: {&quot;imported&quot;, &quot;unknown_headers&quot;, &quot;encoding&quot;, &quot;out_of_scope&quot;: [{&quot;control&quot;, &quot;criterion&quot;}]}</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --description, --cause, --response, --criteria, --assessment, --criterion-met or --reasoning</source>
        <translation>rien à modifier&#xa0;: indiquez au moins une des options --description, --cause, --response, --criteria, --assessment, --criterion-met ou --reasoning</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a rate between 0 and 1 (e.g. 0.05 or 5%)</source>
        <translation>--%1&#xa0;: &quot;%2&quot; n’est pas un taux entre 0 et 1 (p.&#xa0;ex. 0.05 ou 5%)</translation>
    </message>
    <message>
        <source>Set the control&apos;s tolerable rate first (e.g. 0.05 or 5%; default 5%).</source>
        <translation>Définir d’abord le taux tolérable du contrôle (p.&#xa0;ex. 0.05 ou 5%&#x202f;; par défaut 5%).</translation>
    </message>
    <message>
        <source>Set the control&apos;s risk of overreliance first (e.g. 0.10 or 10%; default 10%).</source>
        <translation>Définir d’abord le risque de confiance excessive du contrôle (p.&#xa0;ex. 0.10 ou 10%&#x202f;; par défaut 10%).</translation>
    </message>
    <message>
        <source>The population to show (required; --population, as in the sample commands, works too).</source>
        <translation>La population à afficher (obligatoire&#x202f;; --population, comme pour les commandes d’échantillonnage, convient aussi).</translation>
    </message>
    <message>
        <source>%1 has no data rows: control %2 is concluded as not operated in the period (its event did not occur) until a sample is drawn from another population</source>
        <translation>%1 n’a aucune ligne de données&#xa0;: le contrôle %2 est conclu comme non exécuté pendant la période (son événement ne s’est pas produit) jusqu’à ce qu’un échantillon soit tiré d’une autre population</translation>
    </message>
    <message>
        <source>The population whose sample is tested, when the control has several with a sample.</source>
        <translation>La population dont l’échantillon est testé, quand le contrôle en a plusieurs avec un échantillon.</translation>
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
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>Éléments reçus</translation>
    </message>
    <message>
        <source>Client comments</source>
        <translation>Commentaires du client</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
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
        <source>Evidence request list</source>
        <translation>Liste de demandes d’éléments probants</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Please provide the evidence for each open request and add your comments in the shaded column.</source>
        <translation>Veuillez fournir les éléments probants pour chaque demande ouverte et ajouter vos commentaires dans la colonne grisée.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for an unprotected copy</source>
        <translation>le PDF est protégé par un mot de passe&#x202f;; demandez au client une copie non protégée</translation>
    </message>
    <message>
        <source>the file is not a PDF or is damaged beyond repair</source>
        <translation>le fichier n’est pas un PDF ou est endommagé de manière irréparable</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1: the PDF viewer process (%2) could not be started: %3</source>
        <translation>%1&#xa0;: le processus de lecture PDF (%2) n’a pas pu être démarré&#xa0;: %3</translation>
    </message>
    <message>
        <source>the PDF viewer process did not finish within %1 s</source>
        <translation>le processus de lecture PDF ne s’est pas terminé en %1 s</translation>
    </message>
    <message>
        <source>the PDF viewer process crashed on %1 (the file is probably damaged)</source>
        <translation>le processus de lecture PDF a planté sur %1 (le fichier est probablement endommagé)</translation>
    </message>
    <message>
        <source>the PDF viewer process sent an unreadable answer (%1)</source>
        <translation>le processus de lecture PDF a renvoyé une réponse illisible (%1)</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>unexpected PDF writer output: %1</source>
        <translation>sortie inattendue du générateur PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>DRAFT — subject to change</source>
        <translation>PROJET — susceptible de modifications</translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in the restricted use paragraph of Section I.</source>
        <translation>Ce rapport est destiné exclusivement aux parties désignées dans le paragraphe relatif à la restriction d’utilisation de la section I.</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>impossible de démarrer le générateur PDF</translation>
    </message>
    <message>
        <source>cannot write the archive %1: %2</source>
        <translation>impossible d’écrire l’archive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1 for the archive: %2</source>
        <translation>impossible de lire %1 pour l’archive&#xa0;: %2</translation>
    </message>
    <message>
        <source>the archive %1 exists already; it is never overwritten</source>
        <translation>l’archive %1 existe déjà&#x202f;; elle n’est jamais écrasée</translation>
    </message>
    <message>
        <source>cannot move the archive into place at %1</source>
        <translation>impossible de placer l’archive à son emplacement %1</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>impossible de relire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: the brace opened at &quot;%2&quot; is not closed</source>
        <translation>modèle de rapport «&#xa0;%1&#xa0;»&#xa0;: l’accolade ouverte à «&#xa0;%2&#xa0;» n’est pas fermée</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot;: unknown placeholder {%2}; known placeholders: %3</source>
        <translation>modèle de rapport «&#xa0;%1&#xa0;»&#xa0;: espace réservé {%2} inconnu&#x202f;; espaces réservés connus&#xa0;: %3</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>exception:%1 is not an exception id (a number)</source>
        <translation>exception:%1 n’est pas un identifiant d’écart (un nombre)</translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation>l’écart %1 n’existe pas</translation>
    </message>
    <message>
        <source>no evidence item has SHA-256 %1</source>
        <translation>aucun élément probant n’a le SHA-256 %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; does not exist; the sections are %2</source>
        <translation>la section «&#xa0;%1&#xa0;» n’existe pas&#x202f;; les sections sont %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object reference; use control:ID, exception:ID, population:NAME, evidence:SHA256 or section:NAME</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une référence d’objet&#x202f;; utilisez control:ID, exception:ID, population:NAME, evidence:SHA256 ou section:NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown kind of object &quot;%2&quot;; use control, exception, population, evidence or section</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: type d’objet «&#xa0;%2&#xa0;» inconnu&#x202f;; utilisez control, exception, population, evidence ou section</translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1.</source>
        <translation>Écart relevé sur l’attribut %1.</translation>
    </message>
    <message>
        <source>Deviation noted in attribute %1: %2</source>
        <translation>Écart relevé sur l’attribut %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>review note #%1 on %2 is answered, not cleared: “%3”</source>
        <translation>la note de revue n°%1 sur %2 a reçu une réponse mais n’est pas levée&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>review note #%1 on %2 is open: “%3”</source>
        <translation>la note de revue n°%1 sur %2 est ouverte&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>sign-off missing: %1</source>
        <translation>visa manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>sign-off stale since a change: %1 (%2, %3)</source>
        <translation>visa périmé depuis une modification&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <source>a zip archive (an Excel workbook is one: name it .xlsx)</source>
        <translation>une archive zip (un classeur Excel en est une&#xa0;: nommez-le .xlsx)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>UTF-16 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>du texte UTF-16 (enregistrez-le au format &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: its content is %2; a population is read from .csv or .xlsx</source>
        <translation>%1 n’est pas un fichier CSV&#xa0;: son contenu est %2&#x202f;; une population se lit depuis un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV</source>
        <translation>un classeur Excel 97-2003 (.xls)&#xa0;: enregistrez-le en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>binary data (a zero byte at offset %1)</source>
        <translation>des données binaires (un octet nul à la position %1)</translation>
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
    <message>
        <source>cannot write the audit trail to %1: %2</source>
        <translation>impossible d’écrire la piste d’audit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::Contents</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
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
    <name>Tickmark::Core::EvaluationService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>control %1: the tolerable rate must be between 0 and 1 (exclusive), not %2</source>
        <translation>contrôle %1&#xa0;: le taux tolérable doit être compris entre 0 et 1 (exclus), et non %2</translation>
    </message>
    <message>
        <source>control %1: the risk of overreliance must be between 0 and 1 (exclusive), not %2</source>
        <translation>contrôle %1&#xa0;: le risque de confiance excessive doit être compris entre 0 et 1 (exclus), et non %2</translation>
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
    <message>
        <source>no evidence item has the SHA-256 %1</source>
        <translation>aucun élément probant n’a le SHA-256 %1</translation>
    </message>
    <message>
        <source>there is no evidence item &quot;%1&quot;; give it as PACKAGE/PATH as listed</source>
        <translation>il n’existe aucun élément probant «&#xa0;%1&#xa0;»&#x202f;; indiquez-le sous la forme PACKAGE/PATH tel qu’il est listé</translation>
    </message>
    <message>
        <source>evidence item &quot;%1&quot; has the SHA-256 %2, not %3</source>
        <translation>l’élément probant «&#xa0;%1&#xa0;» a le SHA-256 %2, et non %3</translation>
    </message>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>evidence %1 is already linked to control %2</source>
        <translation>l’élément probant %1 est déjà lié au contrôle %2</translation>
    </message>
    <message>
        <source>evidence %1 is not linked to control %2</source>
        <translation>l’élément probant %1 n’est pas lié au contrôle %2</translation>
    </message>
    <message>
        <source>evidence item %1 does not exist</source>
        <translation>l’élément probant %1 n’existe pas</translation>
    </message>
    <message>
        <source>text indexing was cancelled; %1 contents were indexed</source>
        <translation>l’indexation du texte a été annulée&#x202f;; %1 contenus ont été indexés</translation>
    </message>
    <message>
        <source>no text (%1)</source>
        <translation>aucun texte (%1)</translation>
    </message>
    <message>
        <source>%1: the PDF helper (tickmark-pdf) is not available; the PDF will be indexed once it is</source>
        <translation>%1&#xa0;: l’outil PDF (tickmark-pdf) n’est pas disponible&#x202f;; le PDF sera indexé dès qu’il le sera</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read %1</source>
        <translation>impossible de créer un dossier temporaire pour lire %1</translation>
    </message>
    <message>
        <source>no text layer (a scan?)</source>
        <translation>aucune couche de texte (un document numérisé&#x202f;?)</translation>
    </message>
    <message>
        <source>the search is empty; give one or more words</source>
        <translation>la recherche est vide&#x202f;; indiquez un ou plusieurs mots</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot; is not valid (%2); put words with punctuation in double quotes, e.g. &quot;SOC-2&quot;</source>
        <translation>la recherche «&#xa0;%1&#xa0;» n’est pas valide (%2)&#x202f;; mettez les mots contenant de la ponctuation entre guillemets droits, p.&#xa0;ex. &quot;SOC-2&quot;</translation>
    </message>
    <message>
        <source>request %1 does not exist; add it to the request list before importing %2 as its answer</source>
        <translation>la demande %1 n’existe pas&#x202f;; ajoutez-la à la liste de demandes avant d’importer %2 comme réponse</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::EvidenceTreeModel</name>
    <message>
        <source>%1 package</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation>%1 (hors période)</translation>
    </message>
    <message>
        <source>%1
Received %2 from package %3, imported by %4</source>
        <translation>%1
Reçu le %2 dans le paquet %3, importé par %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files, imported %2 by %3</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier, importé le %2 par %3</numerusform>
            <numerusform>%1&#xa0;: %n fichiers, importés le %2 par %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n files</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier</numerusform>
            <numerusform>%1&#xa0;: %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 of the package %1</source>
        <translation>SHA-256 du paquet %1</translation>
    </message>
    <message>
        <source>The effective date falls outside the engagement period.</source>
        <translation>La date d’effet se situe en dehors de la période de la mission.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d’effet</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ExceptionService</name>
    <message>
        <source>control %1 does not exist</source>
        <translation>le contrôle %1 n’existe pas</translation>
    </message>
    <message>
        <source>exception %1 does not exist</source>
        <translation>l’écart %1 n’existe pas</translation>
    </message>
    <message>
        <source>an exception on control %1 needs a description</source>
        <translation>un écart sur le contrôle %1 nécessite une description</translation>
    </message>
    <message>
        <source>exception %1: the description cannot be empty</source>
        <translation>écart %1&#xa0;: la description ne peut pas être vide</translation>
    </message>
    <message>
        <source>exception %1: %2 is not a trust services criterion</source>
        <translation>écart %1&#xa0;: %2 n’est pas un critère des services de confiance</translation>
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
    <name>Tickmark::Core::HtmlRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>impossible d’écrire le rapport dans %1&#xa0;: %2</translation>
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
    <name>Tickmark::Core::OdtRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>impossible d’écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfRenderer</name>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>impossible d’écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::PdfTool</name>
    <message>
        <source>the PDF viewer process sent an unreadable image of page %1</source>
        <translation>le processus de lecture PDF a renvoyé une image illisible de la page %1</translation>
    </message>
    <message>
        <source>the PDF viewer process sent a truncated thumbnail</source>
        <translation>le processus de lecture PDF a renvoyé une miniature tronquée</translation>
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
    <name>Tickmark::Core::ReportBuild</name>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>throughout the period %1 to %2</source>
        <translation>tout au long de la période du %1 au %2</translation>
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
        <source>Inquiry</source>
        <translation>Demande d’informations</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>Réexécution</translation>
    </message>
    <message>
        <source>by systematic selection</source>
        <translation>par sélection systématique</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>de manière aléatoire</translation>
    </message>
    <message>
        <source>Sample of %1 items selected %2 from the %3 items of population “%4”.</source>
        <translation>Échantillon de %1 éléments sélectionnés %2 parmi les %3 éléments de la population «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Tests not yet designed.</source>
        <translation>Tests pas encore conçus.</translation>
    </message>
    <message>
        <source>For %1 of %2 items sampled, %3</source>
        <translation>Pour %1 des %2 éléments de l’échantillon, %3</translation>
    </message>
    <message>
        <source>Testing not yet completed.</source>
        <translation>Tests pas encore terminés.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Control activity specified by %1</source>
        <translation>Activité de contrôle spécifiée par %1</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Tests réalisés par l’auditeur de services</translation>
    </message>
    <message>
        <source>Results of tests</source>
        <translation>Résultats des tests</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Organisation sous-traitante</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Services fournis</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Contrôles complémentaires supposés de l’organisation sous-traitante</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Méthode d’inclusion</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <translation>Méthode d’exclusion</translation>
    </message>
    <message>
        <source>Included in this description</source>
        <translation>Inclus dans cette description</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Complementary user entity control</source>
        <translation>Contrôle complémentaire des entités utilisatrices</translation>
    </message>
    <message>
        <source>Related criteria</source>
        <translation>Critères associés</translation>
    </message>
    <message>
        <source>Section III</source>
        <translation>Section III</translation>
    </message>
    <message>
        <source>Description of the %1</source>
        <translation>Description du %1</translation>
    </message>
    <message>
        <source>Components of the System</source>
        <translation>Composants du système</translation>
    </message>
    <message>
        <source>Complementary User Entity Controls</source>
        <translation>Contrôles complémentaires des entités utilisatrices</translation>
    </message>
    <message>
        <source>Section IV</source>
        <translation>Section IV</translation>
    </message>
    <message>
        <source>Trust Services Criteria, Related Controls and Tests of Controls</source>
        <translation>Critères des services de confiance, contrôles associés et tests des contrôles</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Aucun contrôle de %1 n’est associé à ce critère.</translation>
    </message>
    <message>
        <source>Section V</source>
        <translation>Section V</translation>
    </message>
    <message>
        <source>Other Information Provided by %1</source>
        <translation>Autres informations fournies par %1</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Écart relevé</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Management&apos;s Responses to Exceptions</source>
        <translation>Réponses de la direction aux écarts</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Index of Evidence Relied On</source>
        <translation>Index des éléments probants utilisés</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Élément probant</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence item is linked to a control.</source>
        <translation>Aucun élément probant n’est lié à un contrôle.</translation>
    </message>
    <message>
        <source>Services Provided</source>
        <translation>Services fournis</translation>
    </message>
    <message>
        <source>Principal Service Commitments and System Requirements</source>
        <translation>Principaux engagements de service et exigences du système</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation>Périmètre du système</translation>
    </message>
    <message>
        <source>System Incidents</source>
        <translation>Incidents du système</translation>
    </message>
    <message>
        <source>Subservice Organizations</source>
        <translation>Organisations sous-traitantes</translation>
    </message>
    <message>
        <source>Trust Services Criteria Not Relevant to the System</source>
        <translation>Critères des services de confiance non pertinents pour le système</translation>
    </message>
    <message>
        <source>Significant Changes During the Period</source>
        <translation>Changements importants au cours de la période</translation>
    </message>
    <message>
        <source>control %1: %2</source>
        <translation>contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Basis for Qualified Opinion</source>
        <translation>Fondement de l’opinion avec réserve</translation>
    </message>
    <message>
        <source>Qualified Opinion</source>
        <translation>Opinion avec réserve</translation>
    </message>
    <message>
        <source>Basis for Adverse Opinion</source>
        <translation>Fondement de l’opinion défavorable</translation>
    </message>
    <message>
        <source>Adverse Opinion</source>
        <translation>Opinion défavorable</translation>
    </message>
    <message>
        <source>Basis for Disclaimer of Opinion</source>
        <translation>Fondement de l’impossibilité d’exprimer une opinion</translation>
    </message>
    <message>
        <source>Disclaimer of Opinion</source>
        <translation>Impossibilité d’exprimer une opinion</translation>
    </message>
    <message>
        <source>Section I</source>
        <translation>Section I</translation>
    </message>
    <message>
        <source>Independent Service Auditor&apos;s Report</source>
        <translation>Rapport de l’auditeur de services indépendant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Service Organization&apos;s Responsibilities</source>
        <translation>Responsabilités de l’organisation de services</translation>
    </message>
    <message>
        <source>Service Auditor&apos;s Responsibilities</source>
        <translation>Responsabilités de l’auditeur de services</translation>
    </message>
    <message>
        <source>Inherent Limitations</source>
        <translation>Limites inhérentes</translation>
    </message>
    <message>
        <source>Description of Tests of Controls</source>
        <translation>Description des tests des contrôles</translation>
    </message>
    <message>
        <source>Restricted Use</source>
        <translation>Restriction d’utilisation</translation>
    </message>
    <message>
        <source>Section II</source>
        <translation>Section II</translation>
    </message>
    <message>
        <source>Management&apos;s Assertion of %1</source>
        <translation>Assertion de la direction de %1</translation>
    </message>
    <message>
        <source>SOC 2 Type II Report</source>
        <translation>Rapport SOC 2 de type II</translation>
    </message>
    <message>
        <source>SOC 2 Type I Report</source>
        <translation>Rapport SOC 2 de type I</translation>
    </message>
    <message>
        <source>For the period %1 to %2</source>
        <translation>Pour la période du %1 au %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to %3</source>
        <translation>Rapport sur la description par %1 de son %2 et sur la pertinence de la conception et l’efficacité du fonctionnement de ses contrôles relatifs à %3</translation>
    </message>
    <message>
        <source>Report on %1&apos;s Description of Its %2 and on the Suitability of the Design of Its Controls Relevant to %3</source>
        <translation>Rapport sur la description par %1 de son %2 et sur la pertinence de la conception de ses contrôles relatifs à %3</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 pour %2, %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportService</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation>modèle de rapport «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; already has the default wording</source>
        <translation>le modèle de rapport «&#xa0;%1&#xa0;» a déjà la formulation par défaut</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot; of the description of the system; parts: %2</source>
        <translation>partie «&#xa0;%1&#xa0;» de la description du système inconnue&#x202f;; parties&#xa0;: %2</translation>
    </message>
    <message>
        <source>an %1 opinion needs the reason, stated for the basis paragraph</source>
        <translation>une opinion %1 nécessite le motif, indiqué dans le paragraphe de fondement</translation>
    </message>
    <message>
        <source>cannot export the report to %1: the file name must end in .pdf, .odt or .html</source>
        <translation>impossible d’exporter le rapport vers %1&#xa0;: le nom du fichier doit se terminer par .pdf, .odt ou .html</translation>
    </message>
    <message>
        <source>the report is issued already; a reviewer or partner must reopen the engagement before it can be issued again</source>
        <translation>le rapport est déjà émis&#x202f;; un réviseur ou un associé doit rouvrir la mission avant qu’il puisse être émis à nouveau</translation>
    </message>
    <message>
        <source>only a reviewer or partner can issue the report; %1 acts as preparer</source>
        <translation>seul un réviseur ou un associé peut émettre le rapport&#x202f;; %1 agit en tant que préparateur</translation>
    </message>
    <message>
        <source>the report cannot be issued yet: %1</source>
        <translation>le rapport ne peut pas encore être émis&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the report: %1</source>
        <translation>impossible de créer un dossier temporaire pour le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive folder %1 does not exist</source>
        <translation>le dossier d’archive %1 n’existe pas</translation>
    </message>
    <message>
        <source>the engagement could not be locked, so the report was not issued: %1</source>
        <translation>la mission n’a pas pu être verrouillée, le rapport n’a donc pas été émis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReportTemplates</name>
    <message>
        <source>unknown report template &quot;%1&quot;</source>
        <translation>modèle de rapport «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>report template &quot;%1&quot; is missing</source>
        <translation>le modèle de rapport «&#xa0;%1&#xa0;» est introuvable</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestListModel</name>
    <message>
        <source>Overdue: due %1, still open.</source>
        <translation>En retard&#xa0;: échéance le %1, toujours ouverte.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::RequestService</name>
    <message>
        <source>request %1: the description is empty</source>
        <translation>demande %1&#xa0;: la description est vide</translation>
    </message>
    <message>
        <source>request %1: control %2 does not exist</source>
        <translation>demande %1&#xa0;: le contrôle %2 n’existe pas</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>la demande %1 n’existe pas</translation>
    </message>
    <message>
        <source>request reference &quot;%1&quot; is not valid: use 1 to 64 characters without spaces or slashes, e.g. R-001</source>
        <translation>la référence de demande «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez de 1 à 64 caractères sans espace ni barre oblique, p.&#xa0;ex. R-001</translation>
    </message>
    <message>
        <source>request %1 already exists</source>
        <translation>la demande %1 existe déjà</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>request %1 is already %2</source>
        <translation>la demande %1 est déjà %2</translation>
    </message>
    <message>
        <source>request %1 is answered by evidence package(s) %2; it cannot be removed</source>
        <translation>la demande %1 a reçu une réponse par le ou les paquets d’éléments probants %2&#x202f;; elle ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>evidence package &quot;%1&quot; does not exist</source>
        <translation>le paquet d’éléments probants «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>answered by evidence package &quot;%1&quot;</source>
        <translation>réponse apportée par le paquet d’éléments probants «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot export the request list to %1: the file name must end in .xlsx or .csv</source>
        <translation>impossible d’exporter la liste de demandes vers %1&#xa0;: le nom du fichier doit se terminer par .xlsx ou .csv</translation>
    </message>
</context>
<context>
    <name>Tickmark::Core::ReviewService</name>
    <message>
        <source>%1 needs the reviewer or partner role; %2 acts as preparer</source>
        <translation>%1 nécessite le rôle de réviseur ou d’associé&#x202f;; %2 agit en tant que préparateur</translation>
    </message>
    <message>
        <source>a review note on %1 needs a text</source>
        <translation>une note de revue sur %1 nécessite un texte</translation>
    </message>
    <message>
        <source>a reply to review note %1 needs a text</source>
        <translation>une réponse à la note de revue %1 nécessite un texte</translation>
    </message>
    <message>
        <source>review note %1 does not exist</source>
        <translation>la note de revue %1 n’existe pas</translation>
    </message>
    <message>
        <source>review note %1 is cleared; open a new note instead</source>
        <translation>la note de revue %1 est levée&#x202f;; ouvrez plutôt une nouvelle note</translation>
    </message>
    <message>
        <source>clearing review note %1</source>
        <translation>la levée de la note de revue %1</translation>
    </message>
    <message>
        <source>review note %1 is already cleared</source>
        <translation>la note de revue %1 est déjà levée</translation>
    </message>
    <message>
        <source>a reviewer sign-off on %1</source>
        <translation>un visa de réviseur sur %1</translation>
    </message>
    <message>
        <source>%1 already signed %2 as %3; one person cannot hold both sign-offs of an object</source>
        <translation>%1 a déjà visé %2 en tant que %3&#x202f;; une même personne ne peut pas détenir les deux visas d’un objet</translation>
    </message>
    <message>
        <source>%1 has no sign-off on %2</source>
        <translation>%1 n’a aucun visa sur %2</translation>
    </message>
    <message>
        <source>issuing the report (locking the engagement)</source>
        <translation>l’émission du rapport (verrouillage de la mission)</translation>
    </message>
    <message>
        <source>the engagement is already locked</source>
        <translation>la mission est déjà verrouillée</translation>
    </message>
    <message>
        <source>the engagement cannot be locked: %1 open review note(s), %2 missing sign-off(s), %3 stale sign-off(s)</source>
        <translation>la mission ne peut pas être verrouillée&#xa0;: %1 note(s) de revue ouverte(s), %2 visa(s) manquant(s), %3 visa(s) périmé(s)</translation>
    </message>
    <message>
        <source>reopening the engagement</source>
        <translation>la réouverture de la mission</translation>
    </message>
    <message>
        <source>reopening the engagement needs a reason</source>
        <translation>la réouverture de la mission nécessite un motif</translation>
    </message>
    <message>
        <source>the engagement is not locked; there is nothing to reopen</source>
        <translation>la mission n’est pas verrouillée&#x202f;; il n’y a rien à rouvrir</translation>
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
        <translation>Ligne</translation>
    </message>
    <message>
        <source>column %1 is not a test attribute</source>
        <translation>la colonne %1 n’est pas un attribut de test</translation>
    </message>
    <message>
        <source>sample item %1, attribute %2 needs a result before it can have a note</source>
        <translation>l’élément d’échantillon %1, attribut %2, doit avoir un résultat avant de pouvoir recevoir une note</translation>
    </message>
    <message>
        <source>“%1” is not a result (pass, deviation or na)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un résultat (pass, deviation ou na)</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n):</source>
        <translation>
            <numerusform>Élément probant (%n) :</numerusform>
            <numerusform>Éléments probants (%n) :</numerusform>
        </translation>
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
        <source>population &quot;%1&quot; does not exist</source>
        <translation>la population «&#xa0;%1&#xa0;» n’existe pas</translation>
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
    <message>
        <source>control %1: say what was found when the design is not implemented (a note is required)</source>
        <translation>contrôle %1&#xa0;: indiquez ce qui a été constaté lorsque la conception n’est pas mise en œuvre (une note est obligatoire)</translation>
    </message>
    <message>
        <source>Walkthrough: the design is not implemented: %1</source>
        <translation>Test de cheminement&#xa0;: la conception n’est pas mise en œuvre&#xa0;: %1</translation>
    </message>
    <message>
        <source>control %1 has no walkthrough to clear</source>
        <translation>le contrôle %1 n’a aucun test de cheminement à effacer</translation>
    </message>
    <message>
        <source>control %1: give the reason the control did not operate in the period</source>
        <translation>contrôle %1&#xa0;: indiquez pourquoi le contrôle n’a pas été exécuté au cours de la période</translation>
    </message>
    <message>
        <source>control %1 is not marked as not operated</source>
        <translation>le contrôle %1 n’est pas marqué comme non exécuté</translation>
    </message>
    <message>
        <source>control %1 has no result for attribute %2 on row %3 to clear</source>
        <translation>le contrôle %1 n’a aucun résultat pour l’attribut %2 à la ligne %3 à effacer</translation>
    </message>
    <message>
        <source>control %1 has no procedures, so there is no procedure %2</source>
        <translation>le contrôle %1 n’a aucune procédure ; la procédure %2 n’existe donc pas</translation>
    </message>
    <message>
        <source>control %1 has no procedure %2 (its procedures are numbered 1 to %3)</source>
        <translation>le contrôle %1 n’a pas de procédure %2 (ses procédures sont numérotées de 1 à %3)</translation>
    </message>
    <message>
        <source>attribute %1 of control %2 has %3 recorded results and %4 evidence references; remove them with the attribute explicitly, or clear them first</source>
        <translation>l’attribut %1 du contrôle %2 a %3 résultats enregistrés et %4 renvois à des éléments probants ; supprimez-les explicitement avec l’attribut, ou effacez-les d’abord</translation>
    </message>
    <message>
        <source>row %1, attribute %2 of control %3</source>
        <translation>ligne %1, attribut %2 du contrôle %3</translation>
    </message>
    <message>
        <source>evidence item %1 does not exist, so %2 cannot refer to it</source>
        <translation>l’élément probant %1 n’existe pas ; %2 ne peut donc pas y renvoyer</translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: pages are numbered from 1</source>
        <translation>la page %1 de %2 n’existe pas : les pages sont numérotées à partir de 1</translation>
    </message>
    <message>
        <source>page %1 of %2 does not exist: the document has %3 pages</source>
        <translation>la page %1 de %2 n’existe pas : le document compte %3 pages</translation>
    </message>
    <message>
        <source>%1 has no result yet; record pass, deviation or N/A before referring to evidence</source>
        <translation>%1 n’a pas encore de résultat ; enregistrez « conforme », « écart » ou « N/A » avant de renvoyer à des éléments probants</translation>
    </message>
    <message>
        <source>%1 already refers to %2</source>
        <translation>%1 renvoie déjà à %2</translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation>élément probant %1</translation>
    </message>
    <message>
        <source>%1 does not refer to %2</source>
        <translation>%1 ne renvoie pas à %2</translation>
    </message>
    <message>
        <source>control %1 has several populations (%2) and none has a sample; draw a sample first</source>
        <translation>le contrôle %1 a plusieurs populations (%2) et aucune n’a d’échantillon&#x202f;; tirez d’abord un échantillon</translation>
    </message>
    <message>
        <source>control %1 has several populations with a sample (%2); name the one whose sample is tested</source>
        <translation>le contrôle %1 a plusieurs populations avec un échantillon (%2)&#x202f;; indiquez celle dont l’échantillon est testé</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; of control %2 has no sample; draw one first</source>
        <translation>la population «&#xa0;%1&#xa0;» du contrôle %2 n’a pas d’échantillon&#x202f;; tirez-en d’abord un</translation>
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
    <message>
        <source>reopening did not lift the lock; nothing was changed</source>
        <translation>la réouverture n’a pas levé le verrou&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 is the open workpaper (or one of its files); choose another file to write to</source>
        <translation>%1 est le dossier de travail ouvert (ou l’un de ses fichiers)&#x202f;; choisissez un autre fichier de destination</translation>
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
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 n’a pas été importé. %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>il reste environ %n s</numerusform>
            <numerusform>il reste environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>il reste environ %n min</numerusform>
            <numerusform>il reste environ %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>il reste environ %n h</numerusform>
            <numerusform>il reste environ %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmodified opinion</source>
        <translation>Opinion non modifiée</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Opinion avec réserve</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Opinion défavorable</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <translation>Impossibilité d’exprimer une opinion</translation>
    </message>
    <message>
        <source>Unmodified opinion: every criterion in scope is met.</source>
        <translation>Opinion non modifiée&#xa0;: tous les critères inclus dans l’étendue sont satisfaits.</translation>
    </message>
    <message>
        <source>Qualified opinion: criteria not met: %1.</source>
        <translation>Opinion avec réserve&#xa0;: critères non satisfaits&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1, chosen by the auditor: %2</source>
        <translation>%1, choisie par l’auditeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not operated</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Deviations within tolerable</source>
        <translation>Écarts dans la limite tolérable</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Non efficace</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande d’informations</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>Réexécution</translation>
    </message>
    <message>
        <source>Unassessed</source>
        <translation>Non apprécié</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <source>Systematic</source>
        <translation>Systématique</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Sans écart</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <translation>Écarts relevés</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not operated: the control&apos;s event did not occur in the period</source>
        <translation>Non exécuté&#xa0;: l’événement déclencheur du contrôle ne s’est pas produit au cours de la période</translation>
    </message>
    <message>
        <source>No sample yet</source>
        <translation>Pas encore d’échantillon</translation>
    </message>
    <message numerus="yes">
        <source>No results yet — 0 of %n items done</source>
        <translation>
            <numerusform>Aucun résultat pour l’instant — 0 élément traité sur %n</numerusform>
            <numerusform>Aucun résultat pour l’instant — 0 élément traité sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) in %1 items</source>
        <translation>
            <numerusform>%n écart sur %1 éléments</numerusform>
            <numerusform>%n écarts sur %1 éléments</numerusform>
        </translation>
    </message>
    <message>
        <source> — upper limit %1 vs tolerable %2</source>
        <translation> — limite supérieure %1 pour un taux tolérable de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Tickmark %1&lt;/h2&gt;&lt;p&gt;Un atelier pour les examens SOC 2&#xa0;: étendue, contrôles, éléments probants, échantillons, tests, revue et rapport, dans un seul fichier de dossier de travail doté d’une piste d’audit qui rend toute altération détectable. Tout fonctionne hors ligne&#x202f;; chaque modification est enregistrée dès qu’elle est effectuée.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Versions des bibliothèques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>About Tickmark</source>
        <translation>À propos de Tickmark</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Copier les versions</translation>
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
    <name>Tickmark::Ui::AuditTrailPage</name>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Every change made to this workpaper, who made it and when. The events are chained by SHA-256 hashes, so a changed or removed event is detected.</source>
        <translation>Chaque modification apportée à ce dossier de travail, son auteur et sa date. Les événements sont chaînés par des empreintes SHA-256&#xa0;: tout événement modifié ou supprimé est détecté.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Filter by object, e.g. control:CTL-01</source>
        <translation>Filtrer par objet, p. ex. control:CTL-01</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>La piste d’audit n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event %1, %2 UTC</source>
        <translation>Événement %1, %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The hash chain could not be checked: %1</source>
        <translation>✗ La chaîne d’empreintes n’a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Hash chain verified: %n events, none changed or missing.</source>
        <translation>
            <numerusform>✓ Chaîne d’empreintes vérifiée&#xa0;: %n événement, aucun modifié ni manquant.</numerusform>
            <numerusform>✓ Chaîne d’empreintes vérifiée&#xa0;: %n événements, aucun modifié ni manquant.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Hash chain broken at event %1: %2</source>
        <translation>✗ Chaîne d’empreintes rompue à l’événement %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Exporter la piste d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail events</source>
        <translation>Événements de la piste d’audit</translation>
    </message>
    <message>
        <source>Filter by object</source>
        <translation>Filtrer par objet</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n’a été exporté. %1</translation>
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
    <name>Tickmark::Ui::ControlEvidenceDialog</name>
    <message>
        <source>Link Evidence to %1</source>
        <translation>Lier des éléments probants à %1</translation>
    </message>
    <message>
        <source>Evidence files for control &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Fichiers probants du contrôle &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Filter files by package or path</source>
        <translation>Filtrer les fichiers par paquet ou chemin</translation>
    </message>
    <message>
        <source>Filter evidence files</source>
        <translation>Filtrer les fichiers probants</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers probants</translation>
    </message>
    <message>
        <source>The engagement has no evidence yet. Import it on the Evidence page, or drop files on the control&apos;s row.</source>
        <translation>La mission ne contient encore aucun élément probant. Importez-les dans la page Éléments probants ou déposez des fichiers sur la ligne du contrôle.</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 n’a pas été lié à %2. %3</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>Le lien entre %1 et %2 n’a pas été supprimé. %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ControlEvidencePanel</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>%1 (out of period)</source>
        <translation>%1 (hors période)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected file on the Evidence page</source>
        <translation>Afficher le fichier sélectionné dans la page Éléments probants</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>Remove the link between the selected file and this control</source>
        <translation>Supprimer le lien entre le fichier sélectionné et ce contrôle</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>&amp;Lier des éléments probants…</translation>
    </message>
    <message>
        <source>Choose evidence files for this control. You can also drop files, folders or archives on a control row to import and link them.</source>
        <translation>Choisir les fichiers probants de ce contrôle. Vous pouvez aussi déposer des fichiers, dossiers ou archives sur la ligne d’un contrôle pour les importer et les lier.</translation>
    </message>
    <message>
        <source>Evidence of the selected control</source>
        <translation>Éléments probants du contrôle sélectionné</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d’effet</translation>
    </message>
    <message>
        <source>The evidence of control %1 could not be read. %2</source>
        <translation>Les éléments probants du contrôle %1 n’ont pas pu être lus. %2</translation>
    </message>
    <message>
        <source>Evidence: choose a control above</source>
        <translation>Éléments probants&#xa0;: choisissez un contrôle ci-dessus</translation>
    </message>
    <message>
        <source>No evidence linked to %1 yet — drop files on its row or use Link Evidence…</source>
        <translation>Aucun élément probant lié à %1 pour l’instant — déposez des fichiers sur sa ligne ou utilisez Lier des éléments probants…</translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %1 (%n files)</source>
        <translation>
            <numerusform>Éléments probants de %1 (%n fichier)</numerusform>
            <numerusform>Éléments probants de %1 (%n fichiers)</numerusform>
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
        <translation>La date d’effet se situe hors de la période de la mission.</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>Le lien entre %1 et %2 n’a pas été supprimé. %3</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 n’est plus lié à %2.</translation>
    </message>
    <message>
        <source>Evidence links of %1 saved.</source>
        <translation>Liens des éléments probants de %1 enregistrés.</translation>
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
    <message>
        <source>Review notes and sign-offs of the selected control</source>
        <translation>Notes de revue et visas du contrôle sélectionné</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Filtrer les contrôles</translation>
    </message>
    <message>
        <source>Frequency filter</source>
        <translation>Filtre de fréquence</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n dropped items as evidence for %1…</source>
        <translation>
            <numerusform>Import de l’élément déposé comme élément probant de %1…</numerusform>
            <numerusform>Import des %n éléments déposés comme éléments probants de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Control matrices (*.csv *.xlsx);;All files (*)</source>
        <translation>Matrices des contrôles (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Imported, but some controls map to criteria outside the engagement&apos;s scope; coverage, results and the report leave these out: %1.</source>
        <translation>Importé, mais certains contrôles sont rattachés à des critères hors du périmètre de la mission&#x202f;; la couverture, les résultats et le rapport les ignorent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation>&amp;Importer une matrice…</translation>
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
    <message>
        <source>Criteria and their controls</source>
        <translation>Critères et leurs contrôles</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::CriteriaDashboardPage</name>
    <message>
        <source>Criteria Dashboard</source>
        <translation>Tableau de bord des critères</translation>
    </message>
    <message>
        <source>Every in-scope criterion at a glance, coloured by the results of its controls. Click a criterion to see its controls and exceptions.</source>
        <translation>Tous les critères du périmètre en un coup d’œil, colorés selon les résultats de leurs contrôles. Cliquez sur un critère pour voir ses contrôles et ses écarts.</translation>
    </message>
    <message>
        <source>Choose a criterion above.</source>
        <translation>Choisissez un critère ci-dessus.</translation>
    </message>
    <message>
        <source>Control / exception</source>
        <translation>Contrôle / écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The criteria could not be evaluated. %1</source>
        <translation>Les critères n’ont pas pu être évalués. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3 · %n control(s), %4 exception(s)</source>
        <translation>
            <numerusform>%1 %2
%3 · %n contrôle, %4 écart(s)</numerusform>
            <numerusform>%1 %2
%3 · %n contrôles, %4 écart(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3</translation>
    </message>
    <message>
        <source>No control is mapped to this criterion.</source>
        <translation>Aucun contrôle n’est associé à ce critère.</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Écart %1</translation>
    </message>
    <message>
        <source>Not concluded</source>
        <translation>Non conclu</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Critère satisfait</translation>
    </message>
    <message>
        <source>Criterion not met</source>
        <translation>Critère non satisfait</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>Controls and exceptions of the criterion</source>
        <translation>Contrôles et exceptions du critère</translation>
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
    <name>Tickmark::Ui::CsvPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
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
    <name>Tickmark::Ui::DescriptionEditor</name>
    <message>
        <source>Management&apos;s description of the system, as it appears in Section III. Saved when you leave the text or press Save.</source>
        <translation>Description du système par la direction, telle qu’elle figure dans la section III. Enregistrée lorsque vous quittez le texte ou cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Describe the %1 of the system here.</source>
        <translation>Décrivez ici la partie «&#xa0;%1&#xa0;» du système.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
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
    <name>Tickmark::Ui::EffectiveDateDialog</name>
    <message>
        <source>Effective Date</source>
        <translation>Date d’effet</translation>
    </message>
    <message>
        <source>The date &lt;b&gt;%1&lt;/b&gt; speaks to (e.g. the day a report was run). Evidence dated outside the engagement period is flagged.</source>
        <translation>La date à laquelle se rapporte &lt;b&gt;%1&lt;/b&gt; (p. ex. le jour où un état a été généré). Les éléments probants datés hors de la période de la mission sont signalés.</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Date d’effet&#xa0;:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d’effet</translation>
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
    <name>Tickmark::Ui::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>What the client sent, exactly as received: every file hashed (SHA-256) and kept inside the workpaper. Drop archives, files or folders on the window to import them.</source>
        <translation>Ce que le client a envoyé, exactement tel que reçu&#xa0;: chaque fichier est haché (SHA-256) et conservé dans le dossier de travail. Déposez des archives, des fichiers ou des dossiers sur la fenêtre pour les importer.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import an archive (zip, tar, 7z) or a single file</source>
        <translation>Importer une archive (zip, tar, 7z) ou un fichier isolé</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Re-hash every stored file and report any that changed</source>
        <translation>Recalculer l’empreinte de chaque fichier stocké et signaler ceux qui ont changé</translation>
    </message>
    <message>
        <source>&amp;Link to Controls…</source>
        <translation>&amp;Lier aux contrôles…</translation>
    </message>
    <message>
        <source>Choose the controls the selected file is evidence for</source>
        <translation>Choisir les contrôles dont le fichier sélectionné constitue un élément probant</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file (re-hashed on the way)</source>
        <translation>Enregistrer une copie du fichier sélectionné (empreinte recalculée au passage)</translation>
    </message>
    <message>
        <source>The evidence could not be read. %1</source>
        <translation>Les éléments probants n’ont pas pu être lus. %1</translation>
    </message>
    <message>
        <source>Search the text of all evidence (Ctrl+F)</source>
        <translation>Rechercher dans le texte de tous les éléments probants (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Rechercher dans les éléments probants</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers probants</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Aucun élément probant pour l’instant</translation>
    </message>
    <message>
        <source>Import the client&apos;s archives or files with Import…, or drop them on the window. Each file is hashed and stored inside the workpaper.</source>
        <translation>Importez les archives ou fichiers du client avec Importer…, ou déposez-les sur la fenêtre. Chaque fichier est haché et stocké dans le dossier de travail.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The search could not run. %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;La recherche n’a pas pu être exécutée. %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No evidence contains %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun élément probant ne contient %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · page %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hits.</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links of %1 saved.</source>
        <translation>Liens de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Export Evidence File</source>
        <translation>Exporter le fichier probant</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not exported. %2</source>
        <translation>%1 n’a pas été exporté. %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message>
        <source>Set &amp;Effective Date…</source>
        <translation>Définir la date d’&amp;effet…</translation>
    </message>
    <message>
        <source>The effective date of %1 was not changed. %2</source>
        <translation>La date d’effet de %1 n’a pas été modifiée. %2</translation>
    </message>
    <message>
        <source>Effective date of %1 saved.</source>
        <translation>Date d’effet de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Importer des éléments probants</translation>
    </message>
    <message>
        <source>Evidence (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;All files (*)</source>
        <translation>Éléments probants (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Evidence is being imported or verified; wait for it to finish.</source>
        <translation>Des éléments probants sont en cours d’importation ou de vérification&#x202f;; attendez la fin de l’opération.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n files</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1) in %2.</source>
        <translation> (%1) en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n entries that were links, devices or outside the package.</source>
        <translation>
            <numerusform>%n entrée ignorée&#xa0;: lien, périphérique ou élément hors du paquet.</numerusform>
            <numerusform>%n entrées ignorées&#xa0;: liens, périphériques ou éléments hors du paquet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed the text of %n files.</source>
        <translation>
            <numerusform>Texte de %n fichier indexé.</numerusform>
            <numerusform>Texte de %n fichiers indexé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not indexed for search. %1</source>
        <translation>Le texte n’a pas été indexé pour la recherche. %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Importation annulée&#x202f;; rien n’a été stocké.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The evidence could not be verified. %1</source>
        <translation>Les éléments probants n’ont pas pu être vérifiés. %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n files match their SHA-256</source>
        <translation>
            <numerusform>Le fichier (%n) correspond à son SHA-256</numerusform>
            <numerusform>Les %n fichiers correspondent tous à leur SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 re-hashed).</source>
        <translation> (%1 recalculés).</translation>
    </message>
    <message numerus="yes">
        <source>%n files no longer match their SHA-256:</source>
        <translation>
            <numerusform>%n fichier ne correspond plus à son SHA-256&#xa0;:</numerusform>
            <numerusform>%n fichiers ne correspondent plus à leur SHA-256&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: expected %3 (%4 bytes), found %5 (%6 bytes)</source>
        <translation>%1/%2&#xa0;: attendu %3 (%4 octets), trouvé %5 (%6 octets)</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n files to %1.</source>
        <translation>
            <numerusform>%n fichier lié à %1.</numerusform>
            <numerusform>%n fichiers liés à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidencePreview</name>
    <message>
        <source>Text of the evidence file</source>
        <translation>Texte du fichier probant</translation>
    </message>
    <message>
        <source>Table of the CSV file</source>
        <translation>Tableau du fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save a copy of the file (re-hashed on the way) to open it in another program</source>
        <translation>Enregistrer une copie du fichier (empreinte recalculée au passage) pour l’ouvrir dans un autre programme</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Aucun fichier sélectionné</translation>
    </message>
    <message>
        <source>Select a file in the tree to see it here.</source>
        <translation>Sélectionnez un fichier dans l’arborescence pour l’afficher ici.</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>The file cannot be read. %1</source>
        <translation>Le fichier ne peut pas être lu. %1</translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>les %1 premiers affichés</translation>
    </message>
    <message>
        <source>The image is too large to preview (%1). Export it to open it elsewhere.</source>
        <translation>L’image est trop grande pour être prévisualisée (%1). Exportez-la pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>This %1 image cannot be shown. Export it to open it elsewhere.</source>
        <translation>Cette image %1 ne peut pas être affichée. Exportez-la pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>The PDF cannot be read. %1</source>
        <translation>Le PDF ne peut pas être lu. %1</translation>
    </message>
    <message>
        <source>No preview for %1.</source>
        <translation>Aucun aperçu pour %1.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceProgressDialog</name>
    <message>
        <source>Verify Evidence</source>
        <translation>Vérifier les éléments probants</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Importer des éléments probants</translation>
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
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importation de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Indexing text for search</source>
        <translation>Indexation du texte pour la recherche</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 sur %2 fichiers</translation>
    </message>
    <message>
        <source>Verifying every stored file against its SHA-256</source>
        <translation>Vérification de chaque fichier stocké par rapport à son SHA-256</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::EvidenceReferenceDialog</name>
    <message>
        <source>Evidence References — %1</source>
        <translation>Renvois aux éléments probants — %1</translation>
    </message>
    <message>
        <source>Referenced evidence</source>
        <translation>Éléments probants référencés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation>Ajouter un renvoi</translation>
    </message>
    <message>
        <source>Filter by path, package or type</source>
        <translation>Filtrer par chemin, paquet ou type</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>Filtrer les éléments probants</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evidence of the engagement</source>
        <translation>Éléments probants de la mission</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>Optional, e.g. approval e-mail</source>
        <translation>Facultatif, p. ex. e-mail d’approbation</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Ajouter le renvoi</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>No evidence is imported yet: import it on the Evidence page.</source>
        <translation>Aucun élément probant n’est encore importé : importez-les sur la page « Éléments probants ».</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ExceptionsPage</name>
    <message>
        <source>Not concluded</source>
        <translation>Non conclu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Deviations found in testing and matters raised by hand, with the criteria they affect, management&apos;s response and your conclusion.</source>
        <translation>Écarts relevés lors des tests et points soulevés manuellement, avec les critères concernés, la réponse de la direction et votre conclusion.</translation>
    </message>
    <message>
        <source>Raise exception…</source>
        <translation>Signaler un écart…</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Éléments en écart</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Critère satisfait</translation>
    </message>
    <message>
        <source>e.g. CC8.1, CC7.1</source>
        <translation>p. ex. CC8.1, CC7.1</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Critères&#xa0;:</translation>
    </message>
    <message>
        <source>Management&apos;s response:</source>
        <translation>Réponse de la direction&#xa0;:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Appréciation&#xa0;:</translation>
    </message>
    <message>
        <source>Criterion met:</source>
        <translation>Critère satisfait&#xa0;:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The exceptions could not be read. %1</source>
        <translation>Les écarts n’ont pas pu être lus. %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No exceptions. Deviations recorded in the testing grid appear here.</source>
        <translation>Aucun écart. Les écarts consignés dans la grille de test apparaissent ici.</translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 of %4 items deviated (raised by %5)</source>
        <translation>Écart %1 sur %2 — %3 éléments sur %4 en écart (signalé par %5)</translation>
    </message>
    <message>
        <source>Exception %1 on %2 — %3 matter (raised by %4)</source>
        <translation>Écart %1 sur %2 — point de nature %3 (signalé par %4)</translation>
    </message>
    <message>
        <source>Exception %1 was not saved. %2</source>
        <translation>L’écart %1 n’a pas été enregistré. %2</translation>
    </message>
    <message>
        <source>Exception %1 saved.</source>
        <translation>Écart %1 enregistré.</translation>
    </message>
    <message>
        <source>The exception was not raised. %1</source>
        <translation>L’écart n’a pas été signalé. %1</translation>
    </message>
    <message>
        <source>Exception %1 raised on %2.</source>
        <translation>Écart %1 signalé sur %2.</translation>
    </message>
    <message>
        <source>Raise Exception</source>
        <translation>Signaler un écart</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exception %1</translation>
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
    <message>
        <source>Sample sizes by control frequency</source>
        <translation>Tailles d’échantillon selon la fréquence du contrôle</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image in the pane</source>
        <translation>Ajuster l’image au panneau</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
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
        <translation>Importer les contrôles depuis %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::IssuePanel</name>
    <message>
        <source>Issue the Report</source>
        <translation>Émettre le rapport</translation>
    </message>
    <message>
        <source>Issuing renders the final PDF (without the DRAFT mark), writes a reference archive with the PDF and a copy of the workpaper next to it, and locks the engagement: no further change is possible until a reviewer or partner reopens it with a reason.</source>
        <translation>L’émission génère le PDF définitif (sans la mention PROJET), écrit à côté une archive de référence contenant le PDF et une copie du dossier de travail, puis verrouille la mission&#xa0;: aucune modification n’est plus possible tant qu’un réviseur ou un associé ne l’a pas rouverte en indiquant un motif.</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation>É&amp;mettre le rapport…</translation>
    </message>
    <message>
        <source>Issued on %1 by %2 — the engagement is locked.</source>
        <translation>Émis le %1 par %2 — la mission est verrouillée.</translation>
    </message>
    <message>
        <source>Nothing blocks issuing: every note is cleared and every sign-off is current.</source>
        <translation>Rien n’empêche l’émission&#xa0;: toutes les notes sont levées et tous les visas sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be resolved before the report can be issued:</source>
        <translation>
            <numerusform>%n point doit être résolu avant que le rapport puisse être émis&#xa0;:</numerusform>
            <numerusform>%n points doivent être résolus avant que le rapport puisse être émis&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be issued yet: %n item(s) must be resolved first (listed under Issue).</source>
        <translation>
            <numerusform>Le rapport ne peut pas encore être émis&#xa0;: %n point doit d’abord être résolu (voir sous Émission).</numerusform>
            <numerusform>Le rapport ne peut pas encore être émis&#xa0;: %n points doivent d’abord être résolus (voir sous Émission).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the SOC 2 report now?

The final PDF and a reference archive are written next to the workpaper, and the engagement will be locked: nothing can be changed until a reviewer or partner reopens it with a reason.</source>
        <translation>Émettre le rapport SOC 2 maintenant&#x202f;?

Le PDF définitif et une archive de référence sont écrits à côté du dossier de travail, et la mission sera verrouillée&#xa0;: plus rien ne pourra être modifié tant qu’un réviseur ou un associé ne l’aura pas rouverte en indiquant un motif.</translation>
    </message>
    <message>
        <source>Issue Report</source>
        <translation>Émettre le rapport</translation>
    </message>
    <message>
        <source>Reference archive: %1</source>
        <translation>Archive de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report issued; the engagement is locked.</source>
        <translation>Rapport émis&#x202f;; la mission est verrouillée.</translation>
    </message>
    <message>
        <source>Blockers to issuing the report</source>
        <translation>Obstacles à l’émission du rapport</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LinkDialog</name>
    <message>
        <source>Link to Controls</source>
        <translation>Lier aux contrôles</translation>
    </message>
    <message>
        <source>Controls that &lt;b&gt;%1&lt;/b&gt; is evidence for:</source>
        <translation>Contrôles dont &lt;b&gt;%1&lt;/b&gt; constitue un élément probant&#xa0;:</translation>
    </message>
    <message>
        <source>Filter controls by id or description</source>
        <translation>Filtrer les contrôles par identifiant ou description</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Filtrer les contrôles</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 n’a pas été lié à %2. %3</translation>
    </message>
    <message>
        <source>%1 was not unlinked from %2. %3</source>
        <translation>%1 n’a pas été délié de %2. %3</translation>
    </message>
    <message>
        <source>The imported files were not linked to %1. %2</source>
        <translation>Les fichiers importés n’ont pas été liés à %1. %2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::LockPanel</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>Lift the lock, giving a reason (reviewer or partner)</source>
        <translation>Lever le verrou en indiquant un motif (réviseur ou associé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lock history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des verrouillages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lock history</source>
        <translation>Historique des verrouillages</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Locked (report issued)</source>
        <translation>Verrouillée (rapport émis)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Locked since %1 by %2. The report is issued: every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation>Verrouillée depuis le %1 par %2. Le rapport est émis&#xa0;: toute modification est refusée jusqu’à ce qu’un réviseur ou un associé rouvre la mission.</translation>
    </message>
    <message>
        <source>Locked: the report is issued and every change is refused until a reviewer or partner reopens the engagement.</source>
        <translation>Verrouillée&#xa0;: le rapport est émis et toute modification est refusée jusqu’à ce qu’un réviseur ou un associé rouvre la mission.</translation>
    </message>
    <message>
        <source>The engagement was not reopened. %1</source>
        <translation>La mission n’a pas été rouverte. %1</translation>
    </message>
    <message>
        <source>The engagement is reopened; the reason is logged.</source>
        <translation>La mission est rouverte&#x202f;; le motif est consigné.</translation>
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
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Every change is written to the workpaper the moment you make it, together with its audit trail entry; there is nothing to save and nothing is lost if the computer stops.</source>
        <translation>Chaque modification est écrite dans le dossier de travail dès que vous la faites, avec son entrée dans la piste d’audit ; il n’y a rien à enregistrer et rien n’est perdu si l’ordinateur s’arrête.</translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Toutes les modifications sont enregistrées</translation>
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
    <name>Tickmark::Ui::OpinionEditor</name>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Proposed from the criteria results</source>
        <translation>Proposée d’après les résultats des critères</translation>
    </message>
    <message>
        <source>Opinion in the report</source>
        <translation>Opinion dans le rapport</translation>
    </message>
    <message>
        <source>Use the &amp;proposed opinion</source>
        <translation>Utiliser l’opinion &amp;proposée</translation>
    </message>
    <message>
        <source>Issue an &amp;adverse opinion</source>
        <translation>Exprimer une opinion &amp;défavorable</translation>
    </message>
    <message>
        <source>&amp;Disclaim an opinion</source>
        <translation>&amp;Refuser d’exprimer une opinion</translation>
    </message>
    <message>
        <source>&amp;Reason (stated in the basis paragraph):</source>
        <translation>&amp;Motif (indiqué dans le paragraphe «&#xa0;Fondement de l’opinion&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>The report carries: %1</source>
        <translation>Le rapport comporte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why the opinion is modified (required)</source>
        <translation>Pourquoi l’opinion est modifiée (obligatoire)</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Critères non satisfaits</translation>
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
    <name>Tickmark::Ui::PdfViewer</name>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Ajuster la page à la largeur du panneau</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF ne contient aucune page</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Find failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
    <message>
        <source>Review notes and sign-offs of the selected population</source>
        <translation>Notes de revue et visas de la population sélectionnée</translation>
    </message>
    <message>
        <source>Rows of the selected population</source>
        <translation>Lignes de la population sélectionnée</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>population %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReopenDialog</name>
    <message>
        <source>Reopen Engagement</source>
        <translation>Rouvrir la mission</translation>
    </message>
    <message>
        <source>Reopening lifts the lock of the issued report, so the workpaper can be changed again. The reason is kept in the lock history and the audit trail.</source>
        <translation>La réouverture lève le verrou du rapport émis, de sorte que le dossier de travail peut de nouveau être modifié. Le motif est conservé dans l’historique des verrouillages et la piste d’audit.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Subsequent event disclosed by management on 2026-10-14</source>
        <translation>p. ex. Événement postérieur communiqué par la direction le 2026-10-14</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReportPage</name>
    <message>
        <source>The service auditor&apos;s report. Its opinion follows the criteria results; choose “Opinion” to review or override it.</source>
        <translation>Le rapport de l’auditeur de l’organisation de services. Son opinion découle des résultats des critères&#x202f;; choisissez «&#xa0;Opinion&#xa0;» pour la revoir ou la modifier.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion, worded from the engagement&apos;s details.</source>
        <translation>La déclaration de la direction, rédigée à partir des informations de la mission.</translation>
    </message>
    <message>
        <source>Management&apos;s description of the system: write each part under this section. Subservice organizations and user entity controls come from the Scope page.</source>
        <translation>La description du système par la direction&#xa0;: rédigez chaque partie sous cette section. Les organisations sous-traitantes et les contrôles des entités utilisatrices proviennent de la page Périmètre.</translation>
    </message>
    <message>
        <source>Each criterion with its controls and, for Type II, the tests performed and their results, from the Controls and Testing pages.</source>
        <translation>Chaque critère avec ses contrôles et, pour le type II, les tests réalisés et leurs résultats, issus des pages Contrôles et Tests.</translation>
    </message>
    <message>
        <source>Other information: management&apos;s responses to the exceptions.</source>
        <translation>Autres informations&#xa0;: réponses de la direction aux écarts.</translation>
    </message>
    <message>
        <source>The evidence index: every item relied on, with its SHA-256.</source>
        <translation>L’index des éléments probants&#xa0;: chaque élément utilisé, avec son SHA-256.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Sections I–V of the SOC 2 report: edit the description and the firm&apos;s wording, check the opinion, preview, export and issue.</source>
        <translation>Sections I à V du rapport SOC 2&#xa0;: modifiez la description et la formulation du cabinet, vérifiez l’opinion, prévisualisez, exportez et émettez.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;ODT (for editing)…</source>
        <translation>&amp;ODT (pour modification)…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Issue Report…</source>
        <translation>É&amp;mettre le rapport…</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pap&amp;ier&#xa0;:</translation>
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
        <translation>Écrire au format PDF/A-1b, la forme d’archivage du PDF</translation>
    </message>
    <message>
        <source>Evidence appe&amp;ndix</source>
        <translation>An&amp;nexe des éléments probants</translation>
    </message>
    <message>
        <source>Add the index of evidence relied on, with each file&apos;s SHA-256</source>
        <translation>Ajouter l’index des éléments probants utilisés, avec le SHA-256 de chaque fichier</translation>
    </message>
    <message>
        <source>Re&amp;fresh Preview</source>
        <translation>Actuali&amp;ser l’aperçu</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Pas encore d’aperçu.</translation>
    </message>
    <message>
        <source>Issue and Lock</source>
        <translation>Émettre et verrouiller</translation>
    </message>
    <message>
        <source>Standard wording of %1</source>
        <translation>Formulation standard de %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the preview: %1</source>
        <translation>Impossible de créer un dossier temporaire pour l’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Rendu de l’aperçu…</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>L’aperçu n’a pas pu être généré.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · DRAFT</source>
        <translation>
            <numerusform>%n page · PROJET</numerusform>
            <numerusform>%n pages · PROJET</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · final (issued)</source>
        <translation>
            <numerusform>%n page · définitif (émis)</numerusform>
            <numerusform>%n pages · définitif (émis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report as ODT</source>
        <translation>Exporter le rapport en ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message numerus="yes">
        <source>Report exported to %1 (%n page(s)%2).</source>
        <translation>
            <numerusform>Rapport exporté vers %1 (%n page%2).</numerusform>
            <numerusform>Rapport exporté vers %1 (%n pages%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, marked DRAFT</source>
        <translation>, marqué PROJET</translation>
    </message>
    <message>
        <source>Report exported to %1%2.</source>
        <translation>Rapport exporté vers %1%2.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (projet)</translation>
    </message>
    <message>
        <source>Report issued. Reference archive: %1</source>
        <translation>Rapport émis. Archive de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued on %1&lt;/b&gt; by %2 — locked. Editing is off until a reviewer or partner reopens the engagement.</source>
        <translation>&lt;b&gt;Émis le %1&lt;/b&gt; par %2 — verrouillé. La modification est désactivée jusqu’à ce qu’un réviseur ou un associé rouvre la mission.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued — locked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Émis — verrouillé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; — not issued. Exports and the preview are marked DRAFT.</source>
        <translation>&lt;b&gt;Projet&lt;/b&gt; — non émis. Les exports et l’aperçu portent la mention PROJET.</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>rapport SOC 2</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestDialog</name>
    <message>
        <source>Edit Request %1</source>
        <translation>Modifier la demande %1</translation>
    </message>
    <message>
        <source>Add Request</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <source>Leave empty for the next R-NNN</source>
        <translation>Laisser vide pour le prochain R-NNN</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Réf.&#xa0;:</translation>
    </message>
    <message>
        <source>What the client is asked to provide</source>
        <translation>Ce qu’il est demandé au client de fournir</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>CTL-01, CTL-02</source>
        <translation>CTL-01, CTL-02</translation>
    </message>
    <message>
        <source>&amp;Controls:</source>
        <translation>&amp;Contrôles&#xa0;:</translation>
    </message>
    <message>
        <source>The client&apos;s person responsible</source>
        <translation>La personne responsable chez le client</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation>Modifier le statut de %1</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;Screenshots lack dates; asked again&quot;</source>
        <translation>Motif, p. ex. «&#xa0;Captures d’écran non datées&#x202f;; redemandées&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>The &quot;provided by client&quot; list: what was asked for, from whom, by when, and which evidence packages answered it. Overdue requests are shown in amber.</source>
        <translation>La liste «&#xa0;fourni par le client&#xa0;»&#xa0;: ce qui a été demandé, à qui, pour quand, et quels paquets d’éléments probants y ont répondu. Les demandes en retard sont affichées en orange.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the list as XLSX or CSV to send to the client</source>
        <translation>Écrire la liste au format XLSX ou CSV pour l’envoyer au client</translation>
    </message>
    <message>
        <source>A&amp;nswer with…</source>
        <translation>Ré&amp;pondre avec…</translation>
    </message>
    <message>
        <source>Mark an imported evidence package as answering the request</source>
        <translation>Indiquer qu’un paquet d’éléments probants importé répond à la demande</translation>
    </message>
    <message>
        <source>&amp;Status…</source>
        <translation>&amp;Statut…</translation>
    </message>
    <message>
        <source>Change the request&apos;s status, with a note kept in its history</source>
        <translation>Modifier le statut de la demande, avec une note conservée dans son historique</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected request</source>
        <translation>Modifier la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a request to the list</source>
        <translation>Ajouter une demande à la liste</translation>
    </message>
    <message>
        <source>The requests could not be read. %1</source>
        <translation>Les demandes n’ont pas pu être lues. %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune demande pour l’instant</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Aucune demande sélectionnée</translation>
    </message>
    <message>
        <source>Add what the client must provide with Add…; export the list to send it.</source>
        <translation>Ajoutez ce que le client doit fournir avec Ajouter…&#x202f;; exportez la liste pour l’envoyer.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Contrôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No evidence received yet</source>
        <translation>Aucun élément probant reçu pour l’instant</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Réponse apportée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 par %3</translation>
    </message>
    <message>
        <source>Added request %1.</source>
        <translation>Demande %1 ajoutée.</translation>
    </message>
    <message>
        <source>Saved request %1.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <source>The status of %1 was not changed. %2</source>
        <translation>Le statut de %1 n’a pas été modifié. %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>No evidence package has been imported yet; import the client&apos;s files first.</source>
        <translation>Aucun paquet d’éléments probants n’a encore été importé&#x202f;; importez d’abord les fichiers du client.</translation>
    </message>
    <message>
        <source>Answer Request %1</source>
        <translation>Répondre à la demande %1</translation>
    </message>
    <message>
        <source>Evidence package that answers it:</source>
        <translation>Paquet d’éléments probants qui y répond&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was not linked to %2. %3</source>
        <translation>%1 n’a pas été lié à %2. %3</translation>
    </message>
    <message>
        <source>%1 answers request %2.</source>
        <translation>%1 répond à la demande %2.</translation>
    </message>
    <message>
        <source>requests.xlsx</source>
        <comment>suggested file name</comment>
        <translation>demandes.xlsx</translation>
    </message>
    <message>
        <source>Export Request List</source>
        <translation>Exporter la liste de demandes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The request list was not exported. %1</source>
        <translation>La liste de demandes n’a pas été exportée. %1</translation>
    </message>
    <message>
        <source>Exported the request list to %1.</source>
        <translation>Liste de demandes exportée vers %1.</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>En retard&#xa0;: échéance le %1</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewNotesDialog</name>
    <message>
        <source>Review Notes — %1</source>
        <translation>Notes de revue — %1</translation>
    </message>
    <message>
        <source>Review &amp;Notes (%1)…</source>
        <translation>&amp;Notes de revue (%1)…</translation>
    </message>
    <message>
        <source>Review &amp;Notes…</source>
        <translation>&amp;Notes de revue…</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Sign as preparer</source>
        <translation>Approuver en tant que préparateur</translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation>Approuver en tant que réviseur</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>Préparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Réviseur&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes de revue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Write a note, or a reply to the selected note</source>
        <translation>Rédigez une note, ou une réponse à la note sélectionnée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>Lever la note</translation>
    </message>
    <message>
        <source>Nothing chosen for review</source>
        <translation>Aucun élément choisi pour la revue</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>Levée par %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>%1 — stale: changed since signed</source>
        <translation>%1 — périmé&#xa0;: modifié depuis le visa</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>La note n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Review note added to %1.</source>
        <translation>Note de revue ajoutée à %1.</translation>
    </message>
    <message>
        <source>The reply was not added.</source>
        <translation>La réponse n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>The note was not cleared.</source>
        <translation>La note n’a pas été levée.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non approuvé.</translation>
    </message>
    <message>
        <source>Signed off %1.</source>
        <translation>%1 approuvé.</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ReviewStatusPage</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Open review notes, missing and stale sign-offs: all must be resolved before the report can be issued. Choose an entry to review it.</source>
        <translation>Notes de revue ouvertes, visas manquants ou périmés&#xa0;: tout doit être résolu avant que le rapport puisse être émis. Choisissez une entrée pour la revoir.</translation>
    </message>
    <message>
        <source>Changed since my last review</source>
        <translation>Modifié depuis ma dernière revue</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Ce qui est requis</translation>
    </message>
    <message>
        <source>The review status could not be read. %1</source>
        <translation>L’état de la revue n’a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>Answered, to clear: %1</source>
        <translation>Répondue, à lever&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs a %1 sign-off</source>
        <translation>Visa requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sign-off by %2 is stale: changed since %3</source>
        <translation>Visa (%1) de %2 périmé&#xa0;: modifié depuis le %3</translation>
    </message>
    <message>
        <source>Changed since your last sign-off</source>
        <translation>Modifié depuis votre dernier visa</translation>
    </message>
    <message>
        <source>Open notes (%1)</source>
        <translation>Notes ouvertes (%1)</translation>
    </message>
    <message>
        <source>Missing sign-offs (%1)</source>
        <translation>Visas manquants (%1)</translation>
    </message>
    <message>
        <source>Stale sign-offs (%1)</source>
        <translation>Visas périmés (%1)</translation>
    </message>
    <message>
        <source>Changed since my last review (%1)</source>
        <translation>Modifié depuis ma dernière revue (%1)</translation>
    </message>
    <message>
        <source>✓ Review is complete: the report can be issued.</source>
        <translation>✓ La revue est terminée&#xa0;: le rapport peut être émis.</translation>
    </message>
    <message>
        <source>%1 open notes, %2 missing and %3 stale sign-offs.</source>
        <translation>%1 notes ouvertes, %2 visas manquants et %3 périmés.</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la revue</translation>
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
    <message>
        <source>Sample selection</source>
        <translation>Sélection de l’échantillon</translation>
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
    <message>
        <source>Complementary user entity controls</source>
        <translation>Contrôles complémentaires des entités utilisatrices</translation>
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
    <message>
        <source>Evidence Import Limits</source>
        <translation>Limites d’import des éléments probants</translation>
    </message>
    <message>
        <source>A package beyond a limit is refused whole, with the reason; nothing of it is stored.</source>
        <translation>Un paquet qui dépasse une limite est refusé en entier, avec le motif&#xa0;; rien n’en est enregistré.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Checked for entries larger than 1 MiB: uncompressed size against compressed size.</source>
        <translation>Vérifié pour les entrées de plus de 1 Mio&#xa0;: taille décompressée par rapport à la taille compressée.</translation>
    </message>
    <message>
        <source>Uncompressed size per &amp;package:</source>
        <translation>Taille décompressée par &amp;paquet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entries per package:</source>
        <translation>&amp;Entrées par paquet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compression ratio of an entry:</source>
        <translation>Taux de &amp;compression d’une entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance and Language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours of the windows; applied when you press OK.</source>
        <translation>Couleurs des fenêtres&#xa0;; appliquées dès que vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::ShortcutsDialog</name>
    <message>
        <source>Testing grid</source>
        <translation>Grille de test</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Move between items and attributes</source>
        <translation>Se déplacer entre les éléments et les attributs</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Cycle the result (pass, deviation, not applicable)</source>
        <translation>Faire défiler le résultat (conforme, écart, non applicable)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Set pass / deviation / not applicable</source>
        <translation>Définir conforme / écart / non applicable</translation>
    </message>
    <message>
        <source>Edit the note of the cell</source>
        <translation>Modifier la note de la cellule</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Fill down from the cell above</source>
        <translation>Recopier vers le bas depuis la cellule du dessus</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>Rechercher dans les éléments probants</translation>
    </message>
    <message>
        <source>Preview the selected file</source>
        <translation>Prévisualiser le fichier sélectionné</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
    <name>Tickmark::Ui::TemplateEditor</name>
    <message>
        <source>The firm&apos;s standard wording for this section. Paragraphs are separated by a blank line; a line starting with &quot;- &quot; is a bullet; **bold** and *italic* mark emphasis.</source>
        <translation>La formulation standard du cabinet pour cette section. Les paragraphes sont séparés par une ligne vide&#x202f;; une ligne commençant par «&#xa0;-&#xa0;» est une puce&#x202f;; **gras** et *italique* marquent la mise en valeur.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables&#xa0;:</translation>
    </message>
    <message>
        <source>Click to insert at the cursor</source>
        <translation>Cliquez pour insérer au niveau du curseur</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Enregi&amp;strer le modèle</translation>
    </message>
    <message>
        <source>The firm&apos;s wording</source>
        <translation>Formulation du cabinet</translation>
    </message>
    <message>
        <source>Tickmark&apos;s default wording</source>
        <translation>Formulation par défaut de Tickmark</translation>
    </message>
    <message>
        <source>Saved the firm&apos;s wording of “%1”.</source>
        <translation>Formulation du cabinet pour «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>“%1” uses the default wording again.</source>
        <translation>«&#xa0;%1&#xa0;» utilise de nouveau la formulation par défaut.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Espaces réservés</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestDesignPanel</name>
    <message>
        <source>&lt;b&gt;Procedures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Procédures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add procedure…</source>
        <translation>Ajouter une procédure…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attributes&lt;/b&gt; (checked on every sample item)</source>
        <translation>&lt;b&gt;Attributs&lt;/b&gt; (vérifiés sur chaque élément de l’échantillon)</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>Ajouter un attribut…</translation>
    </message>
    <message>
        <source>⚠ Inquiry alone is not sufficient evidence: add an observation, inspection or reperformance.</source>
        <translation>⚠ La demande d’informations seule n’est pas un élément probant suffisant&#xa0;: ajoutez une observation, une inspection ou une réexécution.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No procedures yet</source>
        <translation>Aucune procédure pour l’instant</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No attributes yet: add one to get a grid column</source>
        <translation>Aucun attribut pour l’instant&#xa0;: ajoutez-en un pour obtenir une colonne dans la grille</translation>
    </message>
    <message>
        <source>The procedure was not added. %1</source>
        <translation>La procédure n’a pas été ajoutée. %1</translation>
    </message>
    <message>
        <source>Procedure added to %1.</source>
        <translation>Procédure ajoutée à %1.</translation>
    </message>
    <message>
        <source>The attribute was not added. %1</source>
        <translation>L’attribut n’a pas été ajouté. %1</translation>
    </message>
    <message>
        <source>Attribute %1 added to %2.</source>
        <translation>Attribut %1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Add Procedure to %1</source>
        <translation>Ajouter une procédure à %1</translation>
    </message>
    <message>
        <source>What the auditor does, e.g. inspect the approval in the change ticket</source>
        <translation>Ce que fait l’auditeur, p. ex. inspecter l’approbation dans le ticket de changement</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procédure&#xa0;:</translation>
    </message>
    <message>
        <source>Add Attribute to %1</source>
        <translation>Ajouter un attribut à %1</translation>
    </message>
    <message>
        <source>What is checked on each sample item:</source>
        <translation>Ce qui est vérifié sur chaque élément de l’échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the chosen procedure&apos;s kind or text (F2)</source>
        <translation>Modifier le type ou le texte de la procédure choisie (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen procedure (Delete)</source>
        <translation>Supprimer la procédure choisie (Suppr)</translation>
    </message>
    <message>
        <source>Change what the chosen attribute checks (F2)</source>
        <translation>Modifier ce que vérifie l’attribut choisi (F2)</translation>
    </message>
    <message>
        <source>Remove the chosen attribute and its grid column (Delete)</source>
        <translation>Supprimer l’attribut choisi et sa colonne de la grille (Suppr)</translation>
    </message>
    <message>
        <source>Edit procedure</source>
        <translation>Modifier la procédure</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Supprimer la procédure</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>Modifier l’attribut</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Supprimer l’attribut</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Edit Procedure %1 of %2</source>
        <translation>Modifier la procédure %1 de %2</translation>
    </message>
    <message>
        <source>Edit Attribute %1 of %2</source>
        <translation>Modifier l’attribut %1 de %2</translation>
    </message>
    <message>
        <source>The procedure was not changed. %1</source>
        <translation>La procédure n’a pas été modifiée. %1</translation>
    </message>
    <message>
        <source>Procedure %1 of %2 changed.</source>
        <translation>Procédure %1 de %2 modifiée.</translation>
    </message>
    <message>
        <source>Remove Procedure</source>
        <translation>Supprimer la procédure</translation>
    </message>
    <message>
        <source>Remove procedure %1 of %2 (%3: %4)?</source>
        <translation>Supprimer la procédure %1 de %2 (%3 : %4) ?</translation>
    </message>
    <message>
        <source>The procedure was not removed. %1</source>
        <translation>La procédure n’a pas été supprimée. %1</translation>
    </message>
    <message>
        <source>Procedure %1 removed from %2.</source>
        <translation>Procédure %1 supprimée de %2.</translation>
    </message>
    <message>
        <source>The attribute was not changed. %1</source>
        <translation>L’attribut n’a pas été modifié. %1</translation>
    </message>
    <message>
        <source>Attribute %1 of %2 changed.</source>
        <translation>Attribut %1 de %2 modifié.</translation>
    </message>
    <message>
        <source>The attribute was not removed. %1</source>
        <translation>L’attribut n’a pas été supprimé. %1</translation>
    </message>
    <message>
        <source>Remove attribute %1 of %2 and its grid column?</source>
        <translation>Supprimer l’attribut %1 de %2 et sa colonne de la grille ?</translation>
    </message>
    <message>
        <source>Attribute %1 of %2 has %3 recorded results and %4 evidence references. Removing the attribute removes them too; the control&apos;s exceptions stay. Remove it?</source>
        <translation>L’attribut %1 de %2 a %3 résultats enregistrés et %4 renvois à des éléments probants. Supprimer l’attribut les supprime aussi ; les exceptions du contrôle sont conservées. Le supprimer ?</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Supprimer l’attribut</translation>
    </message>
    <message>
        <source>Attribute %1 removed from %2.</source>
        <translation>Attribut %1 supprimé de %2.</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridDelegate</name>
    <message>
        <source>Note, e.g. [evidence: ticket export p. 3]</source>
        <translation>Note, p. ex. [élément probant&#xa0;: export du ticket p. 3]</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TestingGridView</name>
    <message numerus="yes">
        <source>Set %n cells</source>
        <translation>
            <numerusform>Définir %n cellule</numerusform>
            <numerusform>Définir %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cells</source>
        <translation>
            <numerusform>Recopier vers le bas %n cellule</numerusform>
            <numerusform>Recopier vers le bas %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing grid</source>
        <translation>Grille de test</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation>
            <numerusform>Effacer %n cellule</numerusform>
            <numerusform>Effacer %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Evidence references…</source>
        <translation>Renvois aux éléments probants…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
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
        <translation>La grille n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Not operated…</source>
        <translation>Non exécuté…</translation>
    </message>
    <message>
        <source>The control&apos;s event did not occur in the period</source>
        <translation>L’événement déclencheur du contrôle ne s’est pas produit au cours de la période</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population&#xa0;:</translation>
    </message>
    <message>
        <source>Edit legend…</source>
        <translation>Modifier la légende…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Légende&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type I engagement: walk one instance of the control through and record whether its design was found implemented (a test of one).</source>
        <translation>Mission de type I&#xa0;: suivez une occurrence du contrôle de bout en bout (test de cheminement) et indiquez si sa conception a été jugée mise en œuvre (test d’un seul élément).</translation>
    </message>
    <message>
        <source>Design implemented as described</source>
        <translation>Conception mise en œuvre telle que décrite</translation>
    </message>
    <message>
        <source>What was walked through, e.g. change CHG-1042 [evidence: ticket p. 2]</source>
        <translation>Ce qui a fait l’objet du test de cheminement, p. ex. changement CHG-1042 [élément probant&#xa0;: ticket p. 2]</translation>
    </message>
    <message>
        <source>Record walkthrough</source>
        <translation>Consigner le test de cheminement</translation>
    </message>
    <message>
        <source>The controls could not be evaluated. %1</source>
        <translation>Les contrôles n’ont pas pu être évalués. %1</translation>
    </message>
    <message>
        <source>No control chosen</source>
        <translation>Aucun contrôle choisi</translation>
    </message>
    <message>
        <source>Add controls on the Controls page, then choose one here to test it.</source>
        <translation>Ajoutez des contrôles dans la page Contrôles, puis choisissez-en un ici pour le tester.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark as operated</source>
        <translation>Marquer comme exécuté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not operated.&lt;/b&gt; The control&apos;s event did not occur in the period: %1&lt;br&gt;It is reported as not operated, not as “tested, no exceptions”.</source>
        <translation>&lt;b&gt;Non exécuté.&lt;/b&gt; L’événement déclencheur du contrôle ne s’est pas produit au cours de la période&#xa0;: %1&lt;br&gt;Il est présenté comme non exécuté, et non comme «&#xa0;testé, aucun écart&#xa0;».</translation>
    </message>
    <message>
        <source>No population is imported for %1. Import one on the Populations page, or mark the control as not operated.</source>
        <translation>Aucune population n’est importée pour %1. Importez-en une dans la page Populations, ou marquez le contrôle comme non exécuté.</translation>
    </message>
    <message>
        <source>Population %1 is empty: the control did not operate in the period.</source>
        <translation>La population %1 est vide&#xa0;: le contrôle n’a pas été exécuté au cours de la période.</translation>
    </message>
    <message>
        <source>No sample is drawn from %1 yet. Draw one on the Sampling page.</source>
        <translation>Aucun échantillon n’a encore été tiré de %1. Tirez-en un dans la page Échantillonnage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 sur %n élément traité</numerusform>
            <numerusform>%1 sur %n éléments traités</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by %1 on %2: %3</source>
        <translation>Consigné par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>design implemented</source>
        <translation>conception mise en œuvre</translation>
    </message>
    <message>
        <source>design NOT implemented</source>
        <translation>conception NON mise en œuvre</translation>
    </message>
    <message>
        <source>No walkthrough recorded yet.</source>
        <translation>Aucun test de cheminement consigné pour l’instant.</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 was not recorded. %3</source>
        <translation>Élément %1, attribut %2&#xa0;: résultat non consigné. %3</translation>
    </message>
    <message>
        <source>The walkthrough was not recorded. %1</source>
        <translation>Le test de cheminement n’a pas été consigné. %1</translation>
    </message>
    <message>
        <source>Walkthrough of %1 recorded.</source>
        <translation>Test de cheminement de %1 consigné.</translation>
    </message>
    <message>
        <source>Control Not Operated</source>
        <translation>Contrôle non exécuté</translation>
    </message>
    <message>
        <source>Why did %1 not operate in the period (e.g. no changes were made)?</source>
        <translation>Pourquoi %1 n’a-t-il pas été exécuté au cours de la période (p. ex. aucun changement n’a été effectué)&#x202f;?</translation>
    </message>
    <message>
        <source>Test each control&apos;s sample attribute by attribute. Keys: P pass, D deviation, N not applicable, Space cycles, Delete clears, Enter edits the note, Ctrl+D fills down, Ctrl+E evidence references.</source>
        <translation>Testez l’échantillon de chaque contrôle attribut par attribut. Touches : P conforme, D écart, N non applicable, Espace fait défiler, Suppr efface, Entrée modifie la note, Ctrl+D recopie vers le bas, Ctrl+E renvois aux éléments probants.</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Contrôles à tester</translation>
    </message>
    <message>
        <source>Walkthrough note</source>
        <translation>Note de walkthrough</translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation>élément probant %1</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <source>The evidence reference was not added. %1</source>
        <translation>Le renvoi à l’élément probant n’a pas été ajouté. %1</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 now refers to %3.</source>
        <translation>L’élément %1, attribut %2, renvoie désormais à %3.</translation>
    </message>
    <message>
        <source>The evidence reference was not removed. %1</source>
        <translation>Le renvoi à l’élément probant n’a pas été retiré. %1</translation>
    </message>
    <message>
        <source>Item %1, attribute %2 has no result yet. Record pass, deviation or N/A first, then refer to the evidence it rests on.</source>
        <translation>L’élément %1, attribut %2, n’a pas encore de résultat. Enregistrez d’abord « conforme », « écart » ou « N/A », puis renvoyez aux éléments probants sur lesquels il repose.</translation>
    </message>
    <message>
        <source>Item %1 (row %2), attribute %3</source>
        <translation>Élément %1 (ligne %2), attribut %3</translation>
    </message>
</context>
<context>
    <name>Tickmark::Ui::TickmarkLegendDialog</name>
    <message>
        <source>Tickmark Legend</source>
        <translation>Légende des marques de pointage</translation>
    </message>
    <message>
        <source>The firm&apos;s tickmarks, shown in the testing grid and under it.</source>
        <translation>Les marques de pointage du cabinet, affichées dans la grille de test et sous celle-ci.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbol&lt;/b&gt;</source>
        <translation>&lt;b&gt;Symbole&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meaning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signification&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
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
    <message>
        <source>“%1” is not a Tickmark workpaper.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier de travail Tickmark.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n dropped files is a Tickmark workpaper.</source>
        <translation>
            <numerusform>Le fichier déposé n’est pas un dossier de travail Tickmark.</numerusform>
            <numerusform>Aucun des %n fichiers déposés n’est un dossier de travail Tickmark.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a .tickmark file here to open it. Evidence, control matrices and populations are imported once an engagement is open: open or create one first.</source>
        <translation>Déposez ici un fichier .tickmark pour l’ouvrir. Les justificatifs, matrices de contrôles et populations s’importent une fois une mission ouverte&#xa0;: ouvrez ou créez d’abord une mission.</translation>
    </message>
    <message>
        <source>Or drop a .tickmark workpaper anywhere on this window to open it.</source>
        <translation>Ou déposez un dossier de travail .tickmark n’importe où dans cette fenêtre pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Release to open %1</source>
        <translation>Relâchez pour ouvrir %1</translation>
    </message>
    <message>
        <source>Only .tickmark workpapers can be opened here.</source>
        <translation>Seuls les dossiers de travail .tickmark peuvent être ouverts ici.</translation>
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
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Criteria Results</source>
        <translation>Résultats des critères</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>TickmarkLegend</name>
    <message>
        <source>Agreed without exception</source>
        <translation>Pointé sans écart</translation>
    </message>
    <message>
        <source>Deviation noted</source>
        <translation>Écart relevé</translation>
    </message>
    <message>
        <source>Not applicable to this item</source>
        <translation>Sans objet pour cet élément</translation>
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
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A workpaper (.tickmark) to open.</source>
        <translation>Un dossier de travail (.tickmark) à ouvrir.</translation>
    </message>
    <message>
        <source>Show &lt;name&gt; first, one of: %1.</source>
        <translation>Afficher d’abord &lt;nom&gt;, parmi&#xa0;: %1.</translation>
    </message>
</context>
</TS>
