#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// Debian's headless Chromium driven over the DevTools protocol (a QWebSocket to the browser, one page attached in
// flat mode), for tests of the server's web pages. The browser trusts exactly the test server's certificate (its
// public key's SHA-256 in --ignore-certificate-errors-spki-list), nothing else that is wrong.
//
// Every call waits for its answer (or its event) with a timeout; a failure returns false / an empty value and leaves
// the reason in lastError(). The pages need no JavaScript: Runtime.evaluate is only used to look at the DOM and to
// focus and click as a user would.
class ChromiumDriver
{
public:
    // The HTTP answer of the last document the page loaded (Network.responseReceived of type Document).
    struct DocumentResponse
    {
        QString url;
        int status = 0;
        QJsonObject headers; // as Chromium reports them (names as sent)
    };

    ChromiumDriver();
    ~ChromiumDriver();

    // Starts chromium at 1280×900 trusting `serverCertificate`, and opens a page. downloadDir: where downloads go.
    bool start(const QSslCertificate &serverCertificate, const QString &downloadDir);
    void stop();
    QString lastError() const { return m_error; }
    static QString spkiHash(const QSslCertificate &certificate); // base64 SHA-256 of the SubjectPublicKeyInfo

    // Page.navigate, then waits for the load event.
    bool navigate(const QString &url);
    // The result of a JavaScript expression in the page (Runtime.evaluate, by value), nullopt on an exception.
    std::optional<QJsonValue> evaluate(const QString &expression);
    QString text(const QString &selector); // textContent of the first match, empty when none
    QString value(const QString &selector); // the value of an input
    QString url(); // location.href
    QString activeElementId();

    // Focuses the element and types `text` into it (Input.insertText), replacing what it held.
    bool fill(const QString &selector, const QString &text);
    bool setChecked(const QString &selector, bool checked); // clicks the checkbox when its state differs
    // Clicks the element (focus, then a click as from the mouse); when it submits a form or follows a link,
    // waitForLoad() waits for the next page.
    bool click(const QString &selector);
    // Key presses as from a keyboard: "Tab", "Enter", "Space" (Input.dispatchKeyEvent keyDown/keyUp).
    bool press(const QString &key);
    bool typeText(const QString &text); // Input.insertText into the focused element
    // Waits for the page's next load event (after a click or a key that submits).
    bool waitForLoad(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Waits until a download has finished and returns its file's path (in downloadDir), empty on timeout.
    QString waitForDownload(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Forgets the events seen so far: call before an action whose page load or download you will wait for.
    void expectNavigation() { m_events.clear(); }

    // Clicks the button (by default the page's form's submit button) and waits for the page it leads to.
    bool submitForm(const QString &button = QStringLiteral("main form button[type=submit]"));
    // The names of the page's visible controls that have not exactly one label (empty: all labelled).
    QString unlabelledControls();
    // With REGIEKAMER_SCREENSHOT_DIR set: the page at `url` in nl and en (?lang=), checked to speak that language,
    // into DIR/<fileStem>-nl.png and -en.png. Without it, nothing (true).
    bool captureInBothLanguages(const QString &url, const QString &fileStem);

    DocumentResponse lastDocument() const { return m_document; }
    // Page.captureScreenshot of the viewport as PNG into `path`.
    bool screenshot(const QString &path);

private:
    std::optional<QJsonObject> command(const QString &method, const QJsonObject &params = {}, bool onPage = true,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(30));
    std::optional<QJsonObject> waitForEvent(const std::function<bool(const QJsonObject &)> &matches,
                                            std::chrono::milliseconds timeout);
    void received(const QString &message);
    bool fail(const QString &why);
    bool connectToBrowser(const QString &userDataDir);
    bool openPage(const QString &downloadDir);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_userDataDir;
    QWebSocket m_socket;
    QString m_sessionId;
    int m_nextId = 1;
    QMap<int, QJsonObject> m_answers;
    QList<QJsonObject> m_events;
    DocumentResponse m_document;
    QString m_error;
};
