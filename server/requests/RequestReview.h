#pragma once

#include <QString>

namespace pd::server {

struct RequestRecord;

// What the provider decides at a request's last step, before carrying it
// out: go ahead, take longer (an extension with its reason and new date),
// or deny it (a reason code with an explanation). The reference server
// goes ahead with everything; with --demo-outcomes it extends objections
// once and denies guardian removals, so a client can show every state of
// a request as the Data Rights Protocol models it.
class RequestReview
{
public:
    struct Decision {
        enum class Kind { Proceed, Extend, Deny };
        Kind kind = Kind::Proceed;
        QString reasonCode; // RequestExtensionReason or RequestDenialReason
        QString explanation;
        int extendDays = 0; // Extend only: how much later than the current date
    };

    explicit RequestReview(bool demoOutcomes);

    // `extensions`: how many times the request was extended already.
    Decision review(const RequestRecord &request, int extensions) const;

private:
    bool m_demoOutcomes;
};

} // namespace pd::server
