// SPDX-License-Identifier: GPL-3.0-or-later
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

#include "gui/columnruler.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using specwright::gui::ColumnMapping;
using specwright::gui::ColumnRuler;
using specwright::gui::RstEditor;

namespace
{

// One long line of varied characters, so that a wrong advance shows long
// before the end.
QString longLine()
{
    QString line;
    while (line.size() < 300)
        line += u"Specs say why, 0123456789 {x} "_s;
    return line;
}

// Where the editor really puts the boundary before column (0-based) of the
// first line, in viewport coordinates.
int realX(const RstEditor &editor, int column)
{
    QTextCursor cursor(editor.document()->firstBlock());
    cursor.setPosition(column);
    return editor.cursorRect(cursor).x();
}

void setPointSize(RstEditor &editor, int size)
{
    QFont font = editor.font();
    font.setPointSize(size);
    editor.setFont(font);
}

} // namespace

class TestColumnRuler : public QObject
{
    Q_OBJECT

private:
    // Every column checked against the editor's own cursor rectangle; the
    // cursor rectangle is whole pixels, so one pixel of rounding is allowed.
    static void compareWithCursor(const RstEditor &editor)
    {
        const ColumnMapping mapping = editor.columnMapping();
        const ColumnRuler *ruler = editor.ruler();
        const int rulerToViewport = editor.viewport()->x() - ruler->x();
        for (int column : { 0, 1, 5, 10, 37, 79, 80, 150, 299 }) {
            const int real = realX(editor, column);
            QVERIFY2(qAbs(mapping.xForColumn(column) - real) <= 1.0,
                qPrintable(
                    u"column %1: mapping %2, editor %3"_s.arg(column).arg(mapping.xForColumn(column)).arg(real)));
            QVERIFY2(qAbs(ruler->mapping().xForColumn(column) - (real + rulerToViewport)) <= 1.0,
                qPrintable(u"column %1 on the ruler: %2, editor %3"_s.arg(column)
                               .arg(ruler->mapping().xForColumn(column))
                               .arg(real + rulerToViewport)));
        }
    }

private Q_SLOTS:
    void mappingFollowsTheEditor_data()
    {
        QTest::addColumn<int>("pointSize");
        QTest::addColumn<int>("scroll");
        for (int size : { 7, 10, 13, 19 }) {
            for (int scroll : { 0, 37, 250 }) {
                const QString name = u"%1 pt scrolled by %2 px lines up with the text"_s.arg(size).arg(scroll);
                QTest::newRow(qPrintable(name)) << size << scroll;
            }
        }
    }
    void mappingFollowsTheEditor()
    {
        QFETCH(int, pointSize);
        QFETCH(int, scroll);
        RstEditor editor;
        editor.resize(500, 300);
        editor.setPlainText(longLine());
        setPointSize(editor, pointSize);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.horizontalScrollBar()->setValue(scroll);
        QCOMPARE(editor.horizontalScrollBar()->value(), scroll);
        compareWithCursor(editor);
    }

    void mappingInvertsColumns_data()
    {
        QTest::addColumn<qreal>("origin");
        QTest::addColumn<qreal>("advance");
        QTest::newRow("whole-pixel advance") << 4.0 << 8.0;
        QTest::newRow("fractional advance") << 4.0 << 7.8125;
        QTest::newRow("scrolled left of the viewport") << -123.0 << 9.6;
    }
    void mappingInvertsColumns()
    {
        QFETCH(qreal, origin);
        QFETCH(qreal, advance);
        const ColumnMapping mapping { origin, advance };
        for (int column = -3; column < 200; ++column) {
            QCOMPARE(mapping.columnAt(mapping.xForColumn(column) + advance / 2), column);
            QCOMPARE(mapping.columnAt(mapping.xForColumn(column) + 0.01), column);
        }
    }

    void mappingComesFromTheFont()
    {
        QFont font(u"monospace"_s);
        font.setStyleHint(QFont::Monospace);
        font.setPointSize(12);
        const ColumnMapping mapping = ColumnMapping::forFont(font, 4, 100);
        QCOMPARE(mapping.origin, -96.0);
        QVERIFY(qAbs(mapping.advance * 10 - QFontMetricsF(font).horizontalAdvance(u"0123456789"_s)) < 0.5);
    }

    void rulerFollowsHorizontalScrolling()
    {
        RstEditor editor;
        editor.resize(400, 200);
        editor.setPlainText(longLine());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const qreal before = editor.ruler()->mapping().xForColumn(50);
        editor.horizontalScrollBar()->setValue(120);
        QCOMPARE(editor.ruler()->mapping().xForColumn(50), before - 120);
        compareWithCursor(editor);
        // Moving the cursor far right scrolls the view; the ruler goes along.
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(290);
        editor.setTextCursor(cursor);
        QVERIFY(editor.horizontalScrollBar()->value() > 120);
        compareWithCursor(editor);
    }

    void rulerSitsAboveTheText()
    {
        RstEditor editor;
        editor.resize(400, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QRect ruler = editor.ruler()->geometry();
        const QRect view = editor.viewport()->geometry();
        QVERIFY(editor.rulerHeight() > editor.ruler()->fontMetrics().height());
        QCOMPARE(ruler.height(), editor.rulerHeight());
        QCOMPARE(ruler.bottom() + 1, view.top());
        QCOMPARE(ruler.right(), view.right());
        QCOMPARE(editor.ruler()->leftInset(), view.left() - ruler.left());
        QCOMPARE(editor.ruler()->leftInset(), editor.gutterWidth());
    }

    void rulerShowsCursorAndSelection_data()
    {
        QTest::addColumn<int>("anchor");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("cursorColumn");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        // The second line starts at 11 ("0123456789\n").
        QTest::newRow("a cursor without selection marks its column") << 14 << 14 << 4 << 0 << 0;
        QTest::newRow("a selection to the right spans its columns") << 12 << 17 << 7 << 1 << 6;
        QTest::newRow("a selection made leftwards spans the same columns") << 17 << 12 << 2 << 1 << 6;
        QTest::newRow("a selection over lines spans the columns of its ends") << 3 << 19 << 9 << 3 << 8;
    }
    void rulerShowsCursorAndSelection()
    {
        QFETCH(int, anchor);
        QFETCH(int, position);
        QFETCH(int, cursorColumn);
        QFETCH(int, from);
        QFETCH(int, to);
        RstEditor editor;
        editor.setPlainText(u"0123456789\n0123456789\n"_s);
        QTextCursor cursor(editor.document());
        cursor.setPosition(anchor);
        cursor.setPosition(position, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QCOMPARE(editor.ruler()->cursorColumn(), cursorColumn);
        QCOMPARE(editor.cursorColumn(), cursorColumn);
        // What the ruler paints: cursor cell and selection, checked on its
        // pixels against the mapping.
        editor.resize(400, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ColumnRuler::Colors colors { Qt::white, Qt::black, Qt::green, Qt::blue, Qt::red };
        editor.ruler()->setColors(colors);
        const QImage image = editor.ruler()->grab().toImage();
        const ColumnMapping mapping = editor.ruler()->mapping();
        const auto pixel = [&](int column, int y) {
            return QColor(image.pixel(qRound(mapping.xForColumn(column) + mapping.advance / 2), y));
        };
        const int low = image.height() - 2;
        QCOMPARE(pixel(cursorColumn - 1, 1), QColor(Qt::green));
        if (to > from) {
            for (int column = from; column < to; ++column)
                if (column != cursorColumn - 1)
                    QCOMPARE(pixel(column, low), QColor(Qt::blue));
        }
        const int after = to == cursorColumn - 1 ? to + 1 : to;
        QCOMPARE(pixel(after, low), QColor(Qt::white));
    }

    void limitIsMarked()
    {
        RstEditor editor;
        editor.resize(900, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.columnLimit(), 79);
        editor.setColumnLimit(20);
        QCOMPARE(editor.ruler()->columnLimit(), 20);
        editor.ruler()->setColors({ Qt::white, Qt::black, Qt::green, Qt::blue, Qt::red });
        const QImage image = editor.ruler()->grab().toImage();
        const ColumnMapping mapping = editor.ruler()->mapping();
        const int y = image.height() / 2;
        const int limitX = qRound(mapping.xForColumn(20));
        QCOMPARE(QColor(image.pixel(limitX, y)), QColor(Qt::red));
        // Past the limit the ruler is tinted; before it, it is not.
        QVERIFY(QColor(image.pixel(qRound(mapping.xForColumn(30) + 2), y)) != QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(qRound(mapping.xForColumn(12) + 2), y)), QColor(Qt::white));

        // The guide in the text is drawn at the same x.
        const QImage text = editor.viewport()->grab().toImage();
        const int guideX = qRound(editor.columnMapping().xForColumn(20));
        const QColor base = editor.palette().color(QPalette::Base);
        QVERIFY(QColor(text.pixel(guideX, text.height() - 5)) != base);
        QCOMPARE(QColor(text.pixel(guideX + 3, text.height() - 5)), base);
    }

    void zoomKeepsTheMapping()
    {
        RstEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(longLine());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const qreal advance = editor.columnMapping().advance;
        const int rulerHeight = editor.rulerHeight();
        const int gutter = editor.gutterWidth();
        for (int step = 0; step < 4; ++step)
            editor.zoomIn(2);
        QVERIFY(editor.columnMapping().advance > advance);
        QVERIFY(editor.rulerHeight() > rulerHeight);
        QVERIFY(editor.gutterWidth() > gutter);
        QCOMPARE(editor.viewport()->x() - editor.ruler()->x(), editor.gutterWidth());
        editor.horizontalScrollBar()->setValue(90);
        compareWithCursor(editor);

        editor.zoomOut(5);
        compareWithCursor(editor);

        editor.resetZoom();
        QCOMPARE(editor.columnMapping().advance, advance);
        QCOMPARE(editor.gutterWidth(), gutter);
        compareWithCursor(editor);
    }

    void zoomActionsHaveTheirKeys()
    {
        RstEditor editor;
        const QList<QAction *> view = editor.viewActions();
        QCOMPARE(view.size(), 3);
        QCOMPARE(view[0]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QCOMPARE(view[1]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QCOMPARE(view[2]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        const int size = editor.font().pointSize();
        view[0]->trigger();
        QCOMPARE(editor.font().pointSize(), size + 1);
        view[2]->trigger();
        QCOMPARE(editor.font().pointSize(), size);
    }
};

QTEST_MAIN(TestColumnRuler)
#include "tst_columnruler.moc"
