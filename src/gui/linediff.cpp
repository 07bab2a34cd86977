// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/linediff.h"

#include <QStringList>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

// Beyond this many differing lines the minimal diff is not worth its cost.
constexpr qsizetype maxEditDistance = 2000;

enum class Op { Equal, Remove, Insert };

struct Step {
    Op op;
    qsizetype before; // line index in `before` (Equal, Remove)
    qsizetype after; // line index in `after` (Equal, Insert)
};

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

// Myers' greedy O(ND) difference between a[from, to) and b[from, to),
// appended to `steps`; false when the distance exceeds the cap.
bool myers(const QStringList &a,
    qsizetype aFrom,
    qsizetype aTo,
    const QStringList &b,
    qsizetype bFrom,
    qsizetype bTo,
    std::vector<Step> &steps)
{
    const qsizetype n = aTo - aFrom;
    const qsizetype m = bTo - bFrom;
    // Each round of d costs up to n + m comparisons: bound the total too.
    const qsizetype limit = std::min({ n + m, maxEditDistance, qsizetype(50'000'000) / std::max<qsizetype>(1, n + m) });
    // trace[d][k + d] is the furthest x on diagonal k after d edits.
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        std::vector<qsizetype> v(std::size_t(2 * d + 1));
        const std::vector<qsizetype> *previous = d > 0 ? &trace.back() : nullptr;
        auto previousAt = [&](qsizetype k) { return (*previous)[std::size_t(k + d - 1)]; };
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = 0;
            if (d > 0) {
                if (k == -d || (k != d && previousAt(k - 1) < previousAt(k + 1)))
                    x = previousAt(k + 1);
                else
                    x = previousAt(k - 1) + 1;
            }
            qsizetype y = x - k;
            while (x < n && y < m && a.at(aFrom + x) == b.at(bFrom + y)) {
                ++x;
                ++y;
            }
            v[std::size_t(k + d)] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.push_back(std::move(v));
    }
    if (found < 0)
        return false;

    std::vector<Step> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &previous = trace[std::size_t(d - 1)];
        auto previousAt = [&](qsizetype k) { return previous[std::size_t(k + d - 1)]; };
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && previousAt(k - 1) < previousAt(k + 1));
        const qsizetype previousK = down ? k + 1 : k - 1;
        const qsizetype previousX = previousAt(previousK);
        const qsizetype previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            --x;
            --y;
            reversed.push_back({ Op::Equal, aFrom + x, bFrom + y });
        }
        if (down)
            reversed.push_back({ Op::Insert, aFrom + x, bFrom + previousY });
        else
            reversed.push_back({ Op::Remove, aFrom + previousX, bFrom + y });
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.push_back({ Op::Equal, aFrom + x, bFrom + y });
    }
    steps.insert(steps.end(), reversed.rbegin(), reversed.rend());
    return true;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u numbers an empty range by the line before it.
    const qsizetype first = count == 0 ? start : start + 1;
    return count == 1 ? QString::number(first) : QString::number(first) + u',' + QString::number(count);
}

} // namespace

QString unifiedDiff(
    const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    if (a == b)
        return {};

    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    std::vector<Step> steps;
    for (qsizetype i = 0; i < prefix; ++i)
        steps.push_back({ Op::Equal, i, i });
    if (!myers(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, steps)) {
        for (qsizetype i = prefix; i < a.size() - suffix; ++i)
            steps.push_back({ Op::Remove, i, prefix });
        for (qsizetype j = prefix; j < b.size() - suffix; ++j)
            steps.push_back({ Op::Insert, a.size() - suffix, j });
    }
    for (qsizetype i = 0; i < suffix; ++i)
        steps.push_back({ Op::Equal, a.size() - suffix + i, b.size() - suffix + i });

    QString out = u"--- "_s + beforeName + u"\n+++ "_s + afterName + u'\n';
    const qsizetype total = qsizetype(steps.size());
    qsizetype i = 0;
    while (i < total) {
        if (steps[std::size_t(i)].op == Op::Equal) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines
        // after the last change closer than 2 * context lines to the next.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype equalRun = 0;
        for (qsizetype j = i; j < total; ++j) {
            if (steps[std::size_t(j)].op == Op::Equal) {
                if (++equalRun > 2 * context)
                    break;
            } else {
                equalRun = 0;
                end = j;
            }
        }
        const qsizetype stop = std::min(total, end + 1 + context);
        qsizetype beforeStart = -1;
        qsizetype afterStart = -1;
        qsizetype beforeCount = 0;
        qsizetype afterCount = 0;
        QString body;
        for (qsizetype j = start; j < stop; ++j) {
            const Step &step = steps[std::size_t(j)];
            if (beforeStart < 0) {
                beforeStart = step.before;
                afterStart = step.after;
            }
            switch (step.op) {
            case Op::Equal:
                body += u' ' + a.at(step.before) + u'\n';
                ++beforeCount;
                ++afterCount;
                break;
            case Op::Remove:
                body += u'-' + a.at(step.before) + u'\n';
                ++beforeCount;
                break;
            case Op::Insert:
                body += u'+' + b.at(step.after) + u'\n';
                ++afterCount;
                break;
            }
        }
        out += u"@@ -"_s + range(beforeStart, beforeCount) + u" +"_s + range(afterStart, afterCount) + u" @@\n"_s
            + body;
        i = stop;
    }
    return out;
}

} // namespace specwright::gui
