<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountMail</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>client staff</source>
        <translation>client staff</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hello %1,</translation>
    </message>
    <message>
        <source>This message was sent automatically by Regiekamer.</source>
        <translation>This message was sent automatically by Regiekamer.</translation>
    </message>
    <message>
        <source>You have been invited to Regiekamer as %1.</source>
        <translation>You have been invited to Regiekamer as %1.</translation>
    </message>
    <message>
        <source>Choose your password on this page to open your account:</source>
        <translation>Choose your password on this page to open your account:</translation>
    </message>
    <message>
        <source>Choose my password</source>
        <translation>Choose my password</translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation>The link works once, until %1.</translation>
    </message>
    <message>
        <source>If you did not expect this invitation, ignore this mail: without a password the account stays closed.</source>
        <translation>If you did not expect this invitation, ignore this mail: without a password the account stays closed.</translation>
    </message>
    <message>
        <source>Your invitation to Regiekamer</source>
        <translation>Your invitation to Regiekamer</translation>
    </message>
    <message>
        <source>Someone asked for a new password for your Regiekamer account. If that was you, choose it on this page:</source>
        <translation>Someone asked for a new password for your Regiekamer account. If that was you, choose it on this page:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>If you did not ask for this, ignore this mail: your password stays as it is.</translation>
    </message>
    <message>
        <source>A new Regiekamer password</source>
        <translation>A new Regiekamer password</translation>
    </message>
    <message>
        <source>The password of your Regiekamer account was changed on %1, and every session of the account was signed out.</source>
        <translation>The password of your Regiekamer account was changed on %1, and every session of the account was signed out.</translation>
    </message>
    <message>
        <source>If you did not do this, tell your Regiekamer administrator at once.</source>
        <translation>If you did not do this, tell your Regiekamer administrator at once.</translation>
    </message>
    <message>
        <source>Your Regiekamer password was changed</source>
        <translation>Your Regiekamer password was changed</translation>
    </message>
    <message>
        <source>Someone registered this address for the webinar &quot;%1&quot;.</source>
        <translation>Someone registered this address for the webinar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>If that was you, confirm your registration on this page:</source>
        <translation>If that was you, confirm your registration on this page:</translation>
    </message>
    <message>
        <source>Confirm my registration</source>
        <translation>Confirm my registration</translation>
    </message>
    <message>
        <source>If you did not register, ignore this mail: nothing is stored without your confirmation.</source>
        <translation>If you did not register, ignore this mail: nothing is stored without your confirmation.</translation>
    </message>
    <message>
        <source>Confirm your registration for &quot;%1&quot;</source>
        <translation>Confirm your registration for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Your registration for the webinar &quot;%1&quot; is approved.</source>
        <translation>Your registration for the webinar &quot;%1&quot; is approved.</translation>
    </message>
    <message>
        <source>The webinar starts on %1. This is your personal entrance:</source>
        <translation>The webinar starts on %1. This is your personal entrance:</translation>
    </message>
    <message>
        <source>Join the webinar</source>
        <translation>Join the webinar</translation>
    </message>
    <message>
        <source>The link is yours alone: do not pass it on. It is sent only in this mail; a new one makes this one stop working.</source>
        <translation>The link is yours alone: do not pass it on. It is sent only in this mail; a new one makes this one stop working.</translation>
    </message>
    <message>
        <source>Your personal link for &quot;%1&quot;</source>
        <translation>Your personal link for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Someone asked to make this the e-mail address of a Regiekamer account. If that was you, confirm it on this page:</source>
        <translation>Someone asked to make this the e-mail address of a Regiekamer account. If that was you, confirm it on this page:</translation>
    </message>
    <message>
        <source>Confirm my new address</source>
        <translation>Confirm my new address</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail.</source>
        <translation>If you did not ask for this, ignore this mail.</translation>
    </message>
    <message>
        <source>Confirm your new e-mail address</source>
        <translation>Confirm your new e-mail address</translation>
    </message>
    <message>
        <source>Someone asked to change the e-mail address of your Regiekamer account to %1. The change takes effect once it is confirmed from that address.</source>
        <translation>Someone asked to change the e-mail address of your Regiekamer account to %1. The change takes effect once it is confirmed from that address.</translation>
    </message>
    <message>
        <source>If this was not you, report it here: the change is undone, every session is signed out and you choose a new password.</source>
        <translation>If this was not you, report it here: the change is undone, every session is signed out and you choose a new password.</translation>
    </message>
    <message>
        <source>This was not me</source>
        <translation>This was not me</translation>
    </message>
    <message>
        <source>You can report it until %1.</source>
        <translation>You can report it until %1.</translation>
    </message>
    <message>
        <source>If it was you, there is nothing to do.</source>
        <translation>If it was you, there is nothing to do.</translation>
    </message>
    <message>
        <source>A change of your e-mail address was asked for</source>
        <translation>A change of your e-mail address was asked for</translation>
    </message>
    <message>
        <source>You reported a change of your e-mail address that you did not ask for. Your account has this address again, every session was signed out and the old password no longer works.</source>
        <translation>You reported a change of your e-mail address that you did not ask for. Your account has this address again, every session was signed out and the old password no longer works.</translation>
    </message>
    <message>
        <source>Choose a new password on this page:</source>
        <translation>Choose a new password on this page:</translation>
    </message>
    <message>
        <source>Tell your Regiekamer administrator: someone knew your password.</source>
        <translation>Tell your Regiekamer administrator: someone knew your password.</translation>
    </message>
    <message>
        <source>Your Regiekamer account was secured</source>
        <translation>Your Regiekamer account was secured</translation>
    </message>
    <message>
        <source>The director added: %1</source>
        <translation>The director added: %1</translation>
    </message>
    <message>
        <source>Your registration for the webinar &quot;%1&quot; was not approved.</source>
        <translation>Your registration for the webinar &quot;%1&quot; was not approved.</translation>
    </message>
    <message>
        <source>The director&apos;s reason: %1</source>
        <translation>The director&apos;s reason: %1</translation>
    </message>
    <message>
        <source>If you have a question about this, reply to the organiser of the webinar; this mail cannot be answered.</source>
        <translation>If you have a question about this, reply to the organiser of the webinar; this mail cannot be answered.</translation>
    </message>
    <message>
        <source>Your registration for &quot;%1&quot;</source>
        <translation>Your registration for &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ActionReports</name>
    <message>
        <source>an attendee</source>
        <translation>an attendee</translation>
    </message>
    <message>
        <source>“%1” is now in state %2.</source>
        <translation>“%1” is now in state %2.</translation>
    </message>
    <message>
        <source>New registrations for “%1” now wait for approval.</source>
        <translation>New registrations for “%1” now wait for approval.</translation>
    </message>
    <message>
        <source>New registrations for “%1” are now approved at once.</source>
        <translation>New registrations for “%1” are now approved at once.</translation>
    </message>
    <message>
        <source>Registration of %1: %2.</source>
        <translation>Registration of %1: %2.</translation>
    </message>
    <message>
        <source>Answer to %1 sent.</source>
        <translation>Answer to %1 sent.</translation>
    </message>
    <message>
        <source>Question from %1: %2.</source>
        <translation>Question from %1: %2.</translation>
    </message>
    <message>
        <source>%1 is now assigned to “%2”.</source>
        <translation>%1 is now assigned to “%2”.</translation>
    </message>
    <message>
        <source>%1 is no longer assigned to “%2”.</source>
        <translation>%1 is no longer assigned to “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s): %1.</source>
        <translation>
            <numerusform>%n registration: %1.</numerusform>
            <numerusform>%n registrations: %1.</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation>Someone else changed this in the meantime. Reload it and try again.</translation>
    </message>
    <message>
        <source>The server cannot record this access in its access log right now, so it did not carry out the request. Try again later; if this persists, tell the administrator.</source>
        <translation>The server cannot record this access in its access log right now, so it did not carry out the request. Try again later; if this persists, tell the administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s access log failed its integrity check, so the server serves no data until an administrator has looked into it. Tell the administrator.</source>
        <translation>The server&apos;s access log failed its integrity check, so the server serves no data until an administrator has looked into it. Tell the administrator.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>This computer was removed from your account. Its offline data has been deleted; ask an administrator if this is unexpected.</source>
        <translation>This computer was removed from your account. Its offline data has been deleted; ask an administrator if this is unexpected.</translation>
    </message>
    <message>
        <source>The webinar is full: approving this registration would go past its capacity. Raise the capacity in the approval rules, or put the registration on the waiting list.</source>
        <translation>The webinar is full: approving this registration would go past its capacity. Raise the capacity in the approval rules, or put the registration on the waiting list.</translation>
    </message>
    <message>
        <source>The webinar cannot go live yet: the pre-flight checklist is not complete.</source>
        <translation>The webinar cannot go live yet: the pre-flight checklist is not complete.</translation>
    </message>
    <message>
        <source>The code is not correct. Type the code your app shows now.</source>
        <translation>The code is not correct. Type the code your app shows now.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code and type that one.</source>
        <translation>This code was already used. Wait for the next code and type that one.</translation>
    </message>
    <message>
        <source>Too many wrong codes: the second factor is locked for a while. Try again later.</source>
        <translation>Too many wrong codes: the second factor is locked for a while. Try again later.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Sign in again.</source>
        <translation>The sign-in took too long. Sign in again.</translation>
    </message>
    <message>
        <source>Set up your second factor before you continue.</source>
        <translation>Set up your second factor before you continue.</translation>
    </message>
    <message>
        <source>Confirm this action with a code from your authenticator app.</source>
        <translation>Confirm this action with a code from your authenticator app.</translation>
    </message>
    <message>
        <source>A second factor is already set up. Remove it first to set up a new one.</source>
        <translation>A second factor is already set up. Remove it first to set up a new one.</translation>
    </message>
    <message>
        <source>No second factor is set up for this account.</source>
        <translation>No second factor is set up for this account.</translation>
    </message>
    <message>
        <source>This file is not a Regiekamer share file, or it is damaged.</source>
        <translation>This file is not a Regiekamer share file, or it is damaged.</translation>
    </message>
    <message>
        <source>The passphrase does not open this share file. Check it and try again.</source>
        <translation>The passphrase does not open this share file. Check it and try again.</translation>
    </message>
    <message>
        <source>The server did not accept the share: it is not a share of the right form.</source>
        <translation>The server did not accept the share: it is not a share of the right form.</translation>
    </message>
    <message>
        <source>This share belongs to another share set (an earlier deal), so it cannot unseal this server. Use the share file of the current deal.</source>
        <translation>This share belongs to another share set (an earlier deal), so it cannot unseal this server. Use the share file of the current deal.</translation>
    </message>
    <message>
        <source>The server&apos;s current share set has no share with this number.</source>
        <translation>The server&apos;s current share set has no share with this number.</translation>
    </message>
    <message>
        <source>This share does not match the one dealt for its number: the share file is damaged or was changed.</source>
        <translation>This share does not match the one dealt for its number: the share file is damaged or was changed.</translation>
    </message>
    <message>
        <source>This share was given already; another custodian&apos;s share is needed.</source>
        <translation>This share was given already; another custodian&apos;s share is needed.</translation>
    </message>
    <message>
        <source>The security key&apos;s answer could not be verified. Try again, or use another key.</source>
        <translation>The security key&apos;s answer could not be verified. Try again, or use another key.</translation>
    </message>
    <message>
        <source>This security key was refused: its counter went back, which a copied key would do. Use another key or a code, and tell your administrator.</source>
        <translation>This security key was refused: its counter went back, which a copied key would do. Use another key or a code, and tell your administrator.</translation>
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
    <name>ClientCache</name>
    <message>
        <source>The password does not open the offline data on this computer. Type the password you last signed in with on this computer, or sign in again when the server can be reached.</source>
        <translation>The password does not open the offline data on this computer. Type the password you last signed in with on this computer, or sign in again when the server can be reached.</translation>
    </message>
    <message>
        <source>The offline data on this computer belongs to another account and was not used. It will be replaced the next time you sign in while the server can be reached.</source>
        <translation>The offline data on this computer belongs to another account and was not used. It will be replaced the next time you sign in while the server can be reached.</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged and cannot be used. It will be rebuilt the next time you sign in while the server can be reached.</source>
        <translation>The offline data on this computer is damaged and cannot be used. It will be rebuilt the next time you sign in while the server can be reached.</translation>
    </message>
    <message>
        <source>Part of the offline data (%1) is damaged or was changed and has been skipped. The rest is shown; it will be loaded again when the server can be reached.</source>
        <translation>Part of the offline data (%1) is damaged or was changed and has been skipped. The rest is shown; it will be loaded again when the server can be reached.</translation>
    </message>
    <message>
        <source>The offline data cannot be stored in %1. Check that the folder exists and that you may write to it.</source>
        <translation>The offline data cannot be stored in %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The offline data file %1 could not be removed. Close other copies of Regiekamer and try again.</source>
        <translation>The offline data file %1 could not be removed. Close other copies of Regiekamer and try again.</translation>
    </message>
    <message>
        <source>The offline data is locked: sign in to open it.</source>
        <translation>The offline data is locked: sign in to open it.</translation>
    </message>
    <message>
        <source>Offline: read-only. This change can be made when the connection to the server is back.</source>
        <translation>Offline: read-only. This change can be made when the connection to the server is back.</translation>
    </message>
    <message>
        <source>The offline data on this computer could not be used and has been started afresh.</source>
        <translation>The offline data on this computer could not be used and has been started afresh.</translation>
    </message>
    <message>
        <source>Your role or organisation changed on the server: the offline data of the old role was removed.</source>
        <translation>Your role or organisation changed on the server: the offline data of the old role was removed.</translation>
    </message>
    <message>
        <source>This computer has no offline data for this account: it is kept only after a sign-in while the server can be reached.</source>
        <translation>This computer has no offline data for this account: it is kept only after a sign-in while the server can be reached.</translation>
    </message>
    <message>
        <source>The offline data on this computer may no longer be used and has been deleted. Sign in while the server can be reached: that stores it again.</source>
        <translation>The offline data on this computer may no longer be used and has been deleted. Sign in while the server can be reached: that stores it again.</translation>
    </message>
    <message>
        <source>The offline data on this computer expired on %1 and has been deleted. Sign in while the server can be reached: every such sign-in renews the offline data.</source>
        <translation>The offline data on this computer expired on %1 and has been deleted. Sign in while the server can be reached: every such sign-in renews the offline data.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is earlier than when the offline data was last opened (%1), so it was not opened. Set the clock right, or sign in while the server can be reached.</source>
        <translation>The computer&apos;s clock is earlier than when the offline data was last opened (%1), so it was not opened. Set the clock right, or sign in while the server can be reached.</translation>
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
    <name>Crypto</name>
    <message>
        <source>This data cannot be decrypted: the data was changed or the key is wrong.</source>
        <translation>This data cannot be decrypted: the data was changed or the key is wrong.</translation>
    </message>
    <message>
        <source>This data is authentic but belongs to another record or field, so it is not used here.</source>
        <translation>This data is authentic but belongs to another record or field, so it is not used here.</translation>
    </message>
</context>
<context>
    <name>CsvLocaliser</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Place on the waiting list</source>
        <translation>Place on the waiting list</translation>
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
    <message>
        <source>Member &quot;version&quot; must be at least 1.</source>
        <translation>Member &quot;version&quot; must be at least 1.</translation>
    </message>
    <message>
        <source>A duration is 1 to 1440 minutes.</source>
        <translation>A duration is 1 to 1440 minutes.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must not be negative.</source>
        <translation>Member &quot;%1&quot; must not be negative.</translation>
    </message>
    <message>
        <source>Only directors and moderators are assigned.</source>
        <translation>Only directors and moderators are assigned.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot;.</source>
        <translation>Unknown member &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must have 1 to %2 characters.</source>
        <extracomment>%1 is a JSON member name, %2 a number of characters</extracomment>
        <translation>Member &quot;%1&quot; must have 1 to %2 characters.</translation>
    </message>
    <message>
        <source>The ingest URL must start with rtmp://, rtmps:// or srt:// and name a server, without spaces.</source>
        <translation>The ingest URL must start with rtmp://, rtmps:// or srt:// and name a server, without spaces.</translation>
    </message>
    <message>
        <source>A stream key is 8 to 256 characters: letters, digits and punctuation, without spaces.</source>
        <translation>A stream key is 8 to 256 characters: letters, digits and punctuation, without spaces.</translation>
    </message>
    <message>
        <source>Member &quot;items&quot; must be a list.</source>
        <translation>Member &quot;items&quot; must be a list.</translation>
    </message>
    <message>
        <source>An override needs a reason of at least 4 characters.</source>
        <translation>An override needs a reason of at least 4 characters.</translation>
    </message>
    <message>
        <source>A reason goes only with approving or rejecting.</source>
        <translation>A reason goes only with approving or rejecting.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must be a list.</source>
        <translation>Member &quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; may hold at most %2 entries.</source>
        <translation>Member &quot;%1&quot; may hold at most %2 entries.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must be a list of texts.</source>
        <translation>Member &quot;%1&quot; must be a list of texts.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is missing.</source>
        <translation>Member &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>The capacity must be 1 to %1, or null for no limit.</source>
        <translation>The capacity must be 1 to %1, or null for no limit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as example.org.</source>
        <translation>&quot;%1&quot; is not a domain name such as example.org.</translation>
    </message>
    <message>
        <source>An organisation name must have 1 to %1 characters.</source>
        <translation>An organisation name must have 1 to %1 characters.</translation>
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
    <message>
        <source>Regiekamer keeps an encrypted copy of the data you received on this computer, so you can look at it when the server cannot be reached.

Forgetting this computer deletes that offline data of ALL accounts that signed in here, and any key kept in the keychain, and signs you out. Nothing on the server changes; the next online sign-in fills the offline data again.</source>
        <translation>Regiekamer keeps an encrypted copy of the data you received on this computer, so you can look at it when the server cannot be reached.

Forgetting this computer deletes that offline data of ALL accounts that signed in here, and any key kept in the keychain, and signs you out. Nothing on the server changes; the next online sign-in fills the offline data again.</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Forget this computer</translation>
    </message>
    <message>
        <source>Delete offline data</source>
        <translation>Delete offline data</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Rehearsal held</source>
        <translation>Rehearsal held</translation>
    </message>
    <message>
        <source>A moderator is present</source>
        <translation>A moderator is present</translation>
    </message>
    <message>
        <source>Stream key set</source>
        <translation>Stream key set</translation>
    </message>
    <message>
        <source>No registrations waiting</source>
        <translation>No registrations waiting</translation>
    </message>
    <message>
        <source>Move the webinar to Rehearsal and test picture and sound.</source>
        <translation>Move the webinar to Rehearsal and test picture and sound.</translation>
    </message>
    <message>
        <source>Assign a moderator and ask them to sign in to Regiekamer now.</source>
        <translation>Assign a moderator and ask them to sign in to Regiekamer now.</translation>
    </message>
    <message>
        <source>Set the ingest URL and stream key in the stream-key panel.</source>
        <translation>Set the ingest URL and stream key in the stream-key panel.</translation>
    </message>
    <message>
        <source>Approve or reject the registrations that are waiting.</source>
        <translation>Approve or reject the registrations that are waiting.</translation>
    </message>
</context>
<context>
    <name>ReplyDecoding</name>
    <message>
        <source>You can try again in %1 seconds.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>Not done: %1.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Registrations over time</source>
        <translation>Registrations over time</translation>
    </message>
    <message>
        <source>Viewers per minute</source>
        <translation>Viewers per minute</translation>
    </message>
    <message>
        <source>Questions by state</source>
        <translation>Questions by state</translation>
    </message>
    <message>
        <source>From registration to watching</source>
        <translation>From registration to watching</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Viewers</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Watched half or more</source>
        <translation>Watched half or more</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) in total.</source>
        <translation>
            <numerusform>%n registration in total.</numerusform>
            <numerusform>%n registrations in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n viewer(s) at once.</source>
        <translation>
            <numerusform>At most %n viewer at once.</numerusform>
            <numerusform>At most %n viewers at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registrations, %2 approved, at most %3 viewers at once, %4 questions.</source>
        <translation>%1 registrations, %2 approved, at most %3 viewers at once, %4 questions.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Counts only: this report holds no personal data. Page %1 of %2.</source>
        <translation>Counts only: this report holds no personal data. Page %1 of %2.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2. Choose another folder or file name.</source>
        <translation>The report could not be saved as %1: %2. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Webinar report</source>
        <translation>Webinar report</translation>
    </message>
    <message>
        <source>Scheduled for %1. Report made on %2.</source>
        <translation>Scheduled for %1. Report made on %2.</translation>
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
    <name>SecondFactorErrors</name>
    <message>
        <source>The server is sealed: its key custodians must unseal it before anyone can sign in.</source>
        <translation>The server is sealed: its key custodians must unseal it before anyone can sign in.</translation>
    </message>
    <message>
        <source>The server is not sealed (any more): sign in as usual.</source>
        <translation>The server is not sealed (any more): sign in as usual.</translation>
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
    <name>Shamir</name>
    <message>
        <source>A secret is split into 2 to 16 shares, at least 2 needed.</source>
        <translation>A secret is split into 2 to 16 shares, at least 2 needed.</translation>
    </message>
    <message>
        <source>There is no secret to split.</source>
        <translation>There is no secret to split.</translation>
    </message>
    <message>
        <source>The secret could not be split.</source>
        <translation>The secret could not be split.</translation>
    </message>
    <message>
        <source>At least 2 shares are needed to combine a secret.</source>
        <translation>At least 2 shares are needed to combine a secret.</translation>
    </message>
    <message>
        <source>The shares do not fit together: each needs its own index and the same length.</source>
        <translation>The shares do not fit together: each needs its own index and the same length.</translation>
    </message>
    <message>
        <source>The shares could not be combined.</source>
        <translation>The shares could not be combined.</translation>
    </message>
    <message>
        <source>%1 of the %2 needed shares were given.</source>
        <translation>%1 of the %2 needed shares were given.</translation>
    </message>
</context>
<context>
    <name>ShareFile</name>
    <message>
        <source>This is not a readable share file: %1</source>
        <translation>This is not a readable share file: %1</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not valid base64 of the right length.</source>
        <translation>member &quot;%1&quot; is not valid base64 of the right length.</translation>
    </message>
    <message>
        <source>its key derivation is not Argon2id with sane parameters.</source>
        <translation>its key derivation is not Argon2id with sane parameters.</translation>
    </message>
    <message>
        <source>its format, share set or numbers (index, threshold, shares) are not valid.</source>
        <translation>its format, share set or numbers (index, threshold, shares) are not valid.</translation>
    </message>
    <message>
        <source>the share to seal is not valid.</source>
        <translation>the share to seal is not valid.</translation>
    </message>
    <message>
        <source>A share&apos;s passphrase needs at least %1 characters.</source>
        <translation>A share&apos;s passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The share could not be sealed.</source>
        <translation>The share could not be sealed.</translation>
    </message>
    <message>
        <source>The passphrase does not open share %1 of %2 (or the file was changed). Check the passphrase and try again.</source>
        <translation>The passphrase does not open share %1 of %2 (or the file was changed). Check the passphrase and try again.</translation>
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
    <name>regiekamer::client::AccessLogGrouping</name>
    <message numerus="yes">
        <source>%n read(s) in a row by the same person, most likely by their app opening a view:</source>
        <translation>
            <numerusform>%n read in a row by the same person, most likely by their app opening a view:</numerusform>
            <numerusform>%n reads in a row by the same person, most likely by their app opening a view:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — entry %2: %3</source>
        <translation>%1 — entry %2: %3</translation>
    </message>
    <message>
        <source>Untick &quot;Group repeated reads&quot; to see each entry on its own row.</source>
        <translation>Untick &quot;Group repeated reads&quot; to see each entry on its own row.</translation>
    </message>
    <message numerus="yes">
        <source>Read (%n time(s))</source>
        <translation>
            <numerusform>Read (%n time)</numerusform>
            <numerusform>Read (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regiekamer::client::AccessLogLabels</name>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Change state</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Lockout</translation>
    </message>
    <message>
        <source>Account change</source>
        <translation>Account change</translation>
    </message>
    <message>
        <source>Key operation</source>
        <translation>Key operation</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Own profile</source>
        <translation>Own profile</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source> (webinar #%1)</source>
        <translation> (webinar #%1)</translation>
    </message>
    <message>
        <source> (webinar %1)</source>
        <translation> (webinar %1)</translation>
    </message>
    <message>
        <source>Entry %1 at %2</source>
        <translation>Entry %1 at %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Fields: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <source>Attendee: user #%1</source>
        <translation>Attendee: user #%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>Self-registration</translation>
    </message>
    <message>
        <source>E-mail change</source>
        <translation>E-mail change</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Join link</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attendee: %1</source>
        <translation>Attendee: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Presence in the room</source>
        <translation>Presence in the room</translation>
    </message>
    <message>
        <source>Left the room</source>
        <translation>Left the room</translation>
    </message>
    <message>
        <source>Sent out of the room</source>
        <translation>Sent out of the room</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Ban lifted</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Approval rules</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::AccessLogModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::ApiClient</name>
    <message>
        <source>Type the code of your authenticator app to finish signing in.</source>
        <translation>Type the code of your authenticator app to finish signing in.</translation>
    </message>
    <message>
        <source>Your second factor is confirmed for 15 minutes: start it again.</source>
        <translation>Your second factor is confirmed for 15 minutes: start it again.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::ApprovalRulesActions</name>
    <message>
        <source>Someone else changed the approval rules in the meantime. The current rules have been loaded; check them and save again.</source>
        <translation>Someone else changed the approval rules in the meantime. The current rules have been loaded; check them and save again.</translation>
    </message>
    <message>
        <source>Your role may look at these rules but not change them.</source>
        <translation>Your role may look at these rules but not change them.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::BackupStatusModel</name>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>This location holds no backup yet.</source>
        <translation>This location holds no backup yet.</translation>
    </message>
    <message>
        <source>The newest backup on this location was committed at %1.</source>
        <translation>The newest backup on this location was committed at %1.</translation>
    </message>
    <message>
        <source>Backup objects written on the server but not yet stored on this location.</source>
        <translation>Backup objects written on the server but not yet stored on this location.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Newest backup</translation>
    </message>
    <message>
        <source>Waiting objects</source>
        <translation>Waiting objects</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>%1 holds no backup yet</source>
        <translation>%1 holds no backup yet</translation>
    </message>
    <message>
        <source>the newest backup on %1 is %2 old</source>
        <translation>the newest backup on %1 is %2 old</translation>
    </message>
    <message>
        <source>cannot reach %1</source>
        <translation>cannot reach %1</translation>
    </message>
    <message>
        <source>the server cannot write backups (%1)</source>
        <translation>the server cannot write backups (%1)</translation>
    </message>
    <message>
        <source>the backups have not reported their state since %1</source>
        <translation>the backups have not reported their state since %1</translation>
    </message>
    <message>
        <source>changes not yet backed up: %1</source>
        <translation>changes not yet backed up: %1</translation>
    </message>
    <message>
        <source>the server reports a problem with the backups</source>
        <translation>the server reports a problem with the backups</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>no backup yet</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regiekamer::client::CsvExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::InvitationActions</name>
    <message>
        <source>The invitation to %1 is on its way.</source>
        <translation>The invitation to %1 is on its way.</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent again; the earlier link no longer works.</source>
        <translation>The invitation to %1 was sent again; the earlier link no longer works.</translation>
    </message>
    <message>
        <source>The invitation was revoked; its link no longer works.</source>
        <translation>The invitation was revoked; its link no longer works.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::InvitationModel</name>
    <message>
        <source>Expired: send it again or revoke it</source>
        <translation>Expired: send it again or revoke it</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Link valid until</source>
        <translation>Link valid until</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::KeychainStore</name>
    <message>
        <source>No OS keychain is available on this computer, so the key of the offline data is not kept there. Type your password to open the offline data.</source>
        <translation>No OS keychain is available on this computer, so the key of the offline data is not kept there. Type your password to open the offline data.</translation>
    </message>
    <message>
        <source>The OS keychain refused access. Allow Regiekamer in the keychain, or type your password.</source>
        <translation>The OS keychain refused access. Allow Regiekamer in the keychain, or type your password.</translation>
    </message>
    <message>
        <source>The OS keychain holds no key for this account&apos;s offline data. Type your password to open it.</source>
        <translation>The OS keychain holds no key for this account&apos;s offline data. Type your password to open it.</translation>
    </message>
    <message>
        <source>The OS keychain could not be used (%1). Type your password to sign in.</source>
        <translation>The OS keychain could not be used (%1). Type your password to sign in.</translation>
    </message>
    <message>
        <source>The key in the OS keychain no longer opens this account&apos;s offline data (it was rebuilt), so it was removed. Type your password to open the offline data.</source>
        <translation>The key in the OS keychain no longer opens this account&apos;s offline data (it was rebuilt), so it was removed. Type your password to open the offline data.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::KeychainUnlock</name>
    <message>
        <source>Type your password: the server can be reached, and it checks the password. The key in the OS keychain only opens the offline data while the server cannot be reached.</source>
        <translation>Type your password: the server can be reached, and it checks the password. The key in the OS keychain only opens the offline data while the server cannot be reached.</translation>
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
    <name>regiekamer::client::OrganisationModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::QuestionModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>Answered live</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Merged into: %1</translation>
    </message>
    <message>
        <source>Answered live; %1</source>
        <translation>Answered live; %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::RegistrationModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Minutes watched</source>
        <translation>Minutes watched</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Consent to recording</source>
        <translation>Consent to recording</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Consent to marketing</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translation>Consent given at</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is &quot;Waiting list&quot;, %2 the place on it (1 is first)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Banned because</source>
        <translation>Banned because</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::RoomPresence</name>
    <message>
        <source>Registration %1</source>
        <translation>Registration %1</translation>
    </message>
    <message>
        <source>%1 was sent out of the room; they may join again.</source>
        <translation>%1 was sent out of the room; they may join again.</translation>
    </message>
    <message>
        <source>%1 is banned from this webinar.</source>
        <translation>%1 is banned from this webinar.</translation>
    </message>
    <message>
        <source>The ban of %1 was lifted; they may join again.</source>
        <translation>The ban of %1 was lifted; they may join again.</translation>
    </message>
    <message>
        <source>Nothing changed: the attendee is no longer in the room, or the ban was already lifted.</source>
        <translation>Nothing changed: the attendee is no longer in the room, or the ban was already lifted.</translation>
    </message>
    <message>
        <source>The server refused this: your role does not allow it.</source>
        <translation>The server refused this: your role does not allow it.</translation>
    </message>
    <message>
        <source>This registration is no longer available to you.</source>
        <translation>This registration is no longer available to you.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SecurityKeyDevice</name>
    <message>
        <source>No security key found. Plug in your security key and try again.</source>
        <translation>No security key found. Plug in your security key and try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The security key was not touched in time. Try again and touch it when it blinks.</source>
        <translation>The security key was not touched in time. Try again and touch it when it blinks.</translation>
    </message>
    <message>
        <source>This security key asks for its PIN. Type the PIN and try again.</source>
        <translation>This security key asks for its PIN. Type the PIN and try again.</translation>
    </message>
    <message>
        <source>The PIN of the security key is not correct.</source>
        <translation>The PIN of the security key is not correct.</translation>
    </message>
    <message>
        <source>The security key is blocked after too many wrong PINs. Unplug it and plug it in again, or use a code.</source>
        <translation>The security key is blocked after too many wrong PINs. Unplug it and plug it in again, or use a code.</translation>
    </message>
    <message>
        <source>This security key is not registered for your account. Use a registered key or a code.</source>
        <translation>This security key is not registered for your account. Use a registered key or a code.</translation>
    </message>
    <message>
        <source>This security key is registered for your account already.</source>
        <translation>This security key is registered for your account already.</translation>
    </message>
    <message>
        <source>The security key did not answer as expected (%1). Try again.</source>
        <translation>The security key did not answer as expected (%1). Try again.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SecurityKeyListModel</name>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>%1, never used</source>
        <translation>%1, never used</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, last used %2</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SessionController</name>
    <message>
        <source>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</source>
        <translation>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The server can be reached again. Sign in with your password to work online.</source>
        <translation>The server can be reached again. Sign in with your password to work online.</translation>
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
    <message>
        <source>(attendee data, not shown)</source>
        <translation>(attendee data, not shown)</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::StreamKeyVault</name>
    <message>
        <source>The server sent no stream key.</source>
        <translation>The server sent no stream key.</translation>
    </message>
    <message>
        <source>The stream key is set; the previous key no longer works.</source>
        <translation>The stream key is set; the previous key no longer works.</translation>
    </message>
    <message>
        <source>A new stream key was made; the old key no longer works. Reveal the new key and give it to the encoder.</source>
        <translation>A new stream key was made; the old key no longer works. Reveal the new key and give it to the encoder.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::TimelineModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (checklist overridden)</source>
        <translation>%1 (checklist overridden)</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Went live although the pre-flight checklist was not complete; the reason is in the access log.</source>
        <translation>Went live although the pre-flight checklist was not complete; the reason is in the access log.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>State change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::UnsealClient</name>
    <message>
        <source>Share set of the file: %1; of the server: %2.</source>
        <translation>Share set of the file: %1; of the server: %2.</translation>
    </message>
    <message>
        <source>The share file %1 cannot be read: %2</source>
        <translation>The share file %1 cannot be read: %2</translation>
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
    <name>regiekamer::client::WebinarWorkspace</name>
    <message>
        <source>Someone else changed this in the meantime. The current version has been loaded; check it and try again.</source>
        <translation>Someone else changed this in the meantime. The current version has been loaded; check it and try again.</translation>
    </message>
    <message>
        <source>The server refused this: your role does not allow it (any more). Your rights may have changed since you signed in; sign out and in again to see what you may do now.</source>
        <translation>The server refused this: your role does not allow it (any more). Your rights may have changed since you signed in; sign out and in again to see what you may do now.</translation>
    </message>
    <message>
        <source>This is no longer available to you: it was removed, or your assignment to this webinar ended. Choose another webinar, or ask an administrator.</source>
        <translation>This is no longer available to you: it was removed, or your assignment to this webinar ended. Choose another webinar, or ask an administrator.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::AccountLinks</name>
    <message>
        <source>Choose the password of your new Regiekamer account. Nobody else ever sees it.</source>
        <translation>Choose the password of your new Regiekamer account. Nobody else ever sees it.</translation>
    </message>
    <message>
        <source>Choose a new password. Every session of your account will be signed out.</source>
        <translation>Choose a new password. Every session of your account will be signed out.</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>At least 12 characters.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Open your account</source>
        <translation>Open your account</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>This link does not work (any more): it expired, it was used already, or a newer one was sent. Ask for a new one.</source>
        <translation>This link does not work (any more): it expired, it was used already, or a newer one was sent. Ask for a new one.</translation>
    </message>
    <message>
        <source>Ask for a new password link</source>
        <translation>Ask for a new password link</translation>
    </message>
    <message>
        <source>Link not valid</source>
        <translation>Link not valid</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Choose a password of at least 12 characters.</source>
        <translation>Choose a password of at least 12 characters.</translation>
    </message>
    <message>
        <source>Your password is saved. Sign in with it in the Regiekamer app or on the portal.</source>
        <translation>Your password is saved. Sign in with it in the Regiekamer app or on the portal.</translation>
    </message>
    <message>
        <source>Sign in on the portal</source>
        <translation>Sign in on the portal</translation>
    </message>
    <message>
        <source>Password saved</source>
        <translation>Password saved</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account. If it has one, a link to choose a new password is sent to it; the link works for 30 minutes.</source>
        <translation>Type the e-mail address of your account. If it has one, a link to choose a new password is sent to it; the link works for 30 minutes.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Send the link</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Too many links were asked for from your network. Try again in 15 minutes.</source>
        <translation>Too many links were asked for from your network. Try again in 15 minutes.</translation>
    </message>
    <message>
        <source>If the address has an account, a link was sent to it. Check your mail.</source>
        <translation>If the address has an account, a link was sent to it. Check your mail.</translation>
    </message>
    <message>
        <source>The server is busy. Nothing was changed; send the form again in a moment.</source>
        <translation>The server is busy. Nothing was changed; send the form again in a moment.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::EmailChange</name>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Go to the sign-in page</translation>
    </message>
    <message>
        <source>Your address is %1. A link to confirm the new address is sent to it; the change takes effect when you open that link. Your current address is told about it.</source>
        <translation>Your address is %1. A link to confirm the new address is sent to it; the change takes effect when you open that link. Your current address is told about it.</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Send the confirmation link</source>
        <translation>Send the confirmation link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Change my e-mail address</translation>
    </message>
    <message>
        <source>Too many wrong passwords, or the server is busy. Try again later.</source>
        <translation>Too many wrong passwords, or the server is busy. Try again later.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>You asked for too many changes. Try again in an hour.</source>
        <translation>You asked for too many changes. Try again in an hour.</translation>
    </message>
    <message>
        <source>Type a valid e-mail address that differs from your current one.</source>
        <translation>Type a valid e-mail address that differs from your current one.</translation>
    </message>
    <message>
        <source>Check the new address: a link to confirm it was sent there, and works for 24 hours. Until then your address stays as it is.</source>
        <translation>Check the new address: a link to confirm it was sent there, and works for 24 hours. Until then your address stays as it is.</translation>
    </message>
    <message>
        <source>Back to my profile</source>
        <translation>Back to my profile</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Check your mail</translation>
    </message>
    <message>
        <source>Confirm %1 as the new e-mail address of your Regiekamer account.</source>
        <translation>Confirm %1 as the new e-mail address of your Regiekamer account.</translation>
    </message>
    <message>
        <source>Confirm the new address</source>
        <translation>Confirm the new address</translation>
    </message>
    <message>
        <source>Confirm your new address</source>
        <translation>Confirm your new address</translation>
    </message>
    <message>
        <source>Another account uses this address now, so it cannot become yours.</source>
        <translation>Another account uses this address now, so it cannot become yours.</translation>
    </message>
    <message>
        <source>Your e-mail address is changed. Sign in with the new address from now on.</source>
        <translation>Your e-mail address is changed. Sign in with the new address from now on.</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Address changed</translation>
    </message>
    <message>
        <source>If you did not ask to change your e-mail address, someone else knows your password. Reporting it undoes the change, signs out every session and makes the password stop working. A link to choose a new one is then sent to this address.</source>
        <translation>If you did not ask to change your e-mail address, someone else knows your password. Reporting it undoes the change, signs out every session and makes the password stop working. A link to choose a new one is then sent to this address.</translation>
    </message>
    <message>
        <source>This was not me: secure my account</source>
        <translation>This was not me: secure my account</translation>
    </message>
    <message>
        <source>Report a change you did not ask for</source>
        <translation>Report a change you did not ask for</translation>
    </message>
    <message>
        <source>Your account is secured: the change is undone and every session is signed out. Check this address for the link to choose a new password, and tell your Regiekamer administrator.</source>
        <translation>Your account is secured: the change is undone and every session is signed out. Check this address for the link to choose a new password, and tell your Regiekamer administrator.</translation>
    </message>
    <message>
        <source>Account secured</source>
        <translation>Account secured</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::Layout</name>
    <message>
        <source>Skip to content</source>
        <translation>Skip to content</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this site, so nothing was changed.</source>
        <translation>This form has expired or did not come from this site, so nothing was changed.</translation>
    </message>
    <message>
        <source>Open the page again and try once more.</source>
        <translation>Open the page again and try once more.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::Portal</name>
    <message>
        <source>Every time someone reads or changes your data, the access log records it. These are the latest 200 entries about you.</source>
        <translation>Every time someone reads or changes your data, the access log records it. These are the latest 200 entries about you.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Who accessed my data</source>
        <translation>Who accessed my data</translation>
    </message>
    <message>
        <source>Deleting your account removes your profile, your registrations and your questions, and destroys the key your personal data was encrypted with. This cannot be undone.</source>
        <translation>Deleting your account removes your profile, your registrations and your questions, and destroys the key your personal data was encrypted with. This cannot be undone.</translation>
    </message>
    <message>
        <source>Download your data first if you want to keep a copy.</source>
        <translation>Download your data first if you want to keep a copy.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>To confirm that it is you.</source>
        <translation>To confirm that it is you.</translation>
    </message>
    <message>
        <source>Delete my account for good</source>
        <translation>Delete my account for good</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>Your account and your personal data have been deleted.</source>
        <translation>Your account and your personal data have been deleted.</translation>
    </message>
    <message>
        <source>Back to the sign-in page</source>
        <translation>Back to the sign-in page</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account deleted</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to your account</source>
        <translation>Sign in to your account</translation>
    </message>
    <message>
        <source>The form could not be read.</source>
        <translation>The form could not be read.</translation>
    </message>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>The e-mail address or password is not correct.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>Fill in your e-mail address and password.</source>
        <translation>Fill in your e-mail address and password.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>My registrations</source>
        <translation>My registrations</translation>
    </message>
    <message>
        <source>You have no registrations.</source>
        <translation>You have no registrations.</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>My questions</translation>
    </message>
    <message>
        <source>You have not asked any questions.</source>
        <translation>You have not asked any questions.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Download all my data (JSON)</source>
        <translation>Download all my data (JSON)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>I agree to webinars being recorded with me in them</source>
        <translation>I agree to webinars being recorded with me in them</translation>
    </message>
    <message>
        <source>I want to receive news about coming webinars</source>
        <translation>I want to receive news about coming webinars</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your account cannot change its profile here.</source>
        <translation>Your account cannot change its profile here.</translation>
    </message>
    <message>
        <source>Your profile was changed elsewhere meanwhile; check it and save again.</source>
        <translation>Your profile was changed elsewhere meanwhile; check it and save again.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Your profile has been saved.</source>
        <translation>Your profile has been saved.</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderated</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>your data</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>access log</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>not carried out</source>
        <translation>not carried out</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Too many wrong passwords, or the server is busy. Try again later.</source>
        <translation>Too many wrong passwords, or the server is busy. Try again later.</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Change my e-mail address</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>E-mail address change</source>
        <translation>E-mail address change</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Join link</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>Present in the room</source>
        <translation>Present in the room</translation>
    </message>
    <message>
        <source>Left the room</source>
        <translation>Left the room</translation>
    </message>
    <message>
        <source>Sent out of the room</source>
        <translation>Sent out of the room</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Ban lifted</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Merged into: %1</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>Answered live</translation>
    </message>
    <message>
        <source>This account signs in with a second factor. Sign in with the Regiekamer app.</source>
        <translation>This account signs in with a second factor. Sign in with the Regiekamer app.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::SignUp</name>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minutes</translation>
    </message>
    <message>
        <source>There is no webinar open for registration at this address. Check the link you were given, or ask the organiser.</source>
        <translation>There is no webinar open for registration at this address. Check the link you were given, or ask the organiser.</translation>
    </message>
    <message>
        <source>Registration not possible</source>
        <translation>Registration not possible</translation>
    </message>
    <message>
        <source>After you send this form, a link to confirm your registration is sent to your e-mail address. Nothing is stored until you confirm.</source>
        <translation>After you send this form, a link to confirm your registration is sent to your e-mail address. Nothing is stored until you confirm.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Company (optional)</source>
        <translation>Company (optional)</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Job title (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>I agree to the webinar being recorded with me in it</source>
        <translation>I agree to the webinar being recorded with me in it</translation>
    </message>
    <message>
        <source>I want to receive news about coming webinars</source>
        <translation>I want to receive news about coming webinars</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register for a webinar</source>
        <translation>Register for a webinar</translation>
    </message>
    <message>
        <source>Type your full name.</source>
        <translation>Type your full name.</translation>
    </message>
    <message>
        <source>Type a valid e-mail address, such as name@example.com.</source>
        <translation>Type a valid e-mail address, such as name@example.com.</translation>
    </message>
    <message>
        <source>Too many registrations were sent from your network. Try again in 15 minutes.</source>
        <translation>Too many registrations were sent from your network. Try again in 15 minutes.</translation>
    </message>
    <message>
        <source>Check your mail: a link to confirm your registration was sent to %1. The link works for 24 hours.</source>
        <translation>Check your mail: a link to confirm your registration was sent to %1. The link works for 24 hours.</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Check your mail</translation>
    </message>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Go to the sign-in page</translation>
    </message>
    <message>
        <source>You are registering as %1.</source>
        <translation>You are registering as %1.</translation>
    </message>
    <message>
        <source>Choose a password for your account. With it you can see, change, download and delete your data on the portal.</source>
        <translation>Choose a password for your account. With it you can see, change, download and delete your data on the portal.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>At least 12 characters.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Confirm my registration</source>
        <translation>Confirm my registration</translation>
    </message>
    <message>
        <source>Confirm your registration</source>
        <translation>Confirm your registration</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Choose a password of at least 12 characters.</source>
        <translation>Choose a password of at least 12 characters.</translation>
    </message>
    <message>
        <source>This registration cannot be completed: the webinar is no longer open, you are registered already, or the address belongs to a staff account.</source>
        <translation>This registration cannot be completed: the webinar is no longer open, you are registered already, or the address belongs to a staff account.</translation>
    </message>
    <message>
        <source>You are registered. Your personal link to join the webinar was sent to you by mail.</source>
        <translation>You are registered. Your personal link to join the webinar was sent to you by mail.</translation>
    </message>
    <message>
        <source>Your registration is received. The organiser approves each registration; once yours is approved, your personal link to join the webinar is sent to you by mail.</source>
        <translation>Your registration is received. The organiser approves each registration; once yours is approved, your personal link to join the webinar is sent to you by mail.</translation>
    </message>
    <message>
        <source>See your data on the portal</source>
        <translation>See your data on the portal</translation>
    </message>
    <message>
        <source>Registration confirmed</source>
        <translation>Registration confirmed</translation>
    </message>
    <message>
        <source>Your registration is not approved (any more), so this entrance is closed. Ask the organiser if you think this is wrong.</source>
        <translation>Your registration is not approved (any more), so this entrance is closed. Ask the organiser if you think this is wrong.</translation>
    </message>
    <message>
        <source>The webinar is live now.</source>
        <translation>The webinar is live now.</translation>
    </message>
    <message>
        <source>The webinar has ended.</source>
        <translation>The webinar has ended.</translation>
    </message>
    <message>
        <source>The webinar has not started yet. Come back through this link at the time above.</source>
        <translation>The webinar has not started yet. Come back through this link at the time above.</translation>
    </message>
    <message>
        <source>This is your personal entrance: do not pass the link on.</source>
        <translation>This is your personal entrance: do not pass the link on.</translation>
    </message>
    <message>
        <source>Your entrance</source>
        <translation>Your entrance</translation>
    </message>
    <message>
        <source>The server is busy. Nothing was changed; send the form again in a moment.</source>
        <translation>The server is busy. Nothing was changed; send the form again in a moment.</translation>
    </message>
    <message>
        <source>You are registered, and the webinar is full: you are on its waiting list. You move up by yourself when a place frees; then your personal link to join the webinar is sent to you by mail.</source>
        <translation>You are registered, and the webinar is full: you are on its waiting list. You move up by yourself when a place frees; then your personal link to join the webinar is sent to you by mail.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccessLogFilterBar</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Webinar:</source>
        <translation>&amp;Webinar:</translation>
    </message>
    <message>
        <source>Atte&amp;ndee:</source>
        <translation>Atte&amp;ndee:</translation>
    </message>
    <message>
        <source>Search the access log …</source>
        <translation>Search the access log …</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All webinars</source>
        <translation>All webinars</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Search the access log</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entries from</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Entries up to</translation>
    </message>
    <message>
        <source>name or #user id</source>
        <translation>name or #user id</translation>
    </message>
    <message>
        <source>Attendee&apos;s name</source>
        <translation>Attendee&apos;s name</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccessLogView</name>
    <message>
        <source>The chain status is not available: %1</source>
        <translation>The chain status is not available: %1</translation>
    </message>
    <message>
        <source>Checking the access log&apos;s chain …</source>
        <translation>Checking the access log&apos;s chain …</translation>
    </message>
    <message>
        <source>Chain verified up to entry %1 of %2 at %3</source>
        <translation>Chain verified up to entry %1 of %2 at %3</translation>
    </message>
    <message numerus="yes">
        <source>The chain has not been verified yet (%n entry(ies)).</source>
        <translation>
            <numerusform>The chain has not been verified yet (%n entry).</numerusform>
            <numerusform>The chain has not been verified yet (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source> — loading …</source>
        <translation> — loading …</translation>
    </message>
    <message>
        <source>The selected entry concerns no attendee.</source>
        <translation>The selected entry concerns no attendee.</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Load older entries</translation>
    </message>
    <message>
        <source>Only this attendee</source>
        <translation>Only this attendee</translation>
    </message>
    <message>
        <source>Export to CSV …</source>
        <translation>Export to CSV …</translation>
    </message>
    <message>
        <source>Warning: the access log has been tampered with or damaged from entry %1 on. Tell the administrator. Details: %2</source>
        <translation>Warning: the access log has been tampered with or damaged from entry %1 on. Tell the administrator. Details: %2</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Access log entries</translation>
    </message>
    <message>
        <source>&amp;Group repeated reads</source>
        <translation>&amp;Group repeated reads</translation>
    </message>
    <message>
        <source>Shows the reads one person&apos;s app makes within seconds (opening a webinar reads its details, registrations and questions) as one row. Every entry stays recorded.</source>
        <translation>Shows the reads one person&apos;s app makes within seconds (opening a webinar reads its details, registrations and questions) as one row. Every entry stays recorded.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccountDialog</name>
    <message numerus="yes">
        <source>The initial password needs at least %n characters.</source>
        <translation>
            <numerusform>The initial password needs at least %n character.</numerusform>
            <numerusform>The initial password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccountsPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>The account %1 has been created.</source>
        <translation>The account %1 has been created.</translation>
    </message>
    <message>
        <source>Choose the organisation this client staff member works for.</source>
        <translation>Choose the organisation this client staff member works for.</translation>
    </message>
    <message>
        <source>The role has been changed to %1.</source>
        <translation>The role has been changed to %1.</translation>
    </message>
    <message>
        <source>The account %1 has been enabled.</source>
        <translation>The account %1 has been enabled.</translation>
    </message>
    <message>
        <source>The account %1 has been disabled; its sessions have ended.</source>
        <translation>The account %1 has been disabled; its sessions have ended.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>New account …</source>
        <translation>New account …</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Client organisation</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AdminView</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
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
    <message>
        <source>The offline data of all accounts on this computer was deleted.</source>
        <translation>The offline data of all accounts on this computer was deleted.</translation>
    </message>
    <message>
        <source>The server is unsealed.</source>
        <translation>The server is unsealed.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ApprovalRulesDialog</name>
    <message numerus="yes">
        <source>Approval rules of “%1” saved: %n approved, %2 on the waiting list.</source>
        <translation>
            <numerusform>Approval rules of “%1” saved: %n approved, %2 on the waiting list.</numerusform>
            <numerusform>Approval rules of “%1” saved: %n approved, %2 on the waiting list.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 domains and %1 organisations.</source>
        <translation>At most %1 domains and %1 organisations.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Write only the part after the @, such as example.org (no * or @; subdomains are separate lines).</source>
        <translation>“%1” is not a domain name. Write only the part after the @, such as example.org (no * or @; subdomains are separate lines).</translation>
    </message>
    <message>
        <source>The organisation “%1…” is longer than %2 characters.</source>
        <translation>The organisation “%1…” is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>Loading the rules …</translation>
    </message>
    <message>
        <source>Now %1 approved, %2 on the waiting list.</source>
        <translation>Now %1 approved, %2 on the waiting list.</translation>
    </message>
    <message>
        <source>Fewer places than approved: nobody loses their place, but nobody new is admitted until enough places free.</source>
        <translation>Fewer places than approved: nobody loses their place, but nobody new is admitted until enough places free.</translation>
    </message>
    <message>
        <source>Approval rules of “%1”</source>
        <translation>Approval rules of “%1”</translation>
    </message>
    <message>
        <source>Registrations from these e-mail domains or organisations are approved at once; the others wait for your approval. Beyond the capacity, registrations go onto the waiting list and move up by themselves, in order of registration, when a place frees.</source>
        <translation>Registrations from these e-mail domains or organisations are approved at once; the others wait for your approval. Beyond the capacity, registrations go onto the waiting list and move up by themselves, in order of registration, when a place frees.</translation>
    </message>
    <message>
        <source>E-mail &amp;domains, one per line (for example zorg.nl):</source>
        <translation>E-mail &amp;domains, one per line (for example zorg.nl):</translation>
    </message>
    <message>
        <source>&amp;Organisations, one per line (as attendees give their company):</source>
        <translation>&amp;Organisations, one per line (as attendees give their company):</translation>
    </message>
    <message>
        <source>E-mail domains approved at once</source>
        <translation>E-mail domains approved at once</translation>
    </message>
    <message>
        <source>Organisations approved at once</source>
        <translation>Organisations approved at once</translation>
    </message>
    <message>
        <source>&amp;Limit the places to</source>
        <translation>&amp;Limit the places to</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AssignmentsPanel</name>
    <message>
        <source>All webinars</source>
        <translation>All webinars</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has been assigned to the webinar.</source>
        <translation>%1 has been assigned to the webinar.</translation>
    </message>
    <message>
        <source>%1 no longer works on this webinar.</source>
        <translation>%1 no longer works on this webinar.</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <source>Remove the assignment?</source>
        <translation>Remove the assignment?</translation>
    </message>
    <message>
        <source>%1 will no longer work on &quot;%2&quot; and loses access to its data at once.</source>
        <translation>%1 will no longer work on &quot;%2&quot; and loses access to its data at once.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Keep the assignment</source>
        <translation>Keep the assignment</translation>
    </message>
    <message>
        <source>Staff member to assign</source>
        <translation>Staff member to assign</translation>
    </message>
    <message>
        <source>The webinar &quot;%1&quot; was created as a draft.</source>
        <translation>The webinar &quot;%1&quot; was created as a draft.</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were saved.</source>
        <translation>The changes to &quot;%1&quot; were saved.</translation>
    </message>
    <message>
        <source>Delete the webinar?</source>
        <translation>Delete the webinar?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%2) is deleted with its %n registration(s) and all its questions. This cannot be undone.</source>
        <translation>
            <numerusform>&quot;%1&quot; (%2) is deleted with its %n registration and all its questions. This cannot be undone.</numerusform>
            <numerusform>&quot;%1&quot; (%2) is deleted with its %n registrations and all its questions. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the webinar</source>
        <translation>Delete the webinar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The webinar &quot;%1&quot; was deleted.</source>
        <translation>The webinar &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>&amp;New webinar …</source>
        <translation>&amp;New webinar …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Delete …</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AttendeePanel</name>
    <message>
        <source>All registrations</source>
        <translation>All registrations</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Search by name, e-mail or company</source>
        <translation>Search by name, e-mail or company</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>All approval states</source>
        <translation>All approval states</translation>
    </message>
    <message>
        <source>Present or not</source>
        <translation>Present or not</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>(loading, %1 of %2)</source>
        <translation>(loading, %1 of %2)</translation>
    </message>
    <message>
        <source>Registrations and attendance</source>
        <translation>Registrations and attendance</translation>
    </message>
    <message>
        <source>Export CSV …</source>
        <translation>Export CSV …</translation>
    </message>
    <message>
        <source>Download all registrations of this webinar from the server as a CSV file</source>
        <translation>Download all registrations of this webinar from the server as a CSV file</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Search registrations</translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation>Approval state</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject registrations</source>
        <translation>Reject registrations</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s) for “%1”: %2? They are not admitted. You can undo this for ten seconds.</source>
        <translation>
            <numerusform>Reject %n registration for “%1”: %2? This person is not admitted. You can undo this for ten seconds.</numerusform>
            <numerusform>Reject %n registrations for “%1”: %2? They are not admitted. You can undo this for ten seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Approve the selected registrations (select several with Shift or Ctrl, all with Ctrl+A)</source>
        <translation>Approve the selected registrations (select several with Shift or Ctrl, all with Ctrl+A)</translation>
    </message>
    <message>
        <source>Reject the selected registrations; asks first, and can be undone for ten seconds</source>
        <translation>Reject the selected registrations; asks first, and can be undone for ten seconds</translation>
    </message>
    <message>
        <source>Waiting l&amp;ist</source>
        <translation>Waiting l&amp;ist</translation>
    </message>
    <message>
        <source>Put the selected registrations on the waiting list: they move up by themselves, in order of registration, when a place frees</source>
        <translation>Put the selected registrations on the waiting list: they move up by themselves, in order of registration, when a place frees</translation>
    </message>
    <message>
        <source>Reason for the a&amp;ttendee:</source>
        <translation>Reason for the a&amp;ttendee:</translation>
    </message>
    <message>
        <source>optional; mailed with an approval or rejection</source>
        <translation>optional; mailed with an approval or rejection</translation>
    </message>
    <message>
        <source>Reason for the attendee</source>
        <translation>Reason for the attendee</translation>
    </message>
    <message>
        <source>&amp;Capacity and approval rules …</source>
        <translation>&amp;Capacity and approval rules …</translation>
    </message>
    <message>
        <source>Who is approved at once, and how many places the webinar has</source>
        <translation>Who is approved at once, and how many places the webinar has</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::BackupPanel</name>
    <message>
        <source>Backup locations</source>
        <translation>Backup locations</translation>
    </message>
    <message>
        <source>Reading the backup status …</source>
        <translation>Reading the backup status …</translation>
    </message>
    <message>
        <source>The backup status needs a connection to the server. It is shown as soon as the app is online.</source>
        <translation>The backup status needs a connection to the server. It is shown as soon as the app is online.</translation>
    </message>
    <message>
        <source>Backups are not configured on this server</source>
        <translation>Backups are not configured on this server</translation>
    </message>
    <message>
        <source>Backups: all locations up to date</source>
        <translation>Backups: all locations up to date</translation>
    </message>
    <message>
        <source>Backups are degraded: %1. The server keeps trying; if this lasts, ask the server&apos;s operator to check the backup locations.</source>
        <translation>Backups are degraded: %1. The server keeps trying; if this lasts, ask the server&apos;s operator to check the backup locations.</translation>
    </message>
    <message>
        <source>Your account may not see the backup status. Sign in with an administrator account.</source>
        <translation>Your account may not see the backup status. Sign in with an administrator account.</translation>
    </message>
    <message>
        <source>This server does not report a backup status; it may run an older version of Regiekamer. Ask the server&apos;s operator to update it.</source>
        <translation>This server does not report a backup status; it may run an older version of Regiekamer. Ask the server&apos;s operator to update it.</translation>
    </message>
    <message>
        <source>The backup status could not be read: %1 Press F5 to try again.</source>
        <translation>The backup status could not be read: %1 Press F5 to try again.</translation>
    </message>
    <message>
        <source>The server&apos;s operator turns them on with --backup-recipients and --backup-to.</source>
        <translation>The server&apos;s operator turns them on with --backup-recipients and --backup-to.</translation>
    </message>
    <message>
        <source>Last snapshot: %1</source>
        <translation>Last snapshot: %1</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>No snapshot yet</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Status as of %1</translation>
    </message>
    <message>
        <source>Backup state</source>
        <translation>Backup state</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask the server for the backup state now (F5)</source>
        <translation>Ask the server for the backup state now (F5)</translation>
    </message>
    <message>
        <source>Refresh the backup state</source>
        <translation>Refresh the backup state</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::BanDialog</name>
    <message>
        <source>Ban from the webinar</source>
        <translation>Ban from the webinar</translation>
    </message>
    <message>
        <source>%1 leaves the room now and cannot join this webinar again until you lift the ban. The client&apos;s staff see the ban and its reason.</source>
        <translation>%1 leaves the room now and cannot join this webinar again until you lift the ban. The client&apos;s staff see the ban and its reason.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Reason for the ban</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ClientStaffView</name>
    <message>
        <source>Your organisation&apos;s webinars</source>
        <translation>Your organisation&apos;s webinars</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::DirectorView</name>
    <message>
        <source>Webinars assigned to you</source>
        <translation>Webinars assigned to you</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::EmailChangeDialog</name>
    <message>
        <source>Type the new address, such as name@example.com.</source>
        <translation>Type the new address, such as name@example.com.</translation>
    </message>
    <message>
        <source>This is your current address already.</source>
        <translation>This is your current address already.</translation>
    </message>
    <message>
        <source>Type your password: it confirms that you are asking.</source>
        <translation>Type your password: it confirms that you are asking.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was changed.</source>
        <translation>The password is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <source>A link to confirm %1 was sent to that address. Your address changes when you open it; until then you sign in with %2, which was told about the change.</source>
        <translation>A link to confirm %1 was sent to that address. Your address changes when you open it; until then you sign in with %2, which was told about the change.</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Change my e-mail address</translation>
    </message>
    <message>
        <source>Your address is %1. A link to confirm the new address is sent there; your current address is told, with a way to report it if it was not you.</source>
        <translation>Your address is %1. A link to confirm the new address is sent there; your current address is told, with a way to report it if it was not you.</translation>
    </message>
    <message>
        <source>&amp;New address:</source>
        <translation>&amp;New address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Send confirmation link</source>
        <translation>Send confirmation link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::EnrolmentDialog</name>
    <message>
        <source>Type the six digits your authenticator app shows.</source>
        <translation>Type the six digits your authenticator app shows.</translation>
    </message>
    <message>
        <source>Your recovery codes</source>
        <translation>Your recovery codes</translation>
    </message>
    <message>
        <source>Set up your second factor</source>
        <translation>Set up your second factor</translation>
    </message>
    <message>
        <source>Your role needs a second factor before you can continue.</source>
        <translation>Your role needs a second factor before you can continue.</translation>
    </message>
    <message>
        <source>Scan the QR code with an authenticator app (such as Aegis, FreeOTP or Google Authenticator), then type the six-digit code it shows.</source>
        <translation>Scan the QR code with an authenticator app (such as Aegis, FreeOTP or Google Authenticator), then type the six-digit code it shows.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>QR code of your new second factor</source>
        <translation>QR code of your new second factor</translation>
    </message>
    <message>
        <source>Or type this key:</source>
        <translation>Or type this key:</translation>
    </message>
    <message>
        <source>Key of your new second factor</source>
        <translation>Key of your new second factor</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code of the authenticator app</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Cancel and sign out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ExportController</name>
    <message>
        <source>Export registrations</source>
        <translation>Export registrations</translation>
    </message>
    <message>
        <source>Exporting the registrations of %1 …</source>
        <translation>Exporting the registrations of %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting the registrations: %1 kB received …</source>
        <translation>Exporting the registrations: %1 kB received …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n registration(s) to %1.</source>
        <translation>
            <numerusform>Exported %n registration to %1.</numerusform>
            <numerusform>Exported %n registrations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>access-log</translation>
    </message>
    <message>
        <source>Exporting the access log …</source>
        <translation>Exporting the access log …</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <source>Exporting the access log: %1 kB received …</source>
        <translation>Exporting the access log: %1 kB received …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n access log entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n access log entry to %1.</numerusform>
            <numerusform>Exported %n access log entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language (*.csv)</source>
        <translation>CSV for spreadsheets in this language (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV, UTF-8 with commas (*.csv)</source>
        <translation>Plain CSV, UTF-8 with commas (*.csv)</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::GoLivePanel</name>
    <message>
        <source>Starts in %1</source>
        <translation>Starts in %1</translation>
    </message>
    <message>
        <source>The scheduled start was %1 ago</source>
        <translation>The scheduled start was %1 ago</translation>
    </message>
    <message>
        <source>Live for %1 · %2 left</source>
        <translation>Live for %1 · %2 left</translation>
    </message>
    <message>
        <source>Live for %1 · %2 over time</source>
        <translation>Live for %1 · %2 over time</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: not done</translation>
    </message>
    <message>
        <source>Go live without a complete checklist?</source>
        <translation>Go live without a complete checklist?</translation>
    </message>
    <message>
        <source>The pre-flight checklist is not complete. Why go live anyway? The reason is kept in the access log, for the client to see.</source>
        <translation>The pre-flight checklist is not complete. Why go live anyway? The reason is kept in the access log, for the client to see.</translation>
    </message>
    <message>
        <source>Go live anyway</source>
        <translation>Go live anyway</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Pre-flight checklist</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <source>The webinar is on air</source>
        <translation>The webinar is on air</translation>
    </message>
    <message>
        <source>Go live &amp;anyway …</source>
        <translation>Go live &amp;anyway …</translation>
    </message>
    <message>
        <source>Goes live although the checklist is not complete; asks for the reason first.</source>
        <translation>Goes live although the checklist is not complete; asks for the reason first.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Timeline of state changes</source>
        <translation>Timeline of state changes</translation>
    </message>
    <message>
        <source>Time until or since the start</source>
        <translation>Time until or since the start</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::InvitationsPanel</name>
    <message>
        <source>Pending invitations</source>
        <translation>Pending invitations</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>Revoke the invitation?</translation>
    </message>
    <message>
        <source>The invitation to %1 will be revoked: its link stops working and the invited account is deleted. This cannot be undone; you can invite the address again.</source>
        <translation>The invitation to %1 will be revoked: its link stops working and the invited account is deleted. This cannot be undone; you can invite the address again.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revoke invitation</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Invite …</source>
        <translation>Invite …</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Revoke …</source>
        <translation>Revoke …</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::InviteDialog</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Invite a member of staff</source>
        <translation>Invite a member of staff</translation>
    </message>
    <message>
        <source>Language of the mail:</source>
        <translation>Language of the mail:</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Send invitation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>Unlock offline data without typing the password (OS keychain)</source>
        <translation>Unlock offline data without typing the password (OS keychain)</translation>
    </message>
    <message>
        <source>Forget this computer…</source>
        <translation>Forget this computer…</translation>
    </message>
    <message>
        <source>Delete the offline data of all accounts on this computer</source>
        <translation>Delete the offline data of all accounts on this computer</translation>
    </message>
    <message>
        <source>Keeps the key of this account&apos;s offline data in the OS keychain. While the server cannot be reached, sign in with an empty password to open the offline data. Anyone who can use your unlocked computer account can then open it too.</source>
        <translation>Keeps the key of this account&apos;s offline data in the OS keychain. While the server cannot be reached, sign in with an empty password to open the offline data. Anyone who can use your unlocked computer account can then open it too.</translation>
    </message>
    <message>
        <source>The server is sealed: nobody can sign in until enough key custodians have unsealed it.</source>
        <translation>The server is sealed: nobody can sign in until enough key custodians have unsealed it.</translation>
    </message>
    <message>
        <source>&amp;Unseal…</source>
        <translation>&amp;Unseal…</translation>
    </message>
    <message>
        <source>For key custodians: give your share of the server&apos;s key</source>
        <translation>For key custodians: give your share of the server&apos;s key</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MainWindow</name>
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
    <message>
        <source>Offline, read-only</source>
        <translation>Offline, read-only</translation>
    </message>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation>&amp;Forget this computer…</translation>
    </message>
    <message>
        <source>Delete the offline data of all accounts on this computer</source>
        <translation>Delete the offline data of all accounts on this computer</translation>
    </message>
    <message>
        <source>Change my &amp;e-mail address…</source>
        <translation>Change my &amp;e-mail address…</translation>
    </message>
    <message>
        <source>Live updates connected</source>
        <translation>Live updates connected</translation>
    </message>
    <message>
        <source>Second f&amp;actor…</source>
        <translation>Second f&amp;actor…</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Take this change back</source>
        <translation>Take this change back</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ModeratorView</name>
    <message>
        <source>Webinars you moderate</source>
        <translation>Webinars you moderate</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::OfflineBanner</name>
    <message>
        <source>Back online — data updated.</source>
        <translation>Back online — data updated.</translation>
    </message>
    <message>
        <source>Offline — showing data from %1 (%2).</source>
        <translation>Offline — showing data from %1 (%2).</translation>
    </message>
    <message>
        <source>Connection to the server lost — showing data from %1 (%2).</source>
        <translation>Connection to the server lost — showing data from %1 (%2).</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Offline.</translation>
    </message>
    <message>
        <source>Connection to the server lost.</source>
        <translation>Connection to the server lost.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s …</source>
        <translation>Reconnecting in %1 s …</translation>
    </message>
    <message>
        <source>Reconnecting …</source>
        <translation>Reconnecting …</translation>
    </message>
    <message>
        <source>less than a minute old</source>
        <translation>less than a minute old</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) old</source>
        <translation>
            <numerusform>%n minute old</numerusform>
            <numerusform>%n minutes old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n hour old</numerusform>
            <numerusform>%n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Try to reach the server now instead of waiting</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::OrganisationsPanel</name>
    <message>
        <source>Client organisations</source>
        <translation>Client organisations</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>The organisation %1 has been created.</source>
        <translation>The organisation %1 has been created.</translation>
    </message>
    <message>
        <source>The organisation has been renamed to %1.</source>
        <translation>The organisation has been renamed to %1.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>Create organisation</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::PresencePanel</name>
    <message>
        <source>Present: %1 of %2 registered</source>
        <translation>Present: %1 of %2 registered</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>joined %1</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::QuestionQueuePanel</name>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 asks: %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Select a question to moderate or answer it.</source>
        <translation>Select a question to moderate or answer it.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Approve the selected question so the speakers can take it</source>
        <translation>Approve the selected question so the speakers can take it</translation>
    </message>
    <message>
        <source>Dismiss the selected question</source>
        <translation>Dismiss the selected question</translation>
    </message>
    <message>
        <source>Pin the selected question to the top for the speakers</source>
        <translation>Pin the selected question to the top for the speakers</translation>
    </message>
    <message>
        <source>Type an answer to the selected question</source>
        <translation>Type an answer to the selected question</translation>
    </message>
    <message>
        <source>Show questions</source>
        <translation>Show questions</translation>
    </message>
    <message>
        <source>Answer to the selected question</source>
        <translation>Answer to the selected question</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>A&amp;nswer</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Send the answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Merge %1 into “%2” (%3)? The merged questions leave the queue; their askers see the question they joined and its answer, and its votes count theirs. Unmerge takes it back.</source>
        <translation>Merge %1 into “%2” (%3)? The merged questions leave the queue; their askers see the question they joined and its answer, and its votes count theirs. Unmerge takes it back.</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Merge questions</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Keep them apart</source>
        <translation>&amp;Keep them apart</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Most votes first</translation>
    </message>
    <message>
        <source>Sort questions</source>
        <translation>Sort questions</translation>
    </message>
    <message>
        <source>Answered &amp;live</source>
        <translation>Answered &amp;live</translation>
    </message>
    <message>
        <source>Mark the selected question as answered live in the webinar (Ctrl+L)</source>
        <translation>Mark the selected question as answered live in the webinar (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge the selected duplicates into the oldest of them (select two or more)</source>
        <translation>Merge the selected duplicates into the oldest of them (select two or more)</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Unmerge</translation>
    </message>
    <message>
        <source>Take back the merge of the selected question, or the last merge</source>
        <translation>Take back the merge of the selected question, or the last merge</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ReadOnlyGate</name>
    <message>
        <source>Not available offline</source>
        <translation>Not available offline</translation>
    </message>
    <message>
        <source>The last known state: the server cannot be reached right now.</source>
        <translation>The last known state: the server cannot be reached right now.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::RecoveryCodesPage</name>
    <message>
        <source>Regiekamer recovery codes (each works once):</source>
        <translation>Regiekamer recovery codes (each works once):</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Copied. Paste them into your password manager, then clear the clipboard.</source>
        <translation>Copied. Paste them into your password manager, then clear the clipboard.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Save the recovery codes</translation>
    </message>
    <message>
        <source>regiekamer-recovery-codes.txt</source>
        <translation>regiekamer-recovery-codes.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Saved in %1. Keep the file where only you can read it.</source>
        <translation>Saved in %1. Keep the file where only you can read it.</translation>
    </message>
    <message>
        <source>These ten recovery codes let you sign in when you do not have your authenticator app. Each works once. They are shown only now: store them where only you can reach them.</source>
        <translation>These ten recovery codes let you sign in when you do not have your authenticator app. Each works once. They are shown only now: store them where only you can reach them.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Copy the recovery codes to the clipboard</source>
        <translation>Copy the recovery codes to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Save the recovery codes in a text file</source>
        <translation>Save the recovery codes in a text file</translation>
    </message>
    <message>
        <source>&amp;I have stored them</source>
        <translation>&amp;I have stored them</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ReportPanel</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Choose a webinar in the Webinars tab to see its report.</source>
        <translation>Choose a webinar in the Webinars tab to see its report.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Updated %1.</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>The report was saved as %1.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Count again now (F5)</source>
        <translation>Count again now (F5)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this report as a PDF; the access log records the export</source>
        <translation>Save this report as a PDF; the access log records the export</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::RoomActions</name>
    <message>
        <source>Registration %1</source>
        <translation>Registration %1</translation>
    </message>
    <message>
        <source>Send %1 out of the room?</source>
        <translation>Send %1 out of the room?</translation>
    </message>
    <message>
        <source>%1 leaves the live webinar now. They may join again with their link; to keep them out, ban them instead.</source>
        <translation>%1 leaves the live webinar now. They may join again with their link; to keep them out, ban them instead.</translation>
    </message>
    <message>
        <source>Send out</source>
        <translation>Send out</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Send &amp;out …</source>
        <translation>Send &amp;out …</translation>
    </message>
    <message>
        <source>Send the selected attendee out of the room</source>
        <translation>Send the selected attendee out of the room</translation>
    </message>
    <message>
        <source>Ba&amp;n …</source>
        <translation>Ba&amp;n …</translation>
    </message>
    <message>
        <source>Ban the selected attendee from the webinar</source>
        <translation>Ban the selected attendee from the webinar</translation>
    </message>
    <message>
        <source>&amp;Lift ban</source>
        <translation>&amp;Lift ban</translation>
    </message>
    <message>
        <source>Lift the ban of the selected attendee</source>
        <translation>Lift the ban of the selected attendee</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorDialog</name>
    <message>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>An authenticator app is set up for your account. Recovery codes left: %n.</source>
        <translation>
            <numerusform>An authenticator app is set up for your account. Recovery codes left: %n.</numerusform>
            <numerusform>An authenticator app is set up for your account. Recovery codes left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No second factor is set up for your account.</source>
        <translation>No second factor is set up for your account.</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Set up…</translation>
    </message>
    <message>
        <source>Set up an authenticator app with a QR code</source>
        <translation>Set up an authenticator app with a QR code</translation>
    </message>
    <message>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;New recovery codes…</translation>
    </message>
    <message>
        <source>Ten new recovery codes; the old ones stop working</source>
        <translation>Ten new recovery codes; the old ones stop working</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>Security keys are your second factor. Recovery codes left: %n.</source>
        <translation>
            <numerusform>Security keys are your second factor. Recovery codes left: %n.</numerusform>
            <numerusform>Security keys are your second factor. Recovery codes left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the second factor from your account, security keys included</source>
        <translation>Remove the second factor from your account, security keys included</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorFlow</name>
    <message>
        <source>New recovery codes</source>
        <translation>New recovery codes</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working, and ten new ones are shown once.</source>
        <translation>Your current recovery codes stop working, and ten new ones are shown once.</translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation>Make new codes</translation>
    </message>
    <message>
        <source>Keep the current codes</source>
        <translation>Keep the current codes</translation>
    </message>
    <message>
        <source>Remove the second factor</source>
        <translation>Remove the second factor</translation>
    </message>
    <message>
        <source>Signing in then needs only your password, and your recovery codes stop working. If your role needs a second factor, you must set one up again at your next sign-in.</source>
        <translation>Signing in then needs only your password, and your recovery codes stop working. If your role needs a second factor, you must set one up again at your next sign-in.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The second factor was removed.</source>
        <translation>The second factor was removed.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorPage</name>
    <message>
        <source>A recovery code has three groups of four letters or digits, such as ab12-cd34-ef56.</source>
        <translation>A recovery code has three groups of four letters or digits, such as ab12-cd34-ef56.</translation>
    </message>
    <message>
        <source>Type the six digits your authenticator app shows.</source>
        <translation>Type the six digits your authenticator app shows.</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each recovery code works once.</source>
        <translation>Type one of your recovery codes. Each recovery code works once.</translation>
    </message>
    <message>
        <source>Your account has a second factor. Type the six-digit code your authenticator app shows for Regiekamer.</source>
        <translation>Your account has a second factor. Type the six-digit code your authenticator app shows for Regiekamer.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code of the authenticator app</translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Use the &amp;authenticator app</source>
        <translation>Use the &amp;authenticator app</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation>Use a &amp;recovery code instead</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the e-mail address and password</source>
        <translation>Back to the e-mail address and password</translation>
    </message>
    <message>
        <source>Use &amp;security key</source>
        <translation>Use &amp;security key</translation>
    </message>
    <message>
        <source>Sign in with a security key registered for your account</source>
        <translation>Sign in with a security key registered for your account</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeyFlow</name>
    <message>
        <source>PIN of the security key</source>
        <translation>PIN of the security key</translation>
    </message>
    <message>
        <source>This security key asks for its &amp;PIN:</source>
        <translation>This security key asks for its &amp;PIN:</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; was added.</source>
        <translation>The security key &quot;%1&quot; was added.</translation>
    </message>
    <message>
        <source>Remove the security key</source>
        <translation>Remove the security key</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; can no longer be used to sign in or to confirm actions.</source>
        <translation>The security key &quot;%1&quot; can no longer be used to sign in or to confirm actions.</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Remove the key</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; was removed.</source>
        <translation>The security key &quot;%1&quot; was removed.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeyTouchDialog</name>
    <message>
        <source>Security key</source>
        <translation>Security key</translation>
    </message>
    <message>
        <source>The security key did not give an answer.</source>
        <translation>The security key did not give an answer.</translation>
    </message>
    <message>
        <source>Touch your security key. It may blink while it waits.</source>
        <translation>Touch your security key. It may blink while it waits.</translation>
    </message>
    <message>
        <source>Waiting for the security key</source>
        <translation>Waiting for the security key</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeysSection</name>
    <message>
        <source>Security ke&amp;ys:</source>
        <translation>Security ke&amp;ys:</translation>
    </message>
    <message>
        <source>Security keys of your account</source>
        <translation>Security keys of your account</translation>
    </message>
    <message>
        <source>Na&amp;me of a new key:</source>
        <translation>Na&amp;me of a new key:</translation>
    </message>
    <message>
        <source>Name of the new security key</source>
        <translation>Name of the new security key</translation>
    </message>
    <message>
        <source>For example: blue key on my key ring</source>
        <translation>For example: blue key on my key ring</translation>
    </message>
    <message>
        <source>&amp;Add security key…</source>
        <translation>&amp;Add security key…</translation>
    </message>
    <message>
        <source>Register a FIDO2 security key as a second factor</source>
        <translation>Register a FIDO2 security key as a second factor</translation>
    </message>
    <message>
        <source>Remove &amp;key…</source>
        <translation>Remove &amp;key…</translation>
    </message>
    <message>
        <source>Remove the selected security key from your account</source>
        <translation>Remove the selected security key from your account</translation>
    </message>
    <message>
        <source>Give the key a name, then add it and touch it when asked.</source>
        <translation>Give the key a name, then add it and touch it when asked.</translation>
    </message>
    <message>
        <source>No security key found. Plug in a security key to add it.</source>
        <translation>No security key found. Plug in a security key to add it.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StaffFields</name>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Enter a valid e-mail address.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Choose the organisation this client staff member works for.</source>
        <translation>Choose the organisation this client staff member works for.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StaffPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Remove moderator</source>
        <translation>Remove moderator</translation>
    </message>
    <message>
        <source>Add &amp;moderator:</source>
        <translation>Add &amp;moderator:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>The moderators you can assign could not be loaded. %1 Select the webinar again to retry.</source>
        <translation>The moderators you can assign could not be loaded. %1 Select the webinar again to retry.</translation>
    </message>
    <message>
        <source>Every active moderator is already assigned to this webinar.</source>
        <translation>Every active moderator is already assigned to this webinar.</translation>
    </message>
    <message>
        <source>Active moderators who are not yet assigned to this webinar can be added here. Directors are assigned by an administrator.</source>
        <translation>Active moderators who are not yet assigned to this webinar can be added here. Directors are assigned by an administrator.</translation>
    </message>
    <message>
        <source>Remove the moderator?</source>
        <translation>Remove the moderator?</translation>
    </message>
    <message>
        <source>%1 will no longer moderate &quot;%2&quot; and loses access to its questions at once. You can undo this for a few seconds.</source>
        <translation>%1 will no longer moderate &quot;%2&quot; and loses access to its questions at once. You can undo this for a few seconds.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Keep the moderator</source>
        <translation>Keep the moderator</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StartupCheck</name>
    <message>
        <source>Regiekamer cannot start: the encryption on this computer failed its self-test, so the offline data could not be protected. Reinstall Regiekamer, or ask your IT support to repair the OpenSSL plug-in of QCA (qca-ossl). Details for IT support: %1</source>
        <translation>Regiekamer cannot start: the encryption on this computer failed its self-test, so the offline data could not be protected. Reinstall Regiekamer, or ask your IT support to repair the OpenSSL plug-in of QCA (qca-ossl). Details for IT support: %1</translation>
    </message>
    <message>
        <source>Regiekamer cannot start</source>
        <translation>Regiekamer cannot start</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StepUpDialog</name>
    <message>
        <source>Type the six digits your authenticator app shows, or one of your recovery codes.</source>
        <translation>Type the six digits your authenticator app shows, or one of your recovery codes.</translation>
    </message>
    <message>
        <source>Confirm with your second factor</source>
        <translation>Confirm with your second factor</translation>
    </message>
    <message>
        <source>This needs a second factor confirmed within the last 15 minutes. Type the code your authenticator app shows (or a recovery code); the action then continues.</source>
        <translation>This needs a second factor confirmed within the last 15 minutes. Type the code your authenticator app shows (or a recovery code); the action then continues.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code of the authenticator app</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use &amp;security key</source>
        <translation>Use &amp;security key</translation>
    </message>
    <message>
        <source>Confirm with a security key registered for your account</source>
        <translation>Confirm with a security key registered for your account</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StreamKeyPanel</name>
    <message>
        <source>No stream key set</source>
        <translation>No stream key set</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Rotated by %1 on %2</source>
        <translation>Rotated by %1 on %2</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>Set by %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>The key is shown for %n second(s); your reveal is in the access log.</source>
        <translation>
            <numerusform>The key is shown for %n second; your reveal is in the access log.</numerusform>
            <numerusform>The key is shown for %n seconds; your reveal is in the access log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stream key is on the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>The stream key is on the clipboard; it is cleared in %n second.</numerusform>
            <numerusform>The stream key is on the clipboard; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream key was cleared from the clipboard.</source>
        <translation>The stream key was cleared from the clipboard.</translation>
    </message>
    <message>
        <source>Rotate the stream key?</source>
        <translation>Rotate the stream key?</translation>
    </message>
    <message>
        <source>The server makes a new stream key for &quot;%1&quot;. The current key stops working at once: an encoder that streams with it is cut off until it gets the new key.</source>
        <translation>The server makes a new stream key for &quot;%1&quot;. The current key stops working at once: an encoder that streams with it is cut off until it gets the new key.</translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation>Rotate the key</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Keep the current key</translation>
    </message>
    <message>
        <source>Set the stream key</source>
        <translation>Set the stream key</translation>
    </message>
    <message>
        <source>Ingest URL</source>
        <translation>Ingest URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream key</translation>
    </message>
    <message>
        <source>The ingest URL starts with rtmp://, rtmps:// or srt://. The current key stops working once the new one is saved.</source>
        <translation>The ingest URL starts with rtmp://, rtmps:// or srt://. The current key stops working once the new one is saved.</translation>
    </message>
    <message>
        <source>&amp;Ingest URL:</source>
        <translation>&amp;Ingest URL:</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>Stream &amp;key:</translation>
    </message>
    <message>
        <source>Ingest URL:</source>
        <translation>Ingest URL:</translation>
    </message>
    <message>
        <source>Stream key (hidden until revealed)</source>
        <translation>Stream key (hidden until revealed)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message numerus="yes">
        <source>Shows the key for %n second(s) (Ctrl+Shift+R). Every reveal is in the access log.</source>
        <translation>
            <numerusform>Shows the key for %n second (Ctrl+Shift+R). Every reveal is in the access log.</numerusform>
            <numerusform>Shows the key for %n seconds (Ctrl+Shift+R). Every reveal is in the access log.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copies the key (Ctrl+Shift+C); the clipboard is cleared after 30 seconds. Logged as a reveal.</source>
        <translation>Copies the key (Ctrl+Shift+C); the clipboard is cleared after 30 seconds. Logged as a reveal.</translation>
    </message>
    <message>
        <source>R&amp;otate …</source>
        <translation>R&amp;otate …</translation>
    </message>
    <message>
        <source>Makes a new key on the server; the current key stops working at once.</source>
        <translation>Makes a new key on the server; the current key stops working at once.</translation>
    </message>
    <message>
        <source>Se&amp;t …</source>
        <translation>Se&amp;t …</translation>
    </message>
    <message>
        <source>Enter the ingest URL and key your streaming platform gave you.</source>
        <translation>Enter the ingest URL and key your streaming platform gave you.</translation>
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
    <name>regiekamer::ui::UnsealDialog</name>
    <message>
        <source>Choose your share file</source>
        <translation>Choose your share file</translation>
    </message>
    <message>
        <source>Share files (*.share);;All files (*)</source>
        <translation>Share files (*.share);;All files (*)</translation>
    </message>
    <message>
        <source>Choose your share file first.</source>
        <translation>Choose your share file first.</translation>
    </message>
    <message>
        <source>Type the passphrase of your share file.</source>
        <translation>Type the passphrase of your share file.</translation>
    </message>
    <message>
        <source>Unseal the server</source>
        <translation>Unseal the server</translation>
    </message>
    <message>
        <source>For key custodians. Choose your share file and type its passphrase: the file is opened on this computer and only your share is sent, over the trusted connection to %1.</source>
        <translation>For key custodians. Choose your share file and type its passphrase: the file is opened on this computer and only your share is sent, over the trusted connection to %1.</translation>
    </message>
    <message>
        <source>Asking the server how many shares it needs…</source>
        <translation>Asking the server how many shares it needs…</translation>
    </message>
    <message>
        <source>The server is unsealed.</source>
        <translation>The server is unsealed.</translation>
    </message>
    <message>
        <source>%1 of %2 shares given.</source>
        <translation>%1 of %2 shares given.</translation>
    </message>
    <message>
        <source>Share &amp;file:</source>
        <translation>Share &amp;file:</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>Share file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the share file</source>
        <translation>Passphrase of the share file</translation>
    </message>
    <message>
        <source>Opening and sending…</source>
        <translation>Opening and sending…</translation>
    </message>
    <message>
        <source>&amp;Send share</source>
        <translation>&amp;Send share</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::UserHeader</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::WebinarDialog</name>
    <message>
        <source>Choose the client organisation the webinar is for.</source>
        <translation>Choose the client organisation the webinar is for.</translation>
    </message>
    <message>
        <source>The webinar needs a title.</source>
        <translation>The webinar needs a title.</translation>
    </message>
    <message>
        <source>Edit the webinar</source>
        <translation>Edit the webinar</translation>
    </message>
    <message>
        <source>New webinar</source>
        <translation>New webinar</translation>
    </message>
    <message>
        <source>Client &amp;organisation:</source>
        <translation>Client &amp;organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Create webinar</source>
        <translation>Create webinar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::WebinarStatePanel</name>
    <message>
        <source>No webinar selected</source>
        <translation>No webinar selected</translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 at %2 · %n minute(s)</source>
        <translation>
            <numerusform>Starts %1 at %2 · %n minute</numerusform>
            <numerusform>Starts %1 at %2 · %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Off: a registration is approved at once and its personal join link is mailed right away. Existing registrations keep their state.</source>
        <translation>Off: a registration is approved at once and its personal join link is mailed right away. Existing registrations keep their state.</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>Go live?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; goes live for its %n registered attendee(s): they can join through their personal links from now on.</source>
        <translation>
            <numerusform>&quot;%1&quot; goes live for its %n registered attendee: they can join through their personal link from now on.</numerusform>
            <numerusform>&quot;%1&quot; goes live for its %n registered attendees: they can join through their personal links from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go live now</source>
        <translation>Go live now</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>End the webinar?</source>
        <translation>End the webinar?</translation>
    </message>
    <message>
        <source>Archive the webinar?</source>
        <translation>Archive the webinar?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ends for its %n registered attendee(s), and an ended webinar cannot go live again.</source>
        <translation>
            <numerusform>&quot;%1&quot; ends for its %n registered attendee, and an ended webinar cannot go live again.</numerusform>
            <numerusform>&quot;%1&quot; ends for its %n registered attendees, and an ended webinar cannot go live again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; moves to the archive; it cannot be changed back.</source>
        <translation>&quot;%1&quot; moves to the archive; it cannot be changed back.</translation>
    </message>
    <message>
        <source>End the webinar</source>
        <translation>End the webinar</translation>
    </message>
    <message>
        <source>Archive it</source>
        <translation>Archive it</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Keep it running</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>New registrations &amp;wait for approval</source>
        <translation>New registrations &amp;wait for approval</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>End the rehearsal</source>
        <translation>End the rehearsal</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Start the rehearsal</source>
        <translation>Start the rehearsal</translation>
    </message>
    <message>
        <source>Go live …</source>
        <translation>Go live …</translation>
    </message>
    <message>
        <source>End the webinar …</source>
        <translation>End the webinar …</translation>
    </message>
    <message>
        <source>Archive …</source>
        <translation>Archive …</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Moves the webinar to the state %1; everyone working on it sees the change.</source>
        <translation>Moves the webinar to the state %1; everyone working on it sees the change.</translation>
    </message>
</context>
</TS>
