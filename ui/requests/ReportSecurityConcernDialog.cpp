#include "requests/ReportSecurityConcernDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pd {

ReportSecurityConcernDialog::ReportSecurityConcernDialog(Context context, QWidget *parent)
    : RequestFormDialog(RequestType::SecurityReport, std::move(context), parent)
    , m_category(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_attach(new QCheckBox(tr("Attach this app's dia&gnostics (no personal data)"), this))
    , m_diagnostics(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Report a security concern"));
    setAccessibleName(windowTitle());
    setConsequence(
        tr("If you believe your interactions with the Websites, Products or Services are no "
           "longer secure, tell the security team. Do not include passwords or codes."));
    setSubmitText(tr("&Send report"), tr("Send report"));

    m_category->addItem(tr("Someone else may be using my account"),
                        QStringLiteral("account_compromise"));
    m_category->addItem(tr("A suspicious message or site pretending to be the provider"),
                        QStringLiteral("phishing"));
    m_category->addItem(tr("My data may have been exposed"), QStringLiteral("data_exposure"));
    m_category->addItem(tr("A weakness in the service"), QStringLiteral("vulnerability"));
    m_category->addItem(tr("Something else"), QStringLiteral("other"));
    m_category->setAccessibleName(tr("What happened"));
    auto *categoryLabel = new QLabel(tr("&What happened:"), this);
    categoryLabel->setBuddy(m_category);

    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(
        tr("What did you notice, and when? What did you do afterwards?"));
    m_description->setTabChangesFocus(true);
    auto *descriptionLabel = new QLabel(tr("&Describe it:"), this);
    descriptionLabel->setBuddy(m_description);

    m_attach->setAccessibleName(tr("Attach diagnostics"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setPlainText(diagnosticsText());
    m_diagnostics->setAccessibleName(tr("Diagnostics that will be attached"));
    m_diagnostics->setTabChangesFocus(true);
    m_diagnostics->hide();

    formLayout()->addWidget(categoryLabel);
    formLayout()->addWidget(m_category);
    formLayout()->addWidget(descriptionLabel);
    formLayout()->addWidget(m_description, 1);
    formLayout()->addWidget(m_attach);
    formLayout()->addWidget(m_diagnostics);

    connect(m_description, &QPlainTextEdit::textChanged, this, &RequestFormDialog::revalidate);
    connect(m_attach, &QCheckBox::toggled, m_diagnostics, &QWidget::setVisible);
    connect(m_attach, &QCheckBox::toggled, this, &RequestFormDialog::revalidate);
    m_category->setFocus();
    revalidate();
}

QString ReportSecurityConcernDialog::diagnosticsText()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QStringList lines{
        QStringLiteral("app: %1 %2")
            .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()),
        QStringLiteral("qt: %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("os: %1").arg(QSysInfo::prettyProductName()),
        QStringLiteral("kernel: %1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()),
        QStringLiteral("cpu: %1").arg(QSysInfo::currentCpuArchitecture()),
        QStringLiteral("platform: %1").arg(QGuiApplication::platformName()),
        QStringLiteral("ui language: %1").arg(QLocale().name()),
    };
    if (screen)
        lines.append(QStringLiteral("device pixel ratio: %1").arg(screen->devicePixelRatio()));
    return lines.join(QLatin1Char('\n'));
}

std::optional<QJsonObject> ReportSecurityConcernDialog::buildPayload(QString *problem) const
{
    const QString description = m_description->toPlainText().trimmed();
    if (description.isEmpty()) {
        *problem = tr("Describe what happened.");
        return std::nullopt;
    }
    if (description.size() > kMaxDescription) {
        *problem =
            tr("The description is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(description.size()), QLocale().toString(kMaxDescription));
        return std::nullopt;
    }
    QJsonObject payload{
        {QStringLiteral("category"), m_category->currentData().toString()},
        {QStringLiteral("description"), description},
    };
    if (m_attach->isChecked())
        payload.insert(QStringLiteral("diagnostics"),
                       m_diagnostics->toPlainText().left(kMaxDiagnostics));
    return payload;
}

} // namespace pd
