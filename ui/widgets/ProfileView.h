#pragma once

#include "account/PersonalData.h"

#include <QWidget>

class QFormLayout;

namespace pd {

class PlainTextLabel;

// The account holder's profile (PersonalData) as a read-only form: full
// name, email and whether it is verified, mailing address, phone, website,
// when it last changed. Every value is plain text; each value label is named
// (objectName) after its API field for tests and assistive technology.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileView(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    PlainTextLabel *value(const QString &field) const;

private:
    PlainTextLabel *addRow(const QString &field, const QString &label);

    QFormLayout *m_form;
};

} // namespace pd
