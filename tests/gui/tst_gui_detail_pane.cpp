// The detail pane keeps its rows' widgets from one selected item to the next
// with the same fields (scrolling a table changes only the values), and
// rebuilds them for other fields; either way it shows what it promises:
// plain, selectable text named for assistive technology, a "Show all"
// button below each field shown in part, and the viewer for the whole value.
#include "widgets/DetailPane.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace pd;

namespace {

QList<DetailPane::Field> visit(const QString &page, const QString &ip, const QString &device)
{
    return {{QStringLiteral("Page"), page},
            {QStringLiteral("IP address"), ip},
            {QStringLiteral("Device"), device}};
}

// The row of the pane's form that holds `widget`, or -1.
int formRow(const DetailPane &pane, QWidget *widget)
{
    const auto *form = pane.findChild<QFormLayout *>();
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    if (form)
        form->getWidgetPosition(widget, &row, &role);
    return row;
}

// The "Show all" buttons' names in the order Tab visits them.
QStringList showAllInTabOrder(DetailPane *pane)
{
    QStringList names;
    QWidget *widget = pane->window();
    do {
        if (qobject_cast<QPushButton *>(widget) && widget->focusPolicy() & Qt::TabFocus &&
            widget->accessibleName().startsWith(QStringLiteral("Show all of")))
            names << widget->accessibleName();
        widget = widget->nextInFocusChain();
    } while (widget != pane->window());
    return names;
}

void verifyShownAsPlainText(const DetailPane &pane, const QString &name, const QString &text)
{
    QLabel *label = pane.valueLabel(name);
    QVERIFY2(label, qPrintable(name));
    QCOMPARE(label->text(), text);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->textInteractionFlags(),
             Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QCOMPARE(label->accessibleName(), name);
    QTRY_VERIFY(label->isVisible()); // a new row shows at the next turn of the event loop
}

} // namespace

class TestGuiDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameFieldsKeepTheirLabels()
    {
        DetailPane pane;
        pane.setFields(visit(QStringLiteral("Home"), QStringLiteral("203.0.113.7"), {}));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QPointer<QLabel> page = pane.valueLabel(QStringLiteral("Page"));
        const QPointer<QLabel> device = pane.valueLabel(QStringLiteral("Device"));
        QVERIFY(page && device);
        QCOMPARE(device->text(), QStringLiteral("Not recorded"));
        const qsizetype labels = pane.findChildren<QLabel *>().size();

        // The next row: the same widgets, the new values (markup stays text).
        pane.setFields(visit(QStringLiteral("<b>Checkout</b>"), QStringLiteral("198.51.100.2"),
                             QStringLiteral("Desktop")));
        QCOMPARE(pane.valueLabel(QStringLiteral("Page")), page.data());
        QCOMPARE(pane.valueLabel(QStringLiteral("Device")), device.data());
        QCOMPARE(pane.findChildren<QLabel *>().size(), labels);
        verifyShownAsPlainText(pane, QStringLiteral("Page"), QStringLiteral("<b>Checkout</b>"));
        verifyShownAsPlainText(pane, QStringLiteral("IP address"), QStringLiteral("198.51.100.2"));
        verifyShownAsPlainText(pane, QStringLiteral("Device"), QStringLiteral("Desktop"));
        QCOMPARE(pane.fields(), visit(QStringLiteral("<b>Checkout</b>"),
                                      QStringLiteral("198.51.100.2"), QStringLiteral("Desktop")));
        QCOMPARE(pane.plainText(), QStringLiteral("Page: <b>Checkout</b>\nIP address: "
                                                  "198.51.100.2\nDevice: Desktop"));
        // An empty value again reads "Not recorded".
        pane.setFields(visit(QStringLiteral("Home"), {}, {}));
        QCOMPARE(pane.valueLabel(QStringLiteral("IP address"))->text(),
                 QStringLiteral("Not recorded"));
        // Each name label still leads to its value.
        for (QLabel *label : pane.findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("Page:"))
                QCOMPARE(label->buddy(), page.data());
        }
    }

    void otherFieldsRebuildTheRows()
    {
        DetailPane pane;
        pane.setFields(visit(QStringLiteral("Home"), QStringLiteral("203.0.113.7"), {}));
        pane.show();
        const QPointer<QLabel> page = pane.valueLabel(QStringLiteral("Page"));
        QVERIFY(page);

        pane.setFields({{QStringLiteral("Channel"), QStringLiteral("Email")},
                        {QStringLiteral("Message"), QStringLiteral("Hello")}});
        QVERIFY(page.isNull()); // the old rows are gone
        QVERIFY(!pane.valueLabel(QStringLiteral("Page")));
        verifyShownAsPlainText(pane, QStringLiteral("Channel"), QStringLiteral("Email"));
        verifyShownAsPlainText(pane, QStringLiteral("Message"), QStringLiteral("Hello"));
        QCOMPARE(pane.findChild<QFormLayout *>()->rowCount(), 2);
        QVERIFY(formRow(pane, pane.valueLabel(QStringLiteral("Channel"))) <
                formRow(pane, pane.valueLabel(QStringLiteral("Message"))));

        // The same names in another order are other fields too.
        const QPointer<QLabel> channel = pane.valueLabel(QStringLiteral("Channel"));
        pane.setFields({{QStringLiteral("Message"), QStringLiteral("Bye")},
                        {QStringLiteral("Channel"), QStringLiteral("SMS")}});
        QVERIFY(channel.isNull());
        verifyShownAsPlainText(pane, QStringLiteral("Message"), QStringLiteral("Bye"));
        verifyShownAsPlainText(pane, QStringLiteral("Channel"), QStringLiteral("SMS"));
        QCOMPARE(formRow(pane, pane.valueLabel(QStringLiteral("Message"))), 0);
    }

    void showAllButtonsFollowTheCutFields()
    {
        DetailPane pane;
        QStringList wholeValues = {QStringLiteral("Home, whole"), QStringLiteral("IP, whole"),
                                   QStringLiteral("Device, whole")};
        const auto whole = [&wholeValues](int index) { return wholeValues.value(index); };
        pane.setFields(visit(QStringLiteral("Home…"), QStringLiteral("203.0.113.7"), {}), {0},
                       whole);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QPointer<QPushButton> pageButton = pane.wholeValueButton(QStringLiteral("Page"));
        QVERIFY(pageButton);
        QVERIFY(!pane.wholeValueButton(QStringLiteral("Device")));
        QCOMPARE(pageButton->accessibleName(), QStringLiteral("Show all of Page"));

        // The next row is cut elsewhere: its button, below its value; the
        // other button is gone.
        wholeValues = {QStringLiteral("Checkout"), QStringLiteral("IP"),
                       QStringLiteral("A very long device name")};
        const QPointer<QLabel> device = pane.valueLabel(QStringLiteral("Device"));
        pane.setFields(visit(QStringLiteral("Checkout"), QStringLiteral("198.51.100.2"),
                             QStringLiteral("A very…")),
                       {2}, whole);
        QCOMPARE(pane.valueLabel(QStringLiteral("Device")), device.data());
        QVERIFY(pageButton.isNull());
        QVERIFY(!pane.wholeValueButton(QStringLiteral("Page")));
        QPushButton *deviceButton = pane.wholeValueButton(QStringLiteral("Device"));
        QVERIFY(deviceButton);
        QTRY_VERIFY(deviceButton->isVisible());
        QCOMPARE(deviceButton->accessibleName(), QStringLiteral("Show all of Device"));
        QCOMPARE(formRow(pane, deviceButton), formRow(pane, device) + 1);
        QCOMPARE(pane.findChild<QFormLayout *>()->rowCount(), 4);

        // A button added above others lands below its own value too, and
        // comes first for Tab.
        pane.setFields(visit(QStringLiteral("Checkout…"), QStringLiteral("198.51.100.2"),
                             QStringLiteral("A very…")),
                       {0, 2}, whole);
        QPushButton *newPageButton = pane.wholeValueButton(QStringLiteral("Page"));
        QVERIFY(newPageButton);
        QTRY_VERIFY(newPageButton->isVisible());
        QCOMPARE(pane.wholeValueButton(QStringLiteral("Device")), deviceButton);
        QCOMPARE(formRow(pane, newPageButton),
                 formRow(pane, pane.valueLabel(QStringLiteral("Page"))) + 1);
        QCOMPARE(formRow(pane, deviceButton), formRow(pane, device) + 1);
        QCOMPARE(showAllInTabOrder(&pane), QStringList({QStringLiteral("Show all of Page"),
                                                        QStringLiteral("Show all of Device")}));

        // Each shows the whole of its own field of the row now selected.
        QPlainTextEdit *viewer = pane.wholeValueViewer();
        QTest::mouseClick(deviceButton, Qt::LeftButton);
        QVERIFY(viewer->isVisible());
        QCOMPARE(viewer->toPlainText(), QStringLiteral("A very long device name"));
        QCOMPARE(viewer->accessibleName(), QStringLiteral("All of Device"));
        QTest::mouseClick(newPageButton, Qt::LeftButton);
        QCOMPARE(viewer->toPlainText(), QStringLiteral("Checkout"));

        // The next row: the viewer goes with the value it showed.
        pane.setFields(visit(QStringLiteral("Home"), {}, {}), {}, whole);
        QVERIFY(!viewer->isVisible());
        QVERIFY(viewer->toPlainText().isEmpty());
        QVERIFY(!pane.wholeValueButton(QStringLiteral("Page")));
        QVERIFY(!pane.wholeValueButton(QStringLiteral("Device")));
        QCOMPARE(pane.findChild<QFormLayout *>()->rowCount(), 3);
    }

    void clearedShowsNoValues()
    {
        DetailPane pane;
        pane.setFields(visit(QStringLiteral("Secret page"), QStringLiteral("203.0.113.7"), {}));
        pane.show();
        const QPointer<QLabel> page = pane.valueLabel(QStringLiteral("Page"));
        pane.clear();
        QVERIFY(pane.fields().isEmpty());
        QVERIFY(!pane.valueLabel(QStringLiteral("Page")));
        QVERIFY(pane.plainText().isEmpty());
        QVERIFY(!page->isVisible());
        // No widget holds the values any longer.
        for (QLabel *label : pane.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("Secret page")) &&
                         !label->text().contains(QStringLiteral("203.0.113.7")),
                     qPrintable(label->text()));
        }
        auto *copy = pane.findChild<QPushButton *>();
        QVERIFY(copy && !copy->isEnabled());

        // The next row with the same fields shows in the same rows.
        pane.setFields(visit(QStringLiteral("Home"), QStringLiteral("198.51.100.2"), {}));
        QCOMPARE(pane.valueLabel(QStringLiteral("Page")), page.data());
        verifyShownAsPlainText(pane, QStringLiteral("Page"), QStringLiteral("Home"));
        QVERIFY(copy->isEnabled());
    }
};

QTEST_MAIN(TestGuiDetailPane)
#include "tst_gui_detail_pane.moc"
