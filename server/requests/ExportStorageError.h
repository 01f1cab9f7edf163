#pragma once

#include <stdexcept>

namespace pd::server {

// The export archive could not be written: the disk is full, a file size
// limit was reached, or the storage failed. The request is rejected with a
// message saying so (not a generic "problem on our side"), and nothing of
// the archive is kept.
class ExportStorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace pd::server
