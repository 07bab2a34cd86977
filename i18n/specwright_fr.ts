<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HtmlExport</name>
    <message>
        <source>not a relative path</source>
        <translation>pas un chemin relatif</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>too large to embed</source>
        <translation>trop volumineuse pour être intégrée</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>pas une image</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Invalid recovery id.</source>
        <translation>Identifiant de récupération non valide.</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Impossible de créer le dossier de récupération %1.</translation>
    </message>
    <message>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Impossible d’écrire le fichier de récupération %1 : %2</translation>
    </message>
    <message>
        <source>Cannot remove the recovery file %1.</source>
        <translation>Impossible de supprimer le fichier de récupération %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Specwright</source>
        <translation>Configurer Specwright</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Column limit:</source>
        <translation>&amp;Limite de colonnes :</translation>
    </message>
    <message>
        <source>Lines longer than this are marked; OpenStack specs use 79.</source>
        <translation>Les lignes plus longues sont signalées ; les spécifications OpenStack utilisent 79.</translation>
    </message>
    <message>
        <source>&amp;Save automatically every:</source>
        <translation>&amp;Enregistrer automatiquement toutes les :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Specs Gate</source>
        <translation>Contrôle des spécifications</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Found beside the spec</source>
        <translation>Trouvé à côté de la spécification</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Strict structure: the template&apos;s subsections exactly and in order</source>
        <translation>&amp;Structure stricte : les sous-sections du modèle, toutes et dans l’ordre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
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
        <source>&amp;Language:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <source>Show the &amp;preview</source>
        <translation>Afficher l’&amp;aperçu</translation>
    </message>
    <message>
        <source>Check spelling as &amp;you type</source>
        <translation>Vérifier l’orthographe pendant la &amp;frappe</translation>
    </message>
    <message>
        <source>Spelling &amp;dictionary:</source>
        <translation>&amp;Dictionnaire orthographique :</translation>
    </message>
    <message>
        <source>&amp;Back up unsaved changes after:</source>
        <translation>&amp;Sauvegarder les modifications non enregistrées après :</translation>
    </message>
    <message>
        <source>Seconds without typing before unsaved changes are written to a recovery file, restored after a crash</source>
        <translation>Secondes sans frappe avant que les modifications non enregistrées soient écrites dans un fichier de récupération, restauré après un plantage</translation>
    </message>
    <message>
        <source> s without typing</source>
        <translation> s sans frappe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An editor for reStructuredText design specs.</source>
        <translation>Un éditeur de spécifications de conception en reStructuredText.</translation>
    </message>
    <message>
        <source>Files to open, optionally with a line: FILE:LINE.</source>
        <translation>Fichiers à ouvrir, éventuellement avec une ligne : FICHIER:LIGNE.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans CHEMIN dès qu’elle s’affiche, puis quitter.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::ColumnRuler</name>
    <message>
        <source>Column ruler</source>
        <translation>Règle des colonnes</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DesktopIntegration</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Specwright...</source>
        <translation>&amp;Configurer Specwright…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Automatic save failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Saved %1 automatically</source>
        <translation>%1 enregistré automatiquement</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramCanvas</name>
    <message>
        <source>Change corners</source>
        <translation>Modifier les coins</translation>
    </message>
    <message>
        <source>Change arrow heads</source>
        <translation>Modifier les pointes de flèche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Modifier l’étiquette</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Ajouter du texte</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionner la boîte</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Ajouter une boîte</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Move line end</source>
        <translation>Déplacer l’extrémité de la ligne</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation>Changer les lignes</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramController</name>
    <message>
        <source>There is no literal block under the cursor to edit as a diagram.</source>
        <translation>Aucun bloc littéral sous le curseur à modifier comme diagramme.</translation>
    </message>
    <message>
        <source>The literal block cannot be opened as a diagram: %1</source>
        <translation>Impossible d’ouvrir le bloc littéral comme diagramme : %1</translation>
    </message>
    <message>
        <source>The literal block this diagram came from was changed in the editor; the diagram was not written back. Use Insert to add it as a new block.</source>
        <translation>Le bloc littéral d’où vient ce diagramme a été modifié dans l’éditeur ; le diagramme n’a pas été réécrit. Utilisez « Insérer » pour l’ajouter comme nouveau bloc.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramPanel</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Boîte</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Flèche</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Main levée</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Square corners</source>
        <translation>Coins carrés</translation>
    </message>
    <message>
        <source>Rounded corners</source>
        <translation>Coins arrondis</translation>
    </message>
    <message>
        <source>Corners of new and selected boxes</source>
        <translation>Coins des boîtes nouvelles et sélectionnées</translation>
    </message>
    <message>
        <source>Head at the end</source>
        <translation>Pointe à la fin</translation>
    </message>
    <message>
        <source>Head at the start</source>
        <translation>Pointe au début</translation>
    </message>
    <message>
        <source>Heads at both ends</source>
        <translation>Pointes aux deux bouts</translation>
    </message>
    <message>
        <source>Arrow heads of new and selected arrows</source>
        <translation>Pointes des flèches nouvelles et sélectionnées</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Draw lines and boxes with Unicode box-drawing characters</source>
        <translation>Dessiner lignes et boîtes avec les caractères de tracé de cadres Unicode</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Insert into Spec</source>
        <translation>Insérer dans la spécification</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copier comme texte</translation>
    </message>
    <message>
        <source>Export to File...</source>
        <translation>Exporter vers un fichier…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2 columns (indent %3)</source>
        <translation>%1 colonnes sur %2 (retrait %3)</translation>
    </message>
    <message>
        <source>Too wide: %1 columns with the indent of %2, %3 over the limit of %4</source>
        <translation>Trop large : %1 colonnes avec le retrait de %2, %3 au-delà de la limite de %4</translation>
    </message>
    <message>
        <source>Single lines (-)</source>
        <translation>Lignes simples (-)</translation>
    </message>
    <message>
        <source>Double lines (=)</source>
        <translation>Lignes doubles (=)</translation>
    </message>
    <message>
        <source>Horizontal strokes of new and selected boxes and lines</source>
        <translation>Traits horizontaux des nouvelles boîtes et lignes et de celles sélectionnées</translation>
    </message>
    <message>
        <source>--&gt;</source>
        <comment>arrow heads drawn in ASCII</comment>
        <translation>--&gt;</translation>
    </message>
    <message>
        <source>──→</source>
        <comment>arrow heads drawn as Unicode arrows</comment>
        <translation>──→</translation>
    </message>
    <message>
        <source>──▶</source>
        <comment>arrow heads drawn as Unicode triangles</comment>
        <translation>──▶</translation>
    </message>
    <message>
        <source>How new and selected arrows draw their heads: ASCII, or Unicode arrows or triangles</source>
        <translation>Comment les nouvelles flèches et celles sélectionnées dessinent leur pointe : ASCII, flèches ou triangles Unicode</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Typing into the object: Enter or Esc to finish</source>
        <translation>Saisie dans l’objet : Entrée ou Échap pour terminer</translation>
    </message>
    <message>
        <source>Update in Spec</source>
        <translation>Mettre à jour dans la spécification</translation>
    </message>
    <message>
        <source>Write the diagram back over its literal block in the spec</source>
        <translation>Réécrire le diagramme à la place de son bloc littéral dans la spécification</translation>
    </message>
    <message>
        <source>Put the diagram into the spec as a literal block at the cursor</source>
        <translation>Insérer le diagramme dans la spécification comme bloc littéral au curseur</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a text document.</source>
        <translation>%1 est un fichier binaire, pas un document texte.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1). It is open read-only so that saving cannot change those bytes; use Save As to keep a converted copy.</source>
        <translation>Le fichier n’est pas en UTF-8 valide (ligne %1). Il est ouvert en lecture seule pour que l’enregistrement ne modifie pas ces octets ; utilisez « Enregistrer sous » pour garder une copie convertie.</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Le document n’a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The file on disk is unchanged.</source>
        <translation>Impossible d’enregistrer %1 : %2. Le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>The document has no file to reload from.</source>
        <translation>Le document n’a pas de fichier à recharger.</translation>
    </message>
    <message>
        <source>%1 is still being opened; it can be saved once it is complete.</source>
        <translation>%1 est encore en cours d’ouverture ; il pourra être enregistré une fois complet.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DocumentTab</name>
    <message>
        <source>Opening %1: %2 %</source>
        <translation>Ouverture de %1 : %2 %</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 a été modifié sur le disque et rechargé.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation>%1 a été supprimé ou déplacé sur le disque ; l’enregistrement le réécrit.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up: %1</source>
        <translation>Impossible de sauvegarder les modifications non enregistrées : %1</translation>
    </message>
    <message>
        <source>example-spec.rst</source>
        <translation>example-spec.rst</translation>
    </message>
    <message>
        <source>%1 is large (%2 MB): syntax colours are off and the live preview pauses above %3 MB.</source>
        <translation>%1 est volumineux (%2 Mo) : les couleurs syntaxiques sont désactivées et l’aperçu en direct s’interrompt au-delà de %3 Mo.</translation>
    </message>
    <message>
        <source>Reflow the paragraph to the limit</source>
        <translation>Réagencer le paragraphe jusqu’à la limite de colonnes</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DocumentTabs</name>
    <message>
        <source>%1*</source>
        <translation>%1*</translation>
    </message>
</context>
<context>
    <name>specwright::gui::ExportController</name>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Échec de l’impression.</translation>
    </message>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Page HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Still printing; try again when it is done.</source>
        <translation>Impression en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Print Spec</source>
        <translation>Imprimer la spécification</translation>
    </message>
</context>
<context>
    <name>specwright::gui::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Remplacer :</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>specwright::gui::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Remove &amp;Trailing Spaces</source>
        <translation>Supprimer les &amp;espaces en fin de ligne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Strict Structure</source>
        <translation>Structure s&amp;tricte</translation>
    </message>
    <message>
        <source>Require the template&apos;s subsections exactly and in order (the ceilometer-specs gate).</source>
        <translation>Exiger les sous-sections du modèle, toutes et dans l’ordre (le contrôle de ceilometer-specs).</translation>
    </message>
    <message>
        <source>Choose &amp;Template...</source>
        <translation>Choisir le &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Specwright</source>
        <translation>&amp;À propos de Specwright</translation>
    </message>
    <message>
        <source>About Specwright</source>
        <translation>À propos de Specwright</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Specwright %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An editor for design specs written in reStructuredText.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Specwright %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un éditeur de spécifications de conception écrites en reStructuredText.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Specwright</source>
        <translation>%1[*] — Specwright</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Ligne %1, col. %2</translation>
    </message>
    <message>
        <source>Gate: passes</source>
        <translation>Contrôle : réussi</translation>
    </message>
    <message numerus="yes">
        <source>Gate: %n error(s)</source>
        <translation>
            <numerusform>Contrôle : %n erreur</numerusform>
            <numerusform>Contrôle : %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Aucune correction rapide pour ce problème</translation>
    </message>
    <message>
        <source>Choose Spec Template</source>
        <translation>Choisir le modèle de spécification</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst);;All files (*)</source>
        <translation>reStructuredText (*.rst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Ouvrir une spécification</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Enregistrer la spécification sous</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst)</source>
        <translation>reStructuredText (*.rst)</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes.</source>
        <translation>%1 a été modifié par un autre programme, et vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>my version</source>
        <translation>ma version</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>&amp;Reload and lose my changes</source>
        <translation>&amp;Recharger et perdre mes modifications</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) past the limit</source>
        <translation>
            <numerusform>%n colonne au-delà de la limite</numerusform>
            <numerusform>%n colonnes au-delà de la limite</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;New Diagram</source>
        <translation>&amp;Nouveau diagramme</translation>
    </message>
    <message>
        <source>&amp;Edit Diagram Under Cursor</source>
        <translation>&amp;Modifier le diagramme sous le curseur</translation>
    </message>
    <message>
        <source>&amp;Diagram Canvas</source>
        <translation>&amp;Zone de dessin du diagramme</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked. Install one (hunspell-%2, say) or pick another language in the settings.</source>
        <translation>Aucun dictionnaire orthographique pour %1 : l’orthographe n’est pas vérifiée. Installez-en un (hunspell-%2, par exemple) ou choisissez une autre langue dans les paramètres.</translation>
    </message>
    <message>
        <source>Check S&amp;pelling As You Type</source>
        <translation>Vérifier l’&amp;orthographe pendant la frappe</translation>
    </message>
    <message>
        <source>The live preview is paused: it follows documents of up to %1 MB. The outline and the problems still follow this one.</source>
        <translation>L’aperçu en direct est en pause : il suit les documents jusqu’à %1 Mo. Le plan et les problèmes suivent toujours celui-ci.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Fermer l’&amp;onglet</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Onglet suiva&amp;nt</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
</context>
<context>
    <name>specwright::gui::OutlineModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquante)</translation>
    </message>
    <message>
        <source>The template has this section; the document lacks it.</source>
        <translation>Le modèle a cette section ; le document ne l’a pas.</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Lignes %1–%2</translation>
    </message>
</context>
<context>
    <name>specwright::gui::OutlinePanel</name>
    <message>
        <source>Insert “%1” from the template</source>
        <translation>Insérer « %1 » depuis le modèle</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Monter la &amp;section</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>Descendre la s&amp;ection</translation>
    </message>
</context>
<context>
    <name>specwright::gui::PreviewPane</name>
    <message>
        <source>The preview stopped; starting it again.</source>
        <translation>L’aperçu s’est arrêté ; il redémarre.</translation>
    </message>
    <message>
        <source>The preview stopped. Save your work and restart Specwright to get it back.</source>
        <translation>L’aperçu s’est arrêté. Enregistrez votre travail et redémarrez Specwright pour le retrouver.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>specwright::gui::ProblemsModel</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Error: the specs gate rejects this.</source>
        <translation>Erreur : le contrôle des spécifications refuse ceci.</translation>
    </message>
    <message>
        <source>Warning: worth fixing; the gate lets it through.</source>
        <translation>Avertissement : à corriger ; le contrôle l’accepte.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>specwright::gui::RecoveryDialog</name>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1 (%2), changed %3</source>
        <translation>%1 (%2), modifié %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>specwright::gui::RstEditor</name>
    <message>
        <source>Re&amp;flow Paragraph</source>
        <translation>Remettre en &amp;forme le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le pré&amp;cédent</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;initial</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>specwright::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Takes effect when Specwright starts again.</source>
        <translation>Prend effet au prochain démarrage de Specwright.</translation>
    </message>
    <message>
        <source>Choose Spec Template</source>
        <translation>Choisir le modèle de spécification</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst);;All files (*)</source>
        <translation>reStructuredText (*.rst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (pas de dictionnaire)</translation>
    </message>
</context>
</TS>
