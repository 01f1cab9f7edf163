// The tables' cell delegate (CellTextDelegate) lays a cell's text out once
// but must paint exactly what QStyledItemDelegate paints under the same
// style: the same table is rendered with either delegate and the images
// compared pixel for pixel, under Fusion, Windows and a proxy of Fusion,
// left-to-right and right-to-left, at device pixel ratios 1 and 2, with a selected row, the
// focused cell, a disabled cell, greyed "Loading…" text, alignments, fonts,
// elided text (right and middle), bidirectional text, and cells it leaves
// to QStyledItemDelegate (an icon, a check box, two lines).
#include "widgets/CellTextDelegate.h"
#include "widgets/DataTableView.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(Qt::LayoutDirection)
Q_DECLARE_METATYPE(Qt::TextElideMode)

namespace {

QStandardItem *item(const QString &text)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    return cell;
}

void fill(QStandardItemModel *model, const QPalette &palette)
{
    model->setColumnCount(4);
    model->appendRow({item(QStringLiteral("Plain text")), item(QStringLiteral("12,345")),
                      item(QStringLiteral("Short")), item(QStringLiteral("x"))});
    model->item(0, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A row being read: greyed, text in the first column only.
    model->appendRow(
        {item(QStringLiteral("Loading…")), item(QString()), item(QString()), item(QString())});
    model->item(1, 0)->setForeground(palette.brush(QPalette::PlaceholderText));
    model->appendRow({item(QStringLiteral("A page title far too long for its column, which "
                                          "is elided where the view says")),
                      item(QStringLiteral("مرحبا بالعالم، هذه صفحة طويلة جدا للعرض")),
                      item(QStringLiteral("abc אבגד 123 efg")),
                      item(QStringLiteral("Right-aligned and elided, a long one"))});
    model->item(2, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    model->appendRow({item(QStringLiteral("Bold")), item(QStringLiteral("Centred")),
                      item(QStringLiteral("Top right")), item(QStringLiteral("Bottom"))});
    QFont bold = model->item(3, 0)->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    model->item(3, 0)->setFont(bold);
    model->item(3, 1)->setTextAlignment(Qt::AlignCenter);
    model->item(3, 2)->setTextAlignment(Qt::AlignTop | Qt::AlignRight);
    model->item(3, 3)->setTextAlignment(Qt::AlignBottom | Qt::AlignLeft);
    model->appendRow({item(QStringLiteral("Disabled cell")), item(QStringLiteral("a\tb")),
                      item(QStringLiteral("😀 smile, e\u0301")), item(QStringLiteral("     "))});
    model->item(4, 0)->setEnabled(false);
    // Left to QStyledItemDelegate: two lines, an icon, a check box.
    model->appendRow({item(QStringLiteral("two\nlines")), item(QStringLiteral("icon")),
                      item(QStringLiteral("check")), item(QStringLiteral("a\u2028b"))});
    QPixmap icon(8, 8);
    icon.fill(Qt::red);
    model->item(5, 1)->setIcon(QIcon(icon));
    model->item(5, 2)->setCheckable(true);
    model->item(5, 2)->setCheckState(Qt::Checked);
}

QImage render(QTableView *view, qreal ratio)
{
    QImage image((QSizeF(view->size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    view->render(&image);
    return image;
}

// Where two images differ first, for the failure message.
QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes differ");
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                return QStringLiteral("pixel (%1, %2): %3 vs %4")
                    .arg(x)
                    .arg(y)
                    .arg(a.pixel(x, y), 8, 16)
                    .arg(b.pixel(x, y), 8, 16);
        }
    }
    return {};
}

} // namespace

class TestGuiCellTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsAsTheStyle_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<qreal>("ratio");
        QTest::addColumn<Qt::TextElideMode>("elide");
        for (const QString &style : {QStringLiteral("Fusion"), QStringLiteral("Windows"),
                                     QStringLiteral("proxy-Fusion")}) {
            for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                for (const qreal ratio : {1.0, 2.0}) {
                    for (const Qt::TextElideMode elide : {Qt::ElideRight, Qt::ElideMiddle}) {
                        QTest::addRow("%s-%s-x%g-%s", qPrintable(style),
                                      direction == Qt::LeftToRight ? "ltr" : "rtl", ratio,
                                      elide == Qt::ElideRight ? "elide-right" : "elide-middle")
                            << style << direction << ratio << elide;
                    }
                }
            }
        }
    }

    void paintsAsTheStyle()
    {
        QFETCH(QString, style);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(qreal, ratio);
        QFETCH(Qt::TextElideMode, elide);
        // A proxy over a style (as the app installs one) paints as the style.
        const bool proxied = style.startsWith(QStringLiteral("proxy-"));
        QStyle *theStyle = QStyleFactory::create(proxied ? style.mid(6) : style);
        QVERIFY2(theStyle, qPrintable(style));
        if (proxied) {
            theStyle = new QProxyStyle(theStyle);
            theStyle->setProperty(CellTextDelegate::kLeavesItemViewsToBase, true);
        }
        QApplication::setStyle(theStyle);                 // the application's now
        QVERIFY(CellTextDelegate::paintsUnder(theStyle)); // not a comparison with itself

        QStandardItemModel model;
        fill(&model, QApplication::palette());
        // Configured as DataTableView configures its table.
        QTableView view;
        view.setModel(&model);
        view.setLayoutDirection(direction);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::SingleSelection);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setTextElideMode(elide);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() * 3 / 2);
        view.verticalHeader()->hide();
        view.horizontalHeader()->setStretchLastSection(true);
        for (int column = 0; column < model.columnCount(); ++column)
            view.setColumnWidth(column, 140);
        view.resize(620, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(2, 1)); // row 2 selected, its cell 1 focused

        const QImage styled = render(&view, ratio);
        CellTextDelegate delegate;
        view.setItemDelegate(&delegate);
        const QImage ours = render(&view, ratio);
        QVERIFY2(ours == styled, qPrintable(firstDifference(ours, styled)));

        // Not a blank table: the text is there (it differs without it).
        model.item(0, 0)->setText(QStringLiteral("Other text"));
        QVERIFY(render(&view, ratio) != ours);
    }

    void otherStylesPaintTheirOwn()
    {
        // A style sheet, or a proxy that may draw items its own way (it does
        // not say it leaves them to its base).
        class OwnItems : public QProxyStyle
        {};
        OwnItems own;
        QVERIFY(!CellTextDelegate::paintsUnder(&own));
        QTableView view;
        view.setStyleSheet(QStringLiteral("QTableView { color: red; }"));
        QVERIFY(!CellTextDelegate::paintsUnder(view.style()));
    }

    void theTablesUseIt()
    {
        DataTableView view(nullptr, {ViewColumn{QStringLiteral("Page"), {0}}});
        QVERIFY(qobject_cast<CellTextDelegate *>(view.table()->itemDelegate()));
    }
};

QTEST_MAIN(TestGuiCellTextDelegate)
#include "tst_gui_cell_text_delegate.moc"
