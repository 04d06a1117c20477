#include "AdminCli.h"

#include "DataDirectory.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "PasswordInput.h"
#include "UserRepository.h"

#include <QCommandLineParser>

#include <cstdio>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto usageText = "Usage: regiekamer-admin --data-dir DIR user add --email E --role ROLE [--name NAME] "
                           "[--organisation ORG]\n"
                           "       regiekamer-admin --data-dir DIR user list\n"
                           "       regiekamer-admin --data-dir DIR user disable --email E\n"
                           "Roles: admin, director, moderator, client_staff, viewer. The password is read from the "
                           "terminal or from one line of standard input.";

int failWith(const QString &message, int code = 1)
{
    std::fprintf(stderr, "regiekamer-admin: error: %s\n", qUtf8Printable(message));
    return code;
}

int usage(const QString &message)
{
    return failWith(message + u'\n' + QLatin1StringView(usageText), 2);
}

void print(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int addUser(Database &database, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"email"_s), roleName = parser.value(u"role"_s);
    if (email.isEmpty() || roleName.isEmpty())
        return usage(u"user add needs --email and --role."_s);
    const auto role = roleFromWire(roleName);
    if (!role)
        return usage(u"Unknown role \"%1\"."_s.arg(roleName));
    const QString organisation = parser.value(u"organisation"_s).trimmed();
    if (*role == Role::ClientStaff && organisation.isEmpty())
        return failWith(u"Client staff accounts need --organisation."_s);
    if (auto valid = UserRepository::validateEmail(UserRepository::normaliseEmail(email)); !valid)
        return failWith(valid.error().message);
    UserRepository users(database);
    if (auto existing = users.findByEmail(email); !existing || *existing)
        return failWith(existing
                            ? u"An account with e-mail %1 already exists."_s.arg(UserRepository::normaliseEmail(email))
                            : existing.error().message);
    auto password = passwordInput::readNewPassword();
    if (!password)
        return failWith(password.error().message);
    if (auto strong = passwordInput::checkStrength(*password); !strong)
        return failWith(strong.error().message);
    auto hasher = PasswordHasher::create();
    auto hash = hasher ? hasher->hash(*password) : Result<QString>(std::unexpected(hasher.error()));
    password->clear();
    if (!hash)
        return failWith(hash.error().message);
    auto id = users.create(NewUser {email, parser.value(u"name"_s), *role, organisation, *hash});
    if (!id)
        return failWith(id.error().message);
    print(u"Created %1 account %2 (id %3)."_s.arg(roleToWire(*role), UserRepository::normaliseEmail(email)).arg(*id));
    return 0;
}

int listUsers(Database &database)
{
    auto accounts = UserRepository(database).list();
    if (!accounts)
        return failWith(accounts.error().message);
    print(u"%1  %2  %3  %4  %5"_s.arg(u"ID"_s, -4)
              .arg(u"ROLE"_s, -12)
              .arg(u"E-MAIL"_s, -36)
              .arg(u"ORGANISATION"_s, -26)
              .arg(u"STATUS"_s));
    for (const auto &account : std::as_const(*accounts)) {
        print(u"%1  %2  %3  %4  %5"_s.arg(account.id, -4)
                  .arg(roleToWire(account.role), -12)
                  .arg(account.email, -36)
                  .arg(account.organisationName.isEmpty() ? u"-"_s : account.organisationName, -26)
                  .arg(account.disabled ? u"disabled"_s : u"active"_s));
    }
    return 0;
}

int disableUser(Database &database, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"email"_s);
    if (email.isEmpty())
        return usage(u"user disable needs --email."_s);
    auto id = UserRepository(database).disable(email);
    if (!id)
        return failWith(id.error().message);
    print(u"Disabled account %1 (id %2) and ended its sessions."_s.arg(UserRepository::normaliseEmail(email)).arg(*id));
    return 0;
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"data-dir"_s, u"Data directory."_s, u"DIR"_s},
                       {u"email"_s, u"E-mail address."_s, u"E"_s},
                       {u"role"_s, u"Role."_s, u"ROLE"_s},
                       {u"name"_s, u"Display name."_s, u"NAME"_s},
                       {u"organisation"_s, u"Client organisation."_s, u"ORG"_s}});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList command = parser.positionalArguments();
    const QString dataDir = parser.value(u"data-dir"_s);
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    if (command.size() != 2 || command.first() != "user"_L1 ||
        !QStringList {u"add"_s, u"list"_s, u"disable"_s}.contains(command.at(1)))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    if (auto dir = dataDirectory::ensure(dataDir); !dir)
        return failWith(dir.error().message);
    auto database = Database::open(dataDir);
    if (!database)
        return failWith(database.error().message);
    if (command.at(1) == "add"_L1)
        return addUser(**database, parser);
    if (command.at(1) == "list"_L1)
        return listUsers(**database);
    return disableUser(**database, parser);
}

} // namespace regiekamer::server
