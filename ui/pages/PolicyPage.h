#pragma once

#include "pages/DocumentPage.h"

class QPlainTextEdit;
class QPushButton;

namespace pd {

class ActionStatusBar;
class AppServices;
class NoticeBanner;
class PlainTextLabel;
class Policy;

// The current privacy policy (Policy) as plain text, its version and
// last-updated date, a notice when the user has not acknowledged this
// version, and Acknowledge.
class PolicyPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit PolicyPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("privacy-policy"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    QPlainTextEdit *textView() const { return m_text; }
    NoticeBanner *versionNotice() const { return m_notice; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    PlainTextLabel *versionLabel() const { return m_version; }

private:
    void draw() override;
    void acknowledge();

    Policy *m_policy;
    NoticeBanner *m_notice;
    ActionStatusBar *m_status;
    PlainTextLabel *m_version;
    PlainTextLabel *m_acknowledged;
    QPlainTextEdit *m_text;
    QPushButton *m_acknowledge;
    QString m_shownVersion;
};

} // namespace pd
