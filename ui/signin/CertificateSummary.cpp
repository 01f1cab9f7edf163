#include "signin/CertificateSummary.h"

#include "net/CaBundle.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pd {

CertificateSummary::CertificateSummary(QWidget *parent)
    : QWidget(parent)
    , m_details(new QPlainTextEdit(this))
    , m_trust(new QCheckBox(this))
{
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setText(tr("I checked these details with my organization and &trust this "
                        "certificate for this server"));
    m_trust->setAccessibleName(tr("Trust this certificate"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_trust);
    connect(m_trust, &QCheckBox::toggled, this, &CertificateSummary::trustChanged);
    clear();
}

bool CertificateSummary::load(const QString &path, QString *error)
{
    clear();
    QFile file(path);
    if (file.size() > CaBundle::kMaxBytes) {
        *error = tr("The file is too large to be a certificate.");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file could not be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray contents = file.readAll();
    m_certificates = QSslCertificate::fromData(contents, QSsl::Pem);
    if (m_certificates.isEmpty()) {
        *error = tr("The file holds no certificate in PEM format.");
        return false;
    }
    QStringList blocks;
    for (const QSslCertificate &certificate : std::as_const(m_certificates))
        blocks << describe(certificate);
    m_details->setPlainText(blocks.join(QStringLiteral("\n\n")));
    m_fingerprint = CaBundle::fingerprint(contents);
    m_details->show();
    m_trust->show();
    return true;
}

void CertificateSummary::clear()
{
    m_certificates.clear();
    m_fingerprint.clear();
    m_details->clear();
    m_trust->setChecked(false);
    m_details->hide();
    m_trust->hide();
}

bool CertificateSummary::isTrusted() const
{
    return hasCertificates() && m_trust->isChecked();
}

QString CertificateSummary::describe(const QSslCertificate &certificate)
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    lines << tr("Subject: %1").arg(certificate.subjectDisplayName());
    lines << tr("Issued by: %1").arg(certificate.issuerDisplayName());
    lines << tr("SHA-256 fingerprint: %1")
                 .arg(QString::fromLatin1(
                     certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    lines << tr("Valid from: %1")
                 .arg(locale.toString(certificate.effectiveDate().toLocalTime(),
                                      QLocale::LongFormat));
    lines << tr("Valid until: %1")
                 .arg(locale.toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat));
    if (certificate.expiryDate() < now)
        lines << tr("Warning: this certificate has expired.");
    else if (certificate.effectiveDate() > now)
        lines << tr("Warning: this certificate is not valid yet.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
