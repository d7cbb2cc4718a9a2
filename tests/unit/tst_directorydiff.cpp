// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/directorydiff.h"
#include "directory/directoryjson.h"

#include <QFile>
#include <QTest>

using namespace kring;

class DirectoryDiffTest : public QObject
{
    Q_OBJECT

private:
    Directory m_directory;

    static QStringList lines(const Directory &before, const Directory &after)
    {
        QStringList result;
        for (const DirectoryDiff::Change &change : DirectoryDiff::compare(before, after))
            result.append(QString::fromUtf8(DirectoryDiff::jsonLine(change)));
        return result;
    }

    Directory withGroups(const QList<Group> &groups, QList<Venue> venues = {}) const
    {
        return Directory(m_directory.themes(), venues.isEmpty() ? m_directory.venues() : venues, groups);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
        QVERIFY(result.ok());
        m_directory = std::move(result).value();
    }

    void sameDirectoryHasNoChanges() { QVERIFY(DirectoryDiff::compare(m_directory, m_directory).isEmpty()); }

    // Each kind of edit names the field staff recognise.
    void eachEditNamesItsField()
    {
        const QList<Group> groups = m_directory.groups();
        QList<Group> edited = groups;
        edited[0].name = QStringLiteral("Nieuwe naam");
        edited[0].contact.phone = QStringLiteral("+31 40 000 00 99");
        edited[0].meetingTexts.closing = {QStringLiteral("Tot over twee weken."), {}, {}};
        edited[0].meetings[0].durationMinutes += 30;
        edited[0].meetings[0].room = QStringLiteral("Zaal 3");
        edited[1].meetings[0].status = MeetingStatus::Paused;
        edited[1].meetings[0].onlineUrl = QStringLiteral("https://meet.example.org/nieuw");
        QCOMPARE(
            lines(m_directory, withGroups(edited)),
            (QStringList{
                R"({"group":"ehv-rouw-partner","change":"changed","fields":["name","contact","meeting_texts","schedule","venue"]})",
                QStringLiteral(R"({"group":"%1","change":"changed","fields":["status","online"]})")
                    .arg(groups[1].id)}));
    }

    void addedAndRemovedGroups()
    {
        QList<Group> edited = m_directory.groups();
        Group removed = edited.takeLast();
        Group added = removed;
        added.id = QStringLiteral("nieuw");
        for (Meeting &meeting : added.meetings)
            meeting.id += QStringLiteral("-nieuw");
        edited.append(added);
        QCOMPARE(lines(m_directory, withGroups(edited)),
                 (QStringList{
                     R"({"group":"nieuw","change":"added","fields":[]})",
                     QStringLiteral(R"({"group":"%1","change":"removed","fields":[]})").arg(removed.id)}));
    }

    // A venue's own details are part of the place people go to; its id is not.
    void venueDetailsCountButNotTheirId()
    {
        QList<Venue> venues = m_directory.venues();
        venues[0].street = QStringLiteral("Andere straat 1");
        const QStringList moved = lines(m_directory, withGroups(m_directory.groups(), venues));
        QVERIFY(!moved.isEmpty());
        for (const QString &line : moved)
            QVERIFY2(line.contains(QStringLiteral("\"venue\"")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(DirectoryDiffTest)
#include "tst_directorydiff.moc"
