<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>HtmlExport</name>
    <message>
        <source>not a relative path</source>
        <translation>kein relativer Pfad</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>too large to embed</source>
        <translation>zu groß zum Einbetten</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Invalid recovery id.</source>
        <translation>Ungültige Wiederherstellungskennung.</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the recovery file %1.</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Specwright</source>
        <translation>Specwright einrichten</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Column limit:</source>
        <translation>Spalten&amp;grenze:</translation>
    </message>
    <message>
        <source>Lines longer than this are marked; OpenStack specs use 79.</source>
        <translation>Längere Zeilen werden markiert; OpenStack-Spezifikationen verwenden 79.</translation>
    </message>
    <message>
        <source>&amp;Save automatically every:</source>
        <translation>Automatisch &amp;speichern alle:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Specs Gate</source>
        <translation>Spezifikationsprüfung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Found beside the spec</source>
        <translation>Neben der Spezifikation gefunden</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Strict structure: the template&apos;s subsections exactly and in order</source>
        <translation>&amp;Strenge Struktur: die Unterabschnitte der Vorlage vollständig und in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
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
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Show the &amp;preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Check spelling as &amp;you type</source>
        <translation>Rechtschreibung während der &amp;Eingabe prüfen</translation>
    </message>
    <message>
        <source>Spelling &amp;dictionary:</source>
        <translation>Rechtschreib&amp;wörterbuch:</translation>
    </message>
    <message>
        <source>&amp;Back up unsaved changes after:</source>
        <translation>Ungespeicherte Änderungen &amp;sichern nach:</translation>
    </message>
    <message>
        <source>Seconds without typing before unsaved changes are written to a recovery file, restored after a crash</source>
        <translation>Sekunden ohne Eingabe, bevor ungespeicherte Änderungen in eine Wiederherstellungsdatei geschrieben werden, die nach einem Absturz wiederhergestellt wird</translation>
    </message>
    <message>
        <source> s without typing</source>
        <translation> s ohne Eingabe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An editor for reStructuredText design specs.</source>
        <translation>Ein Editor für Entwurfsspezifikationen in reStructuredText.</translation>
    </message>
    <message>
        <source>Files to open, optionally with a line: FILE:LINE.</source>
        <translation>Zu öffnende Dateien, wahlweise mit Zeile: DATEI:ZEILE.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters unter PFAD speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::ColumnRuler</name>
    <message>
        <source>Column ruler</source>
        <translation>Spaltenlineal</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DesktopIntegration</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>Als &amp;HTML exportieren …</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Specwright...</source>
        <translation>Specwright &amp;einrichten …</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Automatic save failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved %1 automatically</source>
        <translation>%1 automatisch gespeichert</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramCanvas</name>
    <message>
        <source>Change corners</source>
        <translation>Ecken ändern</translation>
    </message>
    <message>
        <source>Change arrow heads</source>
        <translation>Pfeilspitzen ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Beschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Kastengröße ändern</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Kasten hinzufügen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Linie hinzufügen</translation>
    </message>
    <message>
        <source>Move line end</source>
        <translation>Linienende verschieben</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation>Linien ändern</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramController</name>
    <message>
        <source>There is no literal block under the cursor to edit as a diagram.</source>
        <translation>Unter dem Cursor steht kein Literalblock, der sich als Diagramm bearbeiten ließe.</translation>
    </message>
    <message>
        <source>The literal block cannot be opened as a diagram: %1</source>
        <translation>Der Literalblock lässt sich nicht als Diagramm öffnen: %1</translation>
    </message>
    <message>
        <source>The literal block this diagram came from was changed in the editor; the diagram was not written back. Use Insert to add it as a new block.</source>
        <translation>Der Literalblock, aus dem dieses Diagramm stammt, wurde im Editor geändert; das Diagramm wurde nicht zurückgeschrieben. Mit „Einfügen“ fügen Sie es als neuen Block hinzu.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DiagramPanel</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Kasten</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Pfeil</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Freihand</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Square corners</source>
        <translation>Eckige Ecken</translation>
    </message>
    <message>
        <source>Rounded corners</source>
        <translation>Abgerundete Ecken</translation>
    </message>
    <message>
        <source>Corners of new and selected boxes</source>
        <translation>Ecken neuer und ausgewählter Kästen</translation>
    </message>
    <message>
        <source>Head at the end</source>
        <translation>Spitze am Ende</translation>
    </message>
    <message>
        <source>Head at the start</source>
        <translation>Spitze am Anfang</translation>
    </message>
    <message>
        <source>Heads at both ends</source>
        <translation>Spitzen an beiden Enden</translation>
    </message>
    <message>
        <source>Arrow heads of new and selected arrows</source>
        <translation>Spitzen neuer und ausgewählter Pfeile</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Draw lines and boxes with Unicode box-drawing characters</source>
        <translation>Linien und Kästen mit Unicode-Rahmenzeichen zeichnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Insert into Spec</source>
        <translation>In Spezifikation einfügen</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Export to File...</source>
        <translation>In Datei exportieren …</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 columns (indent %3)</source>
        <translation>%1 von %2 Spalten (Einzug %3)</translation>
    </message>
    <message>
        <source>Too wide: %1 columns with the indent of %2, %3 over the limit of %4</source>
        <translation>Zu breit: %1 Spalten mit dem Einzug von %2, %3 über der Grenze von %4</translation>
    </message>
    <message>
        <source>Single lines (-)</source>
        <translation>Einfache Linien (-)</translation>
    </message>
    <message>
        <source>Double lines (=)</source>
        <translation>Doppelte Linien (=)</translation>
    </message>
    <message>
        <source>Horizontal strokes of new and selected boxes and lines</source>
        <translation>Waagerechte Striche neuer und ausgewählter Kästen und Linien</translation>
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
        <translation>Wie neue und ausgewählte Pfeile ihre Spitzen zeichnen: ASCII, Unicode-Pfeile oder Unicode-Dreiecke</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Typing into the object: Enter or Esc to finish</source>
        <translation>Eingabe in das Objekt: Eingabe- oder Esc-Taste beendet sie</translation>
    </message>
    <message>
        <source>Update in Spec</source>
        <translation>In der Spezifikation aktualisieren</translation>
    </message>
    <message>
        <source>Write the diagram back over its literal block in the spec</source>
        <translation>Das Diagramm über seinen Literalblock in der Spezifikation zurückschreiben</translation>
    </message>
    <message>
        <source>Put the diagram into the spec as a literal block at the cursor</source>
        <translation>Das Diagramm als Literalblock an der Cursorposition in die Spezifikation einfügen</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a text document.</source>
        <translation>%1 ist eine Binärdatei, kein Textdokument.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1). It is open read-only so that saving cannot change those bytes; use Save As to keep a converted copy.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Zeile %1). Sie ist schreibgeschützt geöffnet, damit Speichern diese Bytes nicht verändert; mit „Speichern unter“ behalten Sie eine umgewandelte Kopie.</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The file on disk is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>The document has no file to reload from.</source>
        <translation>Das Dokument hat keine Datei, aus der es neu geladen werden könnte.</translation>
    </message>
    <message>
        <source>%1 is still being opened; it can be saved once it is complete.</source>
        <translation>%1 wird noch geöffnet; speichern lässt es sich, sobald es vollständig ist.</translation>
    </message>
</context>
<context>
    <name>specwright::gui::DocumentTab</name>
    <message>
        <source>Opening %1: %2 %</source>
        <translation>Öffne %1: %2 %</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf dem Datenträger geändert und neu geladen.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder verschoben; Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>example-spec.rst</source>
        <translation>example-spec.rst</translation>
    </message>
    <message>
        <source>%1 is large (%2 MB): syntax colours are off and the live preview pauses above %3 MB.</source>
        <translation>%1 ist groß (%2 MB): Die Syntaxfarben sind aus, und die Live-Vorschau pausiert oberhalb von %3 MB.</translation>
    </message>
    <message>
        <source>Reflow the paragraph to the limit</source>
        <translation>Absatz bis zur Spaltengrenze neu umbrechen</translation>
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
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Still printing; try again when it is done.</source>
        <translation>Der Druck läuft noch; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Print Spec</source>
        <translation>Spezifikation drucken</translation>
    </message>
</context>
<context>
    <name>specwright::gui::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>specwright::gui::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Remove &amp;Trailing Spaces</source>
        <translation>&amp;Leerzeichen am Zeilenende entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>Gleichlaufendes &amp;Blättern</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>&amp;Strict Structure</source>
        <translation>&amp;Strenge Struktur</translation>
    </message>
    <message>
        <source>Require the template&apos;s subsections exactly and in order (the ceilometer-specs gate).</source>
        <translation>Die Unterabschnitte der Vorlage vollständig und in dieser Reihenfolge verlangen (wie die Prüfung von ceilometer-specs).</translation>
    </message>
    <message>
        <source>Choose &amp;Template...</source>
        <translation>&amp;Vorlage wählen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Specwright</source>
        <translation>&amp;Über Specwright</translation>
    </message>
    <message>
        <source>About Specwright</source>
        <translation>Über Specwright</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Specwright %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An editor for design specs written in reStructuredText.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Specwright %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Editor für Entwurfsspezifikationen in reStructuredText.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Specwright</source>
        <translation>%1[*] — Specwright</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <source>Gate: passes</source>
        <translation>Prüfung: bestanden</translation>
    </message>
    <message numerus="yes">
        <source>Gate: %n error(s)</source>
        <translation>
            <numerusform>Prüfung: %n Fehler</numerusform>
            <numerusform>Prüfung: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Keine Schnellkorrektur für dieses Problem</translation>
    </message>
    <message>
        <source>Choose Spec Template</source>
        <translation>Spezifikationsvorlage wählen</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst);;All files (*)</source>
        <translation>reStructuredText (*.rst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Spezifikation öffnen</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Spezifikation speichern unter</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst)</source>
        <translation>reStructuredText (*.rst)</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>my version</source>
        <translation>meine Fassung</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf dem Datenträger</translation>
    </message>
    <message>
        <source>&amp;Reload and lose my changes</source>
        <translation>&amp;Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) past the limit</source>
        <translation>
            <numerusform>%n Spalte über der Grenze</numerusform>
            <numerusform>%n Spalten über der Grenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;New Diagram</source>
        <translation>&amp;Neues Diagramm</translation>
    </message>
    <message>
        <source>&amp;Edit Diagram Under Cursor</source>
        <translation>Diagramm unter dem Cursor &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Diagram Canvas</source>
        <translation>&amp;Diagrammfläche</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked. Install one (hunspell-%2, say) or pick another language in the settings.</source>
        <translation>Kein Rechtschreibwörterbuch für %1: Die Rechtschreibung wird nicht geprüft. Installieren Sie eines (etwa hunspell-%2) oder wählen Sie in den Einstellungen eine andere Sprache.</translation>
    </message>
    <message>
        <source>Check S&amp;pelling As You Type</source>
        <translation>&amp;Rechtschreibung während der Eingabe prüfen</translation>
    </message>
    <message>
        <source>The live preview is paused: it follows documents of up to %1 MB. The outline and the problems still follow this one.</source>
        <translation>Die Live-Vorschau pausiert: Sie folgt Dokumenten bis %1 MB. Gliederung und Probleme folgen diesem weiterhin.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Vorheri&amp;ger Tab</translation>
    </message>
</context>
<context>
    <name>specwright::gui::OutlineModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>The template has this section; the document lacks it.</source>
        <translation>Die Vorlage hat diesen Abschnitt, dem Dokument fehlt er.</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
</context>
<context>
    <name>specwright::gui::OutlinePanel</name>
    <message>
        <source>Insert “%1” from the template</source>
        <translation>„%1“ aus der Vorlage einfügen</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Abschnitt nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>Abschnitt nach &amp;unten verschieben</translation>
    </message>
</context>
<context>
    <name>specwright::gui::PreviewPane</name>
    <message>
        <source>The preview stopped; starting it again.</source>
        <translation>Die Vorschau wurde beendet; sie wird neu gestartet.</translation>
    </message>
    <message>
        <source>The preview stopped. Save your work and restart Specwright to get it back.</source>
        <translation>Die Vorschau wurde beendet. Speichern Sie Ihre Arbeit und starten Sie Specwright neu, um sie zurückzubekommen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
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
        <translation>Fehler: Die Spezifikationsprüfung weist das zurück.</translation>
    </message>
    <message>
        <source>Warning: worth fixing; the gate lets it through.</source>
        <translation>Warnung: Beheben lohnt sich; die Prüfung lässt es durch.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>specwright::gui::RecoveryDialog</name>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2), changed %3</source>
        <translation>%1 (%2), geändert %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>specwright::gui::RstEditor</name>
    <message>
        <source>Re&amp;flow Paragraph</source>
        <translation>Absatz neu &amp;umbrechen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>Zum Wörterbuch &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
</context>
<context>
    <name>specwright::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect when Specwright starts again.</source>
        <translation>Wirkt beim nächsten Start von Specwright.</translation>
    </message>
    <message>
        <source>Choose Spec Template</source>
        <translation>Spezifikationsvorlage wählen</translation>
    </message>
    <message>
        <source>reStructuredText (*.rst);;All files (*)</source>
        <translation>reStructuredText (*.rst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (kein Wörterbuch)</translation>
    </message>
</context>
</TS>
