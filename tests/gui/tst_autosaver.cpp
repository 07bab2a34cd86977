// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include "gui/autosaver.h"
#include "gui/documentcontroller.h"
#include "gui/recoverydialog.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

// When unsaved changes reach the recovery folder, when they leave it, and
// how they come back.
class TestAutosaver : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }
    RecoveryStore freshStore() { return RecoveryStore(m_dir.filePath(u"recovery-%1"_s.arg(++m_stores))); }
    // Answers the next recovery dialog: unchecks the rows listed, then
    // clicks the button whose text contains `choice`.
    static void answerRecoveryDialog(const QString &choice, const QList<int> &uncheck)
    {
        QTimer::singleShot(20, qApp, [choice, uncheck] {
            auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerRecoveryDialog(choice, uncheck);
                return;
            }
            auto *list = dialog->findChild<QListWidget *>();
            for (int row : uncheck)
                list->item(row)->setCheckState(Qt::Unchecked);
            for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
                if (button->text().remove(u'&') == choice) {
                    button->click();
                    return;
                }
            }
            dialog->reject();
        });
    }
    static RecoveryEntry leftover(const RecoveryStore &store, const QString &id, const QString &text)
    {
        RecoveryEntry entry;
        entry.id = id;
        entry.displayName = id;
        entry.text = text;
        if (!store.write(entry))
            qFatal("cannot write an entry");
        // As if written by a process that is gone.
        QByteArray bytes = readFile(store.fileFor(id));
        bytes.replace(
            QByteArray("\"pid\":" + QByteArray::number(QCoreApplication::applicationPid())), "\"pid\":999999999");
        QFile out(store.fileFor(id));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot rewrite an entry");
        return entry;
    }

    QTemporaryDir m_dir;
    int m_stores = 0;

private Q_SLOTS:
    void typingIsBackedUpAfterAPauseAndDroppedOnSave()
    {
        const QString path = write(u"spec.rst"_s, "Title\n=====\n"_ba);
        QPlainTextEdit editor;
        DocumentController document(editor.document());
        QVERIFY(document.open(path).ok());
        Autosaver autosaver(&document, freshStore());
        autosaver.setIdleInterval(50);
        QSignalSpy written(&autosaver, &Autosaver::written);

        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u"typed\n"_s);
        QVERIFY(!QFile::exists(autosaver.recoveryFile()));
        QVERIFY(written.wait(5000));
        const auto entries = autosaver.store().all();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].text, u"Title\n=====\ntyped\n"_s);
        QCOMPARE(entries[0].originalPath, path);
        QCOMPARE(readFile(path), "Title\n=====\n"_ba);

        QVERIFY(document.save().ok());
        QVERIFY(!QFile::exists(autosaver.recoveryFile()));
    }

    void focusLeavingTheEditorBacksUpAtOnce()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *editor = new QPlainTextEdit(&window);
        auto *other = new QLineEdit(&window);
        layout->addWidget(editor);
        layout->addWidget(other);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DocumentController document(editor->document());
        document.openText(u"draft\n"_s, u"draft.rst"_s);
        Autosaver autosaver(&document, freshStore());
        autosaver.setIdleInterval(3600 * 1000);
        autosaver.setFocusWidget(editor);
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QSignalSpy written(&autosaver, &Autosaver::written);
        editor->moveCursor(QTextCursor::Start);
        editor->insertPlainText(u"more "_s);
        QCOMPARE(written.count(), 0);
        other->setFocus();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(autosaver.store().all().at(0).text, u"more draft\n"_s);
    }

    void aCleanCloseRemovesTheFile()
    {
        QPlainTextEdit editor;
        DocumentController document(editor.document());
        document.openText(u"x"_s, u"x.rst"_s);
        QString file;
        {
            Autosaver autosaver(&document, freshStore());
            editor.insertPlainText(u"y"_s);
            QVERIFY(autosaver.flush().ok());
            file = autosaver.recoveryFile();
            QVERIFY(QFile::exists(file));
        }
        QVERIFY(!QFile::exists(file));
    }

    void restoreKeepsPathLineEndingsAndModifiedState()
    {
        const QString path = write(u"crlf.rst"_s, "Title\r\n=====\r\n"_ba);
        const RecoveryStore store = freshStore();
        const RecoveryEntry entry = leftover(store, u"old"_s, u"Title\n=====\nrecovered\n"_s);
        QPlainTextEdit editor;
        DocumentController document(editor.document());
        Autosaver autosaver(&document, store);
        auto withPath = entry;
        withPath.originalPath = path;
        QVERIFY(autosaver.restore(withPath).ok());
        QCOMPARE(editor.toPlainText(), u"Title\n=====\nrecovered\n"_s);
        QVERIFY(document.isModified());
        QCOMPARE(document.path(), path);
        QCOMPARE(readFile(path), "Title\r\n=====\r\n"_ba);
        // The file now names this process: another start leaves it alone.
        QVERIFY(store.orphaned().empty());
        QCOMPARE(store.all().size(), std::size_t(1));
        QVERIFY(document.save().ok());
        QCOMPARE(readFile(path), "Title\r\n=====\r\nrecovered\r\n"_ba);
        QVERIFY(store.all().empty());
    }

    void restoringADeletedFileDoesNotRecreateIt()
    {
        const QString path = m_dir.filePath(u"gone/deleted.rst"_s);
        const RecoveryStore store = freshStore();
        RecoveryEntry entry = leftover(store, u"gone"_s, u"text\n"_s);
        entry.originalPath = path;
        QPlainTextEdit editor;
        DocumentController document(editor.document());
        Autosaver autosaver(&document, store);
        QVERIFY(autosaver.restore(entry).ok());
        QCOMPARE(document.path(), path);
        QVERIFY(document.isModified());
        QCOMPARE(editor.toPlainText(), u"text\n"_s);
        QVERIFY(!QFile::exists(path));
    }

    void theDialogRestoresCheckedAndDiscardsTheRest()
    {
        const RecoveryStore store = freshStore();
        leftover(store, u"a"_s, u"first"_s);
        leftover(store, u"b"_s, u"second"_s);
        answerRecoveryDialog(u"Restore"_s, { 1 });
        const auto chosen = offerRecovery(store, false);
        QCOMPARE(chosen.size(), std::size_t(1));
        QCOMPARE(chosen[0].text, u"first"_s);
        // The unchecked one is gone; the restored one stays until its new
        // owner takes it over.
        QCOMPARE(store.all().size(), std::size_t(1));
        QCOMPARE(store.all().at(0).id, u"a"_s);
    }

    void discardDropsAllAndLaterKeepsAll()
    {
        const RecoveryStore store = freshStore();
        leftover(store, u"a"_s, u"first"_s);
        leftover(store, u"b"_s, u"second"_s);
        answerRecoveryDialog(u"Later"_s, {});
        QVERIFY(offerRecovery(store, false).empty());
        QCOMPARE(store.all().size(), std::size_t(2));
        answerRecoveryDialog(u"Discard"_s, {});
        QVERIFY(offerRecovery(store, false).empty());
        QVERIFY(store.all().empty());
    }
};

QTEST_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
