// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplistmodel.h"

#include "directory/directoryjson.h"
#include "search/searchindex.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace kring;

class GroupListModelTest : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const Directory> smallDirectory()
    {
        QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
        return result.ok() ? std::make_shared<const Directory>(std::move(result).value()) : nullptr;
    }

    static std::shared_ptr<const SearchIndex> indexOf(std::shared_ptr<const Directory> directory)
    {
        return std::make_shared<const SearchIndex>(
            SearchIndex::build(std::move(directory), QDateTime::currentDateTimeUtc()));
    }

    // The same index as the app reads it back from the store: without the directory.
    static std::shared_ptr<const SearchIndex> storedIndexOf(std::shared_ptr<const Directory> directory)
    {
        auto stored = SearchIndex::deserialize(indexOf(std::move(directory))->serialize());
        return stored.ok() ? std::make_shared<const SearchIndex>(std::move(stored).value()) : nullptr;
    }

private Q_SLOTS:
    void emptyUntilADirectoryArrives()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.property("count").toInt(), 0);
    }

    void showsEachGroupWithThemeTownAndAudience_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("themes");
        QTest::addColumn<bool>("stored");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Rouw en verlies") << false;
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Grief and loss") << false;
        QTest::newRow("nl, read back from the store")
            << QStringLiteral("nl") << QStringLiteral("Rouw en verlies") << true;
    }

    void showsEachGroupWithThemeTownAndAudience()
    {
        QFETCH(QString, language);
        QFETCH(QString, themes);
        QFETCH(bool, stored);
        GroupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &GroupListModel::countChanged);
        const auto directory = smallDirectory();
        QVERIFY(directory);
        const auto index = stored ? storedIndexOf(directory) : indexOf(directory);
        QVERIFY(index);
        model.setIndex(index, language);
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.data(first, GroupListModel::NameRole).toString(),
                 QStringLiteral("Verder na verlies van je partner"));
        QCOMPARE(model.data(first, Qt::DisplayRole), model.data(first, GroupListModel::NameRole));
        QCOMPARE(model.data(first, GroupListModel::GroupIdRole).toString(),
                 QStringLiteral("ehv-rouw-partner"));
        QCOMPARE(model.data(first, GroupListModel::ThemesRole).toString(), themes);
        QCOMPARE(model.data(first, GroupListModel::TownRole).toString(), QStringLiteral("Eindhoven"));
        QCOMPARE(model.data(first, GroupListModel::AudienceRole).toString(), QStringLiteral("self"));
        QCOMPARE(model.data(first, GroupListModel::OnlineRole).toBool(), false);

        const QModelIndex second = model.index(1, 0);
        QCOMPARE(model.data(second, GroupListModel::AudienceRole).toString(), QStringLiteral("relatives"));
        QCOMPARE(model.data(second, GroupListModel::AudienceTextRole).toString(),
                 QStringLiteral("For relatives"));
        QCOMPARE(model.data(second, GroupListModel::OnlineRole).toBool(), true);
        QCOMPARE(model.data(second, GroupListModel::TownRole).toString(), QStringLiteral("Leuven"));
    }

    void exposesItsRolesToQml()
    {
        GroupListModel model;
        const auto roles = model.roleNames();
        for (const char *name : {"groupId", "name", "themes", "town", "audience", "audienceText", "online"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
    }

    void aNewDirectoryReplacesTheRows()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(indexOf(smallDirectory()), QStringLiteral("nl"));
        QCOMPARE(model.rowCount(), 2);
        model.setIndex(indexOf(std::make_shared<const Directory>()), QStringLiteral("nl"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0), GroupListModel::NameRole).isValid());
    }

    // My groups: only the followed ones, in directory order, whatever order they were followed in; a followed
    // group that left the directory is not shown.
    void showsOnlyTheFollowedGroupsInDirectoryOrder()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(storedIndexOf(smallDirectory()), QStringLiteral("nl"));
        model.showOnly(QSet<QString>{QStringLiteral("gone-from-the-directory"),
                                     QStringLiteral("lvn-naasten-drank"),
                                     QStringLiteral("ehv-rouw-partner")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), GroupListModel::GroupIdRole).toString(),
                 QStringLiteral("ehv-rouw-partner"));
        QSignalSpy chosen(&model, &GroupListModel::chosen);
        model.choose(1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(),
                 model.data(model.index(1, 0), GroupListModel::GroupIdRole));
        model.showOnly(QSet<QString>());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(GroupListModelTest)
#include "tst_grouplistmodel.moc"
