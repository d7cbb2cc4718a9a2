// SPDX-License-Identifier: GPL-3.0-or-later
#include "licences.h"

#include <QFile>
#include <QRegularExpression>

Licences::Licences(QObject *parent)
    : QObject(parent)
{}

QVariantList Licences::parts() const
{
    const auto part = [](const QString &name, const QString &use, const QString &licence,
                         const QString &file) {
        return QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("use"), use},
                           {QStringLiteral("licence"), licence},
                           {QStringLiteral("file"), file}};
    };
    return {
        part(QStringLiteral("Kring"), tr("This app"), QStringLiteral("GPL-3.0-or-later"),
             QStringLiteral("GPL-3.0")),
        part(QStringLiteral("Qt"), tr("The screens and everything under them"), QStringLiteral("LGPL-3.0"),
             QStringLiteral("LGPL-3.0")),
        part(QStringLiteral("SQLCipher"), tr("Encrypts what Kring keeps on this phone"),
             QStringLiteral("BSD-3-Clause"), QStringLiteral("sqlcipher")),
        part(QStringLiteral("libsodium"),
             tr("Checks the directory's signatures, protects the PIN and the notes export"),
             QStringLiteral("ISC"), QStringLiteral("libsodium")),
        part(QStringLiteral("libical"), tr("Works out the dates of meetings and writes calendar entries"),
             QStringLiteral("MPL-2.0 / LGPL-2.1"), QStringLiteral("libical")),
        part(QStringLiteral("libqrencode"), tr("Draws QR codes"), QStringLiteral("LGPL-2.1-or-later"),
             QStringLiteral("libqrencode")),
        part(QStringLiteral("GeoNames"), tr("Place names and postcodes, for searching nearby"),
             QStringLiteral("CC BY 4.0"), QStringLiteral("CC-BY-4.0")),
    };
}

QString Licences::text(const QString &file)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!safe.match(file).hasMatch())
        return {};
    QFile resource(QStringLiteral(":/kring/licenses/%1.txt").arg(file));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(resource.readAll());
    // The libraries' terms refer to the licences bundled beside them.
    if (file == u"libical" || file == u"libqrencode")
        text += QStringLiteral("\n\n") + Licences::text(QStringLiteral("LGPL-2.1"));
    if (file == u"LGPL-3.0")
        text += QStringLiteral("\n\n") + Licences::text(QStringLiteral("GPL-3.0"));
    if (file == u"libical")
        text += QStringLiteral("\n\n") + Licences::text(QStringLiteral("MPL-2.0"));
    return text;
}
