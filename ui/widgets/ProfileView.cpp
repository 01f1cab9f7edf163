#include "widgets/ProfileView.h"

#include "common/DisplayText.h"
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

void ProfileView::setProfile(const Profile &profile)
{
    QString address = tr("None on file");
    if (const std::optional<MailingAddress> &mailing = profile.mailingAddress) {
        QStringList lines{mailing->line1};
        if (mailing->line2)
            lines.append(*mailing->line2);
        QStringList cityLine{mailing->city};
        if (mailing->region)
            cityLine.append(*mailing->region);
        QString city = cityLine.join(tr(", ", "between city and region"));
        if (mailing->postalCode)
            city = tr("%1 %2", "city, postal code").arg(city, *mailing->postalCode);
        lines.append(city);
        lines.append(PlaceFormat::country(mailing->country));
        address = lines.join(QLatin1Char('\n'));
    }
    value(QStringLiteral("full_name"))->setText(DisplayText::paragraph(profile.fullName));
    value(QStringLiteral("email"))->setText(DisplayText::paragraph(profile.email));
    value(QStringLiteral("email_verified"))
        ->setText(profile.emailVerified ? tr("Verified") : tr("Not verified yet"));
    value(QStringLiteral("mailing_address"))->setText(DisplayText::paragraph(address));
    value(QStringLiteral("phone"))
        ->setText(DisplayText::paragraph(profile.phone.value_or(tr("None on file"))));
    value(QStringLiteral("website"))
        ->setText(DisplayText::paragraph(profile.website.value_or(tr("None on file"))));
    value(QStringLiteral("updated_at"))
        ->setText(FieldFormat::apiDateTime(profile.updatedAt, QLocale::LongFormat));
}

} // namespace pd
