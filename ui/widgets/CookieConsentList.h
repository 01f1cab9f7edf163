#pragma once

#include "account/Cookies.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QVBoxLayout;

namespace pd {

class PlainTextLabel;

// The cookies and identifiers set for the account, grouped by category, each
// with a consent check box, its purpose, domain, identifier and lifetime.
// Strictly necessary ones are checked and disabled, with the reason. The
// list only reports what the user toggled; the page saves it.
class CookieConsentList : public QWidget
{
    Q_OBJECT
public:
    explicit CookieConsentList(QWidget *parent = nullptr);

    // Rows are updated in place while the set of cookies stays the same
    // (keeping focus), else rebuilt.
    void setCookies(const QList<Cookie> &items);
    // Shows the state the server holds (e.g. after a failed change).
    void setConsent(const QString &id, bool granted);
    // Disables a box while its change is being saved.
    void setPending(const QString &id, bool pending);
    QCheckBox *checkBox(const QString &id) const { return m_boxes.value(id); }
    QStringList ids() const { return m_order; }
    static QString categoryLabel(const QString &category);

Q_SIGNALS:
    void consentToggled(const QString &id, bool granted);

private:
    static QString details(const Cookie &cookie);
    void rebuild(const QList<Cookie> &items);
    void update(const Cookie &cookie);
    QWidget *row(const Cookie &cookie, QWidget *parent);

    QVBoxLayout *m_layout;
    QWidget *m_groups = nullptr;
    QStringList m_order;
    QHash<QString, QCheckBox *> m_boxes;
    QHash<QString, PlainTextLabel *> m_details;
    QHash<QString, bool> m_required;
};

} // namespace pd
