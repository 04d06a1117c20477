#include "keys/SealConfig.h"

#include "base/JsonRead.h"
#include "base/PrivateFile.h"
#include "crypto/Shamir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto sealFormat = "regiekamer-seal/1";
constexpr qint64 shareHashBytes = 32;
constexpr qint64 maxSealFileBytes = 64 * 1024;

std::unexpected<Error> sealConfigError(const QString &message)
{
    return fail(u"seal_config"_s, message);
}

Result<ShareSlot> slotFromJson(const QJsonObject &object, int shares)
{
    auto index = json::requireInteger(object, "index"_L1);
    auto custodian = json::requireInteger(object, "custodianUserId"_L1);
    auto hash = json::requireString(object, "shareHash"_L1);
    if (auto error = firstError(index, custodian, hash))
        return std::unexpected(*error);
    const QByteArray decoded = QByteArray::fromBase64(hash->toLatin1());
    if (*index < 1 || *index > shares || *custodian < 1 || decoded.size() != shareHashBytes)
        return sealConfigError(u"a slot has a bad index, custodian or share hash"_s);
    return ShareSlot {static_cast<int>(*index), *custodian, decoded};
}

} // namespace

QString SealConfig::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(fileName));
}

QString SealConfig::sealedKeyringPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(sealedKeyringFileName));
}

const ShareSlot *SealConfig::slot(int index) const
{
    for (const ShareSlot &candidate : slots) {
        if (candidate.index == index)
            return &candidate;
    }
    return nullptr;
}

Result<std::optional<SealConfig>> SealConfig::load(const QString &dataDir)
{
    const QString file = path(dataDir);
    if (!QFileInfo::exists(file))
        return std::optional<SealConfig>();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly) || input.size() > maxSealFileBytes)
        return sealConfigError(u"Cannot read the seal file %1: %2"_s.arg(file, input.errorString()));
    auto config = fromJson(input.readAll());
    if (!config)
        return sealConfigError(u"The seal file %1 is malformed (%2). Restore it from the backup of the data "
                               "directory."_s.arg(file, config.error().message));
    return std::optional<SealConfig>(std::move(*config));
}

Result<SealConfig> SealConfig::fromJson(const QByteArray &bytes)
{
    auto object = json::parseObject(bytes);
    if (!object)
        return std::unexpected(object.error());
    auto format = json::requireString(*object, "format"_L1);
    auto shareSet = json::requireString(*object, "shareSet"_L1);
    auto threshold = json::requireInteger(*object, "threshold"_L1);
    auto shares = json::requireInteger(*object, "shares"_L1);
    auto dealtAt = json::requireDateTime(*object, "dealtAt"_L1);
    if (auto error = firstError(format, shareSet, threshold, shares, dealtAt))
        return std::unexpected(*error);
    if (*format != QLatin1StringView(sealFormat) || QUuid::fromString(*shareSet).isNull() || *threshold < 2 ||
        *shares < *threshold || *shares > crypto::shamir::maxShares || !object->value("slots"_L1).isArray())
        return sealConfigError(u"not a seal file of format %1 with 2 <= threshold <= shares <= %2"_s.arg(
            QLatin1StringView(sealFormat), QString::number(crypto::shamir::maxShares)));
    SealConfig config {*shareSet, static_cast<int>(*threshold), static_cast<int>(*shares), *dealtAt, {}};
    for (const QJsonValue &value : object->value("slots"_L1).toArray()) {
        auto slot = slotFromJson(value.toObject(), config.shares);
        if (!slot)
            return std::unexpected(slot.error());
        if (config.slot(slot->index))
            return sealConfigError(u"index %1 has two slots"_s.arg(slot->index));
        config.slots.append(*slot);
    }
    if (config.slots.size() != config.shares)
        return sealConfigError(u"it lists %1 slots for %2 shares"_s.arg(config.slots.size()).arg(config.shares));
    return config;
}

QByteArray SealConfig::toJson() const
{
    QJsonArray slotArray;
    for (const ShareSlot &slot : slots) {
        slotArray.append(QJsonObject {{u"index"_s, slot.index},
                                      {u"custodianUserId"_s, slot.custodianUserId},
                                      {u"shareHash"_s, QString::fromLatin1(slot.shareHash.toBase64())}});
    }
    const QJsonObject object {{u"format"_s, QString::fromLatin1(sealFormat)},
                              {u"shareSet"_s, shareSet},
                              {u"threshold"_s, threshold},
                              {u"shares"_s, shares},
                              {u"dealtAt"_s, json::toWire(dealtAt)},
                              {u"slots"_s, slotArray}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Status SealConfig::save(const QString &dataDir) const
{
    return privateFile::replace(path(dataDir), toJson());
}

} // namespace regiekamer::server
