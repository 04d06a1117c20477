<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AccountMail</name>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>director</source>
        <translation>regisseur</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>client staff</source>
        <translation>medewerker van de klant</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>This message was sent automatically by Regiekamer.</source>
        <translation>Dit bericht is automatisch verstuurd door Regiekamer.</translation>
    </message>
    <message>
        <source>You have been invited to Regiekamer as %1.</source>
        <translation>Je bent uitgenodigd voor Regiekamer als %1.</translation>
    </message>
    <message>
        <source>Choose your password on this page to open your account:</source>
        <translation>Kies op deze pagina je wachtwoord om je account te openen:</translation>
    </message>
    <message>
        <source>Choose my password</source>
        <translation>Mijn wachtwoord kiezen</translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation>De link werkt één keer, tot %1.</translation>
    </message>
    <message>
        <source>If you did not expect this invitation, ignore this mail: without a password the account stays closed.</source>
        <translation>Verwachtte je deze uitnodiging niet? Negeer dan deze mail: zonder wachtwoord blijft het account dicht.</translation>
    </message>
    <message>
        <source>Your invitation to Regiekamer</source>
        <translation>Je uitnodiging voor Regiekamer</translation>
    </message>
    <message>
        <source>Someone asked for a new password for your Regiekamer account. If that was you, choose it on this page:</source>
        <translation>Iemand heeft een nieuw wachtwoord gevraagd voor je Regiekamer-account. Was jij dat? Kies het dan op deze pagina:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Een nieuw wachtwoord kiezen</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>Heb je hier niet om gevraagd? Negeer dan deze mail: je wachtwoord blijft zoals het is.</translation>
    </message>
    <message>
        <source>A new Regiekamer password</source>
        <translation>Een nieuw Regiekamer-wachtwoord</translation>
    </message>
    <message>
        <source>The password of your Regiekamer account was changed on %1, and every session of the account was signed out.</source>
        <translation>Het wachtwoord van je Regiekamer-account is op %1 gewijzigd, en elke sessie van het account is uitgelogd.</translation>
    </message>
    <message>
        <source>If you did not do this, tell your Regiekamer administrator at once.</source>
        <translation>Heb je dit niet zelf gedaan? Meld het dan meteen aan je Regiekamer-beheerder.</translation>
    </message>
    <message>
        <source>Your Regiekamer password was changed</source>
        <translation>Je Regiekamer-wachtwoord is gewijzigd</translation>
    </message>
    <message>
        <source>Someone registered this address for the webinar &quot;%1&quot;.</source>
        <translation>Iemand heeft dit adres aangemeld voor het webinar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>If that was you, confirm your registration on this page:</source>
        <translation>Was jij dat? Bevestig je aanmelding dan op deze pagina:</translation>
    </message>
    <message>
        <source>Confirm my registration</source>
        <translation>Mijn aanmelding bevestigen</translation>
    </message>
    <message>
        <source>If you did not register, ignore this mail: nothing is stored without your confirmation.</source>
        <translation>Heb je je niet aangemeld? Negeer deze mail dan: zonder jouw bevestiging wordt niets bewaard.</translation>
    </message>
    <message>
        <source>Confirm your registration for &quot;%1&quot;</source>
        <translation>Bevestig je aanmelding voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Your registration for the webinar &quot;%1&quot; is approved.</source>
        <translation>Je aanmelding voor het webinar &quot;%1&quot; is goedgekeurd.</translation>
    </message>
    <message>
        <source>The webinar starts on %1. This is your personal entrance:</source>
        <translation>Het webinar begint op %1. Dit is je persoonlijke toegang:</translation>
    </message>
    <message>
        <source>Join the webinar</source>
        <translation>Naar het webinar</translation>
    </message>
    <message>
        <source>The link is yours alone: do not pass it on. It is sent only in this mail; a new one makes this one stop working.</source>
        <translation>De link is alleen voor jou: geef hem niet door. Hij wordt alleen in deze mail verstuurd; een nieuwe link maakt deze ongeldig.</translation>
    </message>
    <message>
        <source>Your personal link for &quot;%1&quot;</source>
        <translation>Je persoonlijke link voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Someone asked to make this the e-mail address of a Regiekamer account. If that was you, confirm it on this page:</source>
        <translation>Iemand heeft gevraagd dit het e-mailadres van een Regiekamer-account te maken. Was jij dat? Bevestig het dan op deze pagina:</translation>
    </message>
    <message>
        <source>Confirm my new address</source>
        <translation>Mijn nieuwe adres bevestigen</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail.</source>
        <translation>Heb je hier niet om gevraagd? Negeer deze mail dan.</translation>
    </message>
    <message>
        <source>Confirm your new e-mail address</source>
        <translation>Bevestig je nieuwe e-mailadres</translation>
    </message>
    <message>
        <source>Someone asked to change the e-mail address of your Regiekamer account to %1. The change takes effect once it is confirmed from that address.</source>
        <translation>Iemand heeft gevraagd het e-mailadres van je Regiekamer-account te wijzigen in %1. De wijziging gaat in zodra ze vanaf dat adres is bevestigd.</translation>
    </message>
    <message>
        <source>If this was not you, report it here: the change is undone, every session is signed out and you choose a new password.</source>
        <translation>Was jij dit niet? Meld het dan hier: de wijziging wordt teruggedraaid, elke sessie wordt uitgelogd en je kiest een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>This was not me</source>
        <translation>Dit was ik niet</translation>
    </message>
    <message>
        <source>You can report it until %1.</source>
        <translation>Je kunt het melden tot %1.</translation>
    </message>
    <message>
        <source>If it was you, there is nothing to do.</source>
        <translation>Was jij het wel? Dan hoef je niets te doen.</translation>
    </message>
    <message>
        <source>A change of your e-mail address was asked for</source>
        <translation>Er is gevraagd je e-mailadres te wijzigen</translation>
    </message>
    <message>
        <source>You reported a change of your e-mail address that you did not ask for. Your account has this address again, every session was signed out and the old password no longer works.</source>
        <translation>Je hebt een wijziging van je e-mailadres gemeld waar je niet om had gevraagd. Je account heeft weer dit adres, elke sessie is uitgelogd en het oude wachtwoord werkt niet meer.</translation>
    </message>
    <message>
        <source>Choose a new password on this page:</source>
        <translation>Kies een nieuw wachtwoord op deze pagina:</translation>
    </message>
    <message>
        <source>Tell your Regiekamer administrator: someone knew your password.</source>
        <translation>Laat het je Regiekamer-beheerder weten: iemand kende je wachtwoord.</translation>
    </message>
    <message>
        <source>Your Regiekamer account was secured</source>
        <translation>Je Regiekamer-account is beveiligd</translation>
    </message>
    <message>
        <source>The director added: %1</source>
        <translation>De regisseur voegde toe: %1</translation>
    </message>
    <message>
        <source>Your registration for the webinar &quot;%1&quot; was not approved.</source>
        <translation>Je aanmelding voor het webinar &quot;%1&quot; is niet goedgekeurd.</translation>
    </message>
    <message>
        <source>The director&apos;s reason: %1</source>
        <translation>De reden van de regisseur: %1</translation>
    </message>
    <message>
        <source>If you have a question about this, reply to the organiser of the webinar; this mail cannot be answered.</source>
        <translation>Heb je hier een vraag over, neem dan contact op met de organisator van het webinar; op deze mail kun je niet antwoorden.</translation>
    </message>
    <message>
        <source>Your registration for &quot;%1&quot;</source>
        <translation>Je aanmelding voor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ActionReports</name>
    <message>
        <source>an attendee</source>
        <translation>een deelnemer</translation>
    </message>
    <message>
        <source>“%1” is now in state %2.</source>
        <translation>„%1” heeft nu de status %2.</translation>
    </message>
    <message>
        <source>New registrations for “%1” now wait for approval.</source>
        <translation>Nieuwe aanmeldingen voor „%1” wachten nu op goedkeuring.</translation>
    </message>
    <message>
        <source>New registrations for “%1” are now approved at once.</source>
        <translation>Nieuwe aanmeldingen voor „%1” worden nu meteen goedgekeurd.</translation>
    </message>
    <message>
        <source>Registration of %1: %2.</source>
        <translation>Aanmelding van %1: %2.</translation>
    </message>
    <message>
        <source>Answer to %1 sent.</source>
        <translation>Antwoord aan %1 verstuurd.</translation>
    </message>
    <message>
        <source>Question from %1: %2.</source>
        <translation>Vraag van %1: %2.</translation>
    </message>
    <message>
        <source>%1 is now assigned to “%2”.</source>
        <translation>%1 is nu toegewezen aan „%2”.</translation>
    </message>
    <message>
        <source>%1 is no longer assigned to “%2”.</source>
        <translation>%1 is niet meer toegewezen aan „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s): %1.</source>
        <translation>
            <numerusform>%n aanmelding: %1.</numerusform>
            <numerusform>%n aanmeldingen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a moment and try again.</source>
        <translation>Te veel mislukte inlogpogingen. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Je sessie is beëindigd. Log opnieuw in.</translation>
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
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The server cannot record this access in its access log right now, so it did not carry out the request. Try again later; if this persists, tell the administrator.</source>
        <translation>De server kan deze toegang nu niet in zijn toegangslog vastleggen en heeft het verzoek daarom niet uitgevoerd. Probeer het later opnieuw; meld het aan de beheerder als dit zo blijft.</translation>
    </message>
    <message>
        <source>The server&apos;s access log failed its integrity check, so the server serves no data until an administrator has looked into it. Tell the administrator.</source>
        <translation>De toegangslog van de server is niet door de integriteitscontrole gekomen, daarom geeft de server geen gegevens vrij tot een beheerder ernaar heeft gekeken. Meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>De server heeft het druk. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>This computer was removed from your account. Its offline data has been deleted; ask an administrator if this is unexpected.</source>
        <translation>Deze computer is van je account verwijderd. De offline gegevens erop zijn gewist; vraag een beheerder als je dit niet verwacht.</translation>
    </message>
    <message>
        <source>The webinar is full: approving this registration would go past its capacity. Raise the capacity in the approval rules, or put the registration on the waiting list.</source>
        <translation>Het webinar is vol: met deze goedkeuring kom je boven de capaciteit. Verhoog de capaciteit in de goedkeuringsregels, of zet de aanmelding op de wachtlijst.</translation>
    </message>
    <message>
        <source>The webinar cannot go live yet: the pre-flight checklist is not complete.</source>
        <translation>Het webinar kan nog niet live: de checklist voor de uitzending is niet compleet.</translation>
    </message>
    <message>
        <source>The code is not correct. Type the code your app shows now.</source>
        <translation>De code klopt niet. Typ de code die je app nu toont.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code and type that one.</source>
        <translation>Deze code is al gebruikt. Wacht op de volgende code en typ die.</translation>
    </message>
    <message>
        <source>Too many wrong codes: the second factor is locked for a while. Try again later.</source>
        <translation>Te veel verkeerde codes: de tweede factor is een tijdje geblokkeerd. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Sign in again.</source>
        <translation>Het inloggen duurde te lang. Log opnieuw in.</translation>
    </message>
    <message>
        <source>Set up your second factor before you continue.</source>
        <translation>Stel eerst je tweede factor in voordat je verdergaat.</translation>
    </message>
    <message>
        <source>Confirm this action with a code from your authenticator app.</source>
        <translation>Bevestig deze actie met een code uit je authenticator-app.</translation>
    </message>
    <message>
        <source>A second factor is already set up. Remove it first to set up a new one.</source>
        <translation>Er is al een tweede factor ingesteld. Verwijder die eerst om een nieuwe in te stellen.</translation>
    </message>
    <message>
        <source>No second factor is set up for this account.</source>
        <translation>Voor dit account is geen tweede factor ingesteld.</translation>
    </message>
    <message>
        <source>This file is not a Regiekamer share file, or it is damaged.</source>
        <translation>Dit bestand is geen Regiekamer-sleuteldeelbestand, of het is beschadigd.</translation>
    </message>
    <message>
        <source>The passphrase does not open this share file. Check it and try again.</source>
        <translation>De wachtzin opent dit sleuteldeelbestand niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server did not accept the share: it is not a share of the right form.</source>
        <translation>De server heeft het sleuteldeel niet geaccepteerd: het heeft niet de juiste vorm.</translation>
    </message>
    <message>
        <source>This share belongs to another share set (an earlier deal), so it cannot unseal this server. Use the share file of the current deal.</source>
        <translation>Dit sleuteldeel hoort bij een andere delenset (een eerdere verdeling) en kan deze server dus niet ontgrendelen. Gebruik het sleuteldeelbestand van de huidige verdeling.</translation>
    </message>
    <message>
        <source>The server&apos;s current share set has no share with this number.</source>
        <translation>De huidige delenset van de server heeft geen deel met dit nummer.</translation>
    </message>
    <message>
        <source>This share does not match the one dealt for its number: the share file is damaged or was changed.</source>
        <translation>Dit sleuteldeel komt niet overeen met het deel dat voor dit nummer is uitgegeven: het sleuteldeelbestand is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>This share was given already; another custodian&apos;s share is needed.</source>
        <translation>Dit sleuteldeel is al gegeven; het deel van een andere sleutelhouder is nodig.</translation>
    </message>
    <message>
        <source>The security key&apos;s answer could not be verified. Try again, or use another key.</source>
        <translation>Het antwoord van de beveiligingssleutel kon niet worden gecontroleerd. Probeer het opnieuw, of gebruik een andere sleutel.</translation>
    </message>
    <message>
        <source>This security key was refused: its counter went back, which a copied key would do. Use another key or a code, and tell your administrator.</source>
        <translation>Deze beveiligingssleutel is geweigerd: zijn teller ging terug, zoals bij een gekopieerde sleutel. Gebruik een andere sleutel of een code, en meld het bij je beheerder.</translation>
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
        <translation>Het certificaat van %1 is gewijzigd. Vertrouwde vingerafdruk: %2. Getoonde vingerafdruk: %3. De verbinding is geweigerd en er is niets verstuurd. Vraag de beheerder van de server of het certificaat bewust is vervangen; verwijder alleen dan het oude vertrouwen voor deze server en log opnieuw in.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2). The connection was refused. Ask the server&apos;s operator to fix the certificate.</source>
        <translation>Het certificaat van %1 is niet geldig (%2). De verbinding is geweigerd. Vraag de beheerder van de server het certificaat te herstellen.</translation>
    </message>
</context>
<context>
    <name>ClientCache</name>
    <message>
        <source>The password does not open the offline data on this computer. Type the password you last signed in with on this computer, or sign in again when the server can be reached.</source>
        <translation>Het wachtwoord opent de offline gegevens op deze computer niet. Typ het wachtwoord waarmee je het laatst op deze computer bent ingelogd, of log opnieuw in zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The offline data on this computer belongs to another account and was not used. It will be replaced the next time you sign in while the server can be reached.</source>
        <translation>De offline gegevens op deze computer horen bij een ander account en zijn niet gebruikt. Ze worden vervangen zodra je inlogt terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged and cannot be used. It will be rebuilt the next time you sign in while the server can be reached.</source>
        <translation>De offline gegevens op deze computer zijn beschadigd en kunnen niet worden gebruikt. Ze worden opnieuw opgebouwd zodra je inlogt terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>Part of the offline data (%1) is damaged or was changed and has been skipped. The rest is shown; it will be loaded again when the server can be reached.</source>
        <translation>Een deel van de offline gegevens (%1) is beschadigd of gewijzigd en is overgeslagen. De rest wordt getoond; het wordt opnieuw geladen zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The offline data cannot be stored in %1. Check that the folder exists and that you may write to it.</source>
        <translation>De offline gegevens kunnen niet worden opgeslagen in %1. Controleer of de map bestaat en of je erin mag schrijven.</translation>
    </message>
    <message>
        <source>The offline data file %1 could not be removed. Close other copies of Regiekamer and try again.</source>
        <translation>Het bestand met offline gegevens %1 kon niet worden verwijderd. Sluit andere vensters van Regiekamer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The offline data is locked: sign in to open it.</source>
        <translation>De offline gegevens zijn vergrendeld: log in om ze te openen.</translation>
    </message>
    <message>
        <source>Offline: read-only. This change can be made when the connection to the server is back.</source>
        <translation>Offline: alleen-lezen. Deze wijziging kan worden gedaan zodra de verbinding met de server terug is.</translation>
    </message>
    <message>
        <source>The offline data on this computer could not be used and has been started afresh.</source>
        <translation>De offline gegevens op deze computer konden niet worden gebruikt en zijn opnieuw begonnen.</translation>
    </message>
    <message>
        <source>Your role or organisation changed on the server: the offline data of the old role was removed.</source>
        <translation>Je rol of organisatie is op de server gewijzigd: de offline gegevens van de oude rol zijn verwijderd.</translation>
    </message>
    <message>
        <source>This computer has no offline data for this account: it is kept only after a sign-in while the server can be reached.</source>
        <translation>Deze computer heeft geen offline gegevens voor dit account: die worden alleen bewaard nadat iemand heeft ingelogd terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The offline data on this computer may no longer be used and has been deleted. Sign in while the server can be reached: that stores it again.</source>
        <translation>De offline gegevens op deze computer mogen niet meer worden gebruikt en zijn gewist. Log in terwijl de server bereikbaar is: dan worden ze opnieuw bewaard.</translation>
    </message>
    <message>
        <source>The offline data on this computer expired on %1 and has been deleted. Sign in while the server can be reached: every such sign-in renews the offline data.</source>
        <translation>De offline gegevens op deze computer zijn op %1 verlopen en gewist. Log in terwijl de server bereikbaar is: elke keer dat je bij de server inlogt, worden de offline gegevens verlengd.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is earlier than when the offline data was last opened (%1), so it was not opened. Set the clock right, or sign in while the server can be reached.</source>
        <translation>De klok van deze computer staat vroeger dan toen de offline gegevens voor het laatst werden geopend (%1), daarom zijn ze niet geopend. Zet de klok goed, of log in terwijl de server bereikbaar is.</translation>
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
    <name>Crypto</name>
    <message>
        <source>This data cannot be decrypted: the data was changed or the key is wrong.</source>
        <translation>Deze gegevens kunnen niet worden ontsleuteld: de gegevens zijn gewijzigd of de sleutel is onjuist.</translation>
    </message>
    <message>
        <source>This data is authentic but belongs to another record or field, so it is not used here.</source>
        <translation>Deze gegevens zijn echt, maar horen bij een ander record of veld en worden hier daarom niet gebruikt.</translation>
    </message>
</context>
<context>
    <name>CsvLocaliser</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Place on the waiting list</source>
        <translation>Plaats op de wachtlijst</translation>
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
    <message>
        <source>Member &quot;version&quot; must be at least 1.</source>
        <translation>Veld &quot;version&quot; moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>A duration is 1 to 1440 minutes.</source>
        <translation>Een duur is 1 tot 1440 minuten.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must not be negative.</source>
        <translation>Veld &quot;%1&quot; mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>Only directors and moderators are assigned.</source>
        <translation>Alleen regisseurs en moderatoren worden toegewezen.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot;.</source>
        <translation>Onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must have 1 to %2 characters.</source>
        <extracomment>%1 is a JSON member name, %2 a number of characters</extracomment>
        <translation>Veld &quot;%1&quot; moet 1 tot %2 tekens hebben.</translation>
    </message>
    <message>
        <source>The ingest URL must start with rtmp://, rtmps:// or srt:// and name a server, without spaces.</source>
        <translation>De ingest-URL begint met rtmp://, rtmps:// of srt:// en noemt een server, zonder spaties.</translation>
    </message>
    <message>
        <source>A stream key is 8 to 256 characters: letters, digits and punctuation, without spaces.</source>
        <translation>Een streamsleutel is 8 tot 256 tekens: letters, cijfers en leestekens, zonder spaties.</translation>
    </message>
    <message>
        <source>Member &quot;items&quot; must be a list.</source>
        <translation>Het veld &quot;items&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>An override needs a reason of at least 4 characters.</source>
        <translation>Voor het overslaan van de checklist is een reden van minstens 4 tekens nodig.</translation>
    </message>
    <message>
        <source>A reason goes only with approving or rejecting.</source>
        <translation>Een reden hoort alleen bij goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must be a list.</source>
        <translation>Veld &quot;%1&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; may hold at most %2 entries.</source>
        <translation>Veld &quot;%1&quot; mag hoogstens %2 regels bevatten.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; must be a list of texts.</source>
        <translation>Veld &quot;%1&quot; moet een lijst met teksten zijn.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is missing.</source>
        <translation>Veld &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>The capacity must be 1 to %1, or null for no limit.</source>
        <translation>De capaciteit moet 1 tot %1 zijn, of null voor geen grens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as example.org.</source>
        <translation>&quot;%1&quot; is geen domeinnaam zoals example.org.</translation>
    </message>
    <message>
        <source>An organisation name must have 1 to %1 characters.</source>
        <translation>Een organisatienaam moet 1 tot %1 tekens hebben.</translation>
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

Regiekamer heeft de verbinding geweigerd en niets verstuurd. Dit kan betekenen dat iemand de verbinding onderschept, of dat de beheerder het certificaat heeft vervangen. Vraag het de beheerder. Alleen als de wijziging bedoeld was: klik in het inlogvenster op &quot;Vertrouwd certificaat vergeten&quot; en log opnieuw in om de nieuwe vingerafdruk te controleren.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Servercertificaat gewijzigd</translation>
    </message>
    <message>
        <source>Regiekamer keeps an encrypted copy of the data you received on this computer, so you can look at it when the server cannot be reached.

Forgetting this computer deletes that offline data of ALL accounts that signed in here, and any key kept in the keychain, and signs you out. Nothing on the server changes; the next online sign-in fills the offline data again.</source>
        <translation>Regiekamer bewaart een versleutelde kopie van de gegevens die je op deze computer hebt ontvangen, zodat je ze kunt bekijken als de server niet bereikbaar is.

Deze computer vergeten verwijdert die offline gegevens van ALLE accounts die hier hebben ingelogd, en een eventueel in de sleutelhanger bewaarde sleutel, en logt je uit. Op de server verandert niets; wie de volgende keer online inlogt, vult de offline gegevens opnieuw.</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Deze computer vergeten</translation>
    </message>
    <message>
        <source>Delete offline data</source>
        <translation>Offline gegevens verwijderen</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Rehearsal held</source>
        <translation>Repetitie gehouden</translation>
    </message>
    <message>
        <source>A moderator is present</source>
        <translation>Er is een moderator aanwezig</translation>
    </message>
    <message>
        <source>Stream key set</source>
        <translation>Streamsleutel ingesteld</translation>
    </message>
    <message>
        <source>No registrations waiting</source>
        <translation>Geen aanmeldingen die wachten</translation>
    </message>
    <message>
        <source>Move the webinar to Rehearsal and test picture and sound.</source>
        <translation>Zet het webinar op Repetitie en test beeld en geluid.</translation>
    </message>
    <message>
        <source>Assign a moderator and ask them to sign in to Regiekamer now.</source>
        <translation>Wijs een moderator toe en vraag die nu in te loggen in Regiekamer.</translation>
    </message>
    <message>
        <source>Set the ingest URL and stream key in the stream-key panel.</source>
        <translation>Stel de ingest-URL en de streamsleutel in bij Streamsleutel.</translation>
    </message>
    <message>
        <source>Approve or reject the registrations that are waiting.</source>
        <translation>Keur de wachtende aanmeldingen goed of af.</translation>
    </message>
</context>
<context>
    <name>ReplyDecoding</name>
    <message>
        <source>You can try again in %1 seconds.</source>
        <translation>Je kunt het over %1 seconden opnieuw proberen.</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>Nog niet gedaan: %1.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Registrations over time</source>
        <translation>Aanmeldingen door de tijd</translation>
    </message>
    <message>
        <source>Viewers per minute</source>
        <translation>Kijkers per minuut</translation>
    </message>
    <message>
        <source>Questions by state</source>
        <translation>Vragen per status</translation>
    </message>
    <message>
        <source>From registration to watching</source>
        <translation>Van aanmelding tot kijken</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Kijkers</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>Watched half or more</source>
        <translation>Helft of meer gekeken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) in total.</source>
        <translation>
            <numerusform>%n aanmelding in totaal.</numerusform>
            <numerusform>%n aanmeldingen in totaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n viewer(s) at once.</source>
        <translation>
            <numerusform>Hoogstens %n kijker tegelijk.</numerusform>
            <numerusform>Hoogstens %n kijkers tegelijk.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registrations, %2 approved, at most %3 viewers at once, %4 questions.</source>
        <translation>%1 aanmeldingen, %2 goedgekeurd, hoogstens %3 kijkers tegelijk, %4 vragen.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Counts only: this report holds no personal data. Page %1 of %2.</source>
        <translation>Alleen aantallen: dit rapport bevat geen persoonsgegevens. Pagina %1 van %2.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2. Choose another folder or file name.</source>
        <translation>Het rapport kon niet worden opgeslagen als %1: %2. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Webinar report</source>
        <translation>Webinarrapport</translation>
    </message>
    <message>
        <source>Scheduled for %1. Report made on %2.</source>
        <translation>Gepland op %1. Rapport gemaakt op %2.</translation>
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
    <name>SecondFactorErrors</name>
    <message>
        <source>The server is sealed: its key custodians must unseal it before anyone can sign in.</source>
        <translation>De server is verzegeld: de sleutelhouders moeten hem ontzegelen voordat iemand kan inloggen.</translation>
    </message>
    <message>
        <source>The server is not sealed (any more): sign in as usual.</source>
        <translation>De server is niet (meer) verzegeld: log in zoals altijd.</translation>
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
    <name>Shamir</name>
    <message>
        <source>A secret is split into 2 to 16 shares, at least 2 needed.</source>
        <translation>Een geheim wordt in 2 tot 16 delen gesplitst, waarvan er minstens 2 nodig zijn.</translation>
    </message>
    <message>
        <source>There is no secret to split.</source>
        <translation>Er is geen geheim om te splitsen.</translation>
    </message>
    <message>
        <source>The secret could not be split.</source>
        <translation>Het geheim kon niet worden gesplitst.</translation>
    </message>
    <message>
        <source>At least 2 shares are needed to combine a secret.</source>
        <translation>Er zijn minstens 2 delen nodig om een geheim samen te stellen.</translation>
    </message>
    <message>
        <source>The shares do not fit together: each needs its own index and the same length.</source>
        <translation>De delen passen niet bij elkaar: elk deel heeft een eigen nummer en dezelfde lengte nodig.</translation>
    </message>
    <message>
        <source>The shares could not be combined.</source>
        <translation>De delen konden niet worden samengevoegd.</translation>
    </message>
    <message>
        <source>%1 of the %2 needed shares were given.</source>
        <translation>%1 van de %2 benodigde delen zijn gegeven.</translation>
    </message>
</context>
<context>
    <name>ShareFile</name>
    <message>
        <source>This is not a readable share file: %1</source>
        <translation>Dit is geen leesbaar sleuteldeelbestand: %1</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not valid base64 of the right length.</source>
        <translation>onderdeel &quot;%1&quot; is geen geldige base64 van de juiste lengte.</translation>
    </message>
    <message>
        <source>its key derivation is not Argon2id with sane parameters.</source>
        <translation>de sleutelafleiding is geen Argon2id met redelijke parameters.</translation>
    </message>
    <message>
        <source>its format, share set or numbers (index, threshold, shares) are not valid.</source>
        <translation>het formaat, de delenset of de getallen (nummer, drempel, aantal delen) zijn niet geldig.</translation>
    </message>
    <message>
        <source>the share to seal is not valid.</source>
        <translation>het te verzegelen deel is niet geldig.</translation>
    </message>
    <message>
        <source>A share&apos;s passphrase needs at least %1 characters.</source>
        <translation>De wachtzin van een sleuteldeel moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>The share could not be sealed.</source>
        <translation>Het sleuteldeel kon niet worden verzegeld.</translation>
    </message>
    <message>
        <source>The passphrase does not open share %1 of %2 (or the file was changed). Check the passphrase and try again.</source>
        <translation>De wachtzin opent deel %1 van %2 niet (of het bestand is gewijzigd). Controleer de wachtzin en probeer het opnieuw.</translation>
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
    <name>regiekamer::client::AccessLogGrouping</name>
    <message numerus="yes">
        <source>%n read(s) in a row by the same person, most likely by their app opening a view:</source>
        <translation>
            <numerusform>%n leesactie achter elkaar door dezelfde persoon, waarschijnlijk door hun app bij het openen van een scherm:</numerusform>
            <numerusform>%n leesacties achter elkaar door dezelfde persoon, waarschijnlijk door hun app bij het openen van een scherm:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — entry %2: %3</source>
        <translation>%1 — item %2: %3</translation>
    </message>
    <message>
        <source>Untick &quot;Group repeated reads&quot; to see each entry on its own row.</source>
        <translation>Zet „Herhaalde leesacties groeperen” uit om elk item op een eigen regel te zien.</translation>
    </message>
    <message numerus="yes">
        <source>Read (%n time(s))</source>
        <translation>
            <numerusform>Inzien (%n keer)</numerusform>
            <numerusform>Inzien (%n keer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regiekamer::client::AccessLogLabels</name>
    <message>
        <source>Read</source>
        <translation>Inzien</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modereren</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Toewijzing intrekken</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Mislukte inlogpoging</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Blokkering</translation>
    </message>
    <message>
        <source>Account change</source>
        <translation>Accountwijziging</translation>
    </message>
    <message>
        <source>Key operation</source>
        <translation>Sleutelbewerking</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Medewerkersaccount</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Own profile</source>
        <translation>Eigen profiel</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Beheerder van de server</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <translation>Item %1 op %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Velden: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rijen: %1</translation>
    </message>
    <message>
        <source>Attendee: user #%1</source>
        <translation>Deelnemer: gebruiker #%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Verzoek-id: %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoordherstel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>Zelfaanmelding</translation>
    </message>
    <message>
        <source>E-mail change</source>
        <translation>E-mailwijziging</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Toegangslink</translation>
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
        <translation>%1 van %2</translation>
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
        <translation>Deelnemer: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Presence in the room</source>
        <translation>Aanwezigheid in de zaal</translation>
    </message>
    <message>
        <source>Left the room</source>
        <translation>Zaal verlaten</translation>
    </message>
    <message>
        <source>Sent out of the room</source>
        <translation>Uit de zaal gestuurd</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Weren</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Weren opgeheven</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Goedkeuringsregels</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::AccessLogModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::ApiClient</name>
    <message>
        <source>Type the code of your authenticator app to finish signing in.</source>
        <translation>Typ de code van je authenticator-app om het inloggen af te ronden.</translation>
    </message>
    <message>
        <source>Your second factor is confirmed for 15 minutes: start it again.</source>
        <translation>Je tweede factor is voor 15 minuten bevestigd: start het opnieuw.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::ApprovalRulesActions</name>
    <message>
        <source>Someone else changed the approval rules in the meantime. The current rules have been loaded; check them and save again.</source>
        <translation>Iemand anders heeft de goedkeuringsregels intussen gewijzigd. De huidige regels zijn geladen; controleer ze en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Your role may look at these rules but not change them.</source>
        <translation>Met je rol mag je deze regels inzien, maar niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::BackupStatusModel</name>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>This location holds no backup yet.</source>
        <translation>Op deze locatie staat nog geen back-up.</translation>
    </message>
    <message>
        <source>The newest backup on this location was committed at %1.</source>
        <translation>De nieuwste back-up op deze locatie is vastgelegd om %1.</translation>
    </message>
    <message>
        <source>Backup objects written on the server but not yet stored on this location.</source>
        <translation>Back-upobjecten die de server heeft geschreven maar die nog niet op deze locatie staan.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Nieuwste back-up</translation>
    </message>
    <message>
        <source>Waiting objects</source>
        <translation>Wachtende objecten</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>%1 holds no backup yet</source>
        <translation>op %1 staat nog geen back-up</translation>
    </message>
    <message>
        <source>the newest backup on %1 is %2 old</source>
        <translation>de nieuwste back-up op %1 is %2 oud</translation>
    </message>
    <message>
        <source>cannot reach %1</source>
        <translation>%1 is niet bereikbaar</translation>
    </message>
    <message>
        <source>the server cannot write backups (%1)</source>
        <translation>de server kan geen back-ups schrijven (%1)</translation>
    </message>
    <message>
        <source>the backups have not reported their state since %1</source>
        <translation>de back-ups hebben sinds %1 hun status niet gemeld</translation>
    </message>
    <message>
        <source>changes not yet backed up: %1</source>
        <translation>wijzigingen nog zonder back-up: %1</translation>
    </message>
    <message>
        <source>the server reports a problem with the backups</source>
        <translation>de server meldt een probleem met de back-ups</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>nog geen back-up</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s geleden</numerusform>
            <numerusform>%n s geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
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
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regiekamer::client::CsvExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Het bestand %1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::InvitationActions</name>
    <message>
        <source>The invitation to %1 is on its way.</source>
        <translation>De uitnodiging aan %1 is onderweg.</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent again; the earlier link no longer works.</source>
        <translation>De uitnodiging aan %1 is opnieuw verstuurd; de eerdere link werkt niet meer.</translation>
    </message>
    <message>
        <source>The invitation was revoked; its link no longer works.</source>
        <translation>De uitnodiging is ingetrokken; de link werkt niet meer.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::InvitationModel</name>
    <message>
        <source>Expired: send it again or revoke it</source>
        <translation>Verlopen: opnieuw versturen of intrekken</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Link valid until</source>
        <translation>Link geldig tot</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::KeychainStore</name>
    <message>
        <source>No OS keychain is available on this computer, so the key of the offline data is not kept there. Type your password to open the offline data.</source>
        <translation>Op deze computer is geen sleutelhanger van het besturingssysteem beschikbaar, dus de sleutel van de offline gegevens wordt daar niet bewaard. Typ je wachtwoord om de offline gegevens te openen.</translation>
    </message>
    <message>
        <source>The OS keychain refused access. Allow Regiekamer in the keychain, or type your password.</source>
        <translation>De sleutelhanger van het besturingssysteem weigert de toegang. Sta Regiekamer toe in de sleutelhanger, of typ je wachtwoord.</translation>
    </message>
    <message>
        <source>The OS keychain holds no key for this account&apos;s offline data. Type your password to open it.</source>
        <translation>De sleutelhanger van het besturingssysteem bevat geen sleutel voor de offline gegevens van dit account. Typ je wachtwoord om ze te openen.</translation>
    </message>
    <message>
        <source>The OS keychain could not be used (%1). Type your password to sign in.</source>
        <translation>De sleutelhanger van het besturingssysteem kon niet worden gebruikt (%1). Typ je wachtwoord om in te loggen.</translation>
    </message>
    <message>
        <source>The key in the OS keychain no longer opens this account&apos;s offline data (it was rebuilt), so it was removed. Type your password to open the offline data.</source>
        <translation>De sleutel in de sleutelhanger van het besturingssysteem opent de offline gegevens van dit account niet meer (ze zijn opnieuw opgebouwd) en is daarom verwijderd. Typ je wachtwoord om de offline gegevens te openen.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::KeychainUnlock</name>
    <message>
        <source>Type your password: the server can be reached, and it checks the password. The key in the OS keychain only opens the offline data while the server cannot be reached.</source>
        <translation>Typ je wachtwoord: de server is bereikbaar en controleert het wachtwoord. De sleutel in de sleutelhanger van het besturingssysteem opent alleen de offline gegevens zolang de server niet bereikbaar is.</translation>
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
    <name>regiekamer::client::OrganisationModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::QuestionModel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Terzijde gelegd</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Gesteld op</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gesteld door</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>Live beantwoord</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 door %2, %3</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Samengevoegd met: %1</translation>
    </message>
    <message>
        <source>Answered live; %1</source>
        <translation>Live beantwoord; %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste actie</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::RegistrationModel</name>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
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
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Minutes watched</source>
        <translation>Minuten gekeken</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Consent to recording</source>
        <translation>Toestemming voor opname</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Toestemming voor marketing</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is &quot;Waiting list&quot;, %2 the place on it (1 is first)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Banned because</source>
        <translation>Geweerd omdat</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::RoomPresence</name>
    <message>
        <source>Registration %1</source>
        <translation>Aanmelding %1</translation>
    </message>
    <message>
        <source>%1 was sent out of the room; they may join again.</source>
        <translation>%1 is uit de zaal gestuurd en kan opnieuw deelnemen.</translation>
    </message>
    <message>
        <source>%1 is banned from this webinar.</source>
        <translation>%1 wordt geweerd uit dit webinar.</translation>
    </message>
    <message>
        <source>The ban of %1 was lifted; they may join again.</source>
        <translation>%1 wordt niet meer geweerd en kan opnieuw deelnemen.</translation>
    </message>
    <message>
        <source>Nothing changed: the attendee is no longer in the room, or the ban was already lifted.</source>
        <translation>Er is niets veranderd: de deelnemer is niet meer in de zaal, of wordt al niet meer geweerd.</translation>
    </message>
    <message>
        <source>The server refused this: your role does not allow it.</source>
        <translation>De server weigerde dit: je rol staat het niet toe.</translation>
    </message>
    <message>
        <source>This registration is no longer available to you.</source>
        <translation>Deze aanmelding is niet meer voor je beschikbaar.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SecurityKeyDevice</name>
    <message>
        <source>No security key found. Plug in your security key and try again.</source>
        <translation>Geen beveiligingssleutel gevonden. Steek je beveiligingssleutel in de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The security key was not touched in time. Try again and touch it when it blinks.</source>
        <translation>De beveiligingssleutel is niet op tijd aangeraakt. Probeer het opnieuw en raak hem aan als hij knippert.</translation>
    </message>
    <message>
        <source>This security key asks for its PIN. Type the PIN and try again.</source>
        <translation>Deze beveiligingssleutel vraagt om zijn pincode. Typ de pincode en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The PIN of the security key is not correct.</source>
        <translation>De pincode van de beveiligingssleutel klopt niet.</translation>
    </message>
    <message>
        <source>The security key is blocked after too many wrong PINs. Unplug it and plug it in again, or use a code.</source>
        <translation>De beveiligingssleutel is geblokkeerd na te veel verkeerde pincodes. Haal hem uit de computer en steek hem er opnieuw in, of gebruik een code.</translation>
    </message>
    <message>
        <source>This security key is not registered for your account. Use a registered key or a code.</source>
        <translation>Deze beveiligingssleutel is niet voor je account geregistreerd. Gebruik een geregistreerde sleutel of een code.</translation>
    </message>
    <message>
        <source>This security key is registered for your account already.</source>
        <translation>Deze beveiligingssleutel is al voor je account geregistreerd.</translation>
    </message>
    <message>
        <source>The security key did not answer as expected (%1). Try again.</source>
        <translation>De beveiligingssleutel antwoordde niet zoals verwacht (%1). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SecurityKeyListModel</name>
    <message>
        <source>Added %1</source>
        <translation>Toegevoegd op %1</translation>
    </message>
    <message>
        <source>%1, never used</source>
        <translation>%1, nooit gebruikt</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, laatst gebruikt op %2</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::SessionController</name>
    <message>
        <source>There is no new server certificate to trust. Sign in again to see the server&apos;s certificate.</source>
        <translation>Er is geen nieuw servercertificaat om te vertrouwen. Log opnieuw in om het certificaat van de server te zien.</translation>
    </message>
    <message>
        <source>The server can be reached again. Sign in with your password to work online.</source>
        <translation>De server is weer bereikbaar. Log in met je wachtwoord om online te werken.</translation>
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
    <message>
        <source>(attendee data, not shown)</source>
        <translation>(deelnemersgegevens, niet getoond)</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::StreamKeyVault</name>
    <message>
        <source>The server sent no stream key.</source>
        <translation>De server stuurde geen streamsleutel.</translation>
    </message>
    <message>
        <source>The stream key is set; the previous key no longer works.</source>
        <translation>De streamsleutel is ingesteld; de vorige sleutel werkt niet meer.</translation>
    </message>
    <message>
        <source>A new stream key was made; the old key no longer works. Reveal the new key and give it to the encoder.</source>
        <translation>Er is een nieuwe streamsleutel gemaakt; de oude werkt niet meer. Onthul de nieuwe sleutel en geef die aan de encoder.</translation>
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
        <translation>%1 (checklist overgeslagen)</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>beheer (opdrachtregel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Went live although the pre-flight checklist was not complete; the reason is in the access log.</source>
        <translation>Ging live terwijl de checklist niet compleet was; de reden staat in het toegangslog.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Statuswijziging</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>regiekamer::client::UnsealClient</name>
    <message>
        <source>Share set of the file: %1; of the server: %2.</source>
        <translation>Delenset van het bestand: %1; van de server: %2.</translation>
    </message>
    <message>
        <source>The share file %1 cannot be read: %2</source>
        <translation>Het sleuteldeelbestand %1 kan niet worden gelezen: %2</translation>
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
    <name>regiekamer::client::WebinarWorkspace</name>
    <message>
        <source>Someone else changed this in the meantime. The current version has been loaded; check it and try again.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd. De huidige versie is geladen; controleer die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server refused this: your role does not allow it (any more). Your rights may have changed since you signed in; sign out and in again to see what you may do now.</source>
        <translation>De server heeft dit geweigerd: je rol staat het niet (meer) toe. Je rechten zijn mogelijk gewijzigd sinds je bent ingelogd; log uit en opnieuw in om te zien wat je nu mag.</translation>
    </message>
    <message>
        <source>This is no longer available to you: it was removed, or your assignment to this webinar ended. Choose another webinar, or ask an administrator.</source>
        <translation>Dit is niet meer voor je beschikbaar: het is verwijderd, of je toewijzing aan dit webinar is beëindigd. Kies een ander webinar of vraag het een beheerder.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::AccountLinks</name>
    <message>
        <source>Choose the password of your new Regiekamer account. Nobody else ever sees it.</source>
        <translation>Kies het wachtwoord van je nieuwe Regiekamer-account. Niemand anders krijgt het ooit te zien.</translation>
    </message>
    <message>
        <source>Choose a new password. Every session of your account will be signed out.</source>
        <translation>Kies een nieuw wachtwoord. Elke sessie van je account wordt dan uitgelogd.</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>Minstens 12 tekens.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Wachtwoord opslaan</translation>
    </message>
    <message>
        <source>Open your account</source>
        <translation>Je account openen</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Een nieuw wachtwoord kiezen</translation>
    </message>
    <message>
        <source>This link does not work (any more): it expired, it was used already, or a newer one was sent. Ask for a new one.</source>
        <translation>Deze link werkt niet (meer): hij is verlopen, al gebruikt, of er is een nieuwere verstuurd. Vraag een nieuwe aan.</translation>
    </message>
    <message>
        <source>Ask for a new password link</source>
        <translation>Een nieuwe wachtwoordlink aanvragen</translation>
    </message>
    <message>
        <source>Link not valid</source>
        <translation>Link niet geldig</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Choose a password of at least 12 characters.</source>
        <translation>Kies een wachtwoord van minstens 12 tekens.</translation>
    </message>
    <message>
        <source>Your password is saved. Sign in with it in the Regiekamer app or on the portal.</source>
        <translation>Je wachtwoord is opgeslagen. Log ermee in via de Regiekamer-app of op het portaal.</translation>
    </message>
    <message>
        <source>Sign in on the portal</source>
        <translation>Inloggen op het portaal</translation>
    </message>
    <message>
        <source>Password saved</source>
        <translation>Wachtwoord opgeslagen</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account. If it has one, a link to choose a new password is sent to it; the link works for 30 minutes.</source>
        <translation>Typ het e-mailadres van je account. Hoort er een account bij, dan krijgt het een link om een nieuw wachtwoord te kiezen; de link werkt 30 minuten.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Link versturen</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Too many links were asked for from your network. Try again in 15 minutes.</source>
        <translation>Er zijn te veel links aangevraagd vanaf je netwerk. Probeer het over 15 minuten opnieuw.</translation>
    </message>
    <message>
        <source>If the address has an account, a link was sent to it. Check your mail.</source>
        <translation>Hoort er een account bij dit adres, dan is er een link naartoe gestuurd. Kijk in je mail.</translation>
    </message>
    <message>
        <source>The server is busy. Nothing was changed; send the form again in a moment.</source>
        <translation>De server heeft het te druk. Er is niets gewijzigd; verstuur het formulier zo nog eens.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::EmailChange</name>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Naar de inlogpagina</translation>
    </message>
    <message>
        <source>Your address is %1. A link to confirm the new address is sent to it; the change takes effect when you open that link. Your current address is told about it.</source>
        <translation>Je adres is %1. Naar het nieuwe adres gaat een link om het te bevestigen; de wijziging gaat in als je die link opent. Je huidige adres krijgt er bericht van.</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>Nieuw e-mailadres</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>Send the confirmation link</source>
        <translation>Bevestigingslink versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Mijn e-mailadres wijzigen</translation>
    </message>
    <message>
        <source>Too many wrong passwords, or the server is busy. Try again later.</source>
        <translation>Te veel verkeerde wachtwoorden, of de server heeft het te druk. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>You asked for too many changes. Try again in an hour.</source>
        <translation>Je hebt te veel wijzigingen gevraagd. Probeer het over een uur opnieuw.</translation>
    </message>
    <message>
        <source>Type a valid e-mail address that differs from your current one.</source>
        <translation>Vul een geldig e-mailadres in dat verschilt van je huidige.</translation>
    </message>
    <message>
        <source>Check the new address: a link to confirm it was sent there, and works for 24 hours. Until then your address stays as it is.</source>
        <translation>Kijk in de mail van het nieuwe adres: daarheen is een link gestuurd om het te bevestigen, die 24 uur werkt. Tot dan blijft je adres zoals het is.</translation>
    </message>
    <message>
        <source>Back to my profile</source>
        <translation>Terug naar mijn profiel</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Kijk in je mail</translation>
    </message>
    <message>
        <source>Confirm %1 as the new e-mail address of your Regiekamer account.</source>
        <translation>Bevestig %1 als nieuw e-mailadres van je Regiekamer-account.</translation>
    </message>
    <message>
        <source>Confirm the new address</source>
        <translation>Nieuw adres bevestigen</translation>
    </message>
    <message>
        <source>Confirm your new address</source>
        <translation>Bevestig je nieuwe adres</translation>
    </message>
    <message>
        <source>Another account uses this address now, so it cannot become yours.</source>
        <translation>Een ander account gebruikt dit adres nu, dus het kan niet het jouwe worden.</translation>
    </message>
    <message>
        <source>Your e-mail address is changed. Sign in with the new address from now on.</source>
        <translation>Je e-mailadres is gewijzigd. Log voortaan in met het nieuwe adres.</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adres gewijzigd</translation>
    </message>
    <message>
        <source>If you did not ask to change your e-mail address, someone else knows your password. Reporting it undoes the change, signs out every session and makes the password stop working. A link to choose a new one is then sent to this address.</source>
        <translation>Heb je niet gevraagd je e-mailadres te wijzigen, dan kent iemand anders je wachtwoord. Als je het meldt, wordt de wijziging teruggedraaid, wordt elke sessie uitgelogd en werkt het wachtwoord niet meer. Daarna krijg je op dit adres een link om een nieuw wachtwoord te kiezen.</translation>
    </message>
    <message>
        <source>This was not me: secure my account</source>
        <translation>Dit was ik niet: beveilig mijn account</translation>
    </message>
    <message>
        <source>Report a change you did not ask for</source>
        <translation>Meld een wijziging waar je niet om vroeg</translation>
    </message>
    <message>
        <source>Your account is secured: the change is undone and every session is signed out. Check this address for the link to choose a new password, and tell your Regiekamer administrator.</source>
        <translation>Je account is beveiligd: de wijziging is teruggedraaid en elke sessie is uitgelogd. Kijk op dit adres voor de link om een nieuw wachtwoord te kiezen, en laat het je Regiekamer-beheerder weten.</translation>
    </message>
    <message>
        <source>Account secured</source>
        <translation>Account beveiligd</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::Layout</name>
    <message>
        <source>Skip to content</source>
        <translation>Naar de inhoud</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>Er is een probleem</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this site, so nothing was changed.</source>
        <translation>Dit formulier is verlopen of kwam niet van deze site, dus er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Open the page again and try once more.</source>
        <translation>Open de pagina opnieuw en probeer het nog een keer.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::Portal</name>
    <message>
        <source>Every time someone reads or changes your data, the access log records it. These are the latest 200 entries about you.</source>
        <translation>Elke keer dat iemand je gegevens bekijkt of wijzigt, legt het toegangslog dat vast. Dit zijn de laatste 200 vermeldingen over jou.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Who accessed my data</source>
        <translation>Wie mijn gegevens bekeek</translation>
    </message>
    <message>
        <source>Deleting your account removes your profile, your registrations and your questions, and destroys the key your personal data was encrypted with. This cannot be undone.</source>
        <translation>Als je je account verwijdert, verdwijnen je profiel, je aanmeldingen en je vragen, en wordt de sleutel vernietigd waarmee je persoonsgegevens versleuteld waren. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Download your data first if you want to keep a copy.</source>
        <translation>Download eerst je gegevens als je een kopie wilt bewaren.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>To confirm that it is you.</source>
        <translation>Ter bevestiging dat jij het bent.</translation>
    </message>
    <message>
        <source>Delete my account for good</source>
        <translation>Mijn account definitief verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Your account and your personal data have been deleted.</source>
        <translation>Je account en je persoonsgegevens zijn verwijderd.</translation>
    </message>
    <message>
        <source>Back to the sign-in page</source>
        <translation>Terug naar de inlogpagina</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account verwijderd</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Sign in to your account</source>
        <translation>Inloggen op je account</translation>
    </message>
    <message>
        <source>The form could not be read.</source>
        <translation>Het formulier kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>De server heeft het druk. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Fill in your e-mail address and password.</source>
        <translation>Vul je e-mailadres en wachtwoord in.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Ingelogd als %1.</translation>
    </message>
    <message>
        <source>My registrations</source>
        <translation>Mijn aanmeldingen</translation>
    </message>
    <message>
        <source>You have no registrations.</source>
        <translation>Je hebt geen aanmeldingen.</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <source>You have not asked any questions.</source>
        <translation>Je hebt nog geen vragen gesteld.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Gesteld op</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Download all my data (JSON)</source>
        <translation>Al mijn gegevens downloaden (JSON)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>I agree to webinars being recorded with me in them</source>
        <translation>Ik ga ermee akkoord dat webinars waarin ik voorkom worden opgenomen</translation>
    </message>
    <message>
        <source>I want to receive news about coming webinars</source>
        <translation>Ik wil nieuws ontvangen over komende webinars</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Your account cannot change its profile here.</source>
        <translation>Met je account kun je je profiel hier niet wijzigen.</translation>
    </message>
    <message>
        <source>Your profile was changed elsewhere meanwhile; check it and save again.</source>
        <translation>Je profiel is intussen ergens anders gewijzigd; controleer het en sla het opnieuw op.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Your profile has been saved.</source>
        <translation>Je profiel is opgeslagen.</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Gedownload</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Gemodereerd</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inloggen mislukt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uitgelogd</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>aanmelding</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>je gegevens</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>toegangslog</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>not carried out</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Te veel mislukte pogingen. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel mislukte pogingen. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>contactgegevens</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Too many wrong passwords, or the server is busy. Try again later.</source>
        <translation>Te veel verkeerde wachtwoorden, of de server heeft het druk. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Mijn e-mailadres wijzigen</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <source>E-mail address change</source>
        <translation>E-mailadreswijziging</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Toegangslink</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>Present in the room</source>
        <translation>Aanwezig in de zaal</translation>
    </message>
    <message>
        <source>Left the room</source>
        <translation>Zaal verlaten</translation>
    </message>
    <message>
        <source>Sent out of the room</source>
        <translation>Uit de zaal gestuurd</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Geweerd</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Weren opgeheven</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>op de wachtlijst</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Samengevoegd met: %1</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>Live beantwoord</translation>
    </message>
    <message>
        <source>This account signs in with a second factor. Sign in with the Regiekamer app.</source>
        <translation>Dit account logt in met een tweede factor. Log in met de Regiekamer-app.</translation>
    </message>
</context>
<context>
    <name>regiekamer::server::web::SignUp</name>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minuten</translation>
    </message>
    <message>
        <source>There is no webinar open for registration at this address. Check the link you were given, or ask the organiser.</source>
        <translation>Op dit adres is geen webinar open voor aanmelding. Controleer de link die je kreeg, of vraag het de organisator.</translation>
    </message>
    <message>
        <source>Registration not possible</source>
        <translation>Aanmelden niet mogelijk</translation>
    </message>
    <message>
        <source>After you send this form, a link to confirm your registration is sent to your e-mail address. Nothing is stored until you confirm.</source>
        <translation>Na het versturen van dit formulier krijg je op je e-mailadres een link om je aanmelding te bevestigen. Er wordt niets bewaard tot je bevestigt.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Company (optional)</source>
        <translation>Organisatie (optioneel)</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Functie (optioneel)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefoon (optioneel)</translation>
    </message>
    <message>
        <source>I agree to the webinar being recorded with me in it</source>
        <translation>Ik vind het goed dat het webinar met mij erin wordt opgenomen</translation>
    </message>
    <message>
        <source>I want to receive news about coming webinars</source>
        <translation>Ik wil nieuws over komende webinars ontvangen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Register for a webinar</source>
        <translation>Aanmelden voor een webinar</translation>
    </message>
    <message>
        <source>Type your full name.</source>
        <translation>Vul je volledige naam in.</translation>
    </message>
    <message>
        <source>Type a valid e-mail address, such as name@example.com.</source>
        <translation>Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Too many registrations were sent from your network. Try again in 15 minutes.</source>
        <translation>Vanaf je netwerk zijn te veel aanmeldingen verstuurd. Probeer het over 15 minuten opnieuw.</translation>
    </message>
    <message>
        <source>Check your mail: a link to confirm your registration was sent to %1. The link works for 24 hours.</source>
        <translation>Kijk in je mail: er is een link om je aanmelding te bevestigen verstuurd naar %1. De link werkt 24 uur.</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Kijk in je mail</translation>
    </message>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Naar de inlogpagina</translation>
    </message>
    <message>
        <source>You are registering as %1.</source>
        <translation>Je meldt je aan als %1.</translation>
    </message>
    <message>
        <source>Choose a password for your account. With it you can see, change, download and delete your data on the portal.</source>
        <translation>Kies een wachtwoord voor je account. Daarmee kun je je gegevens op het portaal bekijken, wijzigen, downloaden en verwijderen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>Minstens 12 tekens.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Confirm my registration</source>
        <translation>Mijn aanmelding bevestigen</translation>
    </message>
    <message>
        <source>Confirm your registration</source>
        <translation>Bevestig je aanmelding</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Choose a password of at least 12 characters.</source>
        <translation>Kies een wachtwoord van minstens 12 tekens.</translation>
    </message>
    <message>
        <source>This registration cannot be completed: the webinar is no longer open, you are registered already, or the address belongs to a staff account.</source>
        <translation>Deze aanmelding kan niet worden afgerond: het webinar is niet meer open, je bent al aangemeld, of het adres hoort bij een medewerkersaccount.</translation>
    </message>
    <message>
        <source>You are registered. Your personal link to join the webinar was sent to you by mail.</source>
        <translation>Je bent aangemeld. Je persoonlijke link naar het webinar is je per mail gestuurd.</translation>
    </message>
    <message>
        <source>Your registration is received. The organiser approves each registration; once yours is approved, your personal link to join the webinar is sent to you by mail.</source>
        <translation>Je aanmelding is ontvangen. De organisator keurt elke aanmelding goed; zodra de jouwe is goedgekeurd, krijg je je persoonlijke link naar het webinar per mail.</translation>
    </message>
    <message>
        <source>See your data on the portal</source>
        <translation>Je gegevens bekijken op het portaal</translation>
    </message>
    <message>
        <source>Registration confirmed</source>
        <translation>Aanmelding bevestigd</translation>
    </message>
    <message>
        <source>Your registration is not approved (any more), so this entrance is closed. Ask the organiser if you think this is wrong.</source>
        <translation>Je aanmelding is niet (meer) goedgekeurd, dus deze toegang is gesloten. Vraag het de organisator als je denkt dat dit niet klopt.</translation>
    </message>
    <message>
        <source>The webinar is live now.</source>
        <translation>Het webinar is nu live.</translation>
    </message>
    <message>
        <source>The webinar has ended.</source>
        <translation>Het webinar is afgelopen.</translation>
    </message>
    <message>
        <source>The webinar has not started yet. Come back through this link at the time above.</source>
        <translation>Het webinar is nog niet begonnen. Kom via deze link terug op het tijdstip hierboven.</translation>
    </message>
    <message>
        <source>This is your personal entrance: do not pass the link on.</source>
        <translation>Dit is je persoonlijke toegang: geef de link niet door.</translation>
    </message>
    <message>
        <source>Your entrance</source>
        <translation>Jouw toegang</translation>
    </message>
    <message>
        <source>The server is busy. Nothing was changed; send the form again in a moment.</source>
        <translation>De server heeft het te druk. Er is niets gewijzigd; verstuur het formulier zo nog eens.</translation>
    </message>
    <message>
        <source>You are registered, and the webinar is full: you are on its waiting list. You move up by yourself when a place frees; then your personal link to join the webinar is sent to you by mail.</source>
        <translation>Je bent aangemeld, en het webinar is vol: je staat op de wachtlijst. Je schuift vanzelf door zodra er een plaats vrijkomt; dan krijg je je persoonlijke link naar het webinar per mail.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccessLogFilterBar</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Hande&amp;ling:</translation>
    </message>
    <message>
        <source>&amp;Webinar:</source>
        <translation>&amp;Webinar:</translation>
    </message>
    <message>
        <source>Atte&amp;ndee:</source>
        <translation>&amp;Deelnemer:</translation>
    </message>
    <message>
        <source>Search the access log …</source>
        <translation>Zoeken in de toegangslog …</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>All webinars</source>
        <translation>Alle webinars</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Toegangslog doorzoeken</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Vermeldingen vanaf</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Vermeldingen tot en met</translation>
    </message>
    <message>
        <source>name or #user id</source>
        <translation>naam of #gebruikers-id</translation>
    </message>
    <message>
        <source>Attendee&apos;s name</source>
        <translation>Naam van de deelnemer</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccessLogView</name>
    <message>
        <source>The chain status is not available: %1</source>
        <translation>De status van de keten is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Checking the access log&apos;s chain …</source>
        <translation>De keten van de toegangslog wordt gecontroleerd …</translation>
    </message>
    <message>
        <source>Chain verified up to entry %1 of %2 at %3</source>
        <translation>Keten gecontroleerd tot en met item %1 van %2 om %3</translation>
    </message>
    <message numerus="yes">
        <source>The chain has not been verified yet (%n entry(ies)).</source>
        <translation>
            <numerusform>De keten is nog niet gecontroleerd (%n item).</numerusform>
            <numerusform>De keten is nog niet gecontroleerd (%n items).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n item getoond</numerusform>
            <numerusform>%n items getoond</numerusform>
        </translation>
    </message>
    <message>
        <source> — loading …</source>
        <translation> — bezig met laden …</translation>
    </message>
    <message>
        <source>The selected entry concerns no attendee.</source>
        <translation>Het gekozen item betreft geen deelnemer.</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Oudere items laden</translation>
    </message>
    <message>
        <source>Only this attendee</source>
        <translation>Alleen deze deelnemer</translation>
    </message>
    <message>
        <source>Export to CSV …</source>
        <translation>Exporteren naar CSV …</translation>
    </message>
    <message>
        <source>Warning: the access log has been tampered with or damaged from entry %1 on. Tell the administrator. Details: %2</source>
        <translation>Waarschuwing: er is met de toegangslog geknoeid of hij is beschadigd vanaf regel %1. Meld het aan de beheerder. Details: %2</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Vermeldingen in de toegangslog</translation>
    </message>
    <message>
        <source>&amp;Group repeated reads</source>
        <translation>Herhaalde leesacties &amp;groeperen</translation>
    </message>
    <message>
        <source>Shows the reads one person&apos;s app makes within seconds (opening a webinar reads its details, registrations and questions) as one row. Every entry stays recorded.</source>
        <translation>Toont de leesacties die de app van één persoon binnen enkele seconden doet (een webinar openen leest de gegevens, aanmeldingen en vragen) als één regel. Elk item blijft vastgelegd.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccountDialog</name>
    <message numerus="yes">
        <source>The initial password needs at least %n characters.</source>
        <translation>
            <numerusform>Het eerste wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Het eerste wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Nieuw medewerkersaccount</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Eerste wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Herhaal het wachtwoord:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Account aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AccountsPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation>Medewerkersaccounts</translation>
    </message>
    <message>
        <source>The account %1 has been created.</source>
        <translation>Het account %1 is aangemaakt.</translation>
    </message>
    <message>
        <source>Choose the organisation this client staff member works for.</source>
        <translation>Kies de organisatie waarvoor deze medewerker van de klant werkt.</translation>
    </message>
    <message>
        <source>The role has been changed to %1.</source>
        <translation>De rol is gewijzigd in %1.</translation>
    </message>
    <message>
        <source>The account %1 has been enabled.</source>
        <translation>Het account %1 is weer ingeschakeld.</translation>
    </message>
    <message>
        <source>The account %1 has been disabled; its sessions have ended.</source>
        <translation>Het account %1 is uitgeschakeld; de sessies ervan zijn beëindigd.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>New account …</source>
        <translation>Nieuw account …</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Klantorganisatie</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AdminView</name>
    <message>
        <source>Staff accounts</source>
        <translation>Medewerkersaccounts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
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
        <translation>De server is niet vertrouwd, dus je bent niet ingelogd.</translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten. Sign in to check the new certificate&apos;s fingerprint.</source>
        <translation>Het oude certificaat van %1 is vergeten. Log in om de vingerafdruk van het nieuwe certificaat te controleren.</translation>
    </message>
    <message>
        <source>The offline data of all accounts on this computer was deleted.</source>
        <translation>De offline gegevens van alle accounts op deze computer zijn verwijderd.</translation>
    </message>
    <message>
        <source>The server is unsealed.</source>
        <translation>De server is ontzegeld.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ApprovalRulesDialog</name>
    <message numerus="yes">
        <source>Approval rules of “%1” saved: %n approved, %2 on the waiting list.</source>
        <translation>
            <numerusform>Goedkeuringsregels van “%1” opgeslagen: %n goedgekeurd, %2 op de wachtlijst.</numerusform>
            <numerusform>Goedkeuringsregels van “%1” opgeslagen: %n goedgekeurd, %2 op de wachtlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 domains and %1 organisations.</source>
        <translation>Hoogstens %1 domeinen en %1 organisaties.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Write only the part after the @, such as example.org (no * or @; subdomains are separate lines).</source>
        <translation>“%1” is geen domeinnaam. Schrijf alleen het deel na de @, zoals example.org (geen * of @; subdomeinen op een eigen regel).</translation>
    </message>
    <message>
        <source>The organisation “%1…” is longer than %2 characters.</source>
        <translation>De organisatie “%1…” is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>De regels worden geladen …</translation>
    </message>
    <message>
        <source>Now %1 approved, %2 on the waiting list.</source>
        <translation>Nu %1 goedgekeurd, %2 op de wachtlijst.</translation>
    </message>
    <message>
        <source>Fewer places than approved: nobody loses their place, but nobody new is admitted until enough places free.</source>
        <translation>Minder plaatsen dan goedgekeurd: niemand verliest zijn plaats, maar er komt niemand bij tot er genoeg plaatsen vrij zijn.</translation>
    </message>
    <message>
        <source>Approval rules of “%1”</source>
        <translation>Goedkeuringsregels van “%1”</translation>
    </message>
    <message>
        <source>Registrations from these e-mail domains or organisations are approved at once; the others wait for your approval. Beyond the capacity, registrations go onto the waiting list and move up by themselves, in order of registration, when a place frees.</source>
        <translation>Aanmeldingen van deze e-maildomeinen of organisaties worden meteen goedgekeurd; de andere wachten op jouw goedkeuring. Boven de capaciteit komen aanmeldingen op de wachtlijst en schuiven ze vanzelf door, in volgorde van aanmelding, zodra er een plaats vrijkomt.</translation>
    </message>
    <message>
        <source>E-mail &amp;domains, one per line (for example zorg.nl):</source>
        <translation>E-mail&amp;domeinen, één per regel (bijvoorbeeld zorg.nl):</translation>
    </message>
    <message>
        <source>&amp;Organisations, one per line (as attendees give their company):</source>
        <translation>&amp;Organisaties, één per regel (zoals deelnemers hun bedrijf opgeven):</translation>
    </message>
    <message>
        <source>E-mail domains approved at once</source>
        <translation>E-maildomeinen die meteen worden goedgekeurd</translation>
    </message>
    <message>
        <source>Organisations approved at once</source>
        <translation>Organisaties die meteen worden goedgekeurd</translation>
    </message>
    <message>
        <source>&amp;Limit the places to</source>
        <translation>&amp;Beperk het aantal plaatsen tot</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plaatsen</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>Regels op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AssignmentsPanel</name>
    <message>
        <source>All webinars</source>
        <translation>Alle webinars</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has been assigned to the webinar.</source>
        <translation>%1 is aan het webinar toegewezen.</translation>
    </message>
    <message>
        <source>%1 no longer works on this webinar.</source>
        <translation>%1 werkt niet meer aan dit webinar.</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Toegewezen medewerkers</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Toewijzing verwijderen</translation>
    </message>
    <message>
        <source>Remove the assignment?</source>
        <translation>Toewijzing verwijderen?</translation>
    </message>
    <message>
        <source>%1 will no longer work on &quot;%2&quot; and loses access to its data at once.</source>
        <translation>%1 werkt dan niet meer aan &quot;%2&quot; en verliest meteen de toegang tot de gegevens ervan.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Keep the assignment</source>
        <translation>Toewijzing houden</translation>
    </message>
    <message>
        <source>Staff member to assign</source>
        <translation>Toe te wijzen medewerker</translation>
    </message>
    <message>
        <source>The webinar &quot;%1&quot; was created as a draft.</source>
        <translation>Het webinar &quot;%1&quot; is als concept aangemaakt.</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were saved.</source>
        <translation>De wijzigingen aan &quot;%1&quot; zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Delete the webinar?</source>
        <translation>Het webinar verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%2) is deleted with its %n registration(s) and all its questions. This cannot be undone.</source>
        <translation>
            <numerusform>„%1” (%2) wordt verwijderd met zijn %n aanmelding en al zijn vragen. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>„%1” (%2) wordt verwijderd met zijn %n aanmeldingen en al zijn vragen. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the webinar</source>
        <translation>Het webinar verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>The webinar &quot;%1&quot; was deleted.</source>
        <translation>Het webinar &quot;%1&quot; is verwijderd.</translation>
    </message>
    <message>
        <source>&amp;New webinar …</source>
        <translation>&amp;Nieuw webinar …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>Be&amp;werken …</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Verwijderen …</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::AttendeePanel</name>
    <message>
        <source>All registrations</source>
        <translation>Alle aanmeldingen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>Search by name, e-mail or company</source>
        <translation>Zoeken op naam, e-mailadres of bedrijf</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Zoeken op naam</translation>
    </message>
    <message>
        <source>All approval states</source>
        <translation>Alle goedkeuringsstatussen</translation>
    </message>
    <message>
        <source>Present or not</source>
        <translation>Aanwezig of niet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Niet aanwezig</translation>
    </message>
    <message>
        <source>(loading, %1 of %2)</source>
        <translation>(bezig met laden, %1 van %2)</translation>
    </message>
    <message>
        <source>Registrations and attendance</source>
        <translation>Aanmeldingen en aanwezigheid</translation>
    </message>
    <message>
        <source>Export CSV …</source>
        <translation>CSV exporteren …</translation>
    </message>
    <message>
        <source>Download all registrations of this webinar from the server as a CSV file</source>
        <translation>Alle aanmeldingen van dit webinar als CSV-bestand van de server downloaden</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Aanmeldingen doorzoeken</translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation>Goedkeuringsstatus</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 en %n ander</numerusform>
            <numerusform>%1 en %n anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject registrations</source>
        <translation>Aanmeldingen afwijzen</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s) for “%1”: %2? They are not admitted. You can undo this for ten seconds.</source>
        <translation>
            <numerusform>%n aanmelding voor „%1” afwijzen: %2? Deze persoon wordt niet toegelaten. Je kunt dit tien seconden lang ongedaan maken.</numerusform>
            <numerusform>%n aanmeldingen voor „%1” afwijzen: %2? Deze personen worden niet toegelaten. Je kunt dit tien seconden lang ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Approve the selected registrations (select several with Shift or Ctrl, all with Ctrl+A)</source>
        <translation>De geselecteerde aanmeldingen goedkeuren (meerdere selecteer je met Shift of Ctrl, alle met Ctrl+A)</translation>
    </message>
    <message>
        <source>Reject the selected registrations; asks first, and can be undone for ten seconds</source>
        <translation>De geselecteerde aanmeldingen afwijzen; vraagt eerst, en is tien seconden lang ongedaan te maken</translation>
    </message>
    <message>
        <source>Waiting l&amp;ist</source>
        <translation>Op wachtlijst &amp;zetten</translation>
    </message>
    <message>
        <source>Put the selected registrations on the waiting list: they move up by themselves, in order of registration, when a place frees</source>
        <translation>Zet de geselecteerde aanmeldingen op de wachtlijst: ze schuiven vanzelf door, in volgorde van aanmelding, zodra er een plaats vrijkomt</translation>
    </message>
    <message>
        <source>Reason for the a&amp;ttendee:</source>
        <translation>Re&amp;den voor de deelnemer:</translation>
    </message>
    <message>
        <source>optional; mailed with an approval or rejection</source>
        <translation>optioneel; wordt gemaild bij goedkeuren of afwijzen</translation>
    </message>
    <message>
        <source>Reason for the attendee</source>
        <translation>Reden voor de deelnemer</translation>
    </message>
    <message>
        <source>&amp;Capacity and approval rules …</source>
        <translation>&amp;Capaciteit en goedkeuringsregels …</translation>
    </message>
    <message>
        <source>Who is approved at once, and how many places the webinar has</source>
        <translation>Wie meteen wordt goedgekeurd, en hoeveel plaatsen het webinar heeft</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::BackupPanel</name>
    <message>
        <source>Backup locations</source>
        <translation>Back-uplocaties</translation>
    </message>
    <message>
        <source>Reading the backup status …</source>
        <translation>Back-upstatus wordt gelezen …</translation>
    </message>
    <message>
        <source>The backup status needs a connection to the server. It is shown as soon as the app is online.</source>
        <translation>Voor de back-upstatus is een verbinding met de server nodig. Je ziet hem zodra de app online is.</translation>
    </message>
    <message>
        <source>Backups are not configured on this server</source>
        <translation>Op deze server zijn geen back-ups ingesteld</translation>
    </message>
    <message>
        <source>Backups: all locations up to date</source>
        <translation>Back-ups: alle locaties zijn bijgewerkt</translation>
    </message>
    <message>
        <source>Backups are degraded: %1. The server keeps trying; if this lasts, ask the server&apos;s operator to check the backup locations.</source>
        <translation>Back-ups zijn verminderd: %1. De server blijft het proberen; duurt dit voort, vraag dan de beheerder van de server de back-uplocaties te controleren.</translation>
    </message>
    <message>
        <source>Your account may not see the backup status. Sign in with an administrator account.</source>
        <translation>Je account mag de back-upstatus niet zien. Log in met een beheerdersaccount.</translation>
    </message>
    <message>
        <source>This server does not report a backup status; it may run an older version of Regiekamer. Ask the server&apos;s operator to update it.</source>
        <translation>Deze server meldt geen back-upstatus; mogelijk draait er een oudere versie van Regiekamer. Vraag de beheerder van de server om bij te werken.</translation>
    </message>
    <message>
        <source>The backup status could not be read: %1 Press F5 to try again.</source>
        <translation>De back-upstatus kon niet worden gelezen: %1 Druk op F5 om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The server&apos;s operator turns them on with --backup-recipients and --backup-to.</source>
        <translation>De beheerder van de server zet ze aan met --backup-recipients en --backup-to.</translation>
    </message>
    <message>
        <source>Last snapshot: %1</source>
        <translation>Laatste momentopname: %1</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Nog geen momentopname</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Status van %1</translation>
    </message>
    <message>
        <source>Backup state</source>
        <translation>Back-upstatus</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Ask the server for the backup state now (F5)</source>
        <translation>Vraag de server nu om de back-upstatus (F5)</translation>
    </message>
    <message>
        <source>Refresh the backup state</source>
        <translation>De back-upstatus vernieuwen</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::BanDialog</name>
    <message>
        <source>Ban from the webinar</source>
        <translation>Weren uit het webinar</translation>
    </message>
    <message>
        <source>%1 leaves the room now and cannot join this webinar again until you lift the ban. The client&apos;s staff see the ban and its reason.</source>
        <translation>%1 verlaat nu de zaal en kan pas weer aan dit webinar deelnemen als je het weren opheft. De medewerkers van de klant zien dat en de reden.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Reden om te weren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Weren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ClientStaffView</name>
    <message>
        <source>Your organisation&apos;s webinars</source>
        <translation>De webinars van je organisatie</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::DirectorView</name>
    <message>
        <source>Webinars assigned to you</source>
        <translation>Aan jou toegewezen webinars</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Live gaan</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::EmailChangeDialog</name>
    <message>
        <source>Type the new address, such as name@example.com.</source>
        <translation>Vul het nieuwe adres in, zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>This is your current address already.</source>
        <translation>Dit is al je huidige adres.</translation>
    </message>
    <message>
        <source>Type your password: it confirms that you are asking.</source>
        <translation>Vul je wachtwoord in: daarmee bevestig je dat jij het vraagt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was changed.</source>
        <translation>Het wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A link to confirm %1 was sent to that address. Your address changes when you open it; until then you sign in with %2, which was told about the change.</source>
        <translation>Er is een link om %1 te bevestigen naar dat adres gestuurd. Je adres verandert als je die opent; tot dan log je in met %2, dat bericht kreeg van de wijziging.</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Mijn e-mailadres wijzigen</translation>
    </message>
    <message>
        <source>Your address is %1. A link to confirm the new address is sent there; your current address is told, with a way to report it if it was not you.</source>
        <translation>Je adres is %1. Naar het nieuwe adres gaat een link om het te bevestigen; je huidige adres krijgt bericht, met een manier om het te melden als jij het niet was.</translation>
    </message>
    <message>
        <source>&amp;New address:</source>
        <translation>&amp;Nieuw adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Send confirmation link</source>
        <translation>Bevestigingslink versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::EnrolmentDialog</name>
    <message>
        <source>Type the six digits your authenticator app shows.</source>
        <translation>Typ de zes cijfers die je authenticator-app toont.</translation>
    </message>
    <message>
        <source>Your recovery codes</source>
        <translation>Je herstelcodes</translation>
    </message>
    <message>
        <source>Set up your second factor</source>
        <translation>Tweede factor instellen</translation>
    </message>
    <message>
        <source>Your role needs a second factor before you can continue.</source>
        <translation>Je rol heeft een tweede factor nodig voordat je verder kunt.</translation>
    </message>
    <message>
        <source>Scan the QR code with an authenticator app (such as Aegis, FreeOTP or Google Authenticator), then type the six-digit code it shows.</source>
        <translation>Scan de QR-code met een authenticator-app (zoals Aegis, FreeOTP of Google Authenticator) en typ daarna de code van zes cijfers die de app toont.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>QR code of your new second factor</source>
        <translation>QR-code van je nieuwe tweede factor</translation>
    </message>
    <message>
        <source>Or type this key:</source>
        <translation>Of typ deze sleutel:</translation>
    </message>
    <message>
        <source>Key of your new second factor</source>
        <translation>Sleutel van je nieuwe tweede factor</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code van de authenticator-app</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Annuleren en uitloggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ExportController</name>
    <message>
        <source>Export registrations</source>
        <translation>Aanmeldingen exporteren</translation>
    </message>
    <message>
        <source>Exporting the registrations of %1 …</source>
        <translation>De aanmeldingen van %1 worden geëxporteerd …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting the registrations: %1 kB received …</source>
        <translation>De aanmeldingen worden geëxporteerd: %1 kB ontvangen …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n registration(s) to %1.</source>
        <translation>
            <numerusform>%n aanmelding geëxporteerd naar %1.</numerusform>
            <numerusform>%n aanmeldingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>toegangslog</translation>
    </message>
    <message>
        <source>Exporting the access log …</source>
        <translation>De toegangslog wordt geëxporteerd …</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <source>Exporting the access log: %1 kB received …</source>
        <translation>De toegangslog wordt geëxporteerd: %1 kB ontvangen …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n access log entry(ies) to %1.</source>
        <translation>
            <numerusform>%n item van de toegangslog geëxporteerd naar %1.</numerusform>
            <numerusform>%n items van de toegangslog geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language (*.csv)</source>
        <translation>CSV voor spreadsheets in deze taal (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV, UTF-8 with commas (*.csv)</source>
        <translation>Eenvoudige CSV, UTF-8 met komma&apos;s (*.csv)</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::GoLivePanel</name>
    <message>
        <source>Starts in %1</source>
        <translation>Begint over %1</translation>
    </message>
    <message>
        <source>The scheduled start was %1 ago</source>
        <translation>De geplande start was %1 geleden</translation>
    </message>
    <message>
        <source>Live for %1 · %2 left</source>
        <translation>Live sinds %1 · %2 te gaan</translation>
    </message>
    <message>
        <source>Live for %1 · %2 over time</source>
        <translation>Live sinds %1 · %2 over tijd</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: gedaan</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: niet gedaan</translation>
    </message>
    <message>
        <source>Go live without a complete checklist?</source>
        <translation>Live gaan zonder complete checklist?</translation>
    </message>
    <message>
        <source>The pre-flight checklist is not complete. Why go live anyway? The reason is kept in the access log, for the client to see.</source>
        <translation>De checklist voor de uitzending is niet compleet. Waarom toch live gaan? De reden komt in het toegangslog, zichtbaar voor de klant.</translation>
    </message>
    <message>
        <source>Go live anyway</source>
        <translation>Toch live gaan</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Checklist voor de uitzending</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>IN DE LUCHT</translation>
    </message>
    <message>
        <source>The webinar is on air</source>
        <translation>Het webinar is in de lucht</translation>
    </message>
    <message>
        <source>Go live &amp;anyway …</source>
        <translation>&amp;Toch live gaan …</translation>
    </message>
    <message>
        <source>Goes live although the checklist is not complete; asks for the reason first.</source>
        <translation>Gaat live terwijl de checklist niet compleet is; vraagt eerst om de reden.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Timeline of state changes</source>
        <translation>Tijdlijn van statuswijzigingen</translation>
    </message>
    <message>
        <source>Time until or since the start</source>
        <translation>Tijd tot of sinds de start</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::InvitationsPanel</name>
    <message>
        <source>Pending invitations</source>
        <translation>Openstaande uitnodigingen</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>De uitnodiging intrekken?</translation>
    </message>
    <message>
        <source>The invitation to %1 will be revoked: its link stops working and the invited account is deleted. This cannot be undone; you can invite the address again.</source>
        <translation>De uitnodiging aan %1 wordt ingetrokken: de link werkt dan niet meer en het uitgenodigde account wordt verwijderd. Dit kan niet ongedaan worden gemaakt; je kunt het adres wel opnieuw uitnodigen.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Invite …</source>
        <translation>Uitnodigen …</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Revoke …</source>
        <translation>Intrekken …</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::InviteDialog</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Invite a member of staff</source>
        <translation>Een medewerker uitnodigen</translation>
    </message>
    <message>
        <source>Language of the mail:</source>
        <translation>Taal van de mail:</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Uitnodiging versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::LoginDialog</name>
    <message>
        <source>Sign in to Regiekamer</source>
        <translation>Inloggen bij Regiekamer</translation>
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
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Forget trusted certificate</source>
        <translation>Vertrouwd certificaat vergeten</translation>
    </message>
    <message>
        <source>Unlock offline data without typing the password (OS keychain)</source>
        <translation>Offline gegevens ontgrendelen zonder het wachtwoord te typen (sleutelhanger van het besturingssysteem)</translation>
    </message>
    <message>
        <source>Forget this computer…</source>
        <translation>Deze computer vergeten…</translation>
    </message>
    <message>
        <source>Delete the offline data of all accounts on this computer</source>
        <translation>De offline gegevens van alle accounts op deze computer verwijderen</translation>
    </message>
    <message>
        <source>Keeps the key of this account&apos;s offline data in the OS keychain. While the server cannot be reached, sign in with an empty password to open the offline data. Anyone who can use your unlocked computer account can then open it too.</source>
        <translation>Bewaart de sleutel van de offline gegevens van dit account in de sleutelhanger van het besturingssysteem. Zolang de server niet bereikbaar is, log je in met een leeg wachtwoord om de offline gegevens te openen. Iedereen die je ontgrendelde computeraccount kan gebruiken, kan ze dan ook openen.</translation>
    </message>
    <message>
        <source>The server is sealed: nobody can sign in until enough key custodians have unsealed it.</source>
        <translation>De server is verzegeld: niemand kan inloggen totdat genoeg sleutelhouders hem hebben ontzegeld.</translation>
    </message>
    <message>
        <source>&amp;Unseal…</source>
        <translation>&amp;Ontzegelen…</translation>
    </message>
    <message>
        <source>For key custodians: give your share of the server&apos;s key</source>
        <translation>Voor sleutelhouders: geef je deel van de sleutel van de server</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MainWindow</name>
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
        <translation>Uitgelogd</translation>
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
        <translation>&amp;Uitloggen</translation>
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
    <message>
        <source>Offline, read-only</source>
        <translation>Offline, alleen lezen</translation>
    </message>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation>Deze &amp;computer vergeten…</translation>
    </message>
    <message>
        <source>Delete the offline data of all accounts on this computer</source>
        <translation>De offline gegevens van alle accounts op deze computer verwijderen</translation>
    </message>
    <message>
        <source>Change my &amp;e-mail address…</source>
        <translation>Mijn &amp;e-mailadres wijzigen…</translation>
    </message>
    <message>
        <source>Live updates connected</source>
        <translation>Live-updates verbonden</translation>
    </message>
    <message>
        <source>Second f&amp;actor…</source>
        <translation>&amp;Tweede factor…</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Take this change back</source>
        <translation>Deze wijziging terugdraaien</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ModeratorView</name>
    <message>
        <source>Webinars you moderate</source>
        <translation>Webinars die je modereert</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::OfflineBanner</name>
    <message>
        <source>Back online — data updated.</source>
        <translation>Weer online — gegevens bijgewerkt.</translation>
    </message>
    <message>
        <source>Offline — showing data from %1 (%2).</source>
        <translation>Offline — je ziet de gegevens van %1 (%2).</translation>
    </message>
    <message>
        <source>Connection to the server lost — showing data from %1 (%2).</source>
        <translation>Verbinding met de server verbroken — je ziet de gegevens van %1 (%2).</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Offline.</translation>
    </message>
    <message>
        <source>Connection to the server lost.</source>
        <translation>Verbinding met de server verbroken.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Alleen lezen.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s …</source>
        <translation>Opnieuw verbinden over %1 s …</translation>
    </message>
    <message>
        <source>Reconnecting …</source>
        <translation>Opnieuw verbinden …</translation>
    </message>
    <message>
        <source>less than a minute old</source>
        <translation>minder dan een minuut oud</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) old</source>
        <translation>
            <numerusform>%n minuut oud</numerusform>
            <numerusform>%n minuten oud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n uur oud</numerusform>
            <numerusform>%n uur oud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n dag oud</numerusform>
            <numerusform>%n dagen oud</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Nu proberen de server te bereiken in plaats van te wachten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::OrganisationsPanel</name>
    <message>
        <source>Client organisations</source>
        <translation>Klantorganisaties</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>The organisation %1 has been created.</source>
        <translation>De organisatie %1 is aangemaakt.</translation>
    </message>
    <message>
        <source>The organisation has been renamed to %1.</source>
        <translation>De organisatie heet nu %1.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>Organisatie aanmaken</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::PresencePanel</name>
    <message>
        <source>Present: %1 of %2 registered</source>
        <translation>Aanwezig: %1 van %2 aangemeld</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>binnen sinds %1</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::QuestionQueuePanel</name>
    <message>
        <source>All questions</source>
        <translation>Alle vragen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 vraagt: %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>Select a question to moderate or answer it.</source>
        <translation>Selecteer een vraag om die te modereren of te beantwoorden.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Approve the selected question so the speakers can take it</source>
        <translation>Keur de geselecteerde vraag goed, zodat de sprekers die kunnen behandelen</translation>
    </message>
    <message>
        <source>Dismiss the selected question</source>
        <translation>De geselecteerde vraag terzijde leggen</translation>
    </message>
    <message>
        <source>Pin the selected question to the top for the speakers</source>
        <translation>Zet de geselecteerde vraag bovenaan vast voor de sprekers</translation>
    </message>
    <message>
        <source>Type an answer to the selected question</source>
        <translation>Typ een antwoord op de geselecteerde vraag</translation>
    </message>
    <message>
        <source>Show questions</source>
        <translation>Vragen tonen</translation>
    </message>
    <message>
        <source>Answer to the selected question</source>
        <translation>Antwoord op de geselecteerde vraag</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Goed&amp;keuren</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Terzijde leggen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Vastzetten</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Beant&amp;woorden</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Het antwoord versturen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Merge %1 into “%2” (%3)? The merged questions leave the queue; their askers see the question they joined and its answer, and its votes count theirs. Unmerge takes it back.</source>
        <translation>%1 samenvoegen met “%2” (%3)? De samengevoegde vragen verdwijnen uit de wachtrij; hun vraagstellers zien de vraag waarmee ze zijn samengevoegd en het antwoord daarop, en de stemmen tellen mee. Met Samenvoeging ongedaan maken draai je het terug.</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Vragen samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Sa&amp;menvoegen</translation>
    </message>
    <message>
        <source>&amp;Keep them apart</source>
        <translation>&amp;Apart houden</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Meeste stemmen eerst</translation>
    </message>
    <message>
        <source>Sort questions</source>
        <translation>Vragen sorteren</translation>
    </message>
    <message>
        <source>Answered &amp;live</source>
        <translation>&amp;Live beantwoord</translation>
    </message>
    <message>
        <source>Mark the selected question as answered live in the webinar (Ctrl+L)</source>
        <translation>De geselecteerde vraag markeren als live beantwoord in het webinar (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Sa&amp;menvoegen…</translation>
    </message>
    <message>
        <source>Merge the selected duplicates into the oldest of them (select two or more)</source>
        <translation>De geselecteerde dubbele vragen samenvoegen met de oudste ervan (selecteer er twee of meer)</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>Samenvoeging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Take back the merge of the selected question, or the last merge</source>
        <translation>De samenvoeging van de geselecteerde vraag ongedaan maken, of de laatste samenvoeging</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ReadOnlyGate</name>
    <message>
        <source>Not available offline</source>
        <translation>Offline niet beschikbaar</translation>
    </message>
    <message>
        <source>The last known state: the server cannot be reached right now.</source>
        <translation>De laatst bekende stand: de server is nu niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::RecoveryCodesPage</name>
    <message>
        <source>Regiekamer recovery codes (each works once):</source>
        <translation>Herstelcodes voor Regiekamer (elke code werkt één keer):</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Het bestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Copied. Paste them into your password manager, then clear the clipboard.</source>
        <translation>Gekopieerd. Plak ze in je wachtwoordbeheerder en maak daarna het klembord leeg.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>De herstelcodes opslaan</translation>
    </message>
    <message>
        <source>regiekamer-recovery-codes.txt</source>
        <translation>regiekamer-herstelcodes.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Saved in %1. Keep the file where only you can read it.</source>
        <translation>Opgeslagen in %1. Bewaar het bestand waar alleen jij het kunt lezen.</translation>
    </message>
    <message>
        <source>These ten recovery codes let you sign in when you do not have your authenticator app. Each works once. They are shown only now: store them where only you can reach them.</source>
        <translation>Met deze tien herstelcodes log je in als je je authenticator-app niet bij de hand hebt. Elke code werkt één keer. Ze worden alleen nu getoond: bewaar ze waar alleen jij erbij kunt.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Herstelcodes</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the recovery codes to the clipboard</source>
        <translation>De herstelcodes naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>Save the recovery codes in a text file</source>
        <translation>De herstelcodes in een tekstbestand opslaan</translation>
    </message>
    <message>
        <source>&amp;I have stored them</source>
        <translation>&amp;Ik heb ze bewaard</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::ReportPanel</name>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Choose a webinar in the Webinars tab to see its report.</source>
        <translation>Kies een webinar op het tabblad Webinars om het rapport te zien.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Bijgewerkt om %1.</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Het rapport is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Count again now (F5)</source>
        <translation>Nu opnieuw tellen (F5)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>Save this report as a PDF; the access log records the export</source>
        <translation>Dit rapport als PDF opslaan; het toegangslogboek legt de export vast</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::RoomActions</name>
    <message>
        <source>Registration %1</source>
        <translation>Aanmelding %1</translation>
    </message>
    <message>
        <source>Send %1 out of the room?</source>
        <translation>%1 uit de zaal sturen?</translation>
    </message>
    <message>
        <source>%1 leaves the live webinar now. They may join again with their link; to keep them out, ban them instead.</source>
        <translation>%1 verlaat nu het live webinar en kan met de eigen link opnieuw deelnemen; om dat te voorkomen kun je %1 beter weren.</translation>
    </message>
    <message>
        <source>Send out</source>
        <translation>Uit de zaal sturen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Laten blijven</translation>
    </message>
    <message>
        <source>Send &amp;out …</source>
        <translation>Uit de zaal &amp;sturen …</translation>
    </message>
    <message>
        <source>Send the selected attendee out of the room</source>
        <translation>De gekozen deelnemer uit de zaal sturen</translation>
    </message>
    <message>
        <source>Ba&amp;n …</source>
        <translation>We&amp;ren …</translation>
    </message>
    <message>
        <source>Ban the selected attendee from the webinar</source>
        <translation>De gekozen deelnemer uit het webinar weren</translation>
    </message>
    <message>
        <source>&amp;Lift ban</source>
        <translation>Weren &amp;opheffen</translation>
    </message>
    <message>
        <source>Lift the ban of the selected attendee</source>
        <translation>Het weren van de gekozen deelnemer opheffen</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorDialog</name>
    <message>
        <source>Second factor</source>
        <translation>Tweede factor</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>An authenticator app is set up for your account. Recovery codes left: %n.</source>
        <translation>
            <numerusform>Er is een authenticator-app ingesteld voor je account. Herstelcodes over: %n.</numerusform>
            <numerusform>Er is een authenticator-app ingesteld voor je account. Herstelcodes over: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No second factor is set up for your account.</source>
        <translation>Er is geen tweede factor ingesteld voor je account.</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Instellen…</translation>
    </message>
    <message>
        <source>Set up an authenticator app with a QR code</source>
        <translation>Een authenticator-app instellen met een QR-code</translation>
    </message>
    <message>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Nieuwe herstelcodes…</translation>
    </message>
    <message>
        <source>Ten new recovery codes; the old ones stop working</source>
        <translation>Tien nieuwe herstelcodes; de oude werken niet meer</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>Security keys are your second factor. Recovery codes left: %n.</source>
        <translation>
            <numerusform>Beveiligingssleutels zijn je tweede factor. Herstelcodes over: %n.</numerusform>
            <numerusform>Beveiligingssleutels zijn je tweede factor. Herstelcodes over: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the second factor from your account, security keys included</source>
        <translation>De tweede factor van je account verwijderen, beveiligingssleutels inbegrepen</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorFlow</name>
    <message>
        <source>New recovery codes</source>
        <translation>Nieuwe herstelcodes</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working, and ten new ones are shown once.</source>
        <translation>Je huidige herstelcodes werken dan niet meer, en tien nieuwe worden één keer getoond.</translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation>Nieuwe codes maken</translation>
    </message>
    <message>
        <source>Keep the current codes</source>
        <translation>Huidige codes houden</translation>
    </message>
    <message>
        <source>Remove the second factor</source>
        <translation>De tweede factor verwijderen</translation>
    </message>
    <message>
        <source>Signing in then needs only your password, and your recovery codes stop working. If your role needs a second factor, you must set one up again at your next sign-in.</source>
        <translation>Inloggen vraagt dan alleen je wachtwoord, en je herstelcodes werken niet meer. Als je rol een tweede factor nodig heeft, moet je er bij de volgende keer inloggen opnieuw een instellen.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>The second factor was removed.</source>
        <translation>De tweede factor is verwijderd.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecondFactorPage</name>
    <message>
        <source>A recovery code has three groups of four letters or digits, such as ab12-cd34-ef56.</source>
        <translation>Een herstelcode heeft drie groepen van vier letters of cijfers, zoals ab12-cd34-ef56.</translation>
    </message>
    <message>
        <source>Type the six digits your authenticator app shows.</source>
        <translation>Typ de zes cijfers die je authenticator-app toont.</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each recovery code works once.</source>
        <translation>Typ een van je herstelcodes. Elke herstelcode werkt één keer.</translation>
    </message>
    <message>
        <source>Your account has a second factor. Type the six-digit code your authenticator app shows for Regiekamer.</source>
        <translation>Je account heeft een tweede factor. Typ de code van zes cijfers die je authenticator-app voor Regiekamer toont.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code van de authenticator-app</translation>
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
        <translation>De &amp;authenticator-app gebruiken</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation>Een &amp;herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>C&amp;ontroleren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the e-mail address and password</source>
        <translation>Terug naar het e-mailadres en wachtwoord</translation>
    </message>
    <message>
        <source>Use &amp;security key</source>
        <translation>&amp;Beveiligingssleutel gebruiken</translation>
    </message>
    <message>
        <source>Sign in with a security key registered for your account</source>
        <translation>Inloggen met een beveiligingssleutel die voor je account is geregistreerd</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeyFlow</name>
    <message>
        <source>PIN of the security key</source>
        <translation>Pincode van de beveiligingssleutel</translation>
    </message>
    <message>
        <source>This security key asks for its &amp;PIN:</source>
        <translation>Deze beveiligingssleutel vraagt om zijn &amp;pincode:</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; was added.</source>
        <translation>De beveiligingssleutel ‘%1’ is toegevoegd.</translation>
    </message>
    <message>
        <source>Remove the security key</source>
        <translation>De beveiligingssleutel verwijderen</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; can no longer be used to sign in or to confirm actions.</source>
        <translation>De beveiligingssleutel ‘%1’ kan dan niet meer worden gebruikt om in te loggen of acties te bevestigen.</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>De sleutel verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>The security key &quot;%1&quot; was removed.</source>
        <translation>De beveiligingssleutel ‘%1’ is verwijderd.</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeyTouchDialog</name>
    <message>
        <source>Security key</source>
        <translation>Beveiligingssleutel</translation>
    </message>
    <message>
        <source>The security key did not give an answer.</source>
        <translation>De beveiligingssleutel gaf geen antwoord.</translation>
    </message>
    <message>
        <source>Touch your security key. It may blink while it waits.</source>
        <translation>Raak je beveiligingssleutel aan. Hij knippert misschien terwijl hij wacht.</translation>
    </message>
    <message>
        <source>Waiting for the security key</source>
        <translation>Wachten op de beveiligingssleutel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::SecurityKeysSection</name>
    <message>
        <source>Security ke&amp;ys:</source>
        <translation>Beveili&amp;gingssleutels:</translation>
    </message>
    <message>
        <source>Security keys of your account</source>
        <translation>Beveiligingssleutels van je account</translation>
    </message>
    <message>
        <source>Na&amp;me of a new key:</source>
        <translation>Na&amp;am van een nieuwe sleutel:</translation>
    </message>
    <message>
        <source>Name of the new security key</source>
        <translation>Naam van de nieuwe beveiligingssleutel</translation>
    </message>
    <message>
        <source>For example: blue key on my key ring</source>
        <translation>Bijvoorbeeld: blauwe sleutel aan mijn sleutelbos</translation>
    </message>
    <message>
        <source>&amp;Add security key…</source>
        <translation>&amp;Beveiligingssleutel toevoegen…</translation>
    </message>
    <message>
        <source>Register a FIDO2 security key as a second factor</source>
        <translation>Een FIDO2-beveiligingssleutel registreren als tweede factor</translation>
    </message>
    <message>
        <source>Remove &amp;key…</source>
        <translation>S&amp;leutel verwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected security key from your account</source>
        <translation>De gekozen beveiligingssleutel van je account verwijderen</translation>
    </message>
    <message>
        <source>Give the key a name, then add it and touch it when asked.</source>
        <translation>Geef de sleutel een naam, voeg hem toe en raak hem aan als daarom wordt gevraagd.</translation>
    </message>
    <message>
        <source>No security key found. Plug in a security key to add it.</source>
        <translation>Geen beveiligingssleutel gevonden. Steek een beveiligingssleutel in de computer om hem toe te voegen.</translation>
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
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Vul een geldig e-mailadres in.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <source>Choose the organisation this client staff member works for.</source>
        <translation>Kies de organisatie waarvoor deze medewerker van de klant werkt.</translation>
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
        <translation>Team</translation>
    </message>
    <message>
        <source>Remove moderator</source>
        <translation>Moderator verwijderen</translation>
    </message>
    <message>
        <source>Add &amp;moderator:</source>
        <translation>&amp;Moderator toevoegen:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>The moderators you can assign could not be loaded. %1 Select the webinar again to retry.</source>
        <translation>De moderatoren die je kunt toewijzen, konden niet worden geladen. %1 Selecteer het webinar opnieuw om het nog eens te proberen.</translation>
    </message>
    <message>
        <source>Every active moderator is already assigned to this webinar.</source>
        <translation>Alle actieve moderatoren zijn al aan dit webinar toegewezen.</translation>
    </message>
    <message>
        <source>Active moderators who are not yet assigned to this webinar can be added here. Directors are assigned by an administrator.</source>
        <translation>Actieve moderatoren die nog niet aan dit webinar zijn toegewezen, kun je hier toevoegen. Regisseurs worden door een beheerder toegewezen.</translation>
    </message>
    <message>
        <source>Remove the moderator?</source>
        <translation>De moderator verwijderen?</translation>
    </message>
    <message>
        <source>%1 will no longer moderate &quot;%2&quot; and loses access to its questions at once. You can undo this for a few seconds.</source>
        <translation>%1 modereert „%2” niet meer en heeft meteen geen toegang meer tot de vragen. Je kunt dit een paar seconden ongedaan maken.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Keep the moderator</source>
        <translation>Moderator behouden</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StartupCheck</name>
    <message>
        <source>Regiekamer cannot start: the encryption on this computer failed its self-test, so the offline data could not be protected. Reinstall Regiekamer, or ask your IT support to repair the OpenSSL plug-in of QCA (qca-ossl). Details for IT support: %1</source>
        <translation>Regiekamer kan niet starten: de versleuteling op deze computer heeft haar zelftest niet doorstaan, zodat de offline gegevens niet beschermd kunnen worden. Installeer Regiekamer opnieuw, of vraag de IT-ondersteuning de OpenSSL-plug-in van QCA (qca-ossl) te herstellen. Details voor de IT-ondersteuning: %1</translation>
    </message>
    <message>
        <source>Regiekamer cannot start</source>
        <translation>Regiekamer kan niet starten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StepUpDialog</name>
    <message>
        <source>Type the six digits your authenticator app shows, or one of your recovery codes.</source>
        <translation>Typ de zes cijfers die je authenticator-app toont, of een van je herstelcodes.</translation>
    </message>
    <message>
        <source>Confirm with your second factor</source>
        <translation>Bevestigen met je tweede factor</translation>
    </message>
    <message>
        <source>This needs a second factor confirmed within the last 15 minutes. Type the code your authenticator app shows (or a recovery code); the action then continues.</source>
        <translation>Hiervoor is een tweede factor nodig die in de laatste 15 minuten is bevestigd. Typ de code die je authenticator-app toont (of een herstelcode); daarna gaat de actie verder.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code of the authenticator app</source>
        <translation>Code van de authenticator-app</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Use &amp;security key</source>
        <translation>&amp;Beveiligingssleutel gebruiken</translation>
    </message>
    <message>
        <source>Confirm with a security key registered for your account</source>
        <translation>Bevestigen met een beveiligingssleutel die voor je account is geregistreerd</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::StreamKeyPanel</name>
    <message>
        <source>No stream key set</source>
        <translation>Geen streamsleutel ingesteld</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Rotated by %1 on %2</source>
        <translation>Vervangen door %1 op %2</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>Ingesteld door %1 op %2</translation>
    </message>
    <message numerus="yes">
        <source>The key is shown for %n second(s); your reveal is in the access log.</source>
        <translation>
            <numerusform>De sleutel is %n seconde zichtbaar; je onthulling staat in het toegangslog.</numerusform>
            <numerusform>De sleutel is %n seconden zichtbaar; je onthulling staat in het toegangslog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stream key is on the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>De streamsleutel staat op het klembord; dat wordt over %n seconde gewist.</numerusform>
            <numerusform>De streamsleutel staat op het klembord; dat wordt over %n seconden gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream key was cleared from the clipboard.</source>
        <translation>De streamsleutel is van het klembord gewist.</translation>
    </message>
    <message>
        <source>Rotate the stream key?</source>
        <translation>Streamsleutel vervangen?</translation>
    </message>
    <message>
        <source>The server makes a new stream key for &quot;%1&quot;. The current key stops working at once: an encoder that streams with it is cut off until it gets the new key.</source>
        <translation>De server maakt een nieuwe streamsleutel voor &quot;%1&quot;. De huidige sleutel werkt meteen niet meer: een encoder die ermee streamt, valt weg tot hij de nieuwe sleutel krijgt.</translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation>Sleutel vervangen</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Huidige sleutel houden</translation>
    </message>
    <message>
        <source>Set the stream key</source>
        <translation>Streamsleutel instellen</translation>
    </message>
    <message>
        <source>Ingest URL</source>
        <translation>Ingest-URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamsleutel</translation>
    </message>
    <message>
        <source>The ingest URL starts with rtmp://, rtmps:// or srt://. The current key stops working once the new one is saved.</source>
        <translation>De ingest-URL begint met rtmp://, rtmps:// of srt://. De huidige sleutel werkt niet meer zodra de nieuwe is bewaard.</translation>
    </message>
    <message>
        <source>&amp;Ingest URL:</source>
        <translation>&amp;Ingest-URL:</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>Stream&amp;sleutel:</translation>
    </message>
    <message>
        <source>Ingest URL:</source>
        <translation>Ingest-URL:</translation>
    </message>
    <message>
        <source>Stream key (hidden until revealed)</source>
        <translation>Streamsleutel (verborgen tot je hem onthult)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Onthullen</translation>
    </message>
    <message numerus="yes">
        <source>Shows the key for %n second(s) (Ctrl+Shift+R). Every reveal is in the access log.</source>
        <translation>
            <numerusform>Toont de sleutel %n seconde (Ctrl+Shift+R). Elke onthulling staat in het toegangslog.</numerusform>
            <numerusform>Toont de sleutel %n seconden (Ctrl+Shift+R). Elke onthulling staat in het toegangslog.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copies the key (Ctrl+Shift+C); the clipboard is cleared after 30 seconds. Logged as a reveal.</source>
        <translation>Kopieert de sleutel (Ctrl+Shift+C); het klembord wordt na 30 seconden gewist. Gelogd als onthulling.</translation>
    </message>
    <message>
        <source>R&amp;otate …</source>
        <translation>&amp;Vervangen …</translation>
    </message>
    <message>
        <source>Makes a new key on the server; the current key stops working at once.</source>
        <translation>Maakt een nieuwe sleutel op de server; de huidige sleutel werkt meteen niet meer.</translation>
    </message>
    <message>
        <source>Se&amp;t …</source>
        <translation>Ins&amp;tellen …</translation>
    </message>
    <message>
        <source>Enter the ingest URL and key your streaming platform gave you.</source>
        <translation>Vul de ingest-URL en sleutel in die je van je streamingplatform kreeg.</translation>
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
    <name>regiekamer::ui::UnsealDialog</name>
    <message>
        <source>Choose your share file</source>
        <translation>Kies je sleuteldeelbestand</translation>
    </message>
    <message>
        <source>Share files (*.share);;All files (*)</source>
        <translation>Sleuteldeelbestanden (*.share);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose your share file first.</source>
        <translation>Kies eerst je sleuteldeelbestand.</translation>
    </message>
    <message>
        <source>Type the passphrase of your share file.</source>
        <translation>Typ de wachtzin van je sleuteldeelbestand.</translation>
    </message>
    <message>
        <source>Unseal the server</source>
        <translation>De server ontzegelen</translation>
    </message>
    <message>
        <source>For key custodians. Choose your share file and type its passphrase: the file is opened on this computer and only your share is sent, over the trusted connection to %1.</source>
        <translation>Voor sleutelhouders. Kies je sleuteldeelbestand en typ de wachtzin ervan: het bestand wordt op deze computer geopend en alleen je sleuteldeel wordt verstuurd, over de vertrouwde verbinding met %1.</translation>
    </message>
    <message>
        <source>Asking the server how many shares it needs…</source>
        <translation>De server vragen hoeveel sleuteldelen hij nodig heeft…</translation>
    </message>
    <message>
        <source>The server is unsealed.</source>
        <translation>De server is ontzegeld.</translation>
    </message>
    <message>
        <source>%1 of %2 shares given.</source>
        <translation>%1 van %2 sleuteldelen gegeven.</translation>
    </message>
    <message>
        <source>Share &amp;file:</source>
        <translation>Sleuteldeel&amp;bestand:</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>Sleuteldeelbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase of the share file</source>
        <translation>Wachtzin van het sleuteldeelbestand</translation>
    </message>
    <message>
        <source>Opening and sending…</source>
        <translation>Openen en versturen…</translation>
    </message>
    <message>
        <source>&amp;Send share</source>
        <translation>Sleuteldeel &amp;versturen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::UserHeader</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::WebinarDialog</name>
    <message>
        <source>Choose the client organisation the webinar is for.</source>
        <translation>Kies de klantorganisatie waarvoor het webinar is.</translation>
    </message>
    <message>
        <source>The webinar needs a title.</source>
        <translation>Het webinar heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Edit the webinar</source>
        <translation>Het webinar bewerken</translation>
    </message>
    <message>
        <source>New webinar</source>
        <translation>Nieuw webinar</translation>
    </message>
    <message>
        <source>Client &amp;organisation:</source>
        <translation>Klant&amp;organisatie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Begint om:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Create webinar</source>
        <translation>Webinar aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>regiekamer::ui::WebinarStatePanel</name>
    <message>
        <source>No webinar selected</source>
        <translation>Geen webinar geselecteerd</translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 at %2 · %n minute(s)</source>
        <translation>
            <numerusform>Begint %1 om %2 · %n minuut</numerusform>
            <numerusform>Begint %1 om %2 · %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Off: a registration is approved at once and its personal join link is mailed right away. Existing registrations keep their state.</source>
        <translation>Uit: een aanmelding wordt meteen goedgekeurd en de persoonlijke toegangslink gaat direct per mail. Bestaande aanmeldingen houden hun status.</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>Live gaan?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; goes live for its %n registered attendee(s): they can join through their personal links from now on.</source>
        <translation>
            <numerusform>&quot;%1&quot; gaat live voor %n aangemelde deelnemer: die kan vanaf nu meedoen via de persoonlijke link.</numerusform>
            <numerusform>&quot;%1&quot; gaat live voor %n aangemelde deelnemers: zij kunnen vanaf nu meedoen via hun persoonlijke link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go live now</source>
        <translation>Nu live gaan</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>End the webinar?</source>
        <translation>Het webinar beëindigen?</translation>
    </message>
    <message>
        <source>Archive the webinar?</source>
        <translation>Het webinar archiveren?</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ends for its %n registered attendee(s), and an ended webinar cannot go live again.</source>
        <translation>
            <numerusform>&quot;%1&quot; eindigt voor %n aangemelde deelnemer, en een beëindigd webinar kan niet opnieuw live gaan.</numerusform>
            <numerusform>&quot;%1&quot; eindigt voor %n aangemelde deelnemers, en een beëindigd webinar kan niet opnieuw live gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; moves to the archive; it cannot be changed back.</source>
        <translation>&quot;%1&quot; gaat naar het archief; dat kan niet worden teruggedraaid.</translation>
    </message>
    <message>
        <source>End the webinar</source>
        <translation>Webinar beëindigen</translation>
    </message>
    <message>
        <source>Archive it</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Laten doorlopen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>New registrations &amp;wait for approval</source>
        <translation>Nieuwe aanmeldingen &amp;wachten op goedkeuring</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>End the rehearsal</source>
        <translation>De repetitie beëindigen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Start the rehearsal</source>
        <translation>De repetitie starten</translation>
    </message>
    <message>
        <source>Go live …</source>
        <translation>Live gaan …</translation>
    </message>
    <message>
        <source>End the webinar …</source>
        <translation>Het webinar beëindigen …</translation>
    </message>
    <message>
        <source>Archive …</source>
        <translation>Archiveren …</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <source>Moves the webinar to the state %1; everyone working on it sees the change.</source>
        <translation>Zet het webinar in de status %1; iedereen die eraan werkt, ziet de wijziging.</translation>
    </message>
</context>
</TS>
