#include "requests/EditSummaryDialog.h"

#include "dialogs/GrowToFit.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/PlainToolTip.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

EditSummaryDialog::EditSummaryDialog(const QList<Row> &rows, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("Check your correction"));
    GrowToFit::install(this);
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto *intro = new PlainTextLabel(
        tr("These changes will be sent to the provider. Nothing else in your profile changes."),
        tr("About this summary"), this);
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Field"), tr("Now"), tr("After the correction")});
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Changes to your profile"));
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_table, QStringList{row.field, row.before, row.after});
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, PlainToolTip::from(item->text(column)));
    }

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm and submit"), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(tr("Confirm and submit"));
    m_confirm->setDefault(true);
    QPushButton *back = buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    back->setAccessibleName(tr("Back to the form"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    if (!note.isEmpty())
        layout->addWidget(new PlainTextLabel(note, tr("Note"), this));
    layout->addWidget(buttons);
}

QStringList EditSummaryDialog::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        lines << tr("%1: %2 → %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

} // namespace pd
