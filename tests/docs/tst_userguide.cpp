// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

const QString sourceDir = QDir::cleanPath(QStringLiteral(SPECWRIGHT_TEST_DATA) + u"/../.."_s);

// The sizes packaging/screenshots gives its pictures: the window's, and the
// settings dialog's.
constexpr QSize windowSize(1280, 800);
constexpr QSize dialogSize(680, 500);

// The pictures docs/user-guide.md shows, as paths relative to docs/.
QStringList guidePictures()
{
    QFile guide(sourceDir + u"/docs/user-guide.md"_s);
    if (!guide.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)\s]+)\))"_s);
    QStringList pictures;
    for (const auto &match : image.globalMatch(QString::fromUtf8(guide.readAll())))
        pictures.append(match.captured(1));
    return pictures;
}

} // namespace

// Runs packaging/screenshots into a scratch folder and checks that it makes
// every picture the user guide shows, and nothing the guide does not show.
class TestUserGuide final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideShowsOnlyScreenshots();
    void scriptMakesEveryPicture_data();
    void scriptMakesEveryPicture();
    void scriptMakesNothingUnshown();

private:
    QTemporaryDir m_out;
    QByteArray m_log;
};

void TestUserGuide::initTestCase()
{
    QVERIFY(m_out.isValid());
    QVERIFY2(!guidePictures().isEmpty(), "docs/user-guide.md shows no picture");
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SPECWRIGHT_BUILD"_s, QDir::cleanPath(QStringLiteral(SPECWRIGHT_BIN_DIR) + u"/.."_s));
    script.setProcessEnvironment(environment);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"bash"_s, { sourceDir + u"/packaging/screenshots"_s, m_out.path() + u"/screenshots"_s });
    QVERIFY2(script.waitForFinished(300000), "packaging/screenshots did not finish in 5 minutes");
    m_log = script.readAll();
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, m_log.constData());
}

void TestUserGuide::guideShowsOnlyScreenshots()
{
    for (const QString &picture : guidePictures()) {
        QVERIFY2(picture.startsWith(u"screenshots/"_s) && picture.endsWith(u".png"_s),
            qPrintable(u"%1 is not one of packaging/screenshots' pictures"_s.arg(picture)));
    }
}

void TestUserGuide::scriptMakesEveryPicture_data()
{
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QSize>("size");
    for (const QString &picture : guidePictures()) {
        const QSize size = picture == u"screenshots/settings.png"_s ? dialogSize : windowSize;
        QTest::addRow("the guide's %s is made at its size", qPrintable(picture)) << picture << size;
    }
}

void TestUserGuide::scriptMakesEveryPicture()
{
    QFETCH(QString, picture);
    QFETCH(QSize, size);
    const QString path = m_out.path() + u'/' + picture;
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(u"%1 was not made:\n"_s.arg(picture) + QString::fromUtf8(m_log)));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(u"%1 is not a picture"_s.arg(picture)));
    QCOMPARE(image.size(), size);
}

void TestUserGuide::scriptMakesNothingUnshown()
{
    const QStringList shown = guidePictures();
    const QStringList made = QDir(m_out.path() + u"/screenshots"_s).entryList(QDir::Files);
    QVERIFY(!made.isEmpty());
    for (const QString &file : made)
        QVERIFY2(shown.contains(u"screenshots/"_s + file),
            qPrintable(u"packaging/screenshots makes %1, which docs/user-guide.md does not show"_s.arg(file)));
}

QTEST_GUILESS_MAIN(TestUserGuide)
#include "tst_userguide.moc"
