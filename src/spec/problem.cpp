// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/problem.h"

namespace specwright::spec
{

std::string_view severityName(Severity severity)
{
    return severity == Severity::Error ? "error" : "warning";
}

} // namespace specwright::spec
