#include "pages/PolicyPage.h"

#include "account/Account.h"
#include "account/Policy.h"
#include "account/ServerAction.h"
#include "core/AppServices.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

PolicyPage::PolicyPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading the privacy policy…"), parent)
    , m_policy(services->account()->policy())
{
    bind(m_policy->document());
    QWidget *content = body();
    m_notice = new NoticeBanner(NoticeBanner::Kind::Warning, QString(), content);
    m_notice->hide();
    contentLayout()->addWidget(m_notice);
    m_status = addStatusBar();
    m_version = new PlainTextLabel(QString(), tr("Policy version"), content);
    m_acknowledged = new PlainTextLabel(QString(), tr("Your acknowledgement"), content);

    // Plain text only: the policy is shown exactly as written, never
    // interpreted as HTML or Markdown.
    m_text = new QPlainTextEdit(content);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Privacy policy text"));
    m_text->setTabChangesFocus(true);

    m_acknowledge = new QPushButton(tr("&Acknowledge this version"), content);
    m_acknowledge->setAccessibleName(tr("Acknowledge this version of the privacy policy"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledged, 1);
    buttons->addWidget(m_acknowledge);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(m_version);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_acknowledge, &QPushButton::clicked, this, &PolicyPage::acknowledge);
}

QString PolicyPage::pageTitle()
{
    return tr("Privacy policy");
}

QString PolicyPage::pageIconName()
{
    return QStringLiteral("document-properties");
}

void PolicyPage::draw()
{
    const std::optional<PolicyVersion> policy = m_policy->current();
    if (!policy) {
        showError(tr("The server sent a privacy policy this app cannot read."));
        return;
    }
    const QString &version = policy->version;
    const QString &lastUpdated = policy->lastUpdated;
    const QString &text = policy->text;
    const bool acknowledged = policy->acknowledged;
    const std::optional<QString> &acknowledgedVersion = policy->acknowledgedVersion;
    const std::optional<QString> &acknowledgedAt = policy->acknowledgedAt;
    const QString updated =
        FieldFormat::date(QDate::fromString(lastUpdated, Qt::ISODate), QLocale::LongFormat);
    m_version->setText(tr("Version %1, last updated %2").arg(version, updated));
    if (text != m_text->toPlainText() || version != m_shownVersion)
        m_text->setPlainText(text); // keeps the reading position otherwise
    m_shownVersion = version;

    if (acknowledged) {
        m_notice->hide();
        m_acknowledged->setText(acknowledgedAt ? tr("You acknowledged this version on %1.")
                                                     .arg(FieldFormat::apiDateTime(
                                                         *acknowledgedAt, QLocale::LongFormat))
                                               : tr("You acknowledged this version."));
    } else if (acknowledgedVersion) {
        m_notice->showNotice(NoticeBanner::Kind::Warning,
                             tr("The privacy policy has changed since you last read it: this is "
                                "version %1, you acknowledged version %2. Please read it and "
                                "acknowledge it.")
                                 .arg(version, *acknowledgedVersion));
        m_acknowledged->setText(tr("Not acknowledged yet."));
    } else {
        m_notice->showNotice(NoticeBanner::Kind::Information,
                             tr("You have not acknowledged the privacy policy yet. Please read "
                                "version %1 and acknowledge it.")
                                 .arg(version));
        m_acknowledged->setText(tr("Not acknowledged yet."));
    }
    m_acknowledge->setEnabled(!acknowledged && !m_status->isBusy());
    showContent();
}

void PolicyPage::acknowledge()
{
    const QString version = m_shownVersion;
    ServerAction *job = m_policy->acknowledge(version);
    if (!job) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    m_status->start(tr("Acknowledging version %1…").arg(version), job);
    m_acknowledge->setEnabled(false);
    connect(job, &ServerAction::finished, this, [this, version](const ApiResult &result) {
        if (result.ok()) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("Thank you: you acknowledged version %1.").arg(version));
            return; // Policy cached the answer, the updated policy: the page redraws
        }
        if (Policy::isNewerVersion(*result.error)) {
            m_status->finish(NoticeBanner::Kind::Warning,
                             tr("A newer version of the policy has been published. Please read "
                                "it before acknowledging it."));
        } else {
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Could not acknowledge the policy: %1").arg(result.error->userMessage()));
        }
        render();
    });
}

} // namespace pd
