from common import doc, emit, req_ids

CID = "b8-002"
DOS = "2026-03-17"


def mar_panel(rows, d0, d1):
    """rows: list of (label_lines, hour, {day: cell}[, default])"""
    head = "MEDICATION / DIRECTIONS                   HR  |" + "|".join(f"{d:02d}  " for d in range(d0, d1 + 1)) + "|"
    out = [head, "-" * len(head)]
    for row in rows:
        label, hour, cells = row[:3]
        default = row[3] if len(row) > 3 else "."
        line = f"{label[0]:<42}{hour:<4}|" + "|".join(f"{cells.get(d, default):<4}" for d in range(d0, d1 + 1)) + "|"
        out.append(line)
        for extra in label[1:]:
            out.append(f"{extra:<42}{'':<4}|" + "|".join("    " for _ in range(d0, d1 + 1)) + "|")
    return "\n".join(out)


def daily(init_by_day, last=17, skip=None):
    skip = skip or {}
    cells = {}
    for d in range(1, last + 1):
        cells[d] = skip.get(d, init_by_day(d))
    return cells


am = lambda d: "TD" if d % 7 in (0, 6) else ("RJ" if d % 2 else "KM")
pm = lambda d: "LS" if d % 3 else "BW"

rows = [
    (["Apixaban 5 mg tab PO BID", "  (AF - stroke prevention)"], "0900", daily(am)),
    ([""], "2100", daily(pm)),
    (["Metoprolol succinate ER 25 mg PO daily", "  HOLD if HR<55 or SBP<95"], "0900", daily(am, skip={9: "H", 14: "H"})),
    (["Tiotropium 18 mcg cap INH daily"], "0900", daily(am, skip={6: "R"})),
    (["Budesonide/formoterol 160/4.5 2 puff BID", "  rinse mouth after use"], "0900", daily(am)),
    ([""], "2100", daily(pm)),
    (["Furosemide 20 mg PO daily (a.m.)"], "0900", daily(am)),
    (["Cholecalciferol 1,000 unit PO daily"], "0900", daily(am)),
    (["Zemaira (alpha1-PI, human) 4,000 mg IV", "  once weekly TUESDAY via pump; see", "  IV flowsheet for start/stop, lot"],
     "0900", {d: ({3: "KM", 10: "RJ", 17: "RJ", 24: ".", 31: "."}.get(d, "NA")) for d in range(1, 32)}),
    (["  time scanned (Zemaira)"], "", {3: "0902", 10: "0851", 17: "0858"}, ""),
    (["Oxygen 2 L/min NC continuous", "  titrate SpO2 88-92%"], "q sh", daily(am)),
]

panel1 = mar_panel(rows, 1, 16)
panel2 = mar_panel(rows, 17, 31)

mar_text = f"""
OAKRIDGE MANOR SKILLED NURSING & REHABILITATION          MEDICATION ADMINISTRATION RECORD
Resident: PELLETIER, Marguerite A.   Rm 214-B   Admit 11/04/2025   DOB 09/30/1954   MR# SN-20471
Attending: R. Okafor, MD   Pulmonology: D. Chaudhry, MD   Allergies: sulfa (rash), codeine (N/V)
Dx: E88.01 alpha-1 antitrypsin deficiency; J43.9 emphysema; I48.91 AF; N18.31 CKD 3a; R26.81 unsteady gait
Month: MARCH 2026     Printed 03/17/2026 22:40 (documentation through 3/17)
Key: initials = given | R = refused | H = held | NA = not scheduled | . = not yet due

DAYS 1-16
{panel1}

DAYS 17-31
{panel2}

PRN MEDICATIONS
Acetaminophen 650 mg PO q6h PRN pain/fever (max 3 g/day): 3/05 1400 TD (knee pain 4/10, eff 1520); 3/12 2030 LS
Albuterol neb 2.5 mg q4h PRN SOB/wheeze: 3/09 0615 BW (eff, SpO2 91->94%)
Senna 8.6 mg 2 tab PO HS PRN: none

WEIGHT LOG (standing scale, a.m., before breakfast)
  02/01/2026   143.0 lb   TD
  03/01/2026   141.2 lb   TD
  03/08/2026   140.9 lb   TD   weekly weights per dietitian 3/02
  03/15/2026   140.6 lb   TD

MAR NOTES (back of page)
  3/06 0900 tiotropium refused - "too early", reoffered 1000, refused again. RJ
  3/09 0900 metoprolol held, HR 52. MD notified. KM
  3/14 0900 metoprolol held, HR 53. KM
  3/17 0858 Zemaira scanned, IV flowsheet completed by RN. RJ

Initials / signatures: RJ Rosa Jimenez, RN | KM Kelvin Mbeki, RN | TD Tina Doyle, LPN | LS Lena Strand, LPN | BW Brian Walsh, LPN
"""

d1 = doc("d1", "infusion_record", DOS, mar_text)

d2 = doc("d2", "infusion_record", DOS, """
OAKRIDGE MANOR SNF - IV THERAPY / INFUSION FLOWSHEET
Date: 03/17/2026   Resident: Pelletier, Marguerite A.   Rm 214-B   MR# SN-20471

Medication: Zemaira (alpha-1 proteinase inhibitor, human), 4 g single-use kit
Order (Dr. Chaudhry 12/02/2025): Zemaira 4,000 mg IV once weekly on Tuesdays (~60 mg/kg rounded to one 4 g vial).
  Infuse at about 0.08 mL/kg/min. Do not mix with other meds.

Reconstitution 0830: 4 g vial with 76 mL sterile water via Mix2Vial; swirled, not shaken; clear, colorless.
Lot: P100401762     Exp: 2027-08-31   (read from vial label, verified by 2nd nurse KM)

Access: PIV #22 R hand, placed 0846 by RJ, 1st attempt, good blood return.
Pre-infusion VS 0850: T 97.8 F  P 82 irreg  R 18  BP 118/64  SpO2 93% on 2 L
MAR barcode scan 0858.
0905  Infusion started via pump at 4 mL/min.
0915  Resident resting in recliner, denies SOB, itching, chest tightness.
0920  VS: P 80  R 18  BP 116/62  SpO2 94% on 2 L
0926  Infusion completed. 76 mL infused = 4,000 mg. Entire vial given; nothing wasted.
0927  Flushed NS 10 mL.
0945  Post VS: T 97.9 F  P 78  R 18  BP 120/66  SpO2 94% on 2 L. PIV removed 0945, catheter tip intact, site clean/dry.

Response: tolerated well, no rash, chills, or dyspnea. Back to unit activities (bingo 1000).
Pharmacy: next kit delivered 3/20 for 3/24 dose.

Rosa Jimenez, RN   03/17/2026 1012
Co-sign (lot/exp verification): Kelvin Mbeki, RN  03/17/2026 1014
""")

d3 = doc("d3", "progress_note", "2026-02-24", """
RIVERSIDE PULMONARY ASSOCIATES - Outpatient Progress Note
Patient: Marguerite A. Pelletier   DOB 09/30/1954 (71 y)   Resides: Oakridge Manor SNF (accompanied by facility aide)
Date: 02/24/2026   Provider: Dev Chaudhry, MD   Insurance: State Medicaid (LTC)

SUBJECTIVE
71 y/o F with severe alpha-1 antitrypsin deficiency, PI*ZZ (dx 2016 during work-up of dyspnea), panlobular
emphysema, paroxysmal AF on apixaban, CKD 3a. Weekly Zemaira started 12/09/2025 at the SNF after three
COPD-exacerbation admissions in 2025 (03/2025, 07/2025, 10/2025). Since starting augmentation she has had no
exacerbations, no ED visits and no steroid bursts. Tolerating the weekly infusions well per facility RN notes.
Ambulates 150 ft with rollator, up from 60 ft in November. Using O2 2 L continuous (unchanged).
Former smoker: quit 2014, 30 pack-years. No exposure to smoke at the facility.
Family hx: sister (deceased 2013) had ZZ with cirrhosis; son PI*MZ, asymptomatic.

OBJECTIVE
Wt 64.4 kg (wheelchair scale, chair tared)   BP 122/70   HR 84 irreg   SpO2 93% 2 L
Lungs: diminished at bases, no wheeze. No edema.
Data: AAT 4.9 umol/L (11/2016, pre-treatment; lab ref 20-48 umol/L). IEF PI*ZZ.
      CT chest 10/2025: bilateral lower-lobe predominant panlobular emphysema, no consolidation.
      Spirometry 12/01/2025: FEV1 0.82 L (41% predicted), FEV1/FVC 0.44, no BD response.
      IgA 188 mg/dL (normal).

ASSESSMENT / PLAN
1. Alpha-1 antitrypsin deficiency PI*ZZ with emphysema (E88.01, J43.1): responding to augmentation -
   exacerbation-free x 11 weeks vs 3 admissions last year, exercise tolerance improved. Continue Zemaira
   60 mg/kg IV weekly at facility (current 4 g kit). If weight falls below 58 kg would
   reduce dose. Repeat spirometry 06/2026.
2. Paroxysmal AF: rate controlled; continue apixaban 5 mg BID, metoprolol.
3. CKD 3a: creatinine 1.2 (01/2026) stable.
Medicaid prior authorization MDX2601184 approved 12/01/2025 through 11/30/2026 (on file).
Return 3 months. Orders faxed to Oakridge Manor.

Dev Chaudhry, MD   electronically signed 02/24/2026 16:48
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicaid", "name": "State Medicaid - Long-Term Care"},
    "prior_authorization": "MDX2601184",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicaid")}

gold = {
    "chart_id": CID,
    "profile": "medicaid",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.9, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 41},
        {"kind": "weight", "value": 143.0, "unit": "lb", "value_kg": 64.9},
        {"kind": "weight", "value": 141.2, "unit": "lb", "value_kg": 64.0},
        {"kind": "weight", "value": 140.9, "unit": "lb", "value_kg": 63.9},
        {"kind": "weight", "value": 140.6, "unit": "lb", "value_kg": 63.8},
        {"kind": "weight", "value": 64.4, "unit": "kg", "value_kg": 64.4},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100401762"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "infusion_start", "value": "09:05"},
        {"kind": "infusion_end", "value": "09:26"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "MDX2601184"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete Medicaid chart (SNF MAR + IV flowsheet + pulm note). Weight nearest DOS 03/17: MAR weight log 03/15 "
        "140.6 lb = 63.775 kg (63.8); 60 x 63.775 = 3826.5 mg; dose 4000 mg -> diff 173.5 = 4.5 % (ok). Older weights "
        "(143.0/141.2/140.9 lb, 64.4 kg clinic 02/24) are historical findings only. J0256: ceil(4000/10) = 400 = billed JZ; "
        "'Entire vial given; nothing wasted' -> waste 0 -> met. PA both in chart field and pulm note. Smoking former (quit 2014). "
        "lung_disease copd from 'COPD-exacerbation admissions' (patient's own history). Traps: MAR order '4,000 mg' in the grid is the "
        "order (dose comes from flowsheet); MAR scan times 0902/0851/0858 on 3/3, 3/10, 3/17 and MAR note 0858 are barcode scans, "
        "not starts; 3/3 and 3/10 administrations are other dates; reconstitution 0830, PIV 0846, VS 0850/0920/0945, flush 0927, "
        "bingo 1000, signature 1012; other drugs' doses (apixaban 5 mg, metoprolol 25 mg, furosemide 20 mg...); sister ZZ and son MZ "
        "(family); lab ref 20-48 umol/L; 'below 58 kg would reduce dose' hypothetical; next kit 3/24 planned."
    ),
}

emit(chart, gold)
