#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace pd {

class PlainTextLabel;

// The account holder's profile (GET /profile) as a read-only form: full
// name, email and whether it is verified, mailing address, phone, website,
// when it last changed. Every value is plain text; each value label is named
// (objectName) after its API field for tests and assistive technology.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileView(QWidget *parent = nullptr);

    // false when `profile` is not a profile (the view is then unchanged).
    bool setProfile(const QJsonObject &profile);
    PlainTextLabel *value(const QString &field) const;

private:
    PlainTextLabel *addRow(const QString &field, const QString &label);

    QFormLayout *m_form;
};

} // namespace pd
