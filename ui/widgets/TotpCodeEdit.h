#pragma once

#include <QLineEdit>

namespace pd {

// Entry of a 6-digit authenticator code: digits only (spaces are ignored
// when pasting "123 456"), numeric keyboard hint, named for screen readers.
class TotpCodeEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TotpCodeEdit(QWidget *parent = nullptr);

    QString code() const;
    bool isComplete() const { return code().size() == 6; }
};

} // namespace pd
