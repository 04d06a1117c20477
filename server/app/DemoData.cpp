#include "app/DemoData.h"

namespace regiekamer::server::demoData {

namespace {

constexpr qint64 minutesPerDay = qint64 {24} * 60;

} // namespace

const QList<Organisation> &organisations()
{
    static const QList<Organisation> list {{"Zorggroep Noorderlicht", "noorderlicht.example"},
                                           {"Atlas Financial Services", "atlas-fs.example"}};
    return list;
}

const ApprovalRules &approvalRules()
{
    // The asset manager's briefing (its director is the demo director; the rehearsal and the live webinar are the
    // ones the other demonstrations approve registrations in, without a limit).
    static const ApprovalRules rules {
        3, {"atlas-fs.example"}, {"Atlas Financial Services", "NN Investment Partners"}, 3};
    return rules;
}

const QList<Webinar> &webinars()
{
    static const QList<Webinar> list {
        {0, "Zorg op afstand: lessen uit drie jaar e-health",
         "Praktijkervaringen met beeldbellen en thuismonitoring in de wijkzorg.", WebinarState::Live, -20, 60, 148,
         true, true, true},
        {0, "Valpreventie bij ouderen: wat werkt echt?", "Generale repetitie met sprekers en regie.",
         WebinarState::Rehearsal, 120, 45, 63, true, false, false},
        {0, "Medewerkersbijeenkomst Q3: samen verder", "Kwartaalupdate van de raad van bestuur voor alle locaties.",
         WebinarState::Scheduled, 3 * minutesPerDay + 150, 90, 211, false, true, false, false},
        {1, "Outlook 2025: Interest Rates and Your Portfolio", "Our chief economist on rates, inflation and bonds.",
         WebinarState::Ended, -5 * minutesPerDay - 240, 60, 97, true, false, true},
        {1, "ESG Reporting under CSRD: What Changes for You", "Draft programme, speakers to be confirmed.",
         WebinarState::Draft, 21 * minutesPerDay, 75, 0, false, false, false},
        {1, "Annual Investor Briefing 2024", "Results and strategy, recorded for the archive.", WebinarState::Archived,
         -92 * minutesPerDay, 120, 54, false, false, false},
    };
    return list;
}

const QList<const char *> &ingestUrls()
{
    static const QList<const char *> list {
        "rtmps://ingest.regiekamer.example:443/live/noorderlicht",
        "srt://ingest.regiekamer.example:9000?mode=caller&latency=200",
        "rtmps://ingest.regiekamer.example:443/live/noorderlicht-q3",
        "rtmps://ingest.regiekamer.example:443/live/atlas",
        "",
        "",
    };
    return list;
}

const QList<Account> &accounts()
{
    static const QList<Account> list {
        {Role::Admin, "admin@regiekamer.example", "Ingrid Bakker", -1},
        {Role::Director, "regie@regiekamer.example", "Joost van Dijk", -1},
        {Role::Moderator, "moderator@regiekamer.example", "Fatima El Amrani", -1},
        {Role::ClientStaff, "communicatie@noorderlicht.example", "Marloes Visser", 0},
        {Role::Viewer, "sanne.devries@example.com", "Sanne de Vries", -1},
    };
    return list;
}

const QList<const char *> &givenNames()
{
    static const QList<const char *> list {
        "Anne",  "Bram",    "Daan",     "Emma",     "Femke", "Gijs",    "Hanna",  "Jasper",    "Julia", "Lars",
        "Lotte", "Maarten", "Noor",     "Pieter",   "Roos",  "Sanne",   "Sem",    "Thijs",     "Eva",   "Willem",
        "Chidi", "Ngozi",   "Wei",      "Mei",      "Lucía", "Javier",  "Jürgen", "Katrin",    "Priya", "Arjun",
        "Yusuf", "Aylin",   "Mohammed", "Soufiane", "Olga",  "Siobhan", "Tomasz", "Agnieszka", "Kofi",  "Ama"};
    return list;
}

const QList<const char *> &familyNames()
{
    static const QList<const char *> list {
        "van der Berg", "Jansen", "de Vries", "Bakker",    "Visser",   "Smit",     "Meijer",
        "de Boer",      "Mulder", "de Groot", "Bos",       "Vos",      "Peters",   "Hendriks",
        "van Leeuwen",  "Dekker", "Brouwer",  "de Wit",    "Dijkstra", "Smits",    "Ng",
        "Okafor",       "García", "Müller",   "Schneider", "Nowak",    "Kowalski", "Yılmaz",
        "El Idrissi",   "Patel",  "O'Brien",  "Mensah",    "Chen",     "Rossi",    "Johansson"};
    return list;
}

const QList<const char *> &companies()
{
    static const QList<const char *> list {"Zorggroep Noorderlicht",
                                           "Thuiszorg Drenthe",
                                           "UMC Groningen",
                                           "Gemeente Assen",
                                           "Atlas Financial Services",
                                           "Rabo Vastgoed",
                                           "NN Investment Partners",
                                           "ING",
                                           "Philips",
                                           "Achmea",
                                           "Deloitte",
                                           "KPMG",
                                           "Zelfstandig",
                                           "Hogeschool Windesheim",
                                           "Vitens"};
    return list;
}

const QList<const char *> &jobTitles()
{
    static const QList<const char *> list {"Wijkverpleegkundige",
                                           "Teamleider",
                                           "Praktijkondersteuner",
                                           "Beleidsadviseur",
                                           "Fysiotherapeut",
                                           "Portfolio Manager",
                                           "Financial Analyst",
                                           "Controller",
                                           "Head of Investor Relations",
                                           "Risk Officer",
                                           "Communicatieadviseur",
                                           "Directeur",
                                           "Student",
                                           "Consultant",
                                           "Data Scientist"};
    return list;
}

const QList<const char *> &questions(int organisation)
{
    // Each client's webinars are in its own language: the care group's in Dutch, the asset manager's in English.
    static const QList<const char *> dutch {
        "Hoe gaan jullie om met cliënten die geen tablet kunnen bedienen?",
        "Zijn de slides achteraf beschikbaar?",
        "Wat kostte de implementatie per cliënt ongeveer?",
        "Hoe is de privacy van de thuismetingen geregeld?",
        "Kan ik deze sessie als accreditatie-uur opvoeren?",
        "Welke rol speelt de mantelzorger bij beeldbellen?",
        "Hoe reageerden de wijkteams in het begin op het beeldbellen?",
        "Werkt de thuismonitoring ook bij cliënten met beginnende dementie?",
    };
    static const QList<const char *> english {
        "How do you see the ECB's next move?",
        "Is there a replay for colleagues who could not attend?",
        "What is your view on duration risk for the coming year?",
        "Could you share the sources for the inflation chart?",
        "How are you positioned in euro credit?",
        "Will the slides be sent to registered attendees?",
    };
    return organisation == 0 ? dutch : english;
}

const char *answer(int organisation)
{
    return organisation == 0 ? "Goede vraag: daar komen we aan het eind van de sessie uitgebreid op terug."
                             : "Good question: we will come back to it in detail at the end of the session.";
}

} // namespace regiekamer::server::demoData
