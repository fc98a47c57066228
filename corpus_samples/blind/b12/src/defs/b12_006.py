# b12-006  medicare  NEGATIVE CONTROL (IVIG for CVID; AATD excluded years ago)
# Style: time-column infusion flowsheet (IVIG rate titration) + UB-04 claim summary + immunology
# progress note.  Claim lines are IVIG (J1459) and administration codes only: no A1PI drug lines.


def _row(label, vals, lw=26, cw=8):
    return (label.ljust(lw) + "".join(str(v).rjust(cw) for v in vals)).rstrip()


_T = ["0858", "0920", "0950", "1020", "1050", "1120", "1150", "1204", "1240"]

_flow = "\n".join([
    "RIVERBEND COMMUNITY HOSPITAL - INFUSION THERAPY  |  FLOWSHEET (fixed-width export)",
    "WHITCOMB, LORRAINE T   MRN RB-0093317   DOB 03/30/1956   69 y F   Rm INF-3",
    "Date: 10/21/2025   Protocol: IMMUNE GLOBULIN IV (PRIVIGEN 10%) - RATE TITRATION",
    "Ordering: Paul Ngata MD (Allergy/Immunology)   Dx: D83.9 CVID; J44.9; J47.9",
    "-" * 98,
    _row("TIME", _T),
    _row("Temp (C)", ["36.8", "36.9", "36.9", "37.0", "--", "37.0", "--", "36.9", "36.8"]),
    _row("HR", ["70", "74", "76", "78", "77", "80", "79", "76", "72"]),
    _row("BP", ["128/74", "126/72", "130/76", "132/78", "128/74", "134/80", "130/76", "128/74", "126/72"]),
    _row("RR", ["16", "16", "18", "18", "16", "18", "18", "16", "16"]),
    _row("SpO2 %", ["95", "95", "94", "95", "95", "94", "95", "95", "96"]),
    _row("Headache (0-10)", ["0", "0", "0", "1", "1", "2", "1", "1", "0"]),
    _row("PIV site check", ["new", "WNL", "WNL", "WNL", "WNL", "WNL", "WNL", "WNL", "d/c"]),
    _row("IVIG rate mL/hr", ["--", "22", "45", "90", "180", "180", "180", "0", "--"]),
    _row("IVIG mg/kg/min", ["--", "0.5", "1", "2", "4", "4", "4", "--", "--"]),
    _row("IVIG vol infused mL", ["--", "0", "11", "34", "79", "169", "259", "300", "--"]),
    _row("NS KVO mL/hr", ["--", "--", "--", "--", "--", "--", "--", "20", "--"]),
    _row("Event", ["arrive", "start", "rate up", "rate up", "rate up", "--", "--", "complete", "d/c"]),
    "-" * 98,
    "Weight: 75.0 kg (standing, 0852)     Dose basis: 0.4 g/kg = 30 g",
    "Premeds 0910: acetaminophen 650 mg PO, cetirizine 10 mg PO (per order).",
    "IVIG product: Privigen 10% (immune globulin intravenous, human) 30 g = 3 x 10 g/100 mL vials",
    "  Lot P100397821  Exp 2027-03-31  (x3, same lot)",
    "  Entire vials administered - no IVIG waste.",
    "PIV 22g R forearm placed 0858, 1 attempt. Removed 1240, intact.",
    "1120 c/o mild frontal headache 2/10 - rate held at 180 mL/hr (not increased to 300), fluids",
    "     encouraged; resolved to 1/10 by 1150. No rash, no chest tightness.",
    "1204 IVIG infusion complete. NS KVO 20 mL/hr x 15 min then off.",
    "1240 Discharged ambulatory with son. Next IVIG 11/18/2025.",
    "RN: Joelle Haddad RN     Flowsheet exported 10/21/2025 13:05",
])

_ub = """UB-04 CLAIM SUMMARY (print image)                          Riverbend Community Hospital
FL1 Provider: RIVERBEND COMMUNITY HOSPITAL, 400 MILL ST, RIVERBEND       FL3a PCN RB25102117734
FL4 Type of bill: 0131   FL5 Fed Tax No: 41-0933822   FL6 Statement period 10/21/25 - 10/21/25
FL8 Patient: WHITCOMB, LORRAINE T    FL10 DOB 03301956   FL11 Sex F
FL50 Payer: MEDICARE PART A/B (JURISDICTION J6)   FL60 Insured ID 7TQ4-WE2-MK61

FL42  FL43 Description                         FL44 HCPCS/Mods    FL45 Date  FL46 Units  FL47 Charges
0260  IV INFUSION, INITIAL HOUR                 96365              102125      1           486.00
0260  IV INFUSION, EACH ADDL HOUR               96366              102125      2           294.00
0636  DRUGS REQUIRING DETAIL CODING - PRIVIGEN  J1459 JZ           102125      60       12,840.00
0250  PHARMACY - ACETAMINOPHEN 650MG                               102125      1             6.50
0250  PHARMACY - CETIRIZINE 10MG                                   102125      1             4.25
0001  TOTAL                                                                             13,630.75

FL66 Dx version 0   FL67 Principal dx D83.9   FL67A J44.9   FL67B J47.9   FL67C Z79.899
FL76 Attending NPI 1093847712 NGATA, PAUL
FL80 Remarks: Privigen NDC 44206-0438-10, 3 vials (N444206043810 UN3). JZ - no discarded drug.
Edit results: OCE passed. NCCI PTP none. MUE J1459 60 <= limit.
"""

_note = """RIVERBEND ALLERGY & IMMUNOLOGY - PROGRESS NOTE
Date: 09/23/2025       Provider: Paul Ngata, MD
Patient: Lorraine T. Whitcomb, 69 F     MRN RB-0093317     Insurance: Medicare

REASON FOR VISIT: CVID on IVIG - 6-month review.

HPI
Ms. Whitcomb has common variable immunodeficiency diagnosed 2019 (IgG 312 mg/dL, absent
response to pneumococcal polysaccharide vaccine) after four pneumonias in two years. Since
IVIG every 4 weeks she has had one sinus infection (03/2025) and no pneumonia. Mild
headache after some infusions, controlled with acetaminophen and slower titration. She also
has COPD and bilateral lower-lobe bronchiectasis followed by pulmonary (Dr. Ahn).
She reports her sister in Arizona "has alpha-1" (ZZ) and gets Prolastin weekly, and asked
again whether she herself could have it.

PAST HISTORY
- CVID (D83.9) on IVIG since 2019
- COPD (J44.9), GOLD 2; bronchiectasis (J47.9), lower lobes
- Alpha-1 antitrypsin screening 2019 at pulmonary request: AAT 142 mg/dL (ref 100-190),
  phenotype MM. Alpha-1 antitrypsin deficiency excluded; not a contributor to her
  bronchiectasis or COPD.
- Hypothyroidism; osteoarthritis of knees
- Former smoker, 15 pack-years, quit 2001

MEDICATIONS
Privigen 0.4 g/kg IV every 4 weeks; budesonide/formoterol 160/4.5 2 puffs BID;
albuterol PRN; azithromycin 250 mg three times weekly (bronchiectasis); levothyroxine
88 mcg; acetaminophen/cetirizine premedication.

EXAM
Weight 75.0 kg. BP 130/78, HR 74, SpO2 95% RA. Scattered coarse crackles at both bases,
unchanged. No sinus tenderness.

DATA
IgG trough 09/2025: 812 mg/dL (goal > 700). IgA < 7 mg/dL, IgM 18 mg/dL.
CBC normal. Creatinine 0.8 mg/dL.
Spirometry 06/2025 (pulmonary): FEV1 63% predicted, FEV1/FVC 0.62.

ASSESSMENT
1. CVID - good response to IVIG: trough at goal, infections markedly reduced. Continue
   Privigen 0.4 g/kg every 4 weeks (30 g at current weight).
2. Her question about alpha-1: reassured - her own level and MM phenotype were normal, so
   augmentation therapy does not apply to her. Her sister's diagnosis does not change that.
3. COPD/bronchiectasis - per pulmonary; continue azithromycin prophylaxis.

PLAN
- Next IVIG 10/21/2025 at Riverbend infusion; keep max rate 4 mg/kg/min given headaches.
- IgG trough in 6 months.
- Annual influenza vaccine given today (inactivated).

Paul Ngata, MD   09/23/2025 15:40
"""

CHART = {
    "chart_id": "b12-006",
    "date_of_service": "2025-10-21",
    "payer": {"profile": "medicare", "name": "Medicare (J6)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 2, "modifiers": []},
        {"hcpcs": "J1459", "units": 60, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-10-21", "text": _flow},
        {"id": "d2", "type": "other", "date": "2025-10-21", "text": _ub},
        {"id": "d3", "type": "progress_note", "date": "2025-09-23", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-006",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "missing",
        "dose_matches_weight": "missing",
        "units_match_dose": "not_applicable",
        "wastage_documented": "missing",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "missing",
        "prior_authorization": "not_applicable",
        "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 142, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "fev1", "value": 63},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 75.0, "unit": "kg", "value_kg": 75.0},
    ],
    "notes": (
        "Negative control: IVIG (Privigen 30 g) for CVID. No A1PI given, no A1PI product, no A1PI "
        "claim line (J1459 and 96365/96366 are not drug lines under the guide, so units and code "
        "selection are not_applicable). Traps: IVIG dose, lot P100397821 (same lot format as CSL's "
        "Zemaira), expiration, start 0920/complete 1204 and 'no IVIG waste' are another drug's and do "
        "not count for lot, expiration, infusion_times, dose or wastage. 'Response to IVIG' is not a "
        "response to augmentation. AATD was excluded (AAT 142 mg/dL, phenotype MM -> genotype and "
        "serum conflict; the diagnosis is negated). Sister 'has alpha-1 (ZZ)' on Prolastin is family. "
        "Weight 75.0 kg is the patient's (met)."
    ),
}

ARITH = {
    "dos": "2025-10-21",
    "profile": "medicare",
    "product": None,
    "code": None,
    "weight": {"value": 75.0, "unit": "kg", "kg": 75.0},
    "dose_mg": None,
    "waste_mg": None,
    "other_drug": {"name": "Privigen (IVIG)", "dose_g": 30, "hcpcs": "J1459", "bu_mg": 500,
                   "units": 60, "check": "30,000 mg / 500 mg = 60 units"},
    "lots": [],
    "modifier_expectation": "no A1PI lines",
}
