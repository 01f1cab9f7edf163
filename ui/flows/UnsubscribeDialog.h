#pragma once

#include "flows/RequestFormDialog.h"

#include <QList>
#include <QPair>

class QCheckBox;

namespace pd {

class CachedDocument;
class DocumentCache;
class PlainTextLabel;

// The "unsubscribe" request {channels: [...]}: stops marketing messages on
// the channels the user ticks (email, SMS, WhatsApp, push). Shows which
// channels currently carry marketing (GET /marketing-preferences, cached so
// that it also shows offline) and states plainly that administrative
// messages keep coming.
class UnsubscribeDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    // `documents` is not owned and may be null (then the current opt-ins are
    // not shown).
    UnsubscribeDialog(Context context, DocumentCache *documents, QWidget *parent = nullptr);

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

    CachedDocument *m_preferences = nullptr;
    PlainTextLabel *m_current;
    PlainTextLabel *m_administrative;
    QList<QPair<QString, QCheckBox *>> m_boxes;
};

} // namespace pd
