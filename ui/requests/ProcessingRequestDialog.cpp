#include "requests/ProcessingRequestDialog.h"

#include <QCoreApplication>
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

namespace {

// tr()'s context in this class, for the suggestions marked below.
constexpr char kContext[] = "pd::ProcessingRequestDialog";
// An item's activity as sent: the English source text of a suggestion, or
// what the user typed.
constexpr int kActivityRole = Qt::UserRole;

const char *const kPolicyActivities[] = {
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog",
                      "Recording Service Data for operating the Products and Services (location, "
                      "IP address, browser, device, pages visited)"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog",
                      "Cookies that identify you and personalise the Services"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog", "Marketing messages"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog",
                      "Data shared through Google OAuth and Google API Services"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog",
                      "Storage with third-party vendors and hosting partners such as AWS and GCP"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog",
                      "Sharing with the recipients and in the situations the Privacy Policy lists"),
    QT_TRANSLATE_NOOP("pd::ProcessingRequestDialog", "Keeping data in backups after a change"),
};

} // namespace

ProcessingRequestDialog::ProcessingRequestDialog(RequestType type, Context context,
                                                 const Wording &wording, QWidget *parent)
    : RequestFormDialog(type, std::move(context), parent)
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
        // Shown in the user's language, sent as the policy's English words:
        // the provider reads the same request whatever the UI language.
        auto *item = new QListWidgetItem(
            QCoreApplication::translate(kContext, activity.toUtf8().constData()), m_activities);
        item->setData(kActivityRole, activity);
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
    QStringList activities;
    for (const char *activity : kPolicyActivities)
        activities.append(QString::fromUtf8(activity));
    return activities;
}

QStringList ProcessingRequestDialog::chosenActivities() const
{
    QStringList chosen;
    for (int row = 0; row < m_activities->count(); ++row) {
        const QListWidgetItem *item = m_activities->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(item->data(kActivityRole).toString());
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
    checkActivity(m_newActivity->text().simplified());
    m_newActivity->clear();
}

void ProcessingRequestDialog::checkActivity(const QString &text)
{
    // The same activity twice is one activity (the contract wants unique
    // items): tick the existing entry instead.
    // A suggestion matches in the words shown or in the English ones sent.
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < m_activities->count() && !item; ++row) {
        QListWidgetItem *candidate = m_activities->item(row);
        if (candidate->text().compare(text, Qt::CaseInsensitive) == 0 ||
            candidate->data(kActivityRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            item = candidate;
    }
    if (!item) {
        item = new QListWidgetItem(text, m_activities);
        item->setData(kActivityRole, text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    item->setCheckState(Qt::Checked);
    m_activities->setCurrentItem(item);
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
