#include "dialogs/ReportSecurityConcernDialog.h"

#include "outbox/Outbox.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pd {

ReportSecurityConcernDialog::ReportSecurityConcernDialog(Outbox *outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_category(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_attach(new QCheckBox(tr("Attach this app's dia&gnostics (no personal data)"), this))
    , m_diagnostics(new QPlainTextEdit(this))
    , m_problem(new NoticeBanner(NoticeBanner::Kind::Error, QString(), this))
{
    setWindowTitle(tr("Report a security concern"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    auto *intro = new PlainTextLabel(
        tr("If you believe your interactions with the Websites, Products or Services are no "
           "longer secure, tell the security team. Do not include passwords or codes."),
        tr("About security reports"), this);
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
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("&Send report"), QDialogButtonBox::AcceptRole);
    m_submit->setAccessibleName(tr("Send report"));
    m_submit->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(categoryLabel);
    layout->addWidget(m_category);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_attach);
    layout->addWidget(m_diagnostics);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ReportSecurityConcernDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &ReportSecurityConcernDialog::updateActions);
    connect(m_attach, &QCheckBox::toggled, m_diagnostics, &QWidget::setVisible);
    updateActions();
    m_category->setFocus();
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

QJsonObject ReportSecurityConcernDialog::payload() const
{
    QJsonObject payload{
        {QStringLiteral("category"), m_category->currentData().toString()},
        {QStringLiteral("description"), m_description->toPlainText().trimmed()},
    };
    if (m_attach->isChecked())
        payload.insert(QStringLiteral("diagnostics"), m_diagnostics->toPlainText());
    return payload;
}

void ReportSecurityConcernDialog::updateActions()
{
    const qsizetype length = m_description->toPlainText().trimmed().size();
    m_submit->setEnabled(length > 0 && length <= kMaxDescription);
    if (length > kMaxDescription) {
        m_problem->showNotice(NoticeBanner::Kind::Warning,
                              tr("The description is too long: at most %1 characters.")
                                  .arg(QLocale().toString(kMaxDescription)));
    } else if (m_problem->kind() == NoticeBanner::Kind::Warning) {
        m_problem->hide();
    }
}

void ReportSecurityConcernDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    if (!m_outbox) {
        m_problem->showNotice(NoticeBanner::Kind::Error,
                              tr("The report cannot be filed: no account is open."));
        return;
    }
    QString error;
    if (!m_outbox->submit(QStringLiteral("security_report"), payload(), &error)) {
        m_problem->showNotice(NoticeBanner::Kind::Error,
                              tr("The report could not be saved on this computer: %1").arg(error));
        return;
    }
    accept();
}

} // namespace pd
