#include "requests/UnsubscribeDialog.h"

#include "account/MarketingPreferences.h"
#include "cache/CachedDocument.h"
#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLocale>
#include <QVBoxLayout>

namespace pd {

UnsubscribeDialog::UnsubscribeDialog(Context context, MarketingPreferences *preferences,
                                     QWidget *parent)
    : RequestFormDialog(RequestType::Unsubscribe, std::move(context), parent)
    , m_preferences(preferences)
    , m_current(new PlainTextLabel(QString(), tr("Current marketing choices"), this))
    , m_administrative(new PlainTextLabel(
          tr("Administrative messages continue: even if you stop every channel, the provider "
             "still sends you important messages about your account, its security (such as "
             "sign-in alerts), billing, your requests and changes to the Privacy Policy."),
          tr("Administrative messages"), this))
{
    setWindowTitle(tr("Stop marketing messages"));
    setAccessibleName(windowTitle());
    setConsequence(tr("You can opt out of receiving marketing messages from the provider. It "
                      "will comply with your request as soon as reasonably practicable. Choose "
                      "the channels on which marketing should stop."));

    auto *group = new QGroupBox(tr("Stop marketing on"), this);
    auto *groupLayout = new QVBoxLayout(group);
    const QStringList mnemonicTexts{tr("&Email"), tr("SMS (te&xt messages)"), tr("&WhatsApp"),
                                    tr("Push &notifications")};
    const QStringList names = channels();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(mnemonicTexts.at(i), group);
        box->setAccessibleName(tr("Stop marketing by %1").arg(channelName(names.at(i))));
        box->setObjectName(QStringLiteral("channel-") + names.at(i));
        groupLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RequestFormDialog::revalidate);
        m_boxes.append({names.at(i), box});
    }
    formLayout()->addWidget(m_current);
    formLayout()->addWidget(group);
    formLayout()->addWidget(m_administrative);

    m_current->setText(tr("Checking which channels currently carry marketing…"));
    if (m_preferences) {
        CachedDocument *document = m_preferences->document();
        connect(document, &CachedDocument::changed, this, &UnsubscribeDialog::showCurrentOptIns);
        connect(document, &CachedDocument::refreshFailed, this, [this, document] {
            if (!document->hasCopy())
                showUnreadable();
        });
        document->load();
    } else {
        m_current->hide();
    }
    m_boxes.constFirst().second->setFocus();
    revalidate();
}

QStringList UnsubscribeDialog::channels()
{
    return MarketingPreferences::channels();
}

QString UnsubscribeDialog::channelName(const QString &channel)
{
    if (channel == QLatin1String("email"))
        return tr("email");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    return tr("push notifications");
}

QCheckBox *UnsubscribeDialog::channelBox(const QString &channel) const
{
    for (const auto &[name, box] : m_boxes) {
        if (name == channel)
            return box;
    }
    return nullptr;
}

void UnsubscribeDialog::showCurrentOptIns()
{
    const std::optional<MarketingOptIns> optIns = m_preferences->optIns();
    if (!optIns) {
        showUnreadable();
        return;
    }
    QStringList on;
    for (const QString &channel : optIns->optedIn)
        on.append(channelName(channel));
    // QLocale joins the list the way the language does ("a, b and c").
    m_current->setText(
        on.isEmpty()
            ? tr("You currently receive no marketing messages.")
            : tr("You currently receive marketing by: %1.").arg(QLocale().createSeparatedList(on)));
}

void UnsubscribeDialog::showUnreadable()
{
    m_current->setText(tr("Your current marketing choices could not be loaded; you can still "
                          "stop any channel."));
}

std::optional<QJsonObject> UnsubscribeDialog::buildPayload(QString *problem) const
{
    QStringList chosen;
    for (const auto &[name, box] : m_boxes) {
        if (box->isChecked())
            chosen.append(name);
    }
    if (chosen.isEmpty()) {
        *problem = tr("Choose at least one channel.");
        return std::nullopt;
    }
    return MarketingPreferences::unsubscribePayload(chosen);
}

} // namespace pd
