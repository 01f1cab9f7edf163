#pragma once

#include "requests/RequestFormDialog.h"

#include <QList>
#include <QPair>

class QCheckBox;

namespace pd {

class MarketingPreferences;
class PlainTextLabel;

// The "unsubscribe" request {channels: [...]}: stops marketing messages on
// the channels the user ticks (email, SMS, WhatsApp, push). Shows which
// channels currently carry marketing (the account's cached preferences, so
// that it also shows offline) and states plainly that administrative
// messages keep coming.
class UnsubscribeDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    // `preferences` is not owned and may be null (then the current opt-ins
    // are not shown).
    UnsubscribeDialog(Context context, MarketingPreferences *preferences,
                      QWidget *parent = nullptr);

    // The channels in the contract's order: email, sms, whatsapp, push.
    static QStringList channels();
    QCheckBox *channelBox(const QString &channel) const;
    PlainTextLabel *currentOptInsLabel() const { return m_current; }
    PlainTextLabel *administrativeLabel() const { return m_administrative; }

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;

private:
    static QString channelName(const QString &channel);
    void showCurrentOptIns();
    void showUnreadable();

    MarketingPreferences *m_preferences;
    PlainTextLabel *m_current;
    PlainTextLabel *m_administrative;
    QList<QPair<QString, QCheckBox *>> m_boxes;
};

} // namespace pd
