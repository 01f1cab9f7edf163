#pragma once

#include "account/DataLocations.h"
#include "requests/ProcessingRequestDialog.h"

#include <optional>

namespace pd {

class PlainTextLabel;

// The "object" request (objection to processing): the provider stops the
// chosen uses of the user's data unless it has compelling grounds to go on.
// Opened from a processor or recipient of the Data locations page, it is
// about that row: the use is ticked and the request names the row
// (ObjectionTarget).
class ObjectToProcessingDialog : public ProcessingRequestDialog
{
    Q_OBJECT
public:
    explicit ObjectToProcessingDialog(Context context,
                                      std::optional<ObjectionTarget> target = std::nullopt,
                                      QWidget *parent = nullptr);

    const std::optional<ObjectionTarget> &target() const { return m_target; }
    // Says which row the objection is about; null without a target.
    PlainTextLabel *targetLabel() const { return m_targetLabel; }
    // The activity a target is ticked as (in the provider's words, as sent).
    static QString targetActivity(const ObjectionTarget &target);

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;

private:
    static Wording wording();

    std::optional<ObjectionTarget> m_target;
    PlainTextLabel *m_targetLabel = nullptr;
};

} // namespace pd
