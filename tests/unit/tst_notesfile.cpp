// SPDX-License-Identifier: GPL-3.0-or-later
// The notes export: what is sealed opens again with the same passphrase only, and a file that was changed,
// cut short or lengthened is refused, as is a wrong passphrase; the import takes all notes or none, and
// keeps the newer note where both phones have one.
#include "privacy/notesfile.h"
#include "privacy/privatenotes.h"
#include "store/noterepository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace kring;

namespace {

// Far below SENSITIVE so the tests run quickly; the app always passes NotesFile::sensitiveLimits.
constexpr NotesFile::Limits testLimits{1, 8 * 1024};
const QString passphrase = QStringLiteral("paard batterij nietje");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QList<NotesFile::Note> someNotes()
{
    return {{QStringLiteral("aa-eindhoven"), QStringLiteral("Dinsdag de eerste keer. Vraag naar Ans."),
             utc("2026-03-01T10:00:00.000Z")},
            {QStringLiteral("rouw-gent"),
             QStringLiteral("Koffie om 19:15 — ‘welkom’ 🙂\nTweede regel"),
             utc("2026-04-02T08:30:15.250Z")}};
}

// One note larger than a chunk, so the file has several chunks.
QList<NotesFile::Note> longNotes()
{
    return {{QStringLiteral("lang"), QString(200 * 1024, QLatin1Char('x')), utc("2026-01-01T00:00:00.000Z")}};
}

QByteArray sealed(const QList<NotesFile::Note> &notes)
{
    const Result<QByteArray> file = NotesFile::seal(notes, passphrase, testLimits);
    return file ? file.value() : QByteArray();
}

} // namespace

class NotesFileTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(Store::databasePath(m_dir.path()));
        Result<Store> store = Store::open(m_dir.path(), DatabaseKey::generate());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        m_store.emplace(std::move(store).value());
    }

    void cleanup() { m_store.reset(); }

    void roundTripKeepsEveryNote_data()
    {
        QTest::addColumn<QList<NotesFile::Note>>("notes");
        QTest::newRow("two notes") << someNotes();
        QTest::newRow("none") << QList<NotesFile::Note>();
        QTest::newRow("several chunks") << longNotes();
    }

    void roundTripKeepsEveryNote()
    {
        QFETCH(QList<NotesFile::Note>, notes);
        const QByteArray file = sealed(notes);
        QVERIFY(file.startsWith("kring-notes/1\n"));
        const Result<QList<NotesFile::Note>> opened = NotesFile::open(file, passphrase);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        QCOMPARE(opened.value(), notes);
    }

    void theFileShowsNoNoteInTheClear()
    {
        const QByteArray file = sealed(someNotes());
        QVERIFY(!file.contains("Ans"));
        QVERIFY(!file.contains("aa-eindhoven"));
        // A new salt and stream header each time: the same notes never give the same file.
        QVERIFY(file != sealed(someNotes()));
    }

    void aWrongPassphraseIsRefused()
    {
        const Result<QList<NotesFile::Note>> opened =
            NotesFile::open(sealed(someNotes()), QStringLiteral("paard batterij nietjes"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("passphrase is not right")),
                 qPrintable(opened.error()));
    }

    void aShortPassphraseIsRefused()
    {
        const Result<QByteArray> file = NotesFile::seal(someNotes(), QStringLiteral("1234567"), testLimits);
        QVERIFY(!file.ok());
        QVERIFY(file.error().contains(QStringLiteral("at least 8")));
    }

    void aChangedByteAnywhereIsRefused()
    {
        const QByteArray file = sealed(longNotes());
        // Every part: magic, limits, salt, stream header, a chunk length, each chunk's text and tag.
        for (qsizetype at :
             {qsizetype(0), qsizetype(14), qsizetype(25), qsizetype(40), qsizetype(60), qsizetype(80),
              qsizetype(90), file.size() / 2, file.size() - 20, file.size() - 1}) {
            QByteArray changed = file;
            changed[at] = char(changed[at] ^ 0x01);
            QVERIFY2(!NotesFile::open(changed, passphrase).ok(), qPrintable(QString::number(at)));
        }
    }

    void aShortenedOrLengthenedFileIsRefused()
    {
        const QByteArray file = sealed(longNotes());
        for (qsizetype size :
             {qsizetype(10), qsizetype(60), qsizetype(100), qsizetype(65 * 1024), file.size() - 1}) {
            const Result<QList<NotesFile::Note>> opened = NotesFile::open(file.first(size), passphrase);
            QVERIFY2(!opened.ok(), qPrintable(QString::number(size)));
        }
        // Only the last chunk cut off, at a chunk boundary: the final tag is missing.
        const qsizetype firstChunkEnd = 14 + 16 + 16 + 24 + 4 + 64 * 1024 + 17;
        QVERIFY(!NotesFile::open(file.first(firstChunkEnd), passphrase).ok());
        QVERIFY(!NotesFile::open(file + QByteArray("\0\0\0\0", 4), passphrase).ok());
    }

    void somethingElseIsNotANotesFile()
    {
        const Result<QList<NotesFile::Note>> opened = NotesFile::open("BEGIN:VCALENDAR\r\n", passphrase);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("not a file of notes")));
    }

    void exportAndImportMoveTheNotesToAnotherStore()
    {
        NoteRepository notes(m_store->database());
        for (const NotesFile::Note &note : someNotes())
            QVERIFY(notes.setNote(note.groupId, note.body, note.updatedAt).ok());
        const Result<QList<NotesFile::Note>> all = PrivateNotes::all(m_store->database());
        QVERIFY(all.ok());
        const QByteArray file = sealed(all.value());

        QTemporaryDir otherDir;
        Result<Store> other = Store::open(otherDir.path(), DatabaseKey::generate());
        QVERIFY(other.ok());
        const Result<QList<NotesFile::Note>> opened = NotesFile::open(file, passphrase);
        QVERIFY(opened.ok());
        const Result<PrivateNotes::Imported> imported =
            PrivateNotes::import(other.value().database(), opened.value());
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().added, 2);
        QCOMPARE(NoteRepository(other.value().database()).note(QStringLiteral("rouw-gent")).value(),
                 someNotes()[1].body);
        QCOMPARE(PrivateNotes::all(other.value().database()).value(), someNotes());
    }

    void theNewerNoteStays()
    {
        NoteRepository notes(m_store->database());
        // Newer here than in the file: kept. Older here: replaced.
        QVERIFY(notes
                    .setNote(QStringLiteral("aa-eindhoven"), QStringLiteral("newer here"),
                             utc("2026-05-01T00:00:00.000Z"))
                    .ok());
        QVERIFY(notes
                    .setNote(QStringLiteral("rouw-gent"), QStringLiteral("older here"),
                             utc("2026-01-01T00:00:00.000Z"))
                    .ok());
        const Result<PrivateNotes::Imported> imported =
            PrivateNotes::import(m_store->database(), someNotes());
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().kept, 1);
        QCOMPARE(imported.value().replaced, 1);
        QCOMPARE(notes.note(QStringLiteral("aa-eindhoven")).value(), QStringLiteral("newer here"));
        QCOMPARE(notes.note(QStringLiteral("rouw-gent")).value(), someNotes()[1].body);
    }

    void aRefusedFileChangesNothing()
    {
        NoteRepository notes(m_store->database());
        QVERIFY(notes
                    .setNote(QStringLiteral("aa-eindhoven"), QStringLiteral("mine"),
                             utc("2026-01-01T00:00:00.000Z"))
                    .ok());
        const QList<NotesFile::Note> before = PrivateNotes::all(m_store->database()).value();
        const Result<QList<NotesFile::Note>> opened =
            NotesFile::open(sealed(someNotes()), QStringLiteral("wrong passphrase"));
        QVERIFY(!opened.ok());
        // The app imports only what opened; nothing else reaches the store.
        QCOMPARE(PrivateNotes::all(m_store->database()).value(), before);
    }
};

QTEST_GUILESS_MAIN(NotesFileTest)
#include "tst_notesfile.moc"
