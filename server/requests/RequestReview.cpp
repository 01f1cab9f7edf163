#include "RequestReview.h"

#include "RequestStore.h"

namespace pd::server {

namespace {

// GDPR Art. 12(3) allows two further months; one is enough for the demo.
constexpr int kDemoExtensionDays = 30;

} // namespace

RequestReview::RequestReview(bool demoOutcomes)
    : m_demoOutcomes(demoOutcomes)
{}

RequestReview::Decision RequestReview::review(const RequestRecord &request, int extensions) const
{
    if (!m_demoOutcomes)
        return {};
    if (request.type == QLatin1String("object") && extensions == 0) {
        return {Decision::Kind::Extend, QStringLiteral("complexity"),
                QStringLiteral("An objection is weighed against the grounds we rely on for each "
                               "kind of processing you named; reviewing yours takes longer."),
                kDemoExtensionDays};
    }
    if (request.type == QLatin1String("guardian_removal")) {
        return {Decision::Kind::Deny, QStringLiteral("insufficient_verification"),
                QStringLiteral("We could not confirm that you are the parent or guardian of the "
                               "person you named. File the request again with a document that "
                               "shows it, or contact our support."),
                0};
    }
    return {};
}

} // namespace pd::server
