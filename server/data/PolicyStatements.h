#pragma once

#include <QString>

namespace pd::server {

// Commitments of the privacy policy that the API repeats next to the data
// they govern. Each quotes or restates the policy text seeded by
// DeploymentSeed, so a policy change must update them together.
class PolicyStatements
{
public:
    // The Google API Services User Data Policy / Limited Use commitment.
    static QString googleLimitedUse();
    // The closing statement of the policy's sharing section.
    static QString sharing();
    // Where data lives, and who is responsible for on-premise installations.
    static QString dataLocation();
    // Administrative messages continue when marketing is switched off.
    static QString administrativeMessages();
};

} // namespace pd::server
