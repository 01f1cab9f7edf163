#include "signin/TotpStep.h"

#include "core/TotpCode.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd {

TotpStep::TotpStep(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_demoHint(new QLabel(this))
    , m_back(new QPushButton(tr("&Use a Different Account"), this))
{
    m_explanation->setObjectName(QStringLiteral("totpExplanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    setProviderName({});

    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setAccessibleName(tr("Six-digit code"));
    m_code->setMaxLength(6);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    // Wide enough for six digits, whatever the font.
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) +
                            m_code->contentsMargins().left() + m_code->contentsMargins().right());

    m_demoHint->setObjectName(QStringLiteral("totpDemoHint"));
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->hide();

    m_back->setObjectName(QStringLiteral("totpBackButton"));
    m_back->setAccessibleName(tr("Use a different account"));

    auto *codeLabel = new QLabel(tr("Authentication c&ode:"), this);
    codeLabel->setBuddy(m_code);
    auto *form = new QFormLayout;
    form->addRow(codeLabel, m_code);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_demoHint);
    layout->addStretch();
    layout->addWidget(m_back, 0, Qt::AlignLeft);

    m_demoTimer.setInterval(std::chrono::seconds(1));
    connect(&m_demoTimer, &QTimer::timeout, this, &TotpStep::updateDemoHint);
    connect(m_back, &QPushButton::clicked, this, &TotpStep::backRequested);
}

QString TotpStep::code() const
{
    return m_code->text();
}

bool TotpStep::hasCompleteCode() const
{
    return m_code->text().size() == 6;
}

void TotpStep::clear()
{
    m_code->clear();
}

void TotpStep::setProviderName(const QString &name)
{
    const QString account = name.isEmpty() ? tr("this account") : tr("your %1 account").arg(name);
    m_explanation->setText(
        tr("Two-factor authentication is on for %1. Open the authenticator app you set it up with "
           "(for example on your phone) and enter the 6-digit code it shows now. The code "
           "changes every 30 seconds.")
            .arg(account));
}

void TotpStep::setDemoSecret(const QString &secret)
{
    m_demoSecret = secret;
    m_demoHint->setVisible(!secret.isEmpty());
    if (secret.isEmpty()) {
        m_demoTimer.stop();
        return;
    }
    updateDemoHint();
    m_demoTimer.start();
}

void TotpStep::focusCode()
{
    m_code->setFocus();
    m_code->selectAll();
}

void TotpStep::updateDemoHint()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto code = TotpCode::at(m_demoSecret, now);
    if (!code) {
        m_demoHint->hide();
        m_demoTimer.stop();
        return;
    }
    const int secondsLeft = int(TotpCode::kStepSeconds - now % TotpCode::kStepSeconds);
    m_demoHint->setText(tr("Demo account: an authenticator app set up with the demo secret %1 "
                           "would now show %2 (for %Ln more second(s)).",
                           nullptr, secondsLeft)
                            .arg(m_demoSecret, *code));
}

} // namespace pd
