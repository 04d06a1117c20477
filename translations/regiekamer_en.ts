<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>The e-mail address or password is not correct.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a moment and try again.</source>
        <translation>Too many failed sign-in attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>This item does not exist or is not available to you.</source>
        <translation>This item does not exist or is not available to you.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>The server did not accept the request.</translation>
    </message>
    <message>
        <source>The server reported an internal error. Try again later.</source>
        <translation>The server reported an internal error. Try again later.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>The server %1 uses a certificate this computer does not trust yet. Compare its fingerprint with the one in the server&apos;s log before trusting it.</source>
        <translation>The server %1 uses a certificate this computer does not trust yet. Compare its fingerprint with the one in the server&apos;s log before trusting it.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. Trusted fingerprint: %2. Presented fingerprint: %3. The connection was refused and nothing was sent. Ask the server&apos;s operator whether the certificate was replaced on purpose; only then remove the old trust for this server and sign in again.</source>
        <translation>The certificate of %1 has changed. Trusted fingerprint: %2. Presented fingerprint: %3. The connection was refused and nothing was sent. Ask the server&apos;s operator whether the certificate was replaced on purpose; only then remove the old trust for this server and sign in again.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2). The connection was refused. Ask the server&apos;s operator to fix the certificate.</source>
        <translation>The certificate of %1 is not valid (%2). The connection was refused. Ask the server&apos;s operator to fix the certificate.</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection, or ask the operator whether the server is running.</source>
        <translation>Cannot reach the server at %1. Check the address and your network connection, or ask the operator whether the server is running.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again in a moment.</source>
        <translation>The server at %1 did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this app does not understand. Check that the address points to a Regiekamer server of a matching version.</source>
        <translation>The server at %1 sent an answer this app does not understand. Check that the address points to a Regiekamer server of a matching version.</translation>
    </message>
    <message>
        <source>This account is for attendees. Attendees use the webinar portal in a web browser; the Regiekamer app is for webinar staff only.</source>
        <translation>This account is for attendees. Attendees use the webinar portal in a web browser; the Regiekamer app is for webinar staff only.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Regiekamer: the control room for webinar teams.</source>
        <translation>Regiekamer: the control room for webinar teams.</translation>
    </message>
    <message>
        <source>Prefill the server address.</source>
        <translation>Prefill the server address.</translation>
    </message>
    <message>
        <source>Interface language for this run: nl or en.</source>
        <translation>Interface language for this run: nl or en.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>Unknown value &quot;%1&quot;.</source>
        <translation>Unknown value &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is missing or is not a %2.</source>
        <extracomment>%1 is a JSON member name, %2 a JSON type such as &quot;string&quot;</extracomment>
        <translation>Member &quot;%1&quot; is missing or is not a %2.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>The body is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The certificate of the server %1 has changed since you trusted it.

Trusted fingerprint:
%2

Presented fingerprint:
%3

Regiekamer refused the connection and sent nothing. This can mean that someone is intercepting the connection, or that the operator replaced the certificate. Ask the operator. Only if the change was intended, click &quot;Forget trusted certificate&quot; in the sign-in window and sign in again to check the new fingerprint.</source>
        <translation>The certificate of the server %1 has changed since you trusted it.

Trusted fingerprint:
%2

Presented fingerprint:
%3

Regiekamer refused the connection and sent nothing. This can mean that someone is intercepting the connection, or that the operator replaced the certificate. Ask the operator. Only if the change was intended, click &quot;Forget trusted certificate&quot; in the sign-in window and sign in again to check the new fingerprint.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Server certificate changed</translation>
    </message>
</context>
<context>
    <name>ReplyDecoding</name>
    <message>
        <source>You can try again in %1 seconds.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Client staff</source>
        <translation>Client staff</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
</context>
<context>
    <name>RoleViews</name>
    <message>
        <source>Webinars assigned to you</source>
        <translation>Webinars assigned to you</translation>
    </message>
    <message>
        <source>Webinars you moderate</source>
        <translation>Webinars you moderate</translation>
    </message>
    <message>
        <source>Your organisation&apos;s webinars</source>
        <translation>Your organisation&apos;s webinars</translation>
    </message>
    <message>
        <source>All webinars</source>
        <translation>All webinars</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Only secure https:// server addresses are supported.</source>
        <translation>Only secure https:// server addresses are supported.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://server.example:8443.</source>
        <translation>Enter a server address such as https://server.example:8443.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The server did not present a usable certificate.</source>
        <translation>The server did not present a usable certificate.</translation>
    </message>
    <message>
        <source>Could not save the trusted certificate in %1. Check that the folder is writable.</source>
        <translation>Could not save the trusted certificate in %1. Check that the folder is writable.</translation>
    </message>
</context>
<context>
    <name>WebinarState</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::LanguageManager</name>
    <message>
        <source>The language &quot;%1&quot; is not available. Choose English or Nederlands.</source>
        <translation>The language &quot;%1&quot; is not available. Choose English or Nederlands.</translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is missing from this build.</source>
        <translation>The translation for &quot;%1&quot; is missing from this build.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SessionController</name>
    <message>
        <source>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</source>
        <translation>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::StaffAccountModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::WebinarListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AppController</name>
    <message>
        <source>The server was not trusted, so you were not signed in.</source>
        <translation>The server was not trusted, so you were not signed in.</translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten. Sign in to check the new certificate&apos;s fingerprint.</source>
        <translation>The old certificate of %1 is forgotten. Sign in to check the new certificate&apos;s fingerprint.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::LoginDialog</name>
    <message>
        <source>Sign in to Regiekamer</source>
        <translation>Sign in to Regiekamer</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>https://server.example:8443</source>
        <translation>https://server.example:8443</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Forget trusted certificate</source>
        <translation>Forget trusted certificate</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MainWindow</name>
    <message>
        <source>Live events connected</source>
        <translation>Live events connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>About Regiekamer</source>
        <translation>About Regiekamer</translation>
    </message>
    <message>
        <source>Regiekamer %1
The control room for webinar teams.</source>
        <translation>Regiekamer %1
The control room for webinar teams.</translation>
    </message>
    <message>
        <source>Regiekamer</source>
        <translation>Regiekamer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regiekamer</source>
        <translation>&amp;About Regiekamer</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::TrustCertificateDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>The server uses a certificate that is not signed by an authority this computer knows. This is normal for a server that made its own certificate, but only trust it if you are sure it is your organisation&apos;s server.</source>
        <translation>The server uses a certificate that is not signed by an authority this computer knows. This is normal for a server that made its own certificate, but only trust it if you are sure it is your organisation&apos;s server.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server printed in its log when it started (ask its operator). Trust the server only if every character matches. Regiekamer will then remember this certificate and refuse the connection if it ever changes.</source>
        <translation>Compare this fingerprint with the one the server printed in its log when it started (ask its operator). Trust the server only if every character matches. Regiekamer will then remember this certificate and refuse the connection if it ever changes.</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Trust this server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::UserHeader</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
</TS>
