#pragma once

#include <QDialog>
#include <QStringList>

class QCommandLinkButton;

namespace pd {

// "Other requests…": the less common rights requests, each with its
// one-line explanation; choosing one closes the chooser and emits chosen()
// (RequestFlows then opens that flow).
class OtherRequestsDialog : public QDialog
{
    Q_OBJECT
public:
    // `types` as RequestFlows knows them (their texts come from
    // RequestFlows::actionText() and explanation()).
    explicit OtherRequestsDialog(const QStringList &types, QWidget *parent = nullptr);

    QCommandLinkButton *choiceButton(const QString &type) const;

Q_SIGNALS:
    void chosen(const QString &type);
};

} // namespace pd
