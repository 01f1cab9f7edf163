#include "widgets/ProfileView.h"

#include "api/JsonReader.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlaceFormat.h"
#include "widgets/PlainTextLabel.h"

#include <QFormLayout>
#include <QLabel>

namespace pd {

ProfileView::ProfileView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(QStringLiteral("full_name"), tr("Full name"));
    addRow(QStringLiteral("email"), tr("Email address"));
    addRow(QStringLiteral("email_verified"), tr("Email verified"));
    addRow(QStringLiteral("mailing_address"), tr("Mailing address"));
    addRow(QStringLiteral("phone"), tr("Phone number"));
    addRow(QStringLiteral("website"), tr("Website"));
    addRow(QStringLiteral("updated_at"), tr("Last changed"));
}

PlainTextLabel *ProfileView::addRow(const QString &field, const QString &label)
{
    auto *value = new PlainTextLabel(QString(), label, this);
    value->setObjectName(field);
    auto *name = new QLabel(tr("%1:").arg(label), this);
    name->setTextFormat(Qt::PlainText);
    name->setBuddy(value);
    m_form->addRow(name, value);
    return value;
}

PlainTextLabel *ProfileView::value(const QString &field) const
{
    return findChild<PlainTextLabel *>(field, Qt::FindDirectChildrenOnly);
}

bool ProfileView::setProfile(const QJsonObject &profile)
{
    JsonReader reader(profile);
    const QString fullName = reader.string(u"full_name");
    const QString email = reader.string(u"email");
    const bool verified = reader.boolean(u"email_verified");
    const std::optional<QString> phone = reader.optionalString(u"phone");
    const std::optional<QString> website = reader.optionalString(u"website");
    const QString updatedAt = reader.string(u"updated_at");
    QString address = tr("None on file");
    if (profile.value(QLatin1String("mailing_address")).isObject()) {
        JsonReader mailing = reader.object(u"mailing_address");
        QStringList lines{mailing.string(u"line1")};
        if (const auto line2 = mailing.optionalString(u"line2"))
            lines.append(*line2);
        QStringList cityLine{mailing.string(u"city")};
        if (const auto region = mailing.optionalString(u"region"))
            cityLine.append(*region);
        QString city = cityLine.join(tr(", ", "between city and region"));
        if (const auto postalCode = mailing.optionalString(u"postal_code"))
            city = tr("%1 %2", "city, postal code").arg(city, *postalCode);
        lines.append(city);
        lines.append(PlaceFormat::country(mailing.string(u"country")));
        address = lines.join(QLatin1Char('\n'));
    }
    if (!reader.ok())
        return false;
    value(QStringLiteral("full_name"))->setText(fullName);
    value(QStringLiteral("email"))->setText(email);
    value(QStringLiteral("email_verified"))
        ->setText(verified ? tr("Verified") : tr("Not verified yet"));
    value(QStringLiteral("mailing_address"))->setText(address);
    value(QStringLiteral("phone"))->setText(phone.value_or(tr("None on file")));
    value(QStringLiteral("website"))->setText(website.value_or(tr("None on file")));
    value(QStringLiteral("updated_at"))
        ->setText(FieldFormat::apiDateTime(updatedAt, QLocale::LongFormat));
    return true;
}

} // namespace pd
