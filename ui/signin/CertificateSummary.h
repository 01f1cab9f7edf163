#pragma once

#include <QList>
#include <QSslCertificate>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace pd {

// Shows the certificates of a CA file (subject, issuer, SHA-256 fingerprint,
// validity) so the user can compare them with what their organization gave
// them, and asks them to confirm they trust it.
class CertificateSummary : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateSummary(QWidget *parent = nullptr);

    // Loads `path` (PEM); false and *error (for users) when it holds no
    // certificate.
    bool load(const QString &path, QString *error);
    void clear();
    bool hasCertificates() const { return !m_certificates.isEmpty(); }
    bool isTrusted() const;
    // CaBundle's fingerprint of the file as shown: the one the user trusts.
    const QByteArray &fingerprint() const { return m_fingerprint; }

    // The text shown for one certificate.
    static QString describe(const QSslCertificate &certificate);

Q_SIGNALS:
    void trustChanged(bool trusted);

private:
    QPlainTextEdit *m_details;
    QCheckBox *m_trust;
    QList<QSslCertificate> m_certificates;
    QByteArray m_fingerprint;
};

} // namespace pd
