#include "flows/ProcessingRequestDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ProcessingRequestDialog::ProcessingRequestDialog(QString type, Context context,
                                                 const Wording &wording, QWidget *parent)
    : RequestFormDialog(std::move(type), std::move(context), parent)
    , m_activities(new QListWidget(this))
    , m_newActivity(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(wording.title);
    setAccessibleName(wording.title);
    setConsequence(wording.consequence);

    auto *listLabel = new QLabel(tr("&Which uses of your data (tick at least one):"), this);
    listLabel->setBuddy(m_activities);
    m_activities->setAccessibleName(tr("Uses of your data"));
    for (const QString &activity : policyActivities()) {
        auto *item = new QListWidgetItem(activity, m_activities);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_activities->setCurrentRow(0);

    auto *newLabel = new QLabel(tr("A&nother use:"), this);
    newLabel->setBuddy(m_newActivity);
    m_newActivity->setAccessibleName(tr("Another use of your data"));
    m_newActivity->setMaxLength(kMaxActivityLength);
    m_newActivity->setPlaceholderText(tr("Describe a use the list does not name"));
    // Enter adds the activity rather than submitting the whole request.
    m_newActivity->installEventFilter(this);
    m_add->setAccessibleName(tr("Add this use"));
    m_add->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newActivity, 1);
    addRow->addWidget(m_add);

    auto *reasonLabel = new QLabel(wording.reasonLabel, this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(wording.reasonPlaceholder);
    m_reason->setTabChangesFocus(true);

    formLayout()->addWidget(listLabel);
    formLayout()->addWidget(m_activities, 1);
    formLayout()->addWidget(newLabel);
    formLayout()->addLayout(addRow);
    formLayout()->addWidget(reasonLabel);
    formLayout()->addWidget(m_reason, 1);

    connect(m_activities, &QListWidget::itemChanged, this, [this] {
        updateAddButton();
        revalidate();
    });
    connect(m_newActivity, &QLineEdit::textChanged, this,
            &ProcessingRequestDialog::updateAddButton);
    connect(m_add, &QPushButton::clicked, this, &ProcessingRequestDialog::addActivity);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RequestFormDialog::revalidate);
    updateAddButton();
    m_activities->setFocus();
    revalidate();
}

QStringList ProcessingRequestDialog::policyActivities()
{
    return {
        tr("Recording Service Data for operating the Products and Services (location, IP "
           "address, browser, device, pages visited)"),
        tr("Cookies that identify you and personalise the Services"),
        tr("Marketing messages"),
        tr("Data shared through Google OAuth and Google API Services"),
        tr("Storage with third-party vendors and hosting partners such as AWS and GCP"),
        tr("Sharing with the recipients and in the situations the Privacy Policy lists"),
        tr("Keeping data in backups after a change"),
    };
}

QStringList ProcessingRequestDialog::chosenActivities() const
{
    QStringList chosen;
    for (int row = 0; row < m_activities->count(); ++row) {
        const QListWidgetItem *item = m_activities->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(item->text());
    }
    return chosen;
}

bool ProcessingRequestDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newActivity && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addActivity();
            return true;
        }
    }
    return RequestFormDialog::eventFilter(watched, event);
}

void ProcessingRequestDialog::addActivity()
{
    if (!m_add->isEnabled())
        return;
    const QString text = m_newActivity->text().simplified();
    // The same activity twice is one activity (the contract wants unique
    // items): tick the existing entry instead.
    const QList<QListWidgetItem *> same = m_activities->findItems(text, Qt::MatchFixedString);
    QListWidgetItem *item = same.isEmpty() ? nullptr : same.constFirst();
    if (!item) {
        item = new QListWidgetItem(text, m_activities);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    item->setCheckState(Qt::Checked);
    m_activities->setCurrentItem(item);
    m_newActivity->clear();
}

void ProcessingRequestDialog::updateAddButton()
{
    m_add->setEnabled(!m_newActivity->text().simplified().isEmpty() &&
                      chosenActivities().size() < kMaxActivities);
}

std::optional<QJsonObject> ProcessingRequestDialog::buildPayload(QString *problem) const
{
    const QStringList chosen = chosenActivities();
    const QString reason = m_reason->toPlainText().trimmed();
    if (chosen.isEmpty()) {
        *problem = tr("Tick at least one use of your data.");
        return std::nullopt;
    }
    if (chosen.size() > kMaxActivities) {
        *problem =
            tr("Choose at most %1 uses of your data.").arg(QLocale().toString(kMaxActivities));
        return std::nullopt;
    }
    if (reason.isEmpty()) {
        *problem = tr("Give a reason.");
        return std::nullopt;
    }
    if (reason.size() > kMaxReason) {
        *problem = tr("The reason is too long: %1 characters, at most %2.")
                       .arg(QLocale().toString(reason.size()), QLocale().toString(kMaxReason));
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("processing"), QJsonArray::fromStringList(chosen)},
                       {QStringLiteral("reason"), reason}};
}

} // namespace pd
