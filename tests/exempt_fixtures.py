"""Council papers marked exempt (Local Government Act 1972, Schedule 12A) in each way councils mark them.

Each fixture is a PDF rendered with scripts/pdfgen.py, holding a SECRET sentence
that only its exempt part prints (each with a word found nowhere else, so a
leak is found even in a search index that keeps words, not sentences), and a
PUBLIC sentence or title that must still be published. Counter-examples are
public papers that only mention exempt information: nothing of theirs may be withheld.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pdfgen import render_text

MEETING = "8 January 2020"
COMMITTEE = "Corporate Overview and Scrutiny Committee"
FILLER = ("The service continues to be delivered within the approved budget and the performance indicators "
          "reported to the committee show steady progress against the targets agreed for the year. ")


@dataclass
class Fixture:
    name: str  # the file name, and what convention it shows
    text: str
    secrets: list[str]  # sentences of exempt text: none may reach the site
    public: list[str]  # text that must reach the site (the exempt document's title, the public parts)
    render: dict = field(default_factory=dict)  # extra render_text arguments

    def pdf(self, folder: Path) -> Path:
        return render_text(self.text, folder / f"{self.name}.pdf", **self.render)


def secret(word: str) -> str:
    return f"The reserve price agreed with the bidder {word}vaunt is four million pounds."


def filler(paragraphs: int) -> str:
    return "\n".join(f"{n}.{i} {FILLER * 3}" for n, i in ((3, i) for i in range(1, paragraphs + 1)))


def report(item: str, title: str, body: str, cover: list[str] = (), above: list[str] = (),
           recommendation: str = "That Cabinet notes the report.", meeting: str = MEETING) -> str:
    """A report in the seed format: cover block (a ruled table), summary, recommendations, sections."""
    rows = [*(f"{line}\t\t" for line in above), f"{meeting}\t\tITEM: {item}", f"{COMMITTEE}\t\t", f"{title}\t\t",
            "Wards and communities affected:\tKey Decision:\t", "All\tKey\t",
            "Report of: Sean Clark – Corporate Director of Resources and Place Delivery\t\t", *cover]
    return "\n".join([*rows, "", "Executive Summary", "", body, "",
                      "- 1. Recommendation(s)", f"- 1.1 {recommendation}",
                      "- 2. Introduction and Background", f"- 2.1 {FILLER}", ""]) + "\n"


def fixtures() -> list[Fixture]:
    long_cover = ["Accountable Assistant Director: Mark Bradbury – Place Delivery\t\t",
                  "Accountable Director: Sean Clark – Corporate Director\t\t",
                  "Officer: Ann Osola, Strategic Lead Property\t\t", "Contact: Property Services\t\t",
                  "Telephone: 01375 652500\t\t", "Email: property@thurrock.gov.uk\t\t",
                  "Date of report: 20 December 2019\t\t", "Portfolio Holder: Councillor Mark Coxshall\t\t",
                  "Consultation: Legal, Finance, Procurement\t\t", "Equality impact assessment: not required\t\t",
                  "This report is Exempt\t\t",
                  "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government "
                  "Act 1972\t\t"]
    minutes_head = [f"Minutes of the Meeting of the {COMMITTEE} held on 8 January 2020 at 7.00 pm",
                    "Present: Councillors Rob Gledhill (Chair), Shane Hebb (Vice-Chair), Mark Coxshall and Deborah Huelin",
                    "Apologies: Councillor James Halden"]
    return [
        Fixture("cover-marking-below-row-14", report("5", "Disposal of the Stanford depot site", secret("quorbl"),
                                                     cover=long_cover, recommendation=secret("recquorbl")),
                secrets=[secret("quorbl"), secret("recquorbl")], public=["Disposal of the Stanford depot site"]),
        Fixture("running-header", report("6", "Lease of the Grays wharf", "\n".join(
            [secret("zimbrel"), filler(12)]), recommendation=secret("reczimbrel")), render={"running_header": (
                "NOT FOR PUBLICATION - exempt information, paragraph 3 of Schedule 12A")},
                secrets=[secret("zimbrel"), secret("reczimbrel")], public=["Lease of the Grays wharf"]),
        Fixture("running-footer", report("7", "Settlement of the Tilbury claim", "\n".join(
            [secret("plovex"), filler(12)])), render={"running_footer": "CONFIDENTIAL – exempt by virtue of paragraph 5"},
                secrets=[secret("plovex")], public=["Settlement of the Tilbury claim"]),
        Fixture("not-for-publication", report("8", "Purchase of the Orsett Road shops", secret("drennik"),
                                              above=["NOT FOR PUBLICATION"]),
                secrets=[secret("drennik")], public=["Purchase of the Orsett Road shops"]),
        Fixture("confidential", report("9", "Staffing restructure in Housing", secret("yultrop"),
                                       above=["CONFIDENTIAL"]),
                secrets=[secret("yultrop")], public=["Staffing restructure in Housing"]),
        Fixture("restricted", report("10", "Contract for waste collection", secret("frasnig"),
                                     cover=["RESTRICTED\t\t"]),
                secrets=[secret("frasnig")], public=["Contract for waste collection"]),
        Fixture("part-ii", report("11", "Acquisition of the Purfleet site", secret("kevmarl"), above=["PART II"]),
                secrets=[secret("kevmarl")], public=["Acquisition of the Purfleet site"]),
        Fixture("part-2", report("17", "Review of the leisure trust contract", secret("plinketh"), above=["PART 2"]),
                secrets=[secret("plinketh")], public=["Review of the leisure trust contract"]),
        Fixture("exempt-heading", report("18", "Recovery of rent arrears", secret("toskerv"), above=["EXEMPT"]),
                secrets=[secret("toskerv")], public=["Recovery of rent arrears"]),
        Fixture("part-b", report("12", "Legal advice on the Thames crossing", secret("wobrent"), above=["Part B"]),
                secrets=[secret("wobrent")], public=["Legal advice on the Thames crossing"]),
        Fixture("schedule-paragraph-only", report("13", "Tender evaluation for leisure centres", secret("snavlet"),
                                                  cover=["Exempt by virtue of paragraph 3\t\t"]),
                secrets=[secret("snavlet")], public=["Tender evaluation for leisure centres"]),
        Fixture("exempt-appendix", report("14", "Regeneration of Grays town centre", "\n".join([
            "The regeneration programme is on track. PUBLIC regeneration grubwick summary.",
            "- 9. Appendices to the report", "- Appendix 1 – Programme plan", "- Appendix 2 – Site valuations",
            "Report Author: Ann Osola, Strategic Lead Property", "",
            "Appendix 1 – Programme plan", "Phase one of the programme starts in the spring. PUBLIC phase hontrax.",
            "Appendix 2 – Site valuations", "Exempt by virtue of paragraph 3", secret("gastrib")])),
                secrets=[secret("gastrib")],
                public=["PUBLIC regeneration grubwick summary.", "PUBLIC phase hontrax.", "Appendix 2"]),
        Fixture("exempt-minutes", "\n".join([
            "EXEMPT MINUTES",
            "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
            *minutes_head, "64. Disposal of the Chadwell depot", secret("trenvok"),
            f"RESOLVED: That the depot be sold to the bidder trenvok for the price reported. {secret('mulgrin')}"]) + "\n",
                secrets=[secret("trenvok"), secret("mulgrin")], public=[f"Minutes: {COMMITTEE}"]),
        Fixture("exempt-minutes-in-pack", pack([
            "1 Apologies for Absence", "2 Minutes 3 - 3",
            f"To approve as a correct record the minutes of the {COMMITTEE} meeting held on 11 December 2019.",
            "3 Budget Monitoring 4 - 4"],
            ["\f", f"Minutes of the Meeting of the {COMMITTEE} held on 11 December 2019 at 7.00 pm",
             "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
             "Present: Councillors Rob Gledhill (Chair) and Shane Hebb", "50. Sale of the Aveley library",
             secret("pondrel"), "RESOLVED: That the library be sold.",
             report("3", "Budget Monitoring", "The budget is balanced. PUBLIC budget lamvorth summary.",
                    meeting="5 February 2020")], meeting="5 February 2020"),
                secrets=[secret("pondrel")], public=["PUBLIC budget lamvorth summary."]),
        Fixture("exempt-minute-items", "\n".join([
            *minutes_head, "64. Declarations of Interest", "There were no declarations of interest.",
            "65. Budget Monitoring", "Members noted the budget. PUBLIC minute snorbix note.",
            "RESOLVED: That the budget monitoring report be noted.", *[FILLER * 3] * 10,
            "66. Exclusion of the Press and Public",
            "RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded "
            "from the meeting for the following item of business on the grounds that it involves the likely "
            "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.",
            "\f", "67. Disposal of the Corringham depot", secret("brastok"),
            f"RESOLVED: That the depot be sold to the bidder brastok. {secret('velchik')}"]) + "\n",
                secrets=[secret("brastok"), secret("velchik")],
                public=["PUBLIC minute snorbix note.", "Disposal of the Corringham depot",
                        "That the budget monitoring report be noted."]),
        Fixture("agenda-part-ii", pack([
            "1 Apologies for Absence", "2 Budget Monitoring 3 - 3", "3 Exclusion of the Press and Public",
            "To agree that the press and public be excluded from the meeting for the following item, which involves "
            "the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.",
            "4 Sale of the Tilbury fort car park 4 - 4"],
            [report("2", "Budget Monitoring", "The budget is balanced. PUBLIC budget crenwald summary."),
             report("4", "Sale of the Tilbury fort car park", secret("hobzick"))]),
                secrets=[secret("hobzick")],
                public=["PUBLIC budget crenwald summary.", "Sale of the Tilbury fort car park"]),
        Fixture("marked-page", report("15", "Housing revenue account update", "\n".join([
            "Rents rise by one per cent. PUBLIC housing drevlin summary.", "\f", "NOT FOR PUBLICATION",
            "Commercially sensitive annex", secret("yampret")])),
                secrets=[secret("yampret")], public=["PUBLIC housing drevlin summary."]),
        Fixture("confidential-letter", "\n".join([
            "PRIVATE AND CONFIDENTIAL", secret("jorvick"), f"Letter to the {COMMITTEE}, 8 January 2020",
            "Dear Councillor Gledhill", "The negotiations are at a sensitive stage.", secret("lumtrax")]) + "\n",
                secrets=[secret("jorvick"), secret("lumtrax")], public=["Paper not for publication"]),
        # Other nations' markings (EXEMPT_WORDS, _STATUTE_CITED in extract/patterns.py).
        Fixture("welsh-bilingual-marking", report("19", "Disposal of the Aberaeron depot", secret("gwynfar"),
                                                  above=["EXEMPT / EITHRIEDIG"]),
                secrets=[secret("gwynfar")], public=["Disposal of the Aberaeron depot"]),
        Fixture("statute-section-cited", report("20", "Sale of council land at Penrith", secret("nulbarra"),
                                                above=["CONFIDENTIAL – Section 10A(2)(c) of the Local Government Act 1993"]),
                secrets=[secret("nulbarra")], public=["Sale of council land at Penrith"]),
        Fixture("public-excluded", report("21", "Tender for the Wanaka wastewater plant", secret("kotukar"),
                                          above=["PUBLIC EXCLUDED"]),
                secrets=[secret("kotukar")], public=["Tender for the Wanaka wastewater plant"]),
        Fixture("privileged-memorandum", "\n".join([
            "PRIVILEGED AND CONFIDENTIAL", "ATTORNEY-CLIENT COMMUNICATION", "MEMORANDUM",
            "TO: Honorable Mayor and City Council", "FROM: City Attorney", "DATE: January 8, 2020",
            "RE: Claim of Harbor Builders Inc.", secret("dworvane"), "The claim should be settled.",
            secret("plessick")]) + "\n",
                secrets=[secret("dworvane"), secret("plessick")], public=[]),
        Fixture("finnish-secret", report("22", "Kiinteistön myynti", secret("salvokki"),
                                         above=["Salassa pidettävä JulkL 24 § 1 mom. 17 k"]),
                secrets=[secret("salvokki")], public=["Kiinteistön myynti"]),
        Fixture("agenda-item-marked-after-a-dash", pack([
            "1 Apologies for Absence", "2 Budget Monitoring 3 - 3", "3 Sale of council land at Penrith - CONFIDENTIAL 4 - 4"],
            [report("2", "Budget Monitoring", "The budget is balanced. PUBLIC budget wollomby summary."),
             report("3", "Sale of council land at Penrith", secret("penvarr"))]),
                secrets=[secret("penvarr")], public=["PUBLIC budget wollomby summary."]),
        Fixture("agenda-welsh-part-2", pack([
            "1 Apologies for Absence", "2 Budget Monitoring 3 - 3", "RHAN 2 / PART 2",
            "3 Sale of the Aberaeron harbour car park 4 - 4"],
            [report("2", "Budget Monitoring", "The budget is balanced. PUBLIC budget cardigwen summary."),
             report("3", "Sale of the Aberaeron harbour car park", secret("llanbrod"))]),
                secrets=[secret("llanbrod")],
                public=["PUBLIC budget cardigwen summary.", "Sale of the Aberaeron harbour car park"]),
        Fixture("minutes-meeting-closed-and-reopened", "\n".join([
            *minutes_head, "64. Declarations of Interest", "There were no declarations of interest.",
            "65. Procedural Motion",
            "RESOLVED: That the meeting be closed to the public under section 10A(2)(c) of the Local Government Act "
            "1993 for the following item of business.",
            "66. Sale of the Katoomba depot", secret("morvalle"), f"RESOLVED: That the depot be sold. {secret('binjarr')}",
            "The meeting re-opened to the public at 8.15pm.",
            "67. Library Opening Hours", "Members noted the new hours. PUBLIC minute wollundry note.",
            "RESOLVED: That the report be noted."]) + "\n",
                secrets=[secret("morvalle"), secret("binjarr")],
                public=["PUBLIC minute wollundry note.", "Sale of the Katoomba depot"]),
        Fixture("status-label-answered", report("25", "Restructure of the parking service", secret("quillabe"),
                                                cover=["Status:\tConfidential\t"]),
                secrets=[secret("quillabe")], public=["Restructure of the parking service"]),
        Fixture("commercial-in-confidence-header", report("27", "Waste collection tender evaluation", "\n".join(
            [secret("yarrabin"), filler(12)])), render={"running_header": "COMMERCIAL IN CONFIDENCE"},
                secrets=[secret("yarrabin")], public=["Waste collection tender evaluation"]),
        Fixture("minutes-welsh-bilingual-exclusion", "\n".join([
            *minutes_head, "64. Declarations of Interest", "There were no declarations of interest.",
            "65. Budget Monitoring", "Members noted the budget. PUBLIC minute cerdigwyn note.",
            "RESOLVED: That the report be noted.",
            "66. EXCLUSION OF THE PRESS AND PUBLIC / GWAHARDD Y WASG A'R CYHOEDD",
            "67. Disposal of the Aberystwyth depot", secret("tregaron"),
            f"RESOLVED: That the depot be sold. {secret('ponterwyd')}"]) + "\n",
                secrets=[secret("tregaron"), secret("ponterwyd")], public=["PUBLIC minute cerdigwyn note."]),
        # Counter-examples: public papers of other nations that say they are public.
        Fixture("finnish-not-secret", report("23", "Talousarvion toteutuminen", "\n".join([
            "Asia ei ole salassa pidettävä.", "The budget is balanced. PUBLIC budget tarvokki summary."])),
                secrets=[], public=["PUBLIC budget tarvokki summary."]),
        Fixture("closed-session-report-out", report("24", "Closed Session Report", "\n".join([
            "CLOSED SESSION REPORT",
            "The City Attorney reported that no reportable action was taken. PUBLIC report vinderhal note."])),
                secrets=[], public=["PUBLIC report vinderhal note."]),
        Fixture("exempt-from-call-in", report("26", "Award of the highways contract", "\n".join([
            "The contract is awarded to the best bid. PUBLIC contract sorbunelle note."]),
                                              cover=["Exempt from call-in: Yes\t\t", "Status:\tOpen\t"]),
                secrets=[], public=["PUBLIC contract sorbunelle note."]),
        # Counter-example: a public report that only mentions Schedule 12A.
        Fixture("public-mentions-schedule-12a", report("16", "Annual governance statement", "\n".join([
            "This report is Public",
            "The Council may exclude the press and public where exempt information as described in Schedule 12A "
            "to the Local Government Act 1972 is likely to be disclosed. PUBLIC governance quintrel note.",
            "This report contains no exempt information."])),
                secrets=[], public=["PUBLIC governance quintrel note."]),
    ]


def pack(items: list[str], papers: list[str], meeting: str = MEETING) -> str:
    """An agenda pack in the seed format: front sheet, then the papers (each report starts a page)."""
    front = ["Thurrock: A place of opportunity, enterprise and excellence", "", COMMITTEE, "",
             f"The meeting will be held at **7.00 pm** on **{meeting}**", "",
             "Council Chamber, Civic Offices, New Road, Grays, Essex, RM17 6SL", "", "Membership:", "",
             "Councillors Rob Gledhill (Chair), Shane Hebb (Vice-Chair), Mark Coxshall and Deborah Huelin", "",
             "Agenda", "", "\tPage", *items, "", "Queries regarding this Agenda or notification of apologies:", "",
             "Please contact Lucy Tricker, Democratic Services Officer by sending an email to "
             "Direct.Democracy@thurrock.gov.uk", "", "Agenda published on: **23 December 2019**", ""]
    return "\n".join(front + papers) + "\n"
