// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace specwright::diagram
{

// A value or the reason there is none, to be read by the caller.
template <class T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    static Result failure(std::string message) { return Result(Failure { std::move(message) }); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const std::string &error() const { return std::get<Failure>(m_state).message; }

private:
    struct Failure {
        std::string message;
    };
    explicit Result(Failure failure)
        : m_state(std::move(failure))
    {
    }
    std::variant<T, Failure> m_state;
};

} // namespace specwright::diagram
