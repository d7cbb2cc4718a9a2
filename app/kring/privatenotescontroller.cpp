// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatenotescontroller.h"

#include "privacy/privatenotes.h"
#include "store/noterepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

namespace {

constexpr qint64 maximumFileSize = 32 * 1024 * 1024;

QString notOpen()
{
    return PrivateNotesController::tr("Kring's data is not open, so notes cannot be kept now.");
}

} // namespace

PrivateNotesController::PrivateNotesController(QObject *parent)
    : QObject(parent)
{}

void PrivateNotesController::setStore(std::shared_ptr<Store> store)
{
    m_store = std::move(store);
    if (!m_groupId.isEmpty())
        open(m_groupId, m_groupName);
}

QString PrivateNotesController::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("kring-notes.kringnotes"));
}

void PrivateNotesController::open(const QString &groupId, const QString &groupName)
{
    m_groupId = groupId;
    m_groupName = groupName;
    m_text.clear();
    if (m_store) {
        const Result<QString> note = NoteRepository(m_store->database()).note(groupId);
        if (note)
            m_text = note.value();
        else
            finish(note.error(), true);
    }
    Q_EMIT noteChanged();
}

bool PrivateNotesController::save(const QString &text)
{
    if (!m_store || m_store->isReadOnly()) {
        finish(notOpen(), true);
        return false;
    }
    if (text == m_text)
        return true;
    const Status stored = NoteRepository(m_store->database()).setNote(m_groupId, text);
    if (!stored) {
        finish(stored.error(), true);
        return false;
    }
    m_text = text;
    Q_EMIT noteChanged();
    finish(text.isEmpty() ? tr("Note removed.") : tr("Note kept on this phone."), false);
    return true;
}

void PrivateNotesController::exportTo(const QString &path, const QString &passphrase)
{
    if (m_busy)
        return;
    if (!m_store) {
        finish(notOpen(), true);
        return;
    }
    if (path.trimmed().isEmpty()) {
        finish(tr("Say where the file should go."), true);
        return;
    }
    const Result<QList<NotesFile::Note>> notes = PrivateNotes::all(m_store->database());
    if (!notes) {
        finish(notes.error(), true);
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, count = notes.value().size()] {
        watcher->deleteLater();
        const Status written = watcher->result();
        setBusy(false);
        finish(written ? tr("%n note(s) exported. Keep the passphrase: without it nobody can read the file.",
                            nullptr, int(count))
                       : written.error(),
               !written);
    });
    watcher->setFuture(QtConcurrent::run(
        [notes = notes.value(), passphrase, limits = m_limits, path = path.trimmed()]() -> Status {
            const Result<QByteArray> sealed = NotesFile::seal(notes, passphrase, limits);
            if (!sealed)
                return Error{sealed.error()};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed.value().size() ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
                return Error{PrivateNotesController::tr("The file %1 could not be written: %2")
                                 .arg(QFileInfo(path).fileName(), file.errorString())};
            return Done{};
        }));
}

void PrivateNotesController::importFrom(const QString &path, const QString &passphrase)
{
    if (m_busy)
        return;
    if (!m_store || m_store->isReadOnly()) {
        finish(notOpen(), true);
        return;
    }
    setBusy(true);
    using Opened = Result<QList<NotesFile::Note>>;
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Opened opened = watcher->result();
        setBusy(false);
        if (!opened) {
            finish(opened.error(), true);
            return;
        }
        if (!m_store) {
            finish(notOpen(), true);
            return;
        }
        const Result<PrivateNotes::Imported> imported =
            PrivateNotes::import(m_store->database(), opened.value());
        if (!imported) {
            finish(imported.error(), true);
            return;
        }
        if (!m_groupId.isEmpty())
            open(m_groupId, m_groupName);
        const PrivateNotes::Imported &counts = imported.value();
        finish(tr("%n note(s) imported.", nullptr, counts.added + counts.replaced) +
                   (counts.kept > 0 ? QLatin1Char(' ') + tr("%n note(s) on this phone were newer and stayed.",
                                                            nullptr, counts.kept)
                                    : QString()),
               false);
    });
    watcher->setFuture(QtConcurrent::run([path = path.trimmed(), passphrase]() -> Opened {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{PrivateNotesController::tr("The file %1 could not be read: %2")
                             .arg(QFileInfo(path).fileName(), file.errorString())};
        if (file.size() > maximumFileSize)
            return Error{PrivateNotesController::tr("This file is too large to be a file of notes.")};
        return NotesFile::open(file.readAll(), passphrase);
    }));
}

void PrivateNotesController::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PrivateNotesController::finish(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
    if (!m_busy)
        Q_EMIT finished();
}
