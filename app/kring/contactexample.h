// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontroller.h"

#include <QTemporaryDir>

// For --screenshots: the Contactpersoon page as a certified contact person sees it. A store in a temporary
// folder, a contact key for a demo group, certified by a root made for the occasion, and one cancellation
// sent through the page's own code path. Everything goes when the example does.
class ContactExample
{
public:
    // Needs the demo directory loaded in `controller`. The contact person's dates are judged at `now`.
    [[nodiscard]] static kring::Result<std::unique_ptr<ContactExample>>
    create(AppController &controller, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    QTemporaryDir m_folder;
    std::shared_ptr<kring::Store> m_store;
};
