#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

// A scoped second connection to a server's database file, as another process would open it: for tests that inject a
// fault (a trigger) into a running server's database or tamper with a stopped one.
class SqlFile
{
public:
    explicit SqlFile(const QString &path);
    ~SqlFile();
    SqlFile(const SqlFile &) = delete;
    SqlFile &operator=(const SqlFile &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement; returns its error, or an empty string.
    QString exec(const QString &sql, const QVariantList &values = {});
    // The rows of a query, each row's values joined with '|', for before/after comparisons.
    QStringList rows(const QString &sql, const QVariantList &values = {});

private:
    QString m_name;
    bool m_open = false;
};
