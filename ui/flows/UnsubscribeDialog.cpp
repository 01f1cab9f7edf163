#include "flows/UnsubscribeDialog.h"

#include "api/ApiRequest.h"
#include "cache/CachedDocument.h"
#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLocale>
#include <QVBoxLayout>

namespace pd {

UnsubscribeDialog::UnsubscribeDialog(Context context, DocumentCache *documents, QWidget *parent)
    : RequestFormDialog(RequestType::Unsubscribe, std::move(context), parent)
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
    if (documents) {
        m_preferences =
            new CachedDocument(documents, QStringLiteral("marketing-preferences"),
                               ApiRequest::get(QStringLiteral("/marketing-preferences")), this);
        connect(m_preferences, &CachedDocument::changed, this,
                &UnsubscribeDialog::showCurrentOptIns);
        connect(m_preferences, &CachedDocument::refreshFailed, this, [this] {
            if (!m_preferences->hasCopy())
                m_current->setText(tr("Your current marketing choices could not be loaded; you "
                                      "can still stop any channel."));
        });
        m_preferences->load();
    } else {
        m_current->hide();
    }
    m_boxes.constFirst().second->setFocus();
    revalidate();
}

QStringList UnsubscribeDialog::channels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp"),
            QStringLiteral("push")};
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
    const QJsonObject channelsOn =
        m_preferences->object().value(QLatin1String("channels")).toObject();
    QStringList on;
    for (const auto &[name, box] : m_boxes) {
        if (channelsOn.value(name).toBool())
            on.append(channelName(name));
    }
    // QLocale joins the list the way the language does ("a, b and c").
    m_current->setText(
        on.isEmpty()
            ? tr("You currently receive no marketing messages.")
            : tr("You currently receive marketing by: %1.").arg(QLocale().createSeparatedList(on)));
}

std::optional<QJsonObject> UnsubscribeDialog::buildPayload(QString *problem) const
{
    QJsonArray chosen;
    for (const auto &[name, box] : m_boxes) {
        if (box->isChecked())
            chosen.append(name);
    }
    if (chosen.isEmpty()) {
        *problem = tr("Choose at least one channel.");
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("channels"), chosen}};
}

} // namespace pd
