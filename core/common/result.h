// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Tickmark {

/// What went wrong, coarsely; the UI maps a code to a translated headline and shows `detail` below it.
enum class ErrorCode {
    InvalidArgument,   ///< a value given by the user is malformed or out of range (detail names the field)
    NotFound,          ///< a referenced object does not exist
    AlreadyExists,     ///< creating something whose identity is taken
    FileError,         ///< cannot read or write a file on disk
    NotAWorkpaper,     ///< the file is not a Tickmark workpaper (or not a database at all)
    Corrupt,           ///< the workpaper failed its integrity check
    TooNew,            ///< the workpaper was written by a newer Tickmark
    Database,          ///< SQLite reported an error
    ImportFailed,      ///< an imported file was rejected (detail names row or entry)
    Locked,            ///< the engagement is issued and refuses changes
    PermissionDenied,  ///< the acting role may not do this
    IntegrityFailure,  ///< a hash or hash chain did not verify
    Cancelled,         ///< the user or a caller cancelled a long job
};

/// An error value: a code for programs and a one-line, specific detail for people.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
};

/// Marker returned by functions that may fail but produce no value.
struct Ok
{
};

/// A value or an Error, with std::expected's shape so it can be swapped later.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// Shorthand for building an error result: `return fail(ErrorCode::NotFound, tr("…"));`
inline Error fail(ErrorCode code, QString detail)
{
    return Error{code, std::move(detail)};
}

} // namespace Tickmark
