// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/textexport.h"

#include "diagram/unicode_p.h"

#include <algorithm>
#include <map>

namespace specwright::diagram
{

namespace
{

std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string point(Point p)
{
    return std::to_string(p.x) + ',' + std::to_string(p.y);
}

} // namespace

std::string exportText(const Diagram &diagram, const ExportOptions &options)
{
    const Rect bounds = diagram.bounds();
    if (bounds.isEmpty())
        return {};
    Rect area = bounds;
    if (options.crop == Crop::FromOrigin)
        area = bounds.united({ std::min(bounds.x, 0), std::min(bounds.y, 0), 1, 1 });
    const CharGrid grid = render(diagram, area, options.charset);

    std::vector<std::u32string> rows;
    for (int y = area.y; y <= area.bottom(); ++y) {
        std::u32string row = grid.row(y);
        row.erase(row.find_last_not_of(U' ') + 1);
        rows.push_back(std::move(row));
    }
    while (!rows.empty() && rows.back().empty())
        rows.pop_back();
    if (options.crop == Crop::Drawing) {
        const auto firstDrawn = std::find_if(rows.begin(), rows.end(), [](const auto &row) { return !row.empty(); });
        rows.erase(rows.begin(), firstDrawn);
        std::size_t margin = std::u32string::npos;
        for (const auto &row : rows) {
            if (!row.empty())
                margin = std::min(margin, row.find_first_not_of(U' '));
        }
        for (auto &row : rows)
            row.erase(0, std::min(margin, row.size()));
    }
    std::string text;
    for (const auto &row : rows) {
        text += toUtf8(row);
        text += '\n';
    }
    return text;
}

std::string describeObjects(const Diagram &diagram)
{
    std::map<ObjectId, std::size_t> lineOf;
    for (std::size_t i = 0; i < diagram.objects().size(); ++i)
        lineOf[diagram.objects()[i].id] = i + 1;

    std::string out;
    for (const Object &object : diagram.objects()) {
        if (const auto *box = std::get_if<Box>(&object.shape)) {
            const Rect &r = box->rect;
            out += "box " + point({ r.x, r.y }) + ' ' + std::to_string(r.width) + 'x' + std::to_string(r.height) + ' '
                + quoted(box->label);
            if (box->corners == CornerStyle::Rounded)
                out += " rounded";
            const bool doubleTop = box->topStroke == StrokeStyle::Double;
            const bool doubleBottom = box->bottomStroke == StrokeStyle::Double;
            out += doubleTop && doubleBottom ? " double"
                : doubleTop                  ? " double-top"
                : doubleBottom               ? " double-bottom"
                                             : "";
        } else if (const auto *connector = std::get_if<Connector>(&object.shape)) {
            out += connector->isArrow() ? "arrow" : "line";
            const auto &points = connector->points;
            for (std::size_t i = 0; i < points.size(); ++i) {
                if (i > 0) {
                    const bool startHead = i == 1 && connector->startCap == Cap::Arrow;
                    const bool endHead = i + 1 == points.size() && connector->endCap == Cap::Arrow;
                    out += startHead && endHead ? " <->" : startHead ? " <-" : endHead ? " ->" : " --";
                }
                out += ' ' + point(points[i]);
                const bool joint = (i == 0 && connector->startCap == Cap::Joint)
                    || (i + 1 == points.size() && connector->endCap == Cap::Joint);
                if (joint)
                    out += '+';
            }
            if (connector->stroke == StrokeStyle::Double)
                out += " double";
            if (connector->isArrow() && connector->heads == HeadStyle::Arrow)
                out += " heads:arrow";
            else if (connector->isArrow() && connector->heads == HeadStyle::Triangle)
                out += " heads:triangle";
            if (connector->start.isAttached() && lineOf.contains(connector->start.box))
                out += " from #" + std::to_string(lineOf[connector->start.box]);
            if (connector->end.isAttached() && lineOf.contains(connector->end.box))
                out += " to #" + std::to_string(lineOf[connector->end.box]);
        } else if (const auto *text = std::get_if<Text>(&object.shape)) {
            out += "text " + point(text->pos) + ' ' + quoted(text->text);
        } else if (const auto *cells = std::get_if<Cells>(&object.shape)) {
            // The runs of horizontally adjacent cells, on one line.
            out += "chars";
            Point runStart;
            Point last;
            std::u32string run;
            auto flush = [&] {
                if (!run.empty())
                    out += ' ' + point(runStart) + ' ' + quoted(toUtf8(run));
                run.clear();
            };
            for (const auto &[cell, ch] : cells->cells) {
                if (run.empty() || cell.y != last.y || cell.x != last.x + 1) {
                    flush();
                    runStart = cell;
                }
                run += ch;
                last = cell;
            }
            flush();
        }
        out += '\n';
    }
    return out;
}

} // namespace specwright::diagram
