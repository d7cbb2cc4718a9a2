// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

namespace kring {

QString LocalizedText::in(QStringView language) const
{
    if (language == u"en" && !en.isEmpty())
        return en;
    if (language == u"fr" && !fr.isEmpty())
        return fr;
    return nl;
}

} // namespace kring
