#include "outbox/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace pd {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random)
    : m_base(base)
    , m_cap(cap)
    , m_random(std::move(random))
{}

double Backoff::random() const
{
    const double value = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(value, 0.0, 1.0);
}

std::chrono::milliseconds Backoff::bound(int attempt) const
{
    const double exponential =
        double(m_base.count()) * std::pow(2.0, double(std::max(0, attempt - 1)));
    return std::chrono::milliseconds(qint64(std::min(exponential, double(m_cap.count()))));
}

std::chrono::milliseconds Backoff::fullJitter(int attempt) const
{
    return std::chrono::milliseconds(qint64(double(bound(attempt).count()) * random()));
}

std::chrono::milliseconds Backoff::equalJitter(int attempt) const
{
    const double half = double(bound(attempt).count()) / 2.0;
    return std::chrono::milliseconds(qint64(half + half * random()));
}

} // namespace pd
