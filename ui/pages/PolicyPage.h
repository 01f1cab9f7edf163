#pragma once

#include "pages/Page.h"

class QPlainTextEdit;
class QPushButton;

namespace pd {

class ActionStatusBar;
class ApiError;
class AppServices;
class CachedDocument;
class FreshnessBar;
class NoticeBanner;
class PlainTextLabel;

// The current privacy policy (GET /policy) as plain text, its version and
// last-updated date, a notice when the user has not acknowledged this
// version, and Acknowledge (POST /policy/acknowledge).
class PolicyPage : public Page
{
    Q_OBJECT
public:
    explicit PolicyPage(AppServices *services, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("privacy-policy"); }

    QString title() const override;
    QString iconName() const override;
    void activate() override;

    QPlainTextEdit *textView() const { return m_text; }
    NoticeBanner *versionNotice() const { return m_notice; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    PlainTextLabel *versionLabel() const { return m_version; }

private:
    void render();
    void onRefreshFailed(const ApiError &error);
    void acknowledge();

    AppServices *m_services;
    CachedDocument *m_document;
    FreshnessBar *m_freshness;
    NoticeBanner *m_notice;
    ActionStatusBar *m_status;
    PlainTextLabel *m_version;
    PlainTextLabel *m_acknowledged;
    QPlainTextEdit *m_text;
    QPushButton *m_acknowledge;
    QString m_shownVersion;
};

} // namespace pd
