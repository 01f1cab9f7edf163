#include "requests/GuardianRemovalDialog.h"

#include "profile/EmailAddress.h"
#include "profile/PhoneNumberNormalizer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pd {

namespace {

QLineEdit *lineEdit(const QString &accessibleName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

GuardianRemovalDialog::GuardianRemovalDialog(Context context, QWidget *parent)
    : RequestFormDialog(RequestType::GuardianRemoval, std::move(context), parent)
    , m_guardianName(lineEdit(tr("Your full name"), kMaxName, this))
    , m_relation(new QComboBox(this))
    , m_minorName(lineEdit(tr("The minor's full name"), kMaxName, this))
    , m_email(lineEdit(tr("The minor's email address"), 254, this))
    , m_phone(lineEdit(tr("The minor's phone number"), 32, this))
    , m_username(lineEdit(tr("The minor's username"), kMaxName, this))
    , m_statement(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Remove a minor's data"));
    setAccessibleName(windowTitle());
    setConsequence(
        tr("If a person who is a minor under applicable law gave the provider Personal Data or "
           "Service Data without a parent's or guardian's consent, the parent or guardian can ask "
           "for that data to be removed and for the minor to be unsubscribed. Children under 13 "
           "may not have an account at all: when the provider learns of one, it removes the "
           "child's information and stops them from using the Products and Services."));

    m_relation->addItem(tr("Parent"), QStringLiteral("parent"));
    m_relation->addItem(tr("Legal guardian"), QStringLiteral("legal_guardian"));
    m_relation->addItem(tr("Other"), QStringLiteral("other"));
    m_relation->setAccessibleName(tr("Your relation to the minor"));

    auto *guardian = new QGroupBox(tr("You"), this);
    auto *guardianForm = new QFormLayout(guardian);
    guardianForm->addRow(buddyLabel(tr("Your &full name:"), m_guardianName, guardian),
                         m_guardianName);
    guardianForm->addRow(buddyLabel(tr("&Relation to the minor:"), m_relation, guardian),
                         m_relation);

    auto *minor = new QGroupBox(tr("The minor (name, and at least one identifier)"), this);
    auto *minorForm = new QFormLayout(minor);
    m_phone->setPlaceholderText(tr("e.g. 0812 3456 7890 or +62 812 3456 7890"));
    minorForm->addRow(buddyLabel(tr("&Minor's full name:"), m_minorName, minor), m_minorName);
    minorForm->addRow(buddyLabel(tr("&Email address:"), m_email, minor), m_email);
    minorForm->addRow(buddyLabel(tr("&Phone number:"), m_phone, minor), m_phone);
    minorForm->addRow(buddyLabel(tr("&Username:"), m_username, minor), m_username);

    m_statement->setAccessibleName(tr("Statement"));
    m_statement->setPlaceholderText(
        tr("Explain how you are related to the minor and why the data should be removed."));
    m_statement->setTabChangesFocus(true);

    formLayout()->addWidget(guardian);
    formLayout()->addWidget(minor);
    formLayout()->addWidget(buddyLabel(tr("S&tatement:"), m_statement, this));
    formLayout()->addWidget(m_statement, 1);

    for (QLineEdit *edit : {m_guardianName, m_minorName, m_email, m_phone, m_username})
        connect(edit, &QLineEdit::textChanged, this, &RequestFormDialog::revalidate);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &RequestFormDialog::revalidate);
    m_guardianName->setFocus();
    revalidate();
}

std::optional<QJsonObject> GuardianRemovalDialog::buildPayload(QString *problem) const
{
    const QString guardianName = m_guardianName->text().simplified();
    const QString minorName = m_minorName->text().simplified();
    const QString email = m_email->text().trimmed();
    const QString phoneText = m_phone->text().trimmed();
    const QString username = m_username->text().trimmed();
    const QString statement = m_statement->toPlainText().trimmed();
    if (guardianName.isEmpty()) {
        *problem = tr("Enter your full name.");
        return std::nullopt;
    }
    if (minorName.isEmpty()) {
        *problem = tr("Enter the minor's full name.");
        return std::nullopt;
    }
    if (email.isEmpty() && phoneText.isEmpty() && username.isEmpty()) {
        *problem = tr("Enter at least one of the minor's email address, phone number or username.");
        return std::nullopt;
    }
    if (!email.isEmpty() && !EmailAddress::isValid(email)) {
        *problem = tr("The email address is not valid.");
        return std::nullopt;
    }
    // Read as the profile form reads a number: without "+", as dialled in the
    // user's own country.
    QString phone;
    if (!phoneText.isEmpty()) {
        const auto result = PhoneNumberNormalizer::normalize(
            phoneText, PhoneNumberNormalizer::defaultRegion(QString()));
        if (!result.isValid()) {
            *problem = result.problem;
            return std::nullopt;
        }
        phone = result.e164;
    }
    if (statement.isEmpty()) {
        *problem = tr("Write a statement.");
        return std::nullopt;
    }
    if (statement.size() > kMaxStatement) {
        *problem =
            tr("The statement is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(statement.size()), QLocale().toString(kMaxStatement));
        return std::nullopt;
    }
    QJsonObject minor{{QStringLiteral("full_name"), minorName}};
    if (!email.isEmpty())
        minor.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        minor.insert(QStringLiteral("phone"), phone);
    if (!username.isEmpty())
        minor.insert(QStringLiteral("username"), username);
    return QJsonObject{{QStringLiteral("guardian_name"), guardianName},
                       {QStringLiteral("relation"), m_relation->currentData().toString()},
                       {QStringLiteral("minor"), minor},
                       {QStringLiteral("statement"), statement}};
}

} // namespace pd
