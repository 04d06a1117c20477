<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a moment and try again.</source>
        <translation>Te veel mislukte aanmeldpogingen. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Je sessie is beëindigd. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Je rol staat deze handeling niet toe.</translation>
    </message>
    <message>
        <source>This item does not exist or is not available to you.</source>
        <translation>Dit item bestaat niet of is niet voor jou beschikbaar.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>De server heeft het verzoek niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The server reported an internal error. Try again later.</source>
        <translation>De server meldde een interne fout. Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>The server %1 uses a certificate this computer does not trust yet. Compare its fingerprint with the one in the server&apos;s log before trusting it.</source>
        <translation>De server %1 gebruikt een certificaat dat deze computer nog niet vertrouwt. Vergelijk de vingerafdruk met die in het logboek van de server voordat je het vertrouwt.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. Trusted fingerprint: %2. Presented fingerprint: %3. The connection was refused and nothing was sent. Ask the server&apos;s operator whether the certificate was replaced on purpose; only then remove the old trust for this server and sign in again.</source>
        <translation>Het certificaat van %1 is gewijzigd. Vertrouwde vingerafdruk: %2. Getoonde vingerafdruk: %3. De verbinding is geweigerd en er is niets verstuurd. Vraag de beheerder van de server of het certificaat bewust is vervangen; verwijder alleen dan het oude vertrouwen voor deze server en meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2). The connection was refused. Ask the server&apos;s operator to fix the certificate.</source>
        <translation>Het certificaat van %1 is niet geldig (%2). De verbinding is geweigerd. Vraag de beheerder van de server het certificaat te herstellen.</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection, or ask the operator whether the server is running.</source>
        <translation>De server op %1 is niet bereikbaar. Controleer het adres en je netwerkverbinding, of vraag de beheerder of de server draait.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again in a moment.</source>
        <translation>De server op %1 antwoordde niet op tijd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this app does not understand. Check that the address points to a Regiekamer server of a matching version.</source>
        <translation>De server op %1 stuurde een antwoord dat deze app niet begrijpt. Controleer of het adres naar een Regiekamer-server met een passende versie wijst.</translation>
    </message>
    <message>
        <source>This account is for attendees. Attendees use the webinar portal in a web browser; the Regiekamer app is for webinar staff only.</source>
        <translation>Dit account is voor deelnemers. Deelnemers gebruiken het webinarportaal in een webbrowser; de Regiekamer-app is alleen voor webinarmedewerkers.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Regiekamer: the control room for webinar teams.</source>
        <translation>Regiekamer: de regiekamer voor webinarteams.</translation>
    </message>
    <message>
        <source>Prefill the server address.</source>
        <translation>Vul het serveradres alvast in.</translation>
    </message>
    <message>
        <source>Interface language for this run: nl or en.</source>
        <translation>Taal van de interface voor deze keer: nl of en.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>Unknown value &quot;%1&quot;.</source>
        <translation>Onbekende waarde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is missing or is not a %2.</source>
        <extracomment>%1 is a JSON member name, %2 a JSON type such as &quot;string&quot;</extracomment>
        <translation>Veld &quot;%1&quot; ontbreekt of is geen %2.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>De inhoud is geen JSON-object.</translation>
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
        <translation>Het certificaat van de server %1 is gewijzigd sinds je het vertrouwde.

Vertrouwde vingerafdruk:
%2

Getoonde vingerafdruk:
%3

Regiekamer heeft de verbinding geweigerd en niets verstuurd. Dit kan betekenen dat iemand de verbinding onderschept, of dat de beheerder het certificaat heeft vervangen. Vraag het de beheerder. Alleen als de wijziging bedoeld was: klik in het aanmeldvenster op &quot;Vertrouwd certificaat vergeten&quot; en meld je opnieuw aan om de nieuwe vingerafdruk te controleren.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Servercertificaat gewijzigd</translation>
    </message>
</context>
<context>
    <name>ReplyDecoding</name>
    <message>
        <source>You can try again in %1 seconds.</source>
        <translation>Je kunt het over %1 seconden opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Client staff</source>
        <translation>Medewerker klant</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Deelnemer</translation>
    </message>
</context>
<context>
    <name>RoleViews</name>
    <message>
        <source>Webinars assigned to you</source>
        <translation>Aan jou toegewezen webinars</translation>
    </message>
    <message>
        <source>Webinars you moderate</source>
        <translation>Webinars die je modereert</translation>
    </message>
    <message>
        <source>Your organisation&apos;s webinars</source>
        <translation>Webinars van je organisatie</translation>
    </message>
    <message>
        <source>All webinars</source>
        <translation>Alle webinars</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Medewerkersaccounts</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Only secure https:// server addresses are supported.</source>
        <translation>Alleen beveiligde https://-serveradressen worden ondersteund.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://server.example:8443.</source>
        <translation>Vul een serveradres in, zoals https://server.example:8443.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The server did not present a usable certificate.</source>
        <translation>De server toonde geen bruikbaar certificaat.</translation>
    </message>
    <message>
        <source>Could not save the trusted certificate in %1. Check that the folder is writable.</source>
        <translation>Het vertrouwde certificaat kon niet worden opgeslagen in %1. Controleer of de map beschrijfbaar is.</translation>
    </message>
</context>
<context>
    <name>WebinarState</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Repetitie</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::LanguageManager</name>
    <message>
        <source>The language &quot;%1&quot; is not available. Choose English or Nederlands.</source>
        <translation>De taal &quot;%1&quot; is niet beschikbaar. Kies English of Nederlands.</translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is missing from this build.</source>
        <translation>De vertaling voor &quot;%1&quot; ontbreekt in deze versie.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SessionController</name>
    <message>
        <source>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</source>
        <translation>Er is geen nieuw servercertificaat om te vertrouwen. Meld je opnieuw aan om het certificaat van de server te zien.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::StaffAccountModel</name>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AppController</name>
    <message>
        <source>The server was not trusted, so you were not signed in.</source>
        <translation>De server is niet vertrouwd, dus je bent niet aangemeld.</translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten. Sign in to check the new certificate&apos;s fingerprint.</source>
        <translation>Het oude certificaat van %1 is vergeten. Meld je aan om de vingerafdruk van het nieuwe certificaat te controleren.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::LoginDialog</name>
    <message>
        <source>Sign in to Regiekamer</source>
        <translation>Aanmelden bij Regiekamer</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>https://server.example:8443</source>
        <translation>https://server.example:8443</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Forget trusted certificate</source>
        <translation>Vertrouwd certificaat vergeten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MainWindow</name>
    <message>
        <source>Live events connected</source>
        <translation>Live-updates verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbinding verbroken, opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>About Regiekamer</source>
        <translation>Over Regiekamer</translation>
    </message>
    <message>
        <source>Regiekamer %1
The control room for webinar teams.</source>
        <translation>Regiekamer %1
De regiekamer voor webinarteams.</translation>
    </message>
    <message>
        <source>Regiekamer</source>
        <translation>Regiekamer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regiekamer</source>
        <translation>&amp;Over Regiekamer</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::TrustCertificateDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Deze server vertrouwen?</translation>
    </message>
    <message>
        <source>The server uses a certificate that is not signed by an authority this computer knows. This is normal for a server that made its own certificate, but only trust it if you are sure it is your organisation&apos;s server.</source>
        <translation>De server gebruikt een certificaat dat niet is ondertekend door een instantie die deze computer kent. Dat is normaal voor een server die zijn eigen certificaat heeft gemaakt, maar vertrouw het alleen als je zeker weet dat het de server van je organisatie is.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Uitgegeven aan:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server printed in its log when it started (ask its operator). Trust the server only if every character matches. Regiekamer will then remember this certificate and refuse the connection if it ever changes.</source>
        <translation>Vergelijk deze vingerafdruk met de vingerafdruk die de server bij het starten in zijn logboek schreef (vraag het de beheerder). Vertrouw de server alleen als elk teken overeenkomt. Regiekamer onthoudt dit certificaat dan en weigert de verbinding als het ooit verandert.</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Deze server vertrouwen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::UserHeader</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
</context>
</TS>
