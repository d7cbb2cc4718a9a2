// SPDX-License-Identifier: GPL-3.0-or-later
// What changed for followed groups, as the app shows it: the row's line and the badge's count stay until the
// group's page is opened, also across a restart; a phone notification only when the person turned them on,
// and then with neutral text only.
#include "appcontroller.h"
#include "fakesecretvault.h"
#include "store/followedchangerepository.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using FollowedChanges::Change;
using FollowedChanges::Kind;

namespace {

const QString bundled = QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json");
const QString groupId = QStringLiteral("ehv-rouw-partner");
const QString groupName = QStringLiteral("Verder na verlies van je partner");

// Keeps what it is told to show.
class FakeNotifier : public Notifier
{
public:
    explicit FakeNotifier(QStringList &shown)
        : m_shown(shown)
    {}
    void notify(const QString &text) override { m_shown.append(text); }

private:
    QStringList &m_shown;
};

// A vault made for one start that keeps what is stored in `target`, which outlives every controller.
struct Forwarding : FakeSecretVault {
    FakeSecretVault *target = nullptr;
    Status store(const QByteArray &bytes) override { return target->store(bytes); }
};

AppController::VaultFactory sharedVault(FakeSecretVault &target)
{
    return [&target] {
        auto forwarding = std::make_unique<Forwarding>();
        forwarding->secret = target.secret;
        forwarding->target = &target;
        return std::unique_ptr<SecretVault>(std::move(forwarding));
    };
}

bool open(AppController &controller, const QString &dataDir, FakeSecretVault &vault)
{
    QSignalSpy loaded(&controller, &AppController::directoryLoaded);
    controller.openStore(dataDir, sharedVault(vault), bundled);
    return loaded.wait(30000) && controller.errorMessage().isEmpty();
}

Change cancelled(QDate date)
{
    Announcement cancel;
    cancel.kind = AnnouncementKind::Cancel;
    cancel.groupId = groupId;
    cancel.date = date;
    return Change{Kind::Announced, groupId, groupName, cancel};
}

QString changeTextOf(AppController &controller, const QString &id)
{
    GroupListModel *rows = controller.followedGroups();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (rows->data(index, GroupListModel::GroupIdRole).toString() == id)
            return rows->data(index, GroupListModel::ChangeTextRole).toString();
    }
    return QStringLiteral("(no row)");
}

} // namespace

class AppControllerFollowedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesStayUntilTheGroupIsOpenedAlsoAfterARestart()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        QStringList shown;
        {
            AppController controller(QStringLiteral("en"));
            controller.setNotifier(std::make_unique<FakeNotifier>(shown));
            QVERIFY(open(controller, dir.path(), vault));
            QVERIFY(!controller.notificationsEnabled()); // off unless turned on
            controller.setFollowed(groupId, true);
            QCOMPARE(changeTextOf(controller, groupId), QString());
            QCOMPARE(controller.changedGroupCount(), 0);

            // A sync found and kept a cancelled meeting.
            const QList<Change> found{cancelled(QDate(2026, 12, 8))};
            QVERIFY(FollowedChangeRepository(controller.store()->database()).add(found).ok());
            controller.showFollowedChanges(found);
            QCOMPARE(controller.changedGroupCount(), 1);
            QCOMPARE(changeTextOf(controller, groupId),
                     QStringLiteral("New: the meeting on Tue 8 December is cancelled"));
            QVERIFY(shown.isEmpty()); // notifications are off
        }
        {
            AppController controller(QStringLiteral("en"));
            QVERIFY(open(controller, dir.path(), vault));
            QCOMPARE(controller.changedGroupCount(), 1);
            QVERIFY(changeTextOf(controller, groupId).startsWith(u"New: "));
            controller.openGroup(groupId); // seen
            QCOMPARE(controller.changedGroupCount(), 0);
            QCOMPARE(changeTextOf(controller, groupId), QString());
        }
        AppController controller(QStringLiteral("en"));
        QVERIFY(open(controller, dir.path(), vault));
        QCOMPARE(controller.changedGroupCount(), 0);
    }

    // The first follow on this phone says, once, that only this phone knows; not again, also after a restart.
    void theFirstFollowSaysOnlyThisPhoneKnows()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("en"));
            QVERIFY(open(controller, dir.path(), vault));
            controller.openGroup(groupId);
            QVERIFY(!controller.currentGroup()->followingExplained());
            controller.currentGroup()->toggleFollow();
            QVERIFY(controller.currentGroup()->followed());
            QVERIFY(controller.currentGroup()->followingExplained());
            controller.currentGroup()->toggleFollow(); // unfollow
            controller.openGroup(QStringLiteral("lvn-naasten-drank"));
            QVERIFY(!controller.currentGroup()->followingExplained());
            controller.currentGroup()->toggleFollow();
            QVERIFY(!controller.currentGroup()->followingExplained());
        }
        AppController controller(QStringLiteral("en"));
        QVERIFY(open(controller, dir.path(), vault));
        controller.openGroup(groupId);
        controller.currentGroup()->toggleFollow();
        QVERIFY(controller.currentGroup()->followed());
        QVERIFY(!controller.currentGroup()->followingExplained());
    }

    void groupGoneFromTheDirectoryKeepsItsRowUntilSeen()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        AppController controller(QStringLiteral("en"));
        QVERIFY(open(controller, dir.path(), vault));
        const QString gone = QStringLiteral("no-longer-listed");
        controller.setFollowed(gone, true);
        const QList<Change> found{Change{Kind::Gone, gone, QStringLiteral("Oude groep"), std::nullopt}};
        QVERIFY(FollowedChangeRepository(controller.store()->database()).add(found).ok());
        controller.showFollowedChanges(found);
        QCOMPARE(controller.changedGroupCount(), 1);
        GroupListModel *rows = controller.followedGroups();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->data(rows->index(0, 0), GroupListModel::NameRole).toString(),
                 QStringLiteral("Oude groep"));
        QCOMPARE(changeTextOf(controller, gone), QStringLiteral("This group is no longer in the list"));
        controller.setFollowed(gone, false); // unfollowing clears it too
        QCOMPARE(controller.changedGroupCount(), 0);
        QCOMPARE(rows->rowCount(), 0);
    }

    void notificationIsNeutralForAnyChanges()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        QStringList shown;
        AppController controller(QStringLiteral("nl"));
        controller.setNotifier(std::make_unique<FakeNotifier>(shown));
        QVERIFY(open(controller, dir.path(), vault));
        controller.setNotificationsEnabled(true);
        controller.setFollowed(groupId, true);

        // Every kind, with names, places, dates and notes that must not reach the lock screen.
        QRandomGenerator random(20261208);
        const QStringList secrets{groupName,
                                  QStringLiteral("rouw"),
                                  QStringLiteral("Eindhoven"),
                                  QStringLiteral("Bibliotheek"),
                                  QStringLiteral("december"),
                                  QStringLiteral("2026"),
                                  QStringLiteral("19:30"),
                                  QStringLiteral("Wijkcentrum")};
        for (int round = 0; round < 50; ++round) {
            QList<Change> found;
            const int count = 1 + int(random.bounded(6));
            for (int i = 0; i < count; ++i) {
                Change change = cancelled(QDate(2026, 12, 1).addDays(random.bounded(60)));
                change.kind = Kind(random.bounded(int(Kind::Gone) + 1));
                change.announcement->kind = AnnouncementKind(random.bounded(6));
                change.announcement->venue = QStringLiteral("Wijkcentrum De Boog");
                change.announcement->text = QStringLiteral("In de Bibliotheek Eindhoven, rouw");
                change.announcement->movedTo = QDateTime(QDate(2026, 12, 10), QTime(19, 30));
                found.append(change);
            }
            shown.clear();
            controller.showFollowedChanges(found);
            QCOMPARE(shown.size(), 1);
            QCOMPARE(shown[0], QStringLiteral("There is news in Kring")); // no translator in this test
            for (const QString &secret : secrets)
                QVERIFY2(!shown[0].contains(secret, Qt::CaseInsensitive), qPrintable(secret));
            QCOMPARE(FollowedChanges::notificationText(found, true), shown[0]);
        }

        // Nothing new: no notification. Turned off: none either, and the choice is kept.
        shown.clear();
        controller.showFollowedChanges({});
        QVERIFY(shown.isEmpty());
        controller.setNotificationsEnabled(false);
        controller.showFollowedChanges({cancelled(QDate(2026, 12, 8))});
        QVERIFY(shown.isEmpty());
        controller.setNotificationsEnabled(true);
        AppController again(QStringLiteral("nl"));
        QVERIFY(open(again, dir.path(), vault));
        QVERIFY(again.notificationsEnabled());
    }
};

QTEST_MAIN(AppControllerFollowedTest)
#include "tst_appcontrollerfollowed.moc"
