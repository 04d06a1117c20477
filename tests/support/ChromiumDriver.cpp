#include "ChromiumDriver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Lets the event loop run (the socket's messages arrive) until `done` or the deadline.
bool spinUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

ChromiumDriver::ChromiumDriver()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &message) { received(message); });
}

ChromiumDriver::~ChromiumDriver()
{
    stop();
}

QString ChromiumDriver::spkiHash(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
}

bool ChromiumDriver::fail(const QString &why)
{
    m_error = why;
    qWarning("ChromiumDriver: %s", qPrintable(why));
    return false;
}

bool ChromiumDriver::start(const QSslCertificate &serverCertificate, const QString &downloadDir)
{
    const QString binary = QStandardPaths::findExecutable(u"chromium"_s);
    if (binary.isEmpty())
        return fail(u"chromium is not installed"_s);
    m_userDataDir = std::make_unique<QTemporaryDir>();
    m_process = std::make_unique<QProcess>();
    // Chromium's own log (D-Bus, GPU) stays in the profile folder, read when something fails.
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(m_userDataDir->filePath(u"chromium.log"_s));
    m_process->start(binary,
                     {u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-dev-shm-usage"_s,
                      u"--no-first-run"_s, u"--no-default-browser-check"_s,
                      u"--user-data-dir="_s + m_userDataDir->path(), u"--remote-debugging-port=0"_s,
                      u"--window-size=1280,900"_s,
                      u"--ignore-certificate-errors-spki-list="_s + spkiHash(serverCertificate), u"about:blank"_s});
    if (!m_process->waitForStarted(30000))
        return fail(u"chromium did not start: "_s + m_process->errorString());
    return connectToBrowser(m_userDataDir->path()) && openPage(downloadDir);
}

bool ChromiumDriver::connectToBrowser(const QString &userDataDir)
{
    QFile portFile(userDataDir + u"/DevToolsActivePort"_s);
    QList<QByteArray> lines;
    spinUntil(
        [&] {
            if (portFile.open(QIODevice::ReadOnly))
                lines = portFile.readAll().split('\n');
            portFile.close();
            return lines.size() >= 2 && !lines.at(1).isEmpty();
        },
        std::chrono::seconds(60));
    if (lines.size() < 2)
        return fail(u"chromium wrote no DevToolsActivePort"_s);
    m_socket.open(QUrl(u"ws://127.0.0.1:%1%2"_s.arg(QString::fromLatin1(lines.at(0).trimmed()),
                                                    QString::fromLatin1(lines.at(1).trimmed()))));
    if (!spinUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, std::chrono::seconds(30)))
        return fail(u"no DevTools connection: "_s + m_socket.errorString());
    return true;
}

bool ChromiumDriver::openPage(const QString &downloadDir)
{
    const auto target = command(u"Target.createTarget"_s, {{u"url"_s, u"about:blank"_s}}, false);
    const auto attached = target ? command(u"Target.attachToTarget"_s,
                                           {{u"targetId"_s, target->value("targetId"_L1)}, {u"flatten"_s, true}}, false)
                                 : std::nullopt;
    if (!attached)
        return fail(u"no page: "_s + m_error);
    m_sessionId = attached->value("sessionId"_L1).toString();
    if (!command(u"Browser.setDownloadBehavior"_s,
                 {{u"behavior"_s, u"allow"_s}, {u"downloadPath"_s, downloadDir}, {u"eventsEnabled"_s, true}}, false))
        return false;
    for (const QString &domain : {u"Page"_s, u"Network"_s, u"Runtime"_s})
        if (!command(domain + u".enable"_s))
            return false;
    return command(u"Emulation.setDeviceMetricsOverride"_s,
                   {{u"width"_s, 1280}, {u"height"_s, 900}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}})
        .has_value();
}

void ChromiumDriver::stop()
{
    if (!m_process)
        return;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        command(u"Browser.close"_s, {}, false, std::chrono::seconds(5));
    m_socket.abort();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

void ChromiumDriver::received(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.contains("id"_L1)) {
        m_answers.insert(object.value("id"_L1).toInt(), object);
        return;
    }
    const QJsonObject params = object.value("params"_L1).toObject();
    if (object.value("method"_L1) == "Network.responseReceived"_L1 && params.value("type"_L1) == "Document"_L1) {
        const QJsonObject response = params.value("response"_L1).toObject();
        m_document = {response.value("url"_L1).toString(), response.value("status"_L1).toInt(),
                      response.value("headers"_L1).toObject()};
    }
    m_events.append(object);
}

std::optional<QJsonObject> ChromiumDriver::command(const QString &method, const QJsonObject &params, bool onPage,
                                                   std::chrono::milliseconds timeout)
{
    const int id = m_nextId++;
    QJsonObject message {{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    if (onPage)
        message.insert(u"sessionId"_s, m_sessionId);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!spinUntil([this, id] { return m_answers.contains(id); }, timeout)) {
        fail(method + u": no answer"_s);
        return std::nullopt;
    }
    const QJsonObject answer = m_answers.take(id);
    if (answer.contains("error"_L1)) {
        fail(method + u": "_s + QString::fromUtf8(QJsonDocument(answer.value("error"_L1).toObject()).toJson()));
        return std::nullopt;
    }
    return answer.value("result"_L1).toObject();
}

std::optional<QJsonObject> ChromiumDriver::waitForEvent(const std::function<bool(const QJsonObject &)> &matches,
                                                        std::chrono::milliseconds timeout)
{
    std::optional<QJsonObject> found;
    spinUntil(
        [&] {
            for (const QJsonObject &event : std::as_const(m_events))
                if (matches(event))
                    found = event;
            return found.has_value();
        },
        timeout);
    return found;
}

bool ChromiumDriver::waitForLoad(std::chrono::milliseconds timeout)
{
    const auto loaded = waitForEvent(
        [](const QJsonObject &event) { return event.value("method"_L1) == "Page.loadEventFired"_L1; }, timeout);
    m_events.clear();
    return loaded ? true : fail(u"the page did not load"_s);
}

bool ChromiumDriver::navigate(const QString &url)
{
    expectNavigation();
    if (!command(u"Page.navigate"_s, {{u"url"_s, url}}))
        return false;
    return waitForLoad();
}

QString ChromiumDriver::waitForDownload(std::chrono::milliseconds timeout)
{
    const auto begun = waitForEvent(
        [](const QJsonObject &event) { return event.value("method"_L1) == "Browser.downloadWillBegin"_L1; }, timeout);
    const auto done = waitForEvent(
        [](const QJsonObject &event) {
            return event.value("method"_L1) == "Browser.downloadProgress"_L1 &&
                event.value("params"_L1).toObject().value("state"_L1) == "completed"_L1;
        },
        timeout);
    if (!begun || !done) {
        fail(u"no download finished"_s);
        return {};
    }
    const QJsonObject params = done->value("params"_L1).toObject();
    return params.value("filePath"_L1).toString();
}

std::optional<QJsonValue> ChromiumDriver::evaluate(const QString &expression)
{
    const auto result = command(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}});
    if (!result || result->contains("exceptionDetails"_L1)) {
        fail(u"evaluate failed: "_s + expression);
        return std::nullopt;
    }
    return result->value("result"_L1).toObject().value("value"_L1);
}

QString ChromiumDriver::text(const QString &selector)
{
    return evaluate(u"(document.querySelector(%1) || {textContent: ''}).textContent"_s.arg(quoted(selector)))
        .value_or(QJsonValue())
        .toString();
}

QString ChromiumDriver::value(const QString &selector)
{
    return evaluate(u"(document.querySelector(%1) || {value: ''}).value"_s.arg(quoted(selector)))
        .value_or(QJsonValue())
        .toString();
}

QString ChromiumDriver::url()
{
    return evaluate(u"location.href"_s).value_or(QJsonValue()).toString();
}

QString ChromiumDriver::activeElementId()
{
    return evaluate(u"document.activeElement ? document.activeElement.id : ''"_s).value_or(QJsonValue()).toString();
}

bool ChromiumDriver::fill(const QString &selector, const QString &text)
{
    const auto focused = evaluate(
        u"(() => { const e = document.querySelector(%1); if (!e) return false; e.focus(); e.select(); return true; })()"_s
            .arg(quoted(selector)));
    if (!focused || !focused->toBool())
        return fail(u"nothing to fill at "_s + selector);
    if (text.isEmpty())
        return press(u"Delete"_s);
    return typeText(text);
}

bool ChromiumDriver::typeText(const QString &text)
{
    return command(u"Input.insertText"_s, {{u"text"_s, text}}).has_value();
}

bool ChromiumDriver::setChecked(const QString &selector, bool checked)
{
    const auto current = evaluate(u"(document.querySelector(%1) || {}).checked"_s.arg(quoted(selector)));
    if (!current)
        return false;
    return current->toBool() == checked || click(selector);
}

bool ChromiumDriver::click(const QString &selector)
{
    // The element's centre, scrolled into view; then a real mouse press and release there.
    const auto box = evaluate(u"(() => { const e = document.querySelector(%1); if (!e) return null; "
                              "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
                              "return [r.x + r.width / 2, r.y + r.height / 2]; })()"_s.arg(quoted(selector)));
    if (!box || !box->isArray())
        return fail(u"nothing to click at "_s + selector);
    const double x = box->toArray().at(0).toDouble();
    const double y = box->toArray().at(1).toDouble();
    for (const QString &type : {u"mousePressed"_s, u"mouseReleased"_s}) {
        if (!command(u"Input.dispatchMouseEvent"_s,
                     {{u"type"_s, type}, {u"x"_s, x}, {u"y"_s, y}, {u"button"_s, u"left"_s}, {u"clickCount"_s, 1}}))
            return false;
    }
    return true;
}

bool ChromiumDriver::press(const QString &key)
{
    struct Key
    {
        QString code;
        int keyCode;
        QString text;
    };
    static const QMap<QString, Key> keys {{u"Tab"_s, {u"Tab"_s, 9, {}}},
                                          {u"Enter"_s, {u"Enter"_s, 13, u"\r"_s}},
                                          {u"Space"_s, {u"Space"_s, 32, u" "_s}},
                                          {u"Delete"_s, {u"Delete"_s, 46, {}}}};
    const Key k = keys.value(key);
    if (k.code.isEmpty())
        return fail(u"unknown key "_s + key);
    QJsonObject down {{u"type"_s, k.text.isEmpty() ? u"rawKeyDown"_s : u"keyDown"_s},
                      {u"key"_s, key == u"Space"_s ? u" "_s : key},
                      {u"code"_s, k.code},
                      {u"windowsVirtualKeyCode"_s, k.keyCode}};
    if (!k.text.isEmpty())
        down.insert(u"text"_s, k.text);
    QJsonObject up = down;
    up.insert(u"type"_s, u"keyUp"_s);
    up.remove(u"text"_s);
    return command(u"Input.dispatchKeyEvent"_s, down).has_value() &&
        command(u"Input.dispatchKeyEvent"_s, up).has_value();
}

bool ChromiumDriver::submitForm(const QString &button)
{
    expectNavigation();
    return click(button) && waitForLoad();
}

QString ChromiumDriver::unlabelledControls()
{
    const auto names = evaluate(u"[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                                ".filter(e => e.labels.length !== 1).map(e => e.name).join(',')"_s);
    return names ? names->toString() : u"(the page could not be read)"_s;
}

bool ChromiumDriver::captureInBothLanguages(const QString &url, const QString &fileStem)
{
    const QString folder = qEnvironmentVariable("REGIEKAMER_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return true;
    const QChar joiner = url.contains(u'?') ? u'&' : u'?';
    for (const QString &language : {u"nl"_s, u"en"_s}) {
        if (!navigate(url + joiner + u"lang="_s + language))
            return false;
        const auto spoken = evaluate(u"document.documentElement.lang"_s);
        if (!spoken || spoken->toString() != language)
            return fail(u"The page %1 is not in %2."_s.arg(url, language));
        if (!screenshot(u"%1/%2-%3.png"_s.arg(folder, fileStem, language)))
            return false;
    }
    return true;
}

bool ChromiumDriver::screenshot(const QString &path)
{
    const auto shot = command(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
    if (!shot)
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write "_s + path);
    file.write(QByteArray::fromBase64(shot->value("data"_L1).toString().toLatin1()));
    return true;
}
