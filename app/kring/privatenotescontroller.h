// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/notesfile.h"
#include "store/store.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The person's private note of one group (the notes page), and the encrypted export and import of all
// notes. Notes stay in the encrypted store; the export is the only way they leave it, and only as a file
// the person makes, sealed with their passphrase (core/privacy/notesfile.h). The key derivation runs off
// the GUI thread.
class PrivateNotesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId NOTIFY noteChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY noteChanged)
    Q_PROPERTY(QString text READ text NOTIFY noteChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(QString suggestedPath READ suggestedPath CONSTANT)

public:
    explicit PrivateNotesController(QObject *parent = nullptr);

    void setStore(std::shared_ptr<kring::Store> store);
    // The limits of the passphrase derivation; NotesFile::sensitiveLimits unless a test lowers them.
    void setLimits(const kring::NotesFile::Limits &limits) { m_limits = limits; }

    [[nodiscard]] QString groupId() const { return m_groupId; }
    [[nodiscard]] QString groupName() const { return m_groupName; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool busy() const { return m_busy; }
    // What the last save, export or import did or why it failed, in the interface language.
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const { return m_failed; }
    // Where an export goes unless the person says otherwise: the documents folder.
    [[nodiscard]] QString suggestedPath() const;

    // Shows the note of `groupId`.
    Q_INVOKABLE void open(const QString &groupId, const QString &groupName);
    // Keeps `text` as the note of the group shown; an empty text removes it.
    Q_INVOKABLE bool save(const QString &text);
    // Writes every note to `path`, sealed with `passphrase`. Ends with finished().
    Q_INVOKABLE void exportTo(const QString &path, const QString &passphrase);
    // Takes the notes of the file at `path` in; a wrong passphrase or a changed file changes nothing.
    Q_INVOKABLE void importFrom(const QString &path, const QString &passphrase);

Q_SIGNALS:
    void noteChanged();
    void busyChanged();
    void messageChanged();
    // An export or import has finished; `failed` says how.
    void finished();

private:
    void setBusy(bool busy);
    void finish(const QString &message, bool failed);

    std::shared_ptr<kring::Store> m_store;
    kring::NotesFile::Limits m_limits = kring::NotesFile::sensitiveLimits;
    QString m_groupId;
    QString m_groupName;
    QString m_text;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
};
