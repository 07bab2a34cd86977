// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `specwright render` pages open in any browser, so they must be as inert
// as the preview: a policy that runs nothing and fetches nothing remote,
// and nothing the spec carries turned into script.
class TestRenderSafety : public QObject
{
    Q_OBJECT

private:
    QByteArray render(const QByteArray &spec)
    {
        const QString path = m_dir.filePath(u"hostile.rst"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(spec) != spec.size())
            qFatal("cannot write the fixture");
        file.close();
        QProcess process;
        process.start(QStringLiteral(SPECWRIGHT_BIN_DIR) + u"/specwright"_s, { u"render"_s, path });
        if (!process.waitForFinished(60000))
            qFatal("specwright render did not finish");
        return process.readAllStandardOutput();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pagesCarryAPolicyAndNoScript_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("raw HTML is a disabled directive")
            << "Title\n=====\n\n.. raw:: html\n\n   <script>alert(1)</script>\n"_ba
            << "&quot;raw&quot; directive disabled"_ba;
        QTest::newRow("include is disabled") << "Title\n=====\n\n.. include:: /etc/passwd\n"_ba
                                             << "&quot;include&quot; directive disabled"_ba;
        QTest::newRow("javascript links stay text") << "Title\n=====\n\n`x <javascript:alert(1)>`_\n"_ba
                                                    << "x"_ba;
        QTest::newRow("remote and parent images are refused")
            << "Title\n=====\n\n.. image:: http://example.invalid/a.png\n\n.. image:: ../a.png\n"_ba
            << "Title"_ba;
        QTest::newRow("markup in text is escaped") << "Title\n=====\n\n<script>alert(1)</script>\n"_ba
                                                   << "&lt;script&gt;"_ba;
    }
    void pagesCarryAPolicyAndNoScript()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, shown);
        const QByteArray page = render(spec);
        QVERIFY2(page.contains(shown), page.constData());
        static const QRegularExpression policy(u"<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\""_s);
        const auto match = policy.match(QString::fromUtf8(page));
        QVERIFY2(match.hasMatch(), page.left(600).constData());
        const QString rules = match.captured(1);
        QVERIFY2(rules.contains(u"default-src 'none'"_s), qPrintable(rules));
        QVERIFY2(!rules.contains(u"script-src"_s), qPrintable(rules)); // so default-src 'none' covers scripts
        QVERIFY2(!rules.contains(u"http"_s), qPrintable(rules));
        QVERIFY(!page.contains("<script"));
        // A refused link may name its target in a tooltip, never as a target.
        static const QRegularExpression scriptTarget(
            u"(href|src|action)\\s*=\\s*\"\\s*javascript:"_s, QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!scriptTarget.match(QString::fromUtf8(page)).hasMatch());
        QVERIFY(!page.contains("src=\"http"));
        QVERIFY(!page.contains("src=\"../"));
    }
};

QTEST_GUILESS_MAIN(TestRenderSafety)
#include "tst_rendersafety.moc"
