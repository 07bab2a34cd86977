// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace specwright::gui
{

// The outcome of an operation that can fail: success, or a message for the
// user saying why not. Returned, never passed as an out-parameter.
class [[nodiscard]] Status final
{
public:
    static Status success() { return Status(QString()); }
    static Status failure(const QString &message) { return Status(message.isEmpty() ? QStringLiteral("?") : message); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString error)
        : m_error(std::move(error))
    {
    }
    QString m_error;
};

} // namespace specwright::gui
